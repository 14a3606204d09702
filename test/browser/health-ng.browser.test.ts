/**
 * Connection health on the real Agora NG SDK (agora-rtc-sdk-ng 4.24.8) in Chromium, on the example
 * page (which has no network). The offline join is real: the SDK's own requests fail, our policy
 * retries, then gives up. A reconnection and a ban cannot happen without a server, so they are
 * simulated the way the SDK itself emits them: `client.safeEmit('connection-state-change', cur,
 * prev, reason)` on the real client (the SDK's own dispatch method), with the argument lists of
 * fixtures/agora-ng/events.json (read off the SDK bundle). For the reconnection the client must be
 * joined first: its `join` is replaced, on that one client object, by one that emits the SDK's
 * CONNECTING and CONNECTED changes the same way and resolves with a uid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type * as AgoraNg from '../../adapters/agora-ng/index.js';
import type * as Core from '../../src/index.js';
import { root } from '../../examples/browser/serve.mjs';
import { describeBrowser, expectNoOwnPageErrors, useExamplePage } from './support/page.js';

interface Seen {
  state: string;
  sinceOk: boolean;
  attempt?: number;
  inMs?: number;
  code?: string;
  severity?: string;
  operation?: string;
}

const EVENTS = JSON.parse(readFileSync(join(root, 'fixtures', 'agora-ng', 'events.json'), 'utf8')) as {
  cases: { name: string; event: string; raw: unknown[] }[];
};
const args = (name: string): unknown[] => {
  const c = EVENTS.cases.find((x) => x.name === name);
  if (!c || c.event !== 'connection-state-change') throw new Error(`no connection-state-change fixture '${name}'`);
  return c.raw;
};

/** Runs in the page: wraps a real client, records its health, runs `steps`, returns what it saw. */
const SCENARIO = async ([steps, fixtures]: [string, Record<string, unknown[]>]): Promise<{
  seen: Seen[];
  outcome: string;
  final: string;
}> => {
  // the page's import map resolves these (a plain `import()` here would be rewritten by vitest)
  const load = new Function('s', 'return import(s)') as (s: string) => Promise<Record<string, never>>;
  const { wrapClient } = (await load('rtc-errors')) as unknown as typeof Core;
  const { agoraNgAdapter } = (await load('rtc-errors/agora-ng')) as unknown as typeof AgoraNg;
  type Client = {
    join(...a: unknown[]): Promise<unknown>;
    leave(): Promise<void>;
    safeEmit(event: string, ...a: unknown[]): void;
  };
  const AgoraRTC = (window as unknown as { AgoraRTC: { createClient(c: object): Client } }).AgoraRTC;
  const retryConfig = { timeout: 500, timeoutFactor: 1, maxRetryCount: 1, maxRetryTimeout: 1000 };
  const client = AgoraRTC.createClient({
    mode: 'rtc',
    codec: 'vp8',
    httpRetryConfig: retryConfig,
    websocketRetryConfig: retryConfig,
  });
  if (steps === 'reconnect') {
    // no server to join: the SDK's own state changes, emitted the way it emits them, then a uid
    client.join = async function join(this: Client) {
      this.safeEmit('connection-state-change', 'CONNECTING', 'DISCONNECTED');
      this.safeEmit('connection-state-change', 'CONNECTED', 'CONNECTING');
      return 1001;
    };
  }
  const rtc = wrapClient(client, agoraNgAdapter, {
    retry: { join: { maxAttempts: 3, budgetMs: 60_000, backoff: { initialDelayMs: 200, maxDelayMs: 400 } } },
  });
  const seen: Seen[] = [];
  rtc.on('health', (h) =>
    seen.push({
      state: h.state,
      sinceOk: h.since <= Date.now() && h.since > Date.now() - 60_000,
      ...(h.attempt !== undefined ? { attempt: h.attempt } : {}),
      ...(h.nextRetryAt !== undefined ? { inMs: h.nextRetryAt - Date.now() } : {}),
      ...(h.error ? { code: h.error.code, severity: h.error.severity } : {}),
      ...(h.error?.operation ? { operation: h.error.operation } : {}),
    }),
  );
  const emit = (name: string): void => client.safeEmit('connection-state-change', ...(fixtures[name] ?? []));
  let outcome = 'none';
  const joining = rtc.client.join('0123456789abcdef0123456789abcdef', 'health-channel', null, 2001).then(
    () => (outcome = 'resolved'),
    (e: { code?: string }) => (outcome = `rejected ${e.code}`),
  );
  if (steps === 'ban-during-join') {
    await new Promise((r) => setTimeout(r, 50));
    emit('disconnected: uid banned');
  }
  await joining;
  if (steps === 'reconnect') {
    emit('reconnecting');
    emit('reconnecting');
    emit('reconnected');
    emit('disconnected: uid banned');
    await rtc.client.leave();
  }
  const final = rtc.health.state;
  rtc.dispose();
  return { seen, outcome, final };
};

describeBrowser('health on the real agora-ng SDK in Chromium', () => {
  const page = useExamplePage('agora-ng', ['fake-devices']);
  const fixtures = Object.fromEntries(
    ['reconnecting', 'reconnected', 'disconnected: uid banned'].map((n) => [n, args(n)]),
  );
  const run = (steps: string) =>
    page('fake-devices').page.evaluate(SCENARIO, [steps, fixtures] as [string, typeof fixtures]);

  it('offline join: connecting, reconnecting with the next attempt and a countdown, then failed after the give-up', async () => {
    const { seen, outcome, final } = await run('offline');
    expect(outcome).toMatch(/^rejected network_/);
    expect(seen.map((s) => s.state)).toEqual(['connecting', 'reconnecting', 'reconnecting', 'failed', 'disposed']);
    expect(seen.every((s) => s.sinceOk)).toBe(true);
    expect(seen[1]).toMatchObject({ attempt: 2, severity: 'recoverable' });
    expect(seen[2]).toMatchObject({ attempt: 3 });
    for (const s of seen.slice(1, 3)) {
      expect(s.inMs).toBeGreaterThan(0);
      expect(s.inMs).toBeLessThanOrEqual(400);
      expect(s.code).toMatch(/^network_/);
    }
    expect(seen[3]).toMatchObject({ state: 'failed', attempt: 3, severity: 'fatal', operation: 'join' });
    expect(final).toBe('failed');
    expectNoOwnPageErrors(page('fake-devices'));
  });

  it('a ban during the join is failed with banned, and the join that fails after does not replace it', async () => {
    const { seen, outcome } = await run('ban-during-join');
    expect(outcome).toMatch(/^rejected /);
    expect(seen.map((s) => s.state)).toEqual(['connecting', 'failed', 'disposed']);
    expect(seen[1]).toMatchObject({ code: 'banned', severity: 'fatal' });
    expect(seen[1]?.operation).toBeUndefined();
  });

  it('reconnection led by the SDK: connected → reconnecting → connected; a ban is failed; leave is idle', async () => {
    const { seen, outcome } = await run('reconnect');
    expect(outcome).toBe('resolved');
    expect(seen.map((s) => s.state)).toEqual([
      'connecting',
      'connected',
      'reconnecting',
      'connected',
      'failed',
      'idle',
      'disposed',
    ]);
    expect(seen[2]).toMatchObject({ code: 'network_unavailable', severity: 'recoverable' });
    expect(seen[2]?.inMs).toBeUndefined();
    expect(seen[4]).toMatchObject({ code: 'banned', severity: 'fatal' });
  });
});
