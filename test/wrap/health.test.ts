/**
 * Connection health on each vendor's fake client, with the real adapters and the SDK events and
 * rejections captured in fixtures/ (not written here): the same states for every vendor.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { agoraNativeAdapter } from '../../adapters/agora-native/index.js';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../../adapters/agora-web/index.js';
import { aliyunAdapter } from '../../adapters/aliyun/index.js';
import {
  wrapClient,
  type Adapter,
  type Health,
  type HealthState,
  type RetryEvent,
  type WrappedClient,
} from '../../src/index.js';
import { DEGRADED_QUIET_MS } from '../../src/wrap/health.js';
import { decodeRaw, loadFixtures, type FixtureCase, type FixtureFile } from '../support/fixtures.js';
import { FakeAliEngine, FakeNativeEngine, FakeNgClient, FakeWebClient, flush } from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A case of the vendor's fixtures, by name. */
function fixture(vendor: FixtureFile['vendor'], name: string): FixtureCase {
  for (const { file } of loadFixtures(vendor)) {
    const found = file.cases.find((c) => c.name === name);
    if (found) return found;
  }
  throw new Error(`no fixture '${name}' for ${vendor}`);
}

/** What each vendor's scenario needs: its fake, how to join and leave it, how it emits events. */
interface Vendor {
  readonly id: FixtureFile['vendor'];
  readonly adapter: Adapter;
  /** A fake client whose join fails `failures` times with the captured rejection, then succeeds. */
  make(failures: number): object;
  /** Joins as an app would; resolves or rejects when the join settles. */
  join(rtc: WrappedClient<object>): Promise<unknown>;
  leave(rtc: WrappedClient<object>): Promise<unknown>;
  emit(client: object, c: FixtureCase): void;
  /** Fixture names: SDK reconnecting, reconnected, a degrading warning, its recovery (if any), a ban or kick. */
  readonly events: { lost: string; back: string; degrade: string; recover?: string; ban: string };
}

const args = (c: FixtureCase): unknown[] => decodeRaw(c.raw) as unknown[];
const rejection = (vendor: FixtureFile['vendor'], name: string) => () => decodeRaw(fixture(vendor, name).raw);

const VENDORS: Vendor[] = [
  {
    id: 'agora-ng',
    adapter: agoraNgAdapter,
    make(failures) {
      const raw = rejection('agora-ng', 'access point returned no gateway address (retry: true)');
      const client = new FakeNgClient();
      for (let i = 0; i < failures; i++) {
        client.script('join', async () => {
          throw raw();
        });
      }
      return client.script('join', async () => 'uid-1');
    },
    join: (rtc) => (rtc.client as FakeNgClient).join('app', 'ch', 'tok'),
    leave: (rtc) => (rtc.client as FakeNgClient).leave(),
    emit: (client, c) => (client as FakeNgClient).emit(c.event!, ...args(c)),
    events: {
      lost: 'reconnecting',
      back: 'reconnected',
      degrade: 'remote stream falls back',
      recover: 'remote stream recovers',
      ban: 'disconnected: uid banned',
    },
  },
  {
    id: 'agora-web',
    adapter: agoraWebAdapter,
    make(failures) {
      const raw = rejection('agora-web', 'socket lost during join: SOCKET_ERROR');
      const client = new FakeWebClient();
      for (let i = 0; i < failures; i++) client.joinOutcomes.push((_ok, fail) => fail(raw()));
      client.joinOutcomes.push((ok) => ok(1234));
      return client;
    },
    join: (rtc) =>
      new Promise((resolve, reject) => (rtc.client as FakeWebClient).join('tok', 'ch', null, resolve, reject)),
    leave: (rtc) => new Promise((resolve) => (rtc.client as FakeWebClient).leave(() => resolve(undefined))),
    emit: (client, c) => (client as FakeWebClient).emit(c.event!, ...args(c)),
    events: {
      lost: 'connection lost, SDK reconnecting',
      back: 'reconnected',
      degrade: 'stream falls back to audio only',
      recover: 'stream back to video',
      ban: 'client-banned with K_UID_BANNED',
    },
  },
  {
    id: 'agora-native',
    adapter: agoraNativeAdapter,
    make(failures) {
      const engine = new FakeNativeEngine();
      // -10: timed out, as the SDK returns it (fixture 'method returns -10 (timed out) is recoverable')
      engine.returns.set('joinChannel', [...Array<number>(failures).fill(-10), 0]);
      return engine;
    },
    // a return-code method is retried through its promise form
    join: (rtc) => rtc.invoke('joinChannel' as never, ['tok', 'ch', 0, {}] as never),
    leave: (rtc) => rtc.invoke('leaveChannel' as never),
    emit: (client, c) => (client as FakeNativeEngine).fire(c.event!, ...args(c)),
    events: {
      lost: 'connection lost',
      back: 'rejoin channel success clears the network condition',
      degrade: 'onWarning 104 (lookup channel timeout)',
      ban: 'connection banned',
    },
  },
  {
    id: 'aliyun',
    adapter: aliyunAdapter,
    make(failures) {
      const raw = rejection('aliyun', 'joinChannel offline [fake-devices] rejection (joinChannel)');
      const engine = new FakeAliEngine();
      for (let i = 0; i < failures; i++) {
        engine.queue('joinChannel', async () => {
          throw raw();
        });
      }
      return engine.queue('joinChannel', async () => undefined);
    },
    join: (rtc) => (rtc.client as FakeAliEngine).joinChannel({ token: 't' }, 'me'),
    leave: (rtc) => (rtc.client as FakeAliEngine).leaveChannel(),
    emit: (client, c) => (client as FakeAliEngine).emit(c.event!, ...args(c)),
    events: {
      lost: 'reconnecting: Reconnecting + SignalingConnecting',
      back: 'connection back: Connected + HeartbeatAlive',
      degrade: 'networkQuality very bad',
      recover: 'networkQuality good again',
      ban: 'bye: kicked out',
    },
  },
];

function watch(rtc: WrappedClient<object>): Health[] {
  const seen: Health[] = [];
  rtc.on('health', (h) => seen.push(h));
  return seen;
}
const states = (seen: readonly Health[]): HealthState[] => seen.map((h) => h.state);

describe.each(VENDORS)('health on the $id fake client', (vendor) => {
  const wrap = (failures = 0, maxAttempts = 3): WrappedClient<object> =>
    wrapClient(vendor.make(failures), vendor.adapter, {
      random: () => 0,
      retry: { join: { maxAttempts, backoff: { initialDelayMs: 1_000 } } },
    });
  const emit = (rtc: WrappedClient<object>, name: string): void => vendor.emit(rtc.client, fixture(vendor.id, name));

  it('idle → connecting → connected, then back to idle on leave and disposed at the end', async () => {
    const rtc = wrap();
    expect(rtc.health).toMatchObject({ state: 'idle', since: Date.now() });
    const seen = watch(rtc);
    const joined = vendor.join(rtc);
    expect(rtc.health.state).toBe('connecting');
    await joined;
    expect(rtc.health.state).toBe('connected');
    await vendor.leave(rtc);
    expect(rtc.health.state).toBe('idle');
    rtc.dispose();
    expect(states(seen)).toEqual(['connecting', 'connected', 'idle', 'disposed']);
    expect(rtc.health.state).toBe('disposed');
  });

  it("the SDK's own reconnection: reconnecting, then connected when it reports the connection back", async () => {
    const rtc = wrap();
    await vendor.join(rtc);
    const seen = watch(rtc);
    vi.advanceTimersByTime(5_000);
    emit(rtc, vendor.events.lost);
    expect(rtc.health).toMatchObject({ state: 'reconnecting', codes: ['network_unavailable'], since: Date.now() });
    expect(rtc.health.nextRetryAt).toBeUndefined();
    emit(rtc, vendor.events.lost);
    emit(rtc, vendor.events.back);
    expect(states(seen)).toEqual(['reconnecting', 'connected']);
    rtc.dispose();
  });

  it('a warning storm is degraded once; its recovery (or quiet) ends it', async () => {
    const rtc = wrap();
    await vendor.join(rtc);
    const seen = watch(rtc);
    for (let i = 0; i < 200; i++) emit(rtc, vendor.events.degrade);
    expect(rtc.health.state).toBe('degraded');
    expect(rtc.health.codes?.length).toBe(1);
    vi.advanceTimersByTime(6_000); // the coalesced repeat report arrives, still degraded
    expect(states(seen)).toEqual(['degraded']);
    if (vendor.events.recover) {
      emit(rtc, vendor.events.recover);
      expect(states(seen)).toEqual(['degraded', 'connected']);
    } else {
      vi.advanceTimersByTime(DEGRADED_QUIET_MS);
      expect(states(seen)).toEqual(['degraded', 'connected']);
    }
    rtc.dispose();
  });

  it('a ban or kick is failed with its error', async () => {
    const rtc = wrap();
    await vendor.join(rtc);
    emit(rtc, vendor.events.ban);
    expect(rtc.health.state).toBe('failed');
    expect(['banned', 'kicked']).toContain(rtc.health.error?.code);
    // what comes after does not bring it back
    emit(rtc, vendor.events.lost);
    emit(rtc, vendor.events.degrade);
    expect(rtc.health.state).toBe('failed');
    rtc.dispose();
  });

  it('join retries: reconnecting with the next attempt and when it starts, then connected', async () => {
    const rtc = wrap(2);
    const seen = watch(rtc);
    const retries: RetryEvent[] = [];
    rtc.on('retry', (e) => retries.push(e));
    const joined = vendor.join(rtc);
    await flush();
    expect(rtc.health.state).toBe('reconnecting');
    expect(retries).toHaveLength(1);
    expect(rtc.health).toMatchObject({ attempt: 2, nextRetryAt: Date.now() + retries[0]!.delayMs });
    expect(rtc.health.error?.code).toBe(retries[0]!.error.code);
    expect(rtc.health.nextRetryAt).toBeGreaterThan(Date.now());
    await vi.advanceTimersByTimeAsync(60_000);
    await joined;
    expect(states(seen)).toEqual(['connecting', 'reconnecting', 'reconnecting', 'connected']);
    expect(seen[2]).toMatchObject({ attempt: 3, since: seen[1]!.since });
    expect(seen[3]!.attempt).toBeUndefined();
    rtc.dispose();
  });

  it('a join that gives up is failed, with the attempts made and the error it gave up with', async () => {
    const rtc = wrap(5, 2);
    const seen = watch(rtc);
    const joined = vendor.join(rtc).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await joined;
    expect(states(seen)).toEqual(['connecting', 'reconnecting', 'failed']);
    expect(rtc.health).toMatchObject({ state: 'failed', attempt: 2 });
    expect(rtc.health.error).toBe(error);
    rtc.dispose();
  });

  it('leave during a retry: idle at once, and the aborted join changes nothing after', async () => {
    const rtc = wrap(5, 5);
    const seen = watch(rtc);
    const joined = vendor.join(rtc).catch((e: unknown) => e);
    await flush();
    expect(rtc.health.state).toBe('reconnecting');
    await vendor.leave(rtc);
    await vi.advanceTimersByTimeAsync(60_000);
    await joined;
    expect(states(seen)).toEqual(['connecting', 'reconnecting', 'idle']);
    rtc.dispose();
  });
});

describe('health: the handle', () => {
  const ng = VENDORS[0]!;

  it('keeps the same frozen object until something changes', async () => {
    const rtc = wrapClient(ng.make(0), agoraNgAdapter);
    const first = rtc.health;
    expect(rtc.health).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    await ng.join(rtc);
    expect(rtc.health).not.toBe(first);
    const connected = rtc.health;
    ng.emit(rtc.client, fixture('agora-ng', 'token will expire in 30 s'));
    expect(rtc.health).toBe(connected);
    rtc.dispose();
  });

  it("carries the handle's label in every state when one was given, and no label otherwise", async () => {
    const camera = wrapClient(ng.make(0), agoraNgAdapter, { label: 'camera' });
    const seen = watch(camera);
    expect(camera.health.label).toBe('camera');
    await ng.join(camera);
    expect(states(seen)).toEqual(['connecting', 'connected']);
    expect(seen.map((h) => h.label)).toEqual(['camera', 'camera']);
    camera.dispose();
    expect(camera.health).toMatchObject({ state: 'disposed', label: 'camera' });
    const plain = wrapClient(ng.make(0), agoraNgAdapter);
    await ng.join(plain);
    expect('label' in plain.health).toBe(false);
    plain.dispose();
  });

  it('a health listener that throws is isolated like any listener, and reported', async () => {
    const onListenerError = vi.fn();
    const rtc = wrapClient(ng.make(0), agoraNgAdapter, { onListenerError });
    const boom = new Error('listener bug');
    rtc.on('health', () => {
      throw boom;
    });
    const seen = watch(rtc);
    await ng.join(rtc);
    expect(states(seen)).toEqual(['connecting', 'connected']);
    expect(onListenerError).toHaveBeenCalledWith(boom, 'health');
    expect(onListenerError).toHaveBeenCalledTimes(2);
    rtc.dispose();
  });

  it('says disposed once, and nothing after', async () => {
    const rtc = wrapClient(ng.make(0), agoraNgAdapter);
    const seen = watch(rtc);
    await ng.join(rtc);
    rtc.dispose();
    rtc.dispose();
    ng.emit(rtc.client, fixture('agora-ng', 'disconnected: uid banned'));
    expect(states(seen)).toEqual(['connecting', 'connected', 'disposed']);
    expect(rtc.health.state).toBe('disposed');
  });

  it('two conditions: degraded until both are over', async () => {
    const rtc = wrapClient(ng.make(0), agoraNgAdapter);
    await ng.join(rtc);
    const seen = watch(rtc);
    ng.emit(rtc.client, fixture('agora-ng', 'remote stream falls back'));
    ng.emit(rtc.client, fixture('agora-ng', 'exception 2004: video encode failed (bundle only)'));
    expect(rtc.health.codes).toEqual(['low_performance', 'network_degraded']);
    ng.emit(rtc.client, fixture('agora-ng', 'remote stream recovers'));
    expect(rtc.health).toMatchObject({ state: 'degraded', codes: ['low_performance'] });
    ng.emit(rtc.client, fixture('agora-ng', 'exception 4004: video encode recovers'));
    expect(states(seen)).toEqual(['degraded', 'degraded', 'degraded', 'connected']);
    rtc.dispose();
  });

  it('the SDK giving up on the connection (disconnected after retries) is failed', async () => {
    const rtc = wrapClient(ng.make(0), agoraNgAdapter);
    await ng.join(rtc);
    ng.emit(rtc.client, fixture('agora-ng', 'reconnecting'));
    ng.emit(rtc.client, fixture('agora-ng', 'disconnected: network error after retries'));
    expect(rtc.health).toMatchObject({ state: 'failed', error: { code: 'network_unavailable' } });
    rtc.dispose();
  });

  it('events before join do not move an idle handle', () => {
    const rtc = wrapClient(ng.make(0), agoraNgAdapter);
    ng.emit(rtc.client, fixture('agora-ng', 'reconnecting'));
    ng.emit(rtc.client, fixture('agora-ng', 'remote stream falls back'));
    expect(rtc.health.state).toBe('idle');
    rtc.dispose();
  });
});
