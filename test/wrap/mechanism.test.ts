/** The mechanism of wrapClient, independent of a vendor: coalescing, listeners, double wrap, options, abort, dispose. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCatalog, defineAdapter, retryBudget, wrapClient, type Clock, type RtcError } from '../../src/index.js';
import { reportOutOfBand } from '../../src/retry/report.js';
import {
  AgoraLikeEmitter,
  collect,
  FakeNgClient,
  FakeWebClient,
  ngError,
  ngTestAdapter,
  webTestAdapter,
} from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const warn = (client: FakeNgClient, uid = 12): void =>
  client.emit('exception', { code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid });

describe('coalescing', () => {
  it('reports the first warning at once and the repeats as one count when the window closes', async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: { windowMs: 1_000 } });
    const { errors } = collect(rtc);
    warn(client);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.context.count).toBeUndefined();
    warn(client);
    warn(client);
    warn(client);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(2);
    expect(errors[1]).toMatchObject({
      code: 'network_degraded',
      vendorCode: 1003,
      context: { uid: 12, count: 3, windowMs: 1_000 },
    });
    // the next occurrence opens a new window and is reported at once
    warn(client);
    expect(errors).toHaveLength(3);
    rtc.dispose();
  });

  it('groups by code, not context: the same warning about another uid is counted in the same window', async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    warn(client, 1);
    warn(client, 2);
    warn(client, 1);
    expect(errors.map((e) => e.context.uid)).toEqual([1]);
    await vi.advanceTimersByTimeAsync(5_000);
    // the count report carries the context of the last one
    expect(errors.map((e) => [e.context.uid, e.context.count])).toEqual([
      [1, undefined],
      [1, 2],
    ]);
    rtc.dispose();
  });

  it('a key with the context keeps contexts apart, and a lone warning gets no count report', async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: { key: (e) => `${e.code}/${String(e.context.uid)}` } });
    const { errors } = collect(rtc);
    warn(client, 1);
    warn(client, 2);
    warn(client, 1);
    expect(errors.map((e) => e.context.uid)).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(errors.map((e) => [e.context.uid, e.context.count])).toEqual([
      [1, undefined],
      [2, undefined],
      [1, 1],
    ]);
    rtc.dispose();
  });

  it('does not coalesce errors (only warnings), and can be disabled', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: false });
    const { errors } = collect(rtc);
    warn(client);
    warn(client);
    expect(errors).toHaveLength(2);
    rtc.dispose();
    const other = new FakeNgClient().script('setClientRole', async () => {
      throw ngError('INVALID_PARAMS', 'x');
    });
    const rtc2 = wrapClient(other, ngTestAdapter);
    const second = collect(rtc2);
    return Promise.all([other.setClientRole('a').catch(() => 0), other.setClientRole('a').catch(() => 0)]).then(() => {
      expect(second.errors).toHaveLength(2);
      rtc2.dispose();
    });
  });

  it('counts repeats without translating them, and the count report is the one the last repeat makes', async () => {
    const translate = vi.fn(ngTestAdapter.events.exception!);
    const adapter = { ...ngTestAdapter, events: { ...ngTestAdapter.events, exception: translate } };
    const client = new FakeNgClient();
    const rtc = wrapClient(client, adapter, { coalesce: { windowMs: 1_000 } });
    const other = wrapClient(client, adapter, { coalesce: { windowMs: 1_000 } });
    const { errors } = collect(rtc);
    const second = collect(other);
    const payloads = Array.from({ length: 5 }, () => ({ code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid: 7 }));
    for (const payload of payloads) client.emit('exception', payload);
    expect(translate).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_000);
    // the last repeat is translated once, for the report that closes the window
    expect(translate).toHaveBeenCalledTimes(2);
    for (const got of [errors, second.errors]) {
      expect(got).toHaveLength(2);
      expect(got[0]?.cause).toBe(payloads[0]);
      expect(got[1]).toMatchObject({
        code: 'network_degraded',
        detail: got[0]?.detail,
        context: { uid: 7, count: 4, windowMs: 1_000 },
      });
      expect(got[1]?.cause).toBe(payloads[4]);
    }
    rtc.dispose();
    other.dispose();
  });

  it('tells repeats apart by every argument: other values, extra fields, nested objects, class instances', async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, {
      coalesce: { windowMs: 1_000, key: (e) => `${e.code}/${String(e.context.uid)}` },
    });
    const { errors } = collect(rtc);
    const base = { code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid: 7 };
    class Payload {
      constructor(
        readonly code: number,
        readonly msg: string,
        readonly uid: number,
      ) {}
    }
    client.emit('exception', { ...base });
    client.emit('exception', { ...base, uid: 8 });
    client.emit('exception', { ...base, extra: 1 });
    client.emit('exception', { ...base, nested: { a: 1 } });
    client.emit('exception', new Payload(base.code, base.msg, base.uid));
    client.emit('exception', { ...base }, 'second argument');
    client.emit('exception', { ...base });
    expect(errors.map((e) => e.context.uid)).toEqual([7, 8]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors.slice(2).map((e) => [e.context.uid, e.context.count])).toEqual([[7, 5]]);
    rtc.dispose();
  });

  it('a condition cleared between repeats is active again after the next repeat', async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: { windowMs: 1_000 } });
    const { events } = collect(rtc);
    warn(client);
    warn(client);
    client.emit('exception', { code: 2003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW_RECOVER', uid: 12 });
    warn(client);
    client.emit('exception', { code: 2003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW_RECOVER', uid: 12 });
    expect(events.filter(([name]) => name === 'recovered')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events.filter(([name]) => name === 'error').map(([, e]) => (e as RtcError).context.count)).toEqual([
      undefined,
      2,
    ]);
    rtc.dispose();
  });

  it('uses the injected clock, unrefs its timers, and dispose clears them without reporting', () => {
    const unref = vi.fn();
    const pending: { fn: () => void; cleared: boolean }[] = [];
    const clock: Clock = {
      now: () => 0,
      setTimeout: (fn) => {
        const t = { fn, cleared: false, unref };
        pending.push(t);
        return t;
      },
      clearTimeout: (t) => {
        (t as { cleared: boolean }).cleared = true;
      },
    };
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { clock });
    const { errors } = collect(rtc);
    warn(client);
    warn(client);
    expect(pending).toHaveLength(1);
    expect(unref).toHaveBeenCalledTimes(1);
    rtc.dispose();
    expect(pending[0]?.cleared).toBe(true);
    expect(errors).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('listeners that throw', () => {
  it('break neither the other listeners nor the SDK dispatch, and are reported', () => {
    const client = new FakeNgClient();
    const reported: [unknown, string][] = [];
    const rtc = wrapClient(client, ngTestAdapter, { onListenerError: (e, event) => reported.push([e, event]) });
    const order: string[] = [];
    rtc.on('error', () => {
      order.push('first');
      throw new Error('listener bug');
    });
    rtc.on('error', () => order.push('second'));
    rtc.on('recoverable', () => order.push('recoverable'));
    const sdkListenerAfterOurs = vi.fn();
    client.on('exception', sdkListenerAfterOurs);
    warn(client);
    expect(order).toEqual(['first', 'second', 'recoverable']);
    expect(sdkListenerAfterOurs).toHaveBeenCalledTimes(1);
    expect(reported).toEqual([[new Error('listener bug'), 'error']]);
    rtc.dispose();
  });

  it('are reported through reportError by default', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (e: unknown) => reported.push(e));
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    const bug = new Error('bug');
    rtc.on('recoverable', () => {
      throw bug;
    });
    warn(client);
    expect(reported).toEqual([bug]);
    rtc.dispose();
  });

  it('without reportError (Node.js), go to console.error every time, never rethrown (the process lives on)', async () => {
    vi.stubGlobal('reportError', undefined);
    const tasks: (() => void)[] = [];
    vi.stubGlobal('queueMicrotask', (fn: () => void) => tasks.push(fn));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new Error('bug');
    reportOutOfBand(bug);
    expect(tasks).toHaveLength(0);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]).toContain(bug);
    // through a wrapped client with default options: each throw reported, nothing escapes
    vi.unstubAllGlobals();
    vi.stubGlobal('reportError', undefined);
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: false });
    rtc.on('error', () => {
      throw bug;
    });
    const unhandled = vi.fn();
    process.on('uncaughtException', unhandled);
    try {
      expect(() => {
        warn(client);
        warn(client);
      }).not.toThrow();
      await vi.advanceTimersByTimeAsync(0);
      expect(logged).toHaveBeenCalledTimes(3);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', unhandled);
      logged.mockRestore();
      rtc.dispose();
    }
  });

  it('one throwing function listening to two events is reported under each event', () => {
    const client = new FakeNgClient();
    const reported: string[] = [];
    const rtc = wrapClient(client, ngTestAdapter, { onListenerError: (_e, event) => reported.push(event) });
    const bad = (): void => {
      throw new Error('bug');
    };
    rtc.on('error', bad).on('recoverable', bad);
    warn(client);
    expect(reported).toEqual(['error', 'recoverable']);
    rtc.off('recoverable', bad);
    expect(rtc.listenerCount('recoverable')).toBe(0);
    expect(rtc.listenerCount('error')).toBe(1);
    rtc.dispose();
  });

  it('on/once/off manage listeners', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: false });
    const fn = vi.fn();
    const once = vi.fn();
    rtc.on('error', fn).once('error', once);
    expect(rtc.listenerCount('error')).toBe(2);
    warn(client);
    warn(client);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(once).toHaveBeenCalledTimes(1);
    rtc.off('error', fn);
    warn(client);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(rtc.listenerCount('error')).toBe(0);
    rtc.dispose();
  });
});

describe('wrapping twice', () => {
  it('shares one instrumentation: no extra SDK listeners, each handle gets each error once', async () => {
    const client = new FakeNgClient().script('setClientRole', async () => {
      throw ngError('INVALID_PARAMS', 'bad role');
    });
    const base = client.totalListeners();
    const a = wrapClient(client, ngTestAdapter, { coalesce: false });
    const once = client.totalListeners();
    const b = wrapClient(client, ngTestAdapter, { coalesce: false });
    expect(client.totalListeners()).toBe(once);
    expect(b.client).toBe(client);
    const ea = collect(a);
    const eb = collect(b);
    warn(client);
    await client.setClientRole('x').catch(() => undefined);
    expect(ea.errors.map((e) => e.code)).toEqual(['network_degraded', 'invalid_params']);
    expect(eb.errors.map((e) => e.code)).toEqual(['network_degraded', 'invalid_params']);
    expect(client.callsOf('setClientRole')).toHaveLength(1);
    a.dispose();
    expect(client.totalListeners()).toBe(once);
    warn(client);
    expect(ea.errors).toHaveLength(2);
    expect(eb.errors).toHaveLength(3);
    b.dispose();
    expect(client.totalListeners()).toBe(base);
    expect(Object.prototype.hasOwnProperty.call(client, 'setClientRole')).toBe(false);
    // and it can be wrapped again afterwards
    const c = wrapClient(client, ngTestAdapter);
    expect(client.totalListeners()).toBe(once);
    c.dispose();
  });

  it('refuses a second wrap with another adapter', () => {
    const client = new FakeNgClient();
    const a = wrapClient(client, ngTestAdapter);
    const other = defineAdapter({
      id: 'unknown',
      catalog: createCatalog([]),
      recognize: () => undefined,
      client: ngTestAdapter.client!,
    });
    expect(() => wrapClient(client, other)).toThrow(/already wrapped with the 'agora-ng' adapter/);
    a.dispose();
  });
});

describe('a retry budget shared by several wrapped clients', () => {
  it('refuses the retries of one client once another emptied it', async () => {
    const budget = retryBudget({ capacity: 1, refillPerSecond: 0 });
    const fail = async (): Promise<never> => {
      throw ngError('NETWORK_TIMEOUT', 'timeout');
    };
    const a = new FakeNgClient().script('join', fail, async () => 1);
    const b = new FakeNgClient().script('join', fail, async () => 2);
    const ra = wrapClient(a, ngTestAdapter, { retryBudget: budget, random: () => 0 });
    const rb = wrapClient(b, ngTestAdapter, { retryBudget: budget, random: () => 0 });
    const gb = collect(rb);
    const ja = a.join('app', 'ch', 'tok');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(ja).resolves.toBe(1);
    const jb = b.join('app', 'ch', 'tok').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await jb).toMatchObject({
      code: 'network_timeout',
      severity: 'fatal',
      context: { giveUpReason: 'retry-budget' },
    });
    expect(b.callsOf('join')).toHaveLength(1);
    expect(gb.events.map(([n]) => n)).toEqual(['giveup', 'error', 'fatal']);
    ra.dispose();
    rb.dispose();
  });

  it('bounds a wrapped join by its time budget', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter, {
      random: () => 0.5,
      retry: { join: { maxAttempts: 100, budgetMs: 2_000, backoff: { initialDelayMs: 500 } } },
    });
    const joined = client.join('a', 'b', 'c').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    // 500 + 0.5 * (1500 - 500) = 1000, then 500 + 0.5 * (3000 - 500) = 1750 would end after 2000
    expect(client.callsOf('join')).toHaveLength(2);
    expect(await joined).toMatchObject({ context: { giveUpReason: 'time-budget' } });
    rtc.dispose();
  });
});

describe('abort and dispose', () => {
  it('invoke(..., { signal }) aborts during the sleep: fatal operation_aborted, not emitted', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0 });
    const { events } = collect(rtc);
    const controller = new AbortController();
    const joined = rtc.invoke('join', ['app', 'ch', 'tok'], { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort('the user cancelled');
    const error = (await joined) as RtcError;
    expect(error).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      retry: { retryable: false },
      context: { aborted: true },
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(events.map(([n]) => n)).toEqual(['retry']);
    rtc.dispose();
  });

  it('dispose aborts pending retries and restores everything', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const patchedJoin = client.join;
    const joined = client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    rtc.dispose();
    expect(await joined).toMatchObject({ code: 'operation_aborted' });
    expect(vi.getTimerCount()).toBe(0);
    expect(rtc.disposed).toBe(true);
    // a reference kept to the patched method passes straight through after dispose
    await expect(patchedJoin.call(client, 'a', 'b', 'c')).rejects.toBeInstanceOf(Error);
    await expect(patchedJoin.call(client, 'a', 'b', 'c')).rejects.not.toHaveProperty('severity');
    await expect(rtc.invoke('join')).rejects.toThrow(/disposed/);
  });

  it('a failure callback arriving after success (no success event) is still reported', async () => {
    const client = new FakeWebClient();
    let lateFail: (e: string) => void = () => undefined;
    const patched = Object.assign(client, {
      unpublish(_stream: unknown, onFailure?: (e: string) => void) {
        lateFail = (e) => onFailure?.(e);
      },
    });
    const rtc = wrapClient(patched, webTestAdapter);
    const { errors } = collect(rtc);
    await rtc.invoke('unpublish', [{}]);
    lateFail('PUBLISH_STREAM_FAILED');
    expect(errors.map((e) => [e.code, e.operation])).toEqual([['publish_failed', 'unpublish']]);
    rtc.dispose();
  });

  it('attach() refuses the wrapped client itself', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    expect(() => rtc.attach(client, 'global')).toThrow(/another object than the wrapped client/);
    rtc.dispose();
  });

  it('a hostile rejection value (a revoked Proxy) still becomes one emitted RtcError', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const client = new FakeNgClient().script('setClientRole', async () => {
      throw proxy;
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    const error = (await client.setClientRole('host').catch((e: unknown) => e)) as RtcError;
    expect(error.code).toBe('unknown');
    expect(error.cause).toBe(proxy);
    expect(errors).toEqual([error]);
    rtc.dispose();
  });

  it('when the SDK refuses a listener, wrapping fails and leaves the client as it was', () => {
    const client = new FakeNgClient();
    client.on = (event: string) => {
      if (event === 'crypt-error' || event === 'live-streaming-error') throw new Error(`unknown event ${event}`);
    };
    const before = Object.getOwnPropertyNames(client).sort();
    expect(() => wrapClient(client, ngTestAdapter)).toThrow(/unknown event/);
    expect(Object.getOwnPropertyNames(client).sort()).toEqual(before);
    // and nothing is left registered as wrapped
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    rtc.dispose();
  });

  it('a client whose methods cannot be patched is refused with a clear error, leaving it untouched', () => {
    const client = Object.freeze(new FakeNgClient());
    expect(() => wrapClient(client, ngTestAdapter)).toThrow(/cannot patch method 'join'/);
    expect(client.totalListeners()).toBe(0);
  });
});

describe('options', () => {
  const client = (): FakeNgClient => new FakeNgClient();
  it.each([
    [{ retries: {} }, /unknown option "retries"/],
    [{ renewToken: 'token' }, /option "renewToken" must be a function, got "token"/],
    [{ retry: { join: { maxAttempts: 0 } } }, /option "retry.join.maxAttempts" must be an integer >= 1, got 0/],
    [{ retry: { publish: { backoff: { initialDelayMs: -1 } } } }, /"retry.publish.backoff.initialDelayMs"/],
    [{ coalesce: { windowMs: -1 } }, /"coalesce.windowMs"/],
    [{ clock: { now: () => 0 } }, /"clock.setTimeout" must be a function/],
    [{ random: 0.5 }, /"random" must be a function/],
    [{ retryBudget: 3 }, /"retryBudget"/],
    [{ surface: { client: null } }, /"surface.client"/],
    [{ onListenerError: true }, /"onListenerError"/],
  ])('rejects %j', (options, message) => {
    expect(() => wrapClient(client(), ngTestAdapter, options as never)).toThrow(message);
  });
  it('rejects a missing client or adapter', () => {
    expect(() => wrapClient(null as never, ngTestAdapter)).toThrow(/first argument/);
    expect(() => wrapClient(client(), {} as never)).toThrow(/adapter/);
  });
  it('an adapter without a client surface still gets its events translated', () => {
    const emitter = new AgoraLikeEmitter();
    const bare = defineAdapter({
      id: 'unknown',
      catalog: createCatalog([]),
      recognize: () => undefined,
      events: { boom: () => ({ type: 'error', raw: 'boom', recognition: { code: 'server_error' } }) },
    });
    const rtc = wrapClient(emitter, bare);
    const { errors } = collect(rtc);
    emitter.emit('boom');
    expect(errors.map((e) => e.code)).toEqual(['server_error']);
    rtc.dispose();
    expect(emitter.totalListeners()).toBe(0);
  });
});

describe('recovered', () => {
  it('is passed on only for a condition the events reported, once', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    const { events } = collect(rtc);
    const recovered = () => events.filter(([name]) => name === 'recovered');
    // an "all good" notice with nothing to clear is not an event for the app
    client.emit('exception', { code: 2003, msg: 'RECOVER', uid: 1 });
    expect(recovered()).toHaveLength(0);
    warn(client, 1);
    client.emit('exception', { code: 2003, msg: 'RECOVER', uid: 1 });
    expect(recovered()).toHaveLength(1);
    expect(recovered()[0]?.[1]).toMatchObject({ code: 'network_degraded', vendorCode: 2003 });
    client.emit('exception', { code: 2003, msg: 'RECOVER', uid: 1 });
    expect(recovered()).toHaveLength(1);
    rtc.dispose();
  });
});

describe('one report per failure', () => {
  it('an SDK method that calls another wrapped method reports the failure once', async () => {
    class NestedClient extends FakeNgClient {
      // like Alibaba's startPreview calling this.enableLocalVideo(true): one wrapped op inside another
      override async publish(tracks: unknown): Promise<void> {
        await this.join('app', String(tracks), null);
      }
    }
    const client = new NestedClient().script('join', () => Promise.reject(ngError('INVALID_OPERATION', 'not now')));
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors, events } = collect(rtc);
    await expect(client.publish('room')).rejects.toMatchObject({ code: 'invalid_state' });
    expect(errors).toHaveLength(1);
    expect(events.filter(([name]) => name === 'fatal')).toHaveLength(1);
    rtc.dispose();
  });

  const deviceEvents = defineAdapter({
    id: ngTestAdapter.id,
    catalog: ngTestAdapter,
    recognize: ngTestAdapter.recognize,
    ...(ngTestAdapter.client ? { client: ngTestAdapter.client } : {}),
    events: {
      ...ngTestAdapter.events,
      exception: ([evt]) => ({
        type: 'error',
        raw: evt,
        recognition: { code: 'device_in_use', detail: 'mic open failed' },
      }),
    },
  });

  it('a device event that only announces the failure of the operation in flight is not reported twice', async () => {
    const client = new FakeNgClient().script('publish', async () => {
      client.emit('exception', { code: 1, msg: 'MicOpenFail' });
      throw ngError('PERMISSION_DENIED', 'NotAllowedError: Permission denied');
    });
    const rtc = wrapClient(client, deviceEvents);
    const { errors } = collect(rtc);
    await expect(client.publish([])).rejects.toMatchObject({ code: 'permission_denied' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(errors.map((e) => e.code)).toEqual(['permission_denied']);
    rtc.dispose();
  });

  it('a held device event is reported when the operation succeeds, or after the hold', async () => {
    const client = new FakeNgClient().script('publish', async () => {
      client.emit('exception', { code: 1, msg: 'MicOpenFail' });
    });
    const rtc = wrapClient(client, deviceEvents);
    const { errors } = collect(rtc);
    await client.publish([]);
    expect(errors.map((e) => e.code)).toEqual(['device_in_use']);

    rtc.dispose();

    let finish: () => void = () => undefined;
    const slow = new FakeNgClient().script('publish', () => new Promise<void>((resolve) => (finish = resolve)));
    const rtc2 = wrapClient(slow, deviceEvents);
    const second = collect(rtc2);
    const pending = slow.publish([]);
    slow.emit('exception', { code: 1, msg: 'MicOpenFail' });
    expect(second.errors).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(second.errors.map((e) => e.code)).toEqual(['device_in_use']);
    finish();
    await pending;
    expect(second.errors).toHaveLength(1);
    rtc2.dispose();
  });

  it('device events with no operation in flight are reported at once', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, deviceEvents);
    const { errors } = collect(rtc);
    client.emit('exception', { code: 1, msg: 'MicOpenFail' });
    expect(errors.map((e) => e.code)).toEqual(['device_in_use']);
    rtc.dispose();
  });
});
