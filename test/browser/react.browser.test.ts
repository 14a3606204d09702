/**
 * rtc-errors/react in real Chromium with react-dom (development build, so StrictMode really mounts
 * twice): useRtcHealth and useRtcError over a wrapped client, a retrying join, an unmount during
 * the retry, and no listener left behind.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { userMessagesEn } from '../../src/index.js';
import { root } from '../../examples/browser/serve.mjs';
import { launch } from './support/chromium.js';
import { chromium, describeBrowser } from './support/page.js';

const OUT = join(root, '.tmp', 'browser-react', 'harness.js');

interface Text {
  state: string;
  attempt: string;
  retryIn: string;
  error: string;
}

describeBrowser('rtc-errors/react in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    mkdirSync(join(root, '.tmp', 'browser-react'), { recursive: true });
    await build({
      entryPoints: [join(root, 'test', 'browser', 'react', 'harness.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      outfile: OUT,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    });
    browser = await launch(chromium(), 'no-devices');
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
    problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    // React reports misuse (a getSnapshot that is not cached, an update after unmount) on console.error
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.addScriptTag({ path: OUT });
    return () => page.close();
  });

  const call = <T>(script: string): Promise<T> => page.evaluate(script) as Promise<T>;
  const text = (): Promise<Text> => call<Text>('harness.text()');
  const waitState = (state: string): Promise<unknown> =>
    page.waitForFunction(`document.querySelector('#state')?.textContent === ${JSON.stringify(state)}`, undefined, {
      timeout: 10_000,
    });

  it('StrictMode double mount: one subscription per hook, idle → connecting → connected', async () => {
    await call('harness.setup({ strict: true, failures: 0, delayMs: 100 })');
    await waitState('idle');
    // StrictMode subscribed, unsubscribed and subscribed again: what is left is one of each
    expect(await call('harness.listeners()')).toEqual({ health: 2, error: 1 });
    // the positive control: StrictMode did mount twice (two hooks, each subscribed twice)
    expect(await call('harness.subscriptions()')).toBe(4);
    await call('harness.join()');
    await waitState('connected');
    expect(await call('harness.joinOutcome()')).toBe('resolved');
    await call('harness.unmount()');
    expect(await call('harness.listeners()')).toEqual({ health: 0, error: 0 });
    expect(problems).toEqual([]);
  });

  it('a retrying join shows reconnecting with its attempt, then connected', async () => {
    await call('harness.setup({ strict: true, failures: 2, delayMs: 300 })');
    await call('harness.join()');
    await waitState('reconnecting');
    const during = await text();
    expect(during).toMatchObject({ state: 'reconnecting', retryIn: 'true', error: '' });
    expect(['2', '3']).toContain(during.attempt);
    await waitState('connected');
    expect((await text()).attempt).toBe('');
    const history = await call<string[]>('harness.history()');
    expect(history).toContain('reconnecting:2');
    expect(history).toContain('reconnecting:3');
    expect(history.indexOf('reconnecting:2')).toBeLessThan(history.indexOf('reconnecting:3'));
    expect(history[history.length - 1]).toBe('connected:');
    expect(problems).toEqual([]);
  });

  it('unmount during a retry: nothing left subscribed, no React warning; a remount shows the state now', async () => {
    await call('harness.setup({ strict: true, failures: 3, delayMs: 400 })');
    await call('harness.join()');
    await waitState('reconnecting');
    await call('harness.unmount()');
    expect(await call('harness.listeners()')).toEqual({ health: 0, error: 0 });
    // the retries go on without the component: the join still succeeds
    await page.waitForFunction("harness.joinOutcome() === 'resolved'", undefined, { timeout: 10_000 });
    const rendersBefore = await call<number>('harness.renders()');
    await page.waitForTimeout(100);
    expect(await call<number>('harness.renders()')).toBe(rendersBefore);
    await call('harness.remount()');
    await waitState('connected');
    expect(problems).toEqual([]);
  });

  it('useRtcError: a ban shows its end-user text and failed; a new join clears it', async () => {
    await call('harness.setup({ strict: false, failures: 0, delayMs: 100 })');
    await call('harness.join()');
    await waitState('connected');
    // the SDK's own event shape (fixtures/agora-ng/events.json 'disconnected: uid banned')
    await call("harness.emit('connection-state-change', 'DISCONNECTED', 'CONNECTED', 'UID_BANNED')");
    await waitState('failed');
    expect((await text()).error).toBe(userMessagesEn.banned);
    await call('harness.join()');
    await waitState('connected');
    expect((await text()).error).toBe('');
    expect(problems).toEqual([]);
  });

  it('dispose while mounted: disposed is shown, unmount afterwards is clean', async () => {
    await call('harness.setup({ strict: true, failures: 5, delayMs: 400 })');
    await call('harness.join()');
    await waitState('reconnecting');
    await call('harness.dispose()');
    await waitState('disposed');
    await page.waitForFunction("harness.joinOutcome().startsWith('rejected')", undefined, { timeout: 5_000 });
    expect(await call('harness.joinOutcome()')).toBe('rejected operation_aborted');
    await call('harness.unmount()');
    expect(problems).toEqual([]);
  });
});
