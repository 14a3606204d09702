/**
 * The app's own actions are not errors: a state change that follows the app's leave() is never
 * reported as an error with a retry hint, on any vendor, with the SDK's real event order (the
 * orders captured in Chromium, fixtures/<vendor>/captured, or the SDK's documented one where no
 * browser run exists). The same events without the leave() are still reported.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { normalize, translateEvent, wrapClient, type RtcError } from '../../src/index.js';
import { agoraNativeAdapter } from '../../adapters/agora-native/index.js';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../../adapters/agora-web/index.js';
import { aliyunAdapter } from '../../adapters/aliyun/index.js';
import { FakeWebClient, flush } from '../wrap/support.js';
import { decodeRaw, loadFixtures } from '../support/fixtures.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The captured agora-web 3.6.11 order of a join that ends without connecting (Chromium, offline). */
const WEB_ORDER = [
  { type: 'connection-state-change', prevState: 'DISCONNECTED', curState: 'CONNECTING' },
  { type: 'connection-state-change', prevState: 'CONNECTING', curState: 'DISCONNECTED' },
];

describe('agora-web 3.x: leave() during a pending join', () => {
  it('the captured CONNECTING → DISCONNECTED is the order the fixtures hold', () => {
    const captured = loadFixtures('agora-web')
      .flatMap(({ file }) => file.cases)
      .filter((c) => c.event === 'connection-state-change')
      .map((c) => (decodeRaw(c.raw) as unknown[])[0]);
    expect(captured).toEqual(expect.arrayContaining(WEB_ORDER));
  });

  it('is not reported as an error through the wrapped client', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [() => undefined]; // pending: the join never settles by itself
    const rtc = wrapClient(client, agoraWebAdapter);
    const errors: RtcError[] = [];
    rtc.on('error', (e) => errors.push(e));
    client.join(
      'tok',
      'ch',
      null,
      () => undefined,
      () => undefined,
    );
    client.emit('connection-state-change', WEB_ORDER[0]);
    client.leave();
    client.emit('connection-state-change', WEB_ORDER[1]);
    await flush();
    expect(errors.filter((e) => e.retry.retryable || e.retry.strategy === 'rejoin')).toEqual([]);
    expect(errors.filter((e) => e.code === 'signaling_failed')).toEqual([]);
    rtc.dispose();
  });

  it('the same order without a leave() (join failing offline) is still a signaling failure', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [() => undefined];
    const rtc = wrapClient(client, agoraWebAdapter);
    const errors: RtcError[] = [];
    rtc.on('error', (e) => errors.push(e));
    client.join(
      'tok',
      'ch',
      null,
      () => undefined,
      () => undefined,
    );
    for (const evt of WEB_ORDER) client.emit('connection-state-change', evt);
    await flush();
    expect(errors.map((e) => e.code)).toContain('signaling_failed');
    rtc.dispose();
  });
});

describe('agora-ng: leave() during a pending join (captured order)', () => {
  it('its state changes are not errors and the cancelled join is fatal with no retry', () => {
    const cases = loadFixtures('agora-ng')
      .flatMap(({ file }) => file.cases)
      .filter((c) => c.name.startsWith('leave during a pending join'));
    expect(cases.length).toBeGreaterThan(1);
    for (const c of cases) {
      const raw = decodeRaw(c.raw);
      if (c.via === 'event') {
        expect(
          translateEvent(agoraNgAdapter, c.event as string, raw as unknown[], undefined, { lastOperation: 'leave' }),
        ).toEqual([]);
      } else {
        const err = normalize(raw, agoraNgAdapter, { operation: 'join' });
        expect(err).toMatchObject({
          code: 'operation_aborted',
          severity: 'fatal',
          retry: { retryable: false, strategy: 'none' },
        });
      }
    }
  });
});

describe('aliyun: leaveChannel() during a pending join', () => {
  // captured order of a join that ends without connecting: Connecting (2, reason 11), then Disconnected (1, reason 8)
  const ORDER = [
    [2, 11],
    [1, 8],
  ];
  it('Disconnected after leaveChannel() is not an error', () => {
    for (const args of ORDER) {
      expect(
        translateEvent(aliyunAdapter, 'connectionStatusChange', args, undefined, { lastOperation: 'leaveChannel' }),
      ).toEqual([]);
    }
    // Disconnected with a network reason (6, NetworkInterrupted) right after leaving
    expect(
      translateEvent(aliyunAdapter, 'connectionStatusChange', [1, 6], undefined, { lastOperation: 'leaveChannel' }),
    ).toEqual([]);
    expect(
      translateEvent(aliyunAdapter, 'connectionStatusChange', [1, 6], undefined, { lastOperation: 'joinChannel' }),
    ).not.toEqual([]);
  });
});

describe('agora-native: leaveChannel()', () => {
  it('Disconnected after leaveChannel() is not an error, whatever the reason', () => {
    // 4.x order: (connection, CONNECTION_STATE_DISCONNECTED 1, reason LEAVE_CHANNEL 5); an interrupted one: reason 2
    const connection = { channelId: 'ch', localUid: 1 };
    for (const reason of [5, 2]) {
      expect(
        translateEvent(agoraNativeAdapter, 'onConnectionStateChanged', [connection, 1, reason], undefined, {
          lastOperation: 'leaveChannel',
        }),
      ).toEqual([]);
    }
    expect(translateEvent(agoraNativeAdapter, 'onConnectionStateChanged', [connection, 1, 5])).toEqual([]);
  });
});
