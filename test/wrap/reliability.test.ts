/**
 * The wrap under stress and misuse: storms with a ceiling, timeouts that leave no ghost behind,
 * listener errors that never escape, misuse that rejects, no MaxListenersExceededWarning.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { attemptForms, wrapClient, type RtcError } from '../../src/index.js';
import {
  aliyunTestAdapter,
  collect,
  FakeAliEngine,
  FakeNativeEngine,
  FakeNgClient,
  FakeWebClient,
  flush,
  nativeTestAdapter,
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

/** A promise that never settles (an SDK call hung with the network cut). */
const never = (): Promise<never> => new Promise<never>(() => undefined);

const low = (uid: number): Record<string, unknown> => ({ code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid });

describe('storms with a ceiling', () => {
  it('100,000 distinct warnings of one code: one window, a handful of translations, one timer, all counted', async () => {
    const translate = vi.fn(agoraNgAdapter.events.exception!);
    const adapter = { ...agoraNgAdapter, events: { ...agoraNgAdapter.events, exception: translate } };
    const client = new FakeNgClient();
    const rtc = wrapClient(client, adapter, { coalesce: { windowMs: 1_000 } });
    const { errors } = collect(rtc);
    for (let uid = 0; uid < 100_000; uid += 1) client.emit('exception', low(uid));
    expect(translate.mock.calls.length).toBeLessThanOrEqual(3);
    expect(vi.getTimerCount()).toBe(1);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(2);
    expect(errors[1]?.context).toMatchObject({ count: 99_999, uid: 99_999 });
    expect(vi.getTimerCount()).toBe(0);
    rtc.dispose();
  });

  it('two warnings alternating are both counted without translation', async () => {
    const translate = vi.fn(agoraNgAdapter.events.exception!);
    const adapter = { ...agoraNgAdapter, events: { ...agoraNgAdapter.events, exception: translate } };
    const client = new FakeNgClient();
    const rtc = wrapClient(client, adapter, { coalesce: { windowMs: 1_000 } });
    const { errors } = collect(rtc);
    const other = { code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid: 5 };
    for (let i = 0; i < 10_000; i += 1) client.emit('exception', i % 2 === 0 ? low(5) : { ...other });
    expect(translate).toHaveBeenCalledTimes(2);
    expect(errors.map((e) => e.vendorCode)).toEqual([2001, 1003]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors.slice(2).map((e) => [e.vendorCode, e.context.count])).toEqual([
      [2001, 4_999],
      [1003, 4_999],
    ]);
    rtc.dispose();
  });

  it('caps the open windows: the least recently hit closes early and reports its count', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, {
      coalesce: { windowMs: 60_000, maxWindows: 2, key: (e) => `${e.code}/${String(e.context.uid)}` },
    });
    const { errors } = collect(rtc);
    const warn = (uid: number): void =>
      client.emit('exception', { code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid });
    warn(1);
    warn(1);
    warn(2);
    warn(3); // a third window: uid 1's closes now, with its count
    expect(errors.map((e) => [e.context.uid, e.context.count])).toEqual([
      [1, undefined],
      [2, undefined],
      [1, 1],
      [3, undefined],
    ]);
    expect(vi.getTimerCount()).toBe(1);
    rtc.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('during an operation in flight, a storm of device warnings is held once, counted, one timer', async () => {
    const translate = vi.fn(agoraNgAdapter.events.exception!);
    const adapter = { ...agoraNgAdapter, events: { ...agoraNgAdapter.events, exception: translate } };
    const client = new FakeNgClient().script('publish', never);
    const rtc = wrapClient(client, adapter, { coalesce: { windowMs: 5_000 }, timeoutMs: false });
    const { errors } = collect(rtc);
    void client.publish([]).catch(() => undefined);
    for (let uid = 0; uid < 50_000; uid += 1) client.emit('exception', low(uid % 2 === 0 ? 1 : uid));
    expect(translate.mock.calls.length).toBeLessThanOrEqual(3);
    expect(errors).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(1);
    // held for 1 s, then reported once; the repeats are counted in its window
    await vi.advanceTimersByTimeAsync(1_000);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.category).toBe('device');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(errors).toHaveLength(2);
    expect(errors[1]?.context.count).toBe(49_999);
    rtc.dispose();
  });

  it('a storm of identical fatal events is told once per window with a count; every failed call still rejects', async () => {
    const client = new FakeNgClient().script('setClientRole', async () => {
      throw ngError('INVALID_PARAMS', 'bad role');
    });
    const rtc = wrapClient(client, agoraNgAdapter, { coalesce: { windowMs: 1_000 } });
    const { errors, events } = collect(rtc);
    const banned = (): void => client.emit('connection-state-change', 'DISCONNECTED', 'CONNECTED', 'UID_BANNED');
    for (let i = 0; i < 100; i += 1) banned();
    expect(events.filter(([n]) => n === 'fatal')).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'fatal' });
    await vi.advanceTimersByTimeAsync(1_000);
    const counted = errors.filter((e) => typeof e.context.count === 'number');
    expect(counted.map((e) => e.context.count)).toEqual([99]);
    // operations: each rejection rejects and is reported on its own
    const calls = await Promise.all([1, 2, 3].map(() => client.setClientRole('x').catch((e: unknown) => e)));
    expect(calls.every((e) => (e as RtcError).code === (calls[0] as RtcError).code)).toBe(true);
    expect(calls.every((e) => (e as RtcError).name === 'RtcError')).toBe(true);
    expect(errors.filter((e) => e.operation === 'setClientRole')).toHaveLength(3);
    rtc.dispose();
  });
});

describe('timeouts that leave nothing behind', () => {
  it('agora-ng: a hung join times out per attempt, each attempt is left before the retry, and the budget bounds it all', async () => {
    const client = new FakeNgClient().script('join', never);
    const rtc = wrapClient(client, ngTestAdapter, {
      random: () => 0,
      timeoutMs: { join: 5_000 },
      retry: { join: { maxAttempts: 5, budgetMs: 12_000 } },
    });
    const { events } = collect(rtc);
    const settled = vi.fn();
    const joined = client.join('app', 'ch', 'tok').then(settled, (e: unknown) => {
      settled(e);
      return e;
    });
    await vi.advanceTimersByTimeAsync(12_000);
    expect(settled).toHaveBeenCalledTimes(1);
    const error = (await joined) as RtcError;
    expect(error.code).toBe('network_timeout');
    expect(error.context).toMatchObject({ giveUpReason: 'time-budget', timedOut: true });
    // every attempt that was given up on was left before the next one
    expect(client.callsOf('join').length).toBeGreaterThanOrEqual(2);
    expect(client.callsOf('leave').length).toBe(client.callsOf('join').length);
    const retries = events.filter(([n]) => n === 'retry').map(([, e]) => (e as { error: RtcError }).error);
    expect(retries[0]).toMatchObject({ code: 'network_timeout', operation: 'join', context: { timeoutMs: 5_000 } });
    rtc.dispose();
  });

  it('agora-ng: invoke(op, args, { timeoutMs }) times out that call; a late join is left again and reported with context.late', async () => {
    let succeedLate: (uid: number) => void = () => undefined;
    const client = new FakeNgClient().script(
      'join',
      () =>
        new Promise<number>((resolve) => {
          succeedLate = resolve;
        }),
    );
    const rtc = wrapClient(client, ngTestAdapter, { retry: false });
    const { errors } = collect(rtc);
    const joined = rtc.invoke('join', ['app', 'ch', 'tok'], { timeoutMs: 2_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await joined).toMatchObject({
      code: 'network_timeout',
      severity: 'recoverable',
      operation: 'join',
      context: { timeoutMs: 2_000 },
    });
    expect(client.callsOf('leave')).toHaveLength(1);
    succeedLate(42);
    await flush();
    expect(client.callsOf('leave')).toHaveLength(2);
    const late = errors.filter((e) => e.context.late === true);
    expect(late).toHaveLength(1);
    expect(late[0]?.context).toMatchObject({ lateOutcome: 'succeeded', undoneBy: 'leave' });
    rtc.dispose();
  });

  it('a late success of an attempt given up on is not undone once a later attempt has started (the session may be its)', async () => {
    let succeedLate: (uid: number) => void = () => undefined;
    const client = new FakeNgClient().script(
      'join',
      () =>
        new Promise<number>((resolve) => {
          succeedLate = resolve;
        }),
      async () => 9,
    );
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0, timeoutMs: { join: 1_000 } });
    const { errors } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await joined).toBe(9);
    expect(client.callsOf('leave')).toHaveLength(1);
    succeedLate(1);
    await flush();
    expect(client.callsOf('leave')).toHaveLength(1);
    expect(errors.filter((e) => e.context.late === true).map((e) => e.context.lateOutcome)).toEqual(['succeeded']);
    rtc.dispose();
  });

  it('agora-ng: a late publish is unpublished (the operation that undoes it, not leave)', async () => {
    let succeedLate: () => void = () => undefined;
    const client = new FakeNgClient().script(
      'publish',
      () =>
        new Promise<void>((resolve) => {
          succeedLate = resolve;
        }),
    );
    const unpublish = vi.fn(async () => undefined);
    Object.assign(client, { unpublish });
    const rtc = wrapClient(client, ngTestAdapter, { retry: false, timeoutMs: 1_000 });
    const tracks = ['track'];
    const published = client.publish(tracks).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await published).toMatchObject({ code: 'network_timeout' });
    expect(unpublish).toHaveBeenCalledWith(tracks);
    succeedLate();
    await flush();
    expect(unpublish).toHaveBeenCalledTimes(2);
    expect(client.callsOf('leave')).toHaveLength(0);
    rtc.dispose();
  });

  it('a late failure is reported through error with context.late, never an unhandled rejection', async () => {
    let failLate: (e: unknown) => void = () => undefined;
    const client = new FakeNgClient().script(
      'setClientRole',
      () =>
        new Promise<void>((_resolve, reject) => {
          failLate = reject;
        }),
    );
    const rtc = wrapClient(client, ngTestAdapter, { timeoutMs: 500 });
    const { errors } = collect(rtc);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const role = client.setClientRole('host').catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(500);
      expect(await role).toMatchObject({ code: 'network_timeout', context: { timeoutMs: 500 } });
      failLate(ngError('INVALID_PARAMS', 'late'));
      await flush();
      await vi.advanceTimersByTimeAsync(0);
      expect(errors.filter((e) => e.context.late === true).map((e) => [e.code, e.context.lateOutcome])).toEqual([
        ['invalid_params', 'failed'],
      ]);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
      rtc.dispose();
    }
  });

  it('agora-web 3.x: a join whose callbacks never come times out and is left (callback style)', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [() => undefined];
    const rtc = wrapClient(client, webTestAdapter, { retry: false, timeoutMs: { join: 3_000 } });
    const onFailure = vi.fn();
    client.join('tok', 'ch', null, undefined, () => undefined, onFailure);
    await vi.advanceTimersByTimeAsync(3_000);
    await flush();
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]?.[0]).toMatchObject({ code: 'network_timeout', operation: 'join' });
    expect(client.callsOf('leave')).toHaveLength(1);
    rtc.dispose();
  });

  it('aliyun: a hung joinChannel times out and leaveChannel is called before the retry', async () => {
    const engine = new FakeAliEngine().queue('joinChannel', never);
    const rtc = wrapClient(engine, aliyunTestAdapter, {
      random: () => 0,
      timeoutMs: 2_000,
      retry: { joinChannel: { maxAttempts: 2, budgetMs: 60_000 } },
    });
    const joined = engine.joinChannel({ token: 't' }, 'me').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await joined).toMatchObject({ code: 'network_timeout', context: { giveUpReason: 'attempts' } });
    expect(engine.callsOf('joinChannel')).toHaveLength(2);
    expect(engine.callsOf('leaveChannel')).toHaveLength(2);
    rtc.dispose();
  });

  it('agora-native: return-code operations answer at once and get no timeout (nothing to hang on)', async () => {
    const engine = new FakeNativeEngine();
    const rtc = wrapClient(engine, nativeTestAdapter, { timeoutMs: 10 });
    expect(engine.joinChannel('tok', 'ch', 0, {})).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.calls.filter((c) => c.name === 'leaveChannel')).toHaveLength(0);
    await expect(rtc.invoke('joinChannel', ['tok', 'ch', 0, {}])).resolves.toBe(0);
    rtc.dispose();
  });

  it('dispose() during a pending join rejects it and stops the SDK attempt too (leave)', async () => {
    const client = new FakeNgClient().script('join', never);
    const rtc = wrapClient(client, ngTestAdapter);
    const joined = client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    const invoked = rtc.invoke('join', ['app', 'ch', 'tok']).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    rtc.dispose();
    expect(await joined).toMatchObject({ code: 'operation_aborted' });
    expect(await invoked).toMatchObject({ code: 'operation_aborted' });
    await flush();
    expect(client.callsOf('leave')).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an abort by the app while the SDK is joining stops the SDK too; a superseding leave is not doubled', async () => {
    const client = new FakeNgClient().script('join', never);
    const rtc = wrapClient(client, ngTestAdapter);
    const controller = new AbortController();
    const joined = rtc.invoke('join', ['a', 'c', 't'], { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(await joined).toMatchObject({ code: 'operation_aborted' });
    await flush();
    expect(client.callsOf('leave')).toHaveLength(1);
    const again = client.join('a', 'c', 't').catch((e: unknown) => e);
    await client.leave();
    expect(await again).toMatchObject({ code: 'operation_aborted', context: { supersededBy: 'leave' } });
    await flush();
    expect(client.callsOf('leave')).toHaveLength(2);
    rtc.dispose();
  });

  it('checks timeoutMs at wrap time', () => {
    const client = new FakeNgClient();
    expect(() => wrapClient(client, ngTestAdapter, { timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => wrapClient(client, ngTestAdapter, { timeoutMs: { join: 'x' } as never })).toThrow(/timeoutMs\.join/);
    expect(() => wrapClient(client, ngTestAdapter, { coalesce: { maxWindows: 0 } })).toThrow(/maxWindows/);
  });
});

describe('misuse of an async API rejects, never throws', () => {
  const usage = { code: 'invalid_usage', category: 'params', severity: 'fatal' };

  it('a signal that is not an AbortSignal, bad options, unknown operation, after dispose: rejected invalid_usage, not emitted', async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    const calls: (() => Promise<unknown>)[] = [
      () => rtc.invoke('join', [] as never, { signal: {} as AbortSignal }),
      () => rtc.invoke('join', [] as never, { timeoutMs: -5 }),
      () => rtc.invoke('join', [] as never, { retries: 3 } as never),
      () => rtc.invoke('join', [] as never, 'fast' as never),
      () => rtc.invoke('join', 'app' as never),
      () => rtc.invoke('noSuchMethod' as never),
      () => rtc.invoke(42 as never),
    ];
    for (const call of calls) {
      let result: Promise<unknown> | undefined;
      expect(() => {
        result = call();
      }).not.toThrow();
      const error = await result?.catch((e: unknown) => e);
      expect(error).toMatchObject(usage);
      expect((error as Error).message).toMatch(/^rtc-errors: /);
    }
    expect(await rtc.invoke('noSuchMethod' as never).catch((e: RtcError) => e.message)).toMatch(
      /'noSuchMethod' is not an operation/,
    );
    const attempted = await (
      attemptForms(rtc) as unknown as Record<string, () => Promise<{ isErr(): boolean; error: RtcError }>>
    ).join!();
    expect(attempted.isErr()).toBe(false);
    rtc.dispose();
    const afterDispose = [
      rtc.invoke('join'),
      (rtc.promise as unknown as Record<string, () => Promise<unknown>>).join!(),
    ];
    for (const p of afterDispose)
      expect(await p.catch((e: unknown) => e)).toMatchObject({ ...usage, message: /disposed/ });
    expect(errors).toHaveLength(0);
  });

  it('agora-web 3.x: a method that throws at once when raw still throws when wrapped, now an RtcError', () => {
    const client = new FakeWebClient();
    Object.assign(client, {
      publish(): void {
        throw new Error('INVALID_OPERATION: publish before join');
      },
      init(appId: string): void {
        if (appId === '') throw new Error('INVALID_PARAMETER: appId');
      },
    });
    const rtc = wrapClient(client, webTestAdapter);
    const { errors } = collect(rtc);
    const onFailure = vi.fn();
    let thrown: unknown;
    try {
      client.publish({}, onFailure);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ name: 'RtcError', operation: 'publish' });
    expect(() => client.init('', () => undefined, onFailure)).toThrow(expect.objectContaining({ name: 'RtcError' }));
    expect(onFailure).not.toHaveBeenCalled();
    expect(errors).toHaveLength(2);
    rtc.dispose();
  });

  it('no MaxListenersExceededWarning with 50 concurrent operations on one client', async () => {
    vi.useRealTimers();
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => {
      warnings.push(w);
    };
    process.on('warning', onWarning);
    try {
      const client = new FakeNgClient().script('setClientRole', () => new Promise((r) => setTimeout(r, 5)));
      const rtc = wrapClient(client, ngTestAdapter);
      const signal = new AbortController().signal;
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          i % 2 === 0 ? client.setClientRole('host') : rtc.invoke('setClientRole', ['host'], { signal }),
        ),
      );
      await new Promise((r) => setTimeout(r, 20));
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
      rtc.dispose();
    } finally {
      process.off('warning', onWarning);
    }
  });
});
