/**
 * The example page shows what an app shows its user: the health banner (rtc.health) and
 * userMessage() of each scripted failure, on the real NG SDK in Chromium.
 */
import { expect, it } from 'vitest';
import { userMessagesEn, userMessagesZh, type RtcErrorCode } from '../../src/index.js';
import { describeBrowser, expectNoOwnPageErrors, useExamplePage, type ScenarioRecord } from './support/page.js';

interface HealthRow {
  state: string;
  attempt?: number;
  inMs?: number;
  code?: string;
  userMessage?: string;
}
type PageRecord = ScenarioRecord & { health: HealthRow[] };
type OutcomeRow = ScenarioRecord['outcomes'][number] & { userMessage?: string };
const outcomeOf = (r: PageRecord, call: string): OutcomeRow | undefined =>
  (r.outcomes as readonly OutcomeRow[]).find((o) => o.call === call);

describeBrowser('example page: health banner and end-user messages (agora-ng)', () => {
  const page = useExamplePage('agora-ng', ['fake-devices', 'permission-denied']);
  const banner = (profile: 'fake-devices' | 'permission-denied') =>
    page(profile).page.evaluate(() => ({
      state: document.querySelector('#health')?.getAttribute('data-state'),
      label: document.querySelector('#health-state')?.textContent,
      message: document.querySelector('#user-message')?.textContent,
    }));

  it('join offline: the banner goes connecting → reconnecting (with a countdown) → failed, with the user message', async () => {
    const r = (await page('fake-devices').run('join-offline')) as PageRecord;
    expect(r.health.map((h) => h.state)).toEqual(['connecting', 'reconnecting', 'reconnecting', 'failed', 'disposed']);
    expect(r.health[1]).toMatchObject({ attempt: 2 });
    expect(r.health[1]?.inMs).toBeGreaterThan(0);
    const join = outcomeOf(r, 'join');
    expect(join?.status).toBe('rejected');
    const code = join?.error?.code as RtcErrorCode;
    expect(join?.userMessage).toBe(userMessagesEn[code]);
    expect(r.health[3]).toMatchObject({ code, userMessage: userMessagesEn[code] });
    expect(await banner('fake-devices')).toEqual({
      state: 'failed',
      label: 'Disconnected',
      message: userMessagesEn[code],
    });
    await page('fake-devices').page.evaluate(() =>
      (window as unknown as { rtcDemo: { setLang(l: string): void } }).rtcDemo.setLang('zh'),
    );
    expect(await banner('fake-devices')).toEqual({ state: 'failed', label: '已断开', message: userMessagesZh[code] });
    await page('fake-devices').page.evaluate(() =>
      (window as unknown as { rtcDemo: { setLang(l: string): void } }).rtcDemo.setLang('en'),
    );
    expectNoOwnPageErrors(page('fake-devices'));
  });

  it('a denied microphone: the user is told to allow it; the connection health is untouched', async () => {
    const r = (await page('permission-denied').run('microphone')) as PageRecord;
    const outcome = outcomeOf(r, 'createMicrophoneAudioTrack');
    expect(outcome?.error?.code).toBe('permission_denied');
    expect(outcome?.userMessage).toBe(userMessagesEn.permission_denied);
    expect(r.health.map((h) => h.state)).toEqual(['disposed']);
    expect(await banner('permission-denied')).toEqual({
      state: 'idle',
      label: 'Not connected',
      message: userMessagesEn.permission_denied,
    });
  });
});
