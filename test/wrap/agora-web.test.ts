/** wrapClient over a fake Agora Web 3.x `Client`: callback-style methods keep their signatures. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attemptForms, isRtcError, wrapClient, type RtcError } from '../../src/index.js';
import { collect, FakeWebClient, FakeWebStream, flush, webTestAdapter } from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('agora-web: callback methods', () => {
  it('calls onSuccess with the SDK arguments', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [(ok) => ok(1234)];
    const rtc = wrapClient(client, webTestAdapter);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    expect(client.join('tok', 'ch', null, onSuccess, onFailure)).toBeUndefined();
    // the SDK is called synchronously, as the app called it
    expect(client.callsOf('join')).toEqual([['tok', 'ch', null, undefined]]);
    await flush();
    expect(onSuccess).toHaveBeenCalledWith(1234);
    expect(onFailure).not.toHaveBeenCalled();
    rtc.dispose();
  });

  it('keeps optionalInfo in place', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [(ok) => ok(1)];
    const rtc = wrapClient(client, webTestAdapter);
    const onSuccess = vi.fn();
    client.join('tok', 'ch', 5, 'info' as never, onSuccess as never);
    await flush();
    expect(client.callsOf('join')).toEqual([['tok', 'ch', 5, 'info']]);
    expect(onSuccess).toHaveBeenCalledWith(1);
    rtc.dispose();
  });

  it('gives onFailure an RtcError after the policy retries (the failure callback path)', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [(_, fail) => fail('ERR_JOIN_CHANNEL_TIMEOUT')];
    const rtc = wrapClient(client, webTestAdapter, {
      random: () => 0,
      retry: { join: { maxAttempts: 3, backoff: { initialDelayMs: 100 } } },
    });
    const { events } = collect(rtc);
    const onFailure = vi.fn();
    client.join('tok', 'ch', null, () => undefined, onFailure);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(client.callsOf('join')).toHaveLength(3);
    expect(onFailure).toHaveBeenCalledTimes(1);
    const error = onFailure.mock.calls[0]?.[0] as RtcError;
    expect(isRtcError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'network_timeout',
      vendorCode: 'ERR_JOIN_CHANNEL_TIMEOUT',
      operation: 'join',
      severity: 'fatal',
    });
    expect(error.cause).toBe('ERR_JOIN_CHANNEL_TIMEOUT');
    expect(events.map(([n]) => n)).toEqual(['retry', 'retry', 'giveup', 'error', 'fatal']);
    rtc.dispose();
  });

  it('a fatal failure reaches onFailure at once, without retry', async () => {
    const client = new FakeWebClient();
    const rtc = wrapClient(client, webTestAdapter);
    const onFailure = vi.fn();
    client.init('bad', undefined, onFailure);
    await flush();
    expect(onFailure.mock.calls[0]?.[0]).toMatchObject({ code: 'app_id_invalid', operation: 'init' });
    expect(client.callsOf('init')).toHaveLength(1);
    rtc.dispose();
  });

  it('the error is still emitted when the app gave no onFailure', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [(_, fail) => fail('ERR_DYNAMIC_KEY_EXPIRED')];
    const rtc = wrapClient(client, webTestAdapter);
    const { errors } = collect(rtc);
    client.join('tok', 'ch', null);
    await flush();
    expect(errors.map((e) => e.code)).toEqual(['token_expired']);
    rtc.dispose();
  });

  it('publish succeeds when the SDK emits stream-published for that stream', async () => {
    const client = new FakeWebClient();
    const stream = new FakeWebStream();
    client.publishOutcome = (s) => queueMicrotask(() => client.emit('stream-published', { stream: s }));
    const rtc = wrapClient(client, webTestAdapter);
    const before = client.totalListeners();
    await expect(rtc.promise.publish(stream as never)).resolves.toEqual({ stream });
    // the one-shot success listener is gone
    expect(client.totalListeners()).toBe(before);
    rtc.dispose();
  });

  it('publish failure callback gives the promise form an RtcError, retried as a publish', async () => {
    const client = new FakeWebClient();
    const stream = new FakeWebStream();
    let n = 0;
    client.publishOutcome = (s, fail) => {
      n += 1;
      if (n === 1) fail('PUBLISH_STREAM_FAILED');
      else client.emit('stream-published', { stream: s });
    };
    const rtc = wrapClient(client, webTestAdapter, { random: () => 0 });
    const done = rtc.promise.publish(stream as never);
    await vi.advanceTimersByTimeAsync(300);
    await expect(done).resolves.toEqual({ stream });
    expect(n).toBe(2);
    rtc.dispose();
  });

  it('node-style callbacks: setClientRole(role, cb) gets null on success and an RtcError on failure', async () => {
    const client = new FakeWebClient();
    const rtc = wrapClient(client, webTestAdapter);
    const cb = vi.fn();
    client.setClientRole('host', cb);
    await flush();
    expect(cb).toHaveBeenCalledWith(null);
    client.roleOutcome = (done) => done('SET_CLIENT_ROLE_FAILED');
    client.setClientRole('audience', cb);
    await flush();
    expect(cb.mock.calls[1]?.[0]).toMatchObject({ code: 'invalid_state', operation: 'setClientRole' });
    rtc.dispose();
  });

  it('promise forms take the arguments without callbacks', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [(ok) => ok(77)];
    const rtc = wrapClient(client, webTestAdapter);
    await expect(rtc.promise.join('tok', 'ch', null)).resolves.toBe(77);
    const result = await attemptForms(rtc).leave();
    expect(result.isOk()).toBe(true);
    rtc.dispose();
  });

  it('a sync method that throws throws an RtcError', () => {
    const client = new FakeWebClient();
    const rtc = wrapClient(client, webTestAdapter);
    const { errors } = collect(rtc);
    expect(() => client.startLiveStreaming('http://nope')).toThrow(expect.objectContaining({ code: 'invalid_params' }));
    expect(errors).toHaveLength(1);
    rtc.dispose();
  });

  it('a throwing app callback is reported, not swallowed, and does not break the wrapper', async () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (e: unknown) => reported.push(e));
    try {
      const client = new FakeWebClient();
      client.joinOutcomes = [(ok) => ok(1)];
      const rtc = wrapClient(client, webTestAdapter);
      client.join('tok', 'ch', null, () => {
        throw new Error('app bug in onSuccess');
      });
      await flush();
      expect(reported).toEqual([new Error('app bug in onSuccess')]);
      rtc.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('agora-web: events and tokens', () => {
  it('translates `error` events; renews the token through the sync renewToken', async () => {
    const client = new FakeWebClient();
    const rtc = wrapClient(client, webTestAdapter, { renewToken: () => 'fresh' });
    const { events } = collect(rtc);
    client.emit('error', { type: 'error', reason: 'ERR_DYNAMIC_KEY_EXPIRED' });
    client.emit('onTokenPrivilegeWillExpire');
    await flush();
    expect(client.tokens).toEqual(['fresh']);
    expect(events.map(([n, e]) => [n, (e as { code: string }).code])).toEqual([
      ['error', 'token_expired'],
      ['fatal', 'token_expired'],
      ['error', 'token_expiring'],
      ['recoverable', 'token_expiring'],
      ['recovered', 'token_expiring'],
    ]);
    rtc.dispose();
    expect(client.totalListeners()).toBe(0);
  });

  it('attach(stream, "stream"): stream.init failure callback and accessDenied', async () => {
    const client = new FakeWebClient();
    const stream = new FakeWebStream();
    stream.initOutcome = (_, fail) => fail({ type: 'error', msg: 'NotAllowedError', info: 'Permission denied' });
    const rtc = wrapClient(client, webTestAdapter);
    const { errors } = collect(rtc);
    rtc.attach(stream, 'stream');
    const onFailure = vi.fn();
    stream.init(undefined, onFailure);
    await flush();
    stream.emit('accessDenied', {});
    expect(onFailure.mock.calls[0]?.[0]).toMatchObject({ code: 'permission_denied', operation: 'init' });
    expect(errors.map((e) => e.code)).toEqual(['permission_denied', 'permission_denied']);
    rtc.dispose();
    expect(stream.count()).toBe(0);
  });
});
