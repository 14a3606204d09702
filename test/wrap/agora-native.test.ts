/** wrapClient over a fake native `IRtcEngine`: negative return codes and an event-handler object. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attemptForms, wrapClient, type RtcError } from '../../src/index.js';
import { collect, FakeNativeEngine, flush, nativeTestAdapter } from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('agora-native', () => {
  it('a negative return becomes an emitted RtcError; the return value is unchanged', () => {
    const engine = new FakeNativeEngine();
    engine.returns.set('joinChannel', [-2]);
    const rtc = wrapClient(engine, nativeTestAdapter);
    const { events } = collect(rtc);
    expect(engine.joinChannel('tok', 'ch', 0, {})).toBe(-2);
    expect(events.map(([n]) => n)).toEqual(['error', 'fatal']);
    expect(events[0]?.[1]).toMatchObject({
      code: 'invalid_params',
      vendorCode: 2,
      operation: 'joinChannel',
      context: { returned: -2 },
    });
    expect((events[0]?.[1] as RtcError).cause).toBe(-2);
    // success values pass through without any event
    expect(engine.enableVideo()).toBe(0);
    expect(events).toHaveLength(2);
    expect(engine.getVersion()).toEqual({ version: '4.6.4' });
    rtc.dispose();
  });

  it('registers one event handler with exactly the translated callbacks, and unregisters it', () => {
    const engine = new FakeNativeEngine();
    const rtc = wrapClient(engine, nativeTestAdapter);
    expect(engine.handlers).toHaveLength(1);
    expect(Object.keys(engine.handlers[0]!).sort()).toEqual(Object.keys(nativeTestAdapter.events).sort());
    rtc.dispose();
    expect(engine.handlers).toHaveLength(0);
  });

  it('translates onError events', () => {
    const engine = new FakeNativeEngine();
    const rtc = wrapClient(engine, nativeTestAdapter);
    const { errors } = collect(rtc);
    engine.fire('onError', 1005, 'audio device module error');
    expect(errors[0]).toMatchObject({ code: 'device_failure', vendorCode: 1005, detail: 'audio device module error' });
    rtc.dispose();
  });

  it('renews through renewToken() on onRequestToken (this SDK accepts a token after expiry)', async () => {
    const engine = new FakeNativeEngine();
    const rtc = wrapClient(engine, nativeTestAdapter, { renewToken: async () => 'fresh' });
    const { events } = collect(rtc);
    engine.fire('onRequestToken', { channelId: 'ch', localUid: 1 });
    await flush();
    expect(engine.callsOf('renewToken')).toEqual([['fresh']]);
    expect(events.map(([n]) => n)).toEqual(['error', 'fatal', 'recovered']);
    rtc.dispose();
  });

  it('a renewal refused by a negative return is reported', async () => {
    const engine = new FakeNativeEngine();
    engine.returns.set('renewToken', [-7]);
    const rtc = wrapClient(engine, nativeTestAdapter, { renewToken: () => 'fresh' });
    const { errors } = collect(rtc);
    engine.fire('onTokenPrivilegeWillExpire', { channelId: 'ch' }, 'old');
    await flush();
    expect(errors.map((e) => [e.code, e.operation])).toEqual([
      ['token_expiring', undefined],
      ['invalid_state', 'renewToken'],
    ]);
    rtc.dispose();
  });

  it('the promise form retries a join that returned a retryable code', async () => {
    const engine = new FakeNativeEngine();
    engine.returns.set('joinChannel', [-10, 0]);
    const rtc = wrapClient(engine, nativeTestAdapter, { random: () => 0 });
    const { events } = collect(rtc);
    const joined = rtc.promise.joinChannel('tok', 'ch', 1, {});
    await vi.advanceTimersByTimeAsync(500);
    await expect(joined).resolves.toBe(0);
    expect(engine.callsOf('joinChannel')).toHaveLength(2);
    expect(events.map(([n]) => n)).toEqual(['retry']);
    rtc.dispose();
  });

  it('leaveChannel ends a promise-form join that is still retrying', async () => {
    const engine = new FakeNativeEngine();
    engine.returns.set('joinChannel', [-10]);
    const rtc = wrapClient(engine, nativeTestAdapter, { random: () => 0 });
    const joined = rtc.promise.joinChannel('tok', 'ch', 1, {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.leaveChannel()).toBe(0);
    expect(await joined).toMatchObject({ code: 'operation_aborted', context: { supersededBy: 'leaveChannel' } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.callsOf('joinChannel')).toHaveLength(1);
    rtc.dispose();
  });

  it('the Result form gives Err(RtcError) for a negative return', async () => {
    const engine = new FakeNativeEngine();
    engine.returns.set('startPreview', [-7]);
    const rtc = wrapClient(engine, nativeTestAdapter);
    const result = await attemptForms(rtc).startPreview();
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid_state', operation: 'startPreview' });
    rtc.dispose();
  });
});
