/** The neverthrow forms: `fromSdkPromise`, `retryResult` and a wrapped client's `attemptForms`. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { attemptForms, fromSdkPromise, retryPolicy, retryResult, RtcError, wrapClient } from '../../src/index.js';
import { FakeNgClient, ngError, ngTestAdapter } from '../wrap/support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('fromSdkPromise', () => {
  it('gives Ok for a resolved SDK promise', async () => {
    const result = await fromSdkPromise(Promise.resolve(5), ngTestAdapter);
    expect(result.isOk()).toBe(true);
    expect(result._unsafeUnwrap()).toBe(5);
  });

  it('gives Err(RtcError) for a rejection, with the context', async () => {
    const raw = ngError('INVALID_PARAMS', 'bad uid');
    const result = await fromSdkPromise(Promise.reject(raw), ngTestAdapter, { operation: 'join', channel: 'ch' });
    const error = result._unsafeUnwrapErr();
    expect(error).toBeInstanceOf(RtcError);
    expect(error).toMatchObject({ code: 'invalid_params', operation: 'join', context: { channel: 'ch' } });
    expect(error.cause).toBe(raw);
  });

  it('catches a synchronous throw of the thunk', async () => {
    const result = await fromSdkPromise(() => {
      throw ngError('INVALID_PARAMS', 'thrown before the promise');
    }, ngTestAdapter);
    expect(result._unsafeUnwrapErr().code).toBe('invalid_params');
  });

  it('accepts a thunk returning a plain value, and chains like any ResultAsync', async () => {
    const chained = fromSdkPromise(() => 2, ngTestAdapter).andThen((n) =>
      n > 1 ? okAsync(n * 10) : errAsync(new RtcError({ code: 'unknown' })),
    );
    expect(chained).toBeInstanceOf(ResultAsync);
    expect((await chained)._unsafeUnwrap()).toBe(20);
  });

  it('never rejects, whatever the SDK throws', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const result = await fromSdkPromise(Promise.reject(hostile), ngTestAdapter);
    expect(result.isErr()).toBe(true);
  });
});

describe('retryResult', () => {
  it('retries under the policy and gives Ok', async () => {
    let calls = 0;
    const done = retryResult(
      async () => {
        calls += 1;
        if (calls < 2) throw ngError('NETWORK_TIMEOUT', 'timeout');
        return 'ok';
      },
      retryPolicy({ maxAttempts: 2, random: () => 0, backoff: { initialDelayMs: 50 } }),
      { adapter: ngTestAdapter },
    );
    await vi.advanceTimersByTimeAsync(50);
    expect((await done)._unsafeUnwrap()).toBe('ok');
  });

  it('gives Err with the error the policy gave up with', async () => {
    const done = retryResult(
      async () => {
        throw ngError('NETWORK_TIMEOUT', 'timeout');
      },
      { maxAttempts: 2, random: () => 0, backoff: { initialDelayMs: 50 } },
      { adapter: ngTestAdapter },
    );
    await vi.advanceTimersByTimeAsync(100);
    expect((await done)._unsafeUnwrapErr().context.giveUpReason).toBe('attempts');
  });
});

describe('retryResult without an adapter', () => {
  it('still normalizes (browser errors only): a plain Error is internal_error, fatal, not retried', async () => {
    let calls = 0;
    const raw = new Error('boom');
    const result = await retryResult(
      async () => {
        calls += 1;
        throw raw;
      },
      { maxAttempts: 3 },
    );
    expect(calls).toBe(1);
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 'internal_error', severity: 'fatal' });
    expect(error.cause).toBe(raw);
  });
});

describe('attemptForms(rtc)', () => {
  it('gives ResultAsync forms of the operations, retried like the client itself', async () => {
    const client = new FakeNgClient().script(
      'join',
      async () => {
        throw ngError('NETWORK_TIMEOUT', 'timeout');
      },
      async () => 9,
    );
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0 });
    const retries: string[] = [];
    rtc.on('retry', (e) => retries.push(`${e.operation} ${e.error.code}`));
    const pending = attemptForms(rtc).join('app', 'ch', 'tok');
    expect(pending).toBeInstanceOf(ResultAsync);
    await vi.advanceTimersByTimeAsync(500);
    const result = await pending;
    expect(result.isOk() && result.value).toBe(9);
    expect(retries).toEqual(['join network_timeout']);
    expect(client.callsOf('join')).toHaveLength(2);
    rtc.dispose();
  });

  it('gives Err(RtcError) for a failure and for a synchronous throw', async () => {
    const client = new FakeNgClient().script('setEncryptionConfig', () => {
      throw ngError('INVALID_PARAMS', 'secret');
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const result = await attemptForms(rtc).setEncryptionConfig('aes-128-gcm', '');
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid_params', operation: 'setEncryptionConfig' });
    rtc.dispose();
  });

  it('has forms only for the client functions', () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    const attempt = attemptForms(rtc);
    expect('join' in attempt).toBe(true);
    expect('connectionState' in attempt).toBe(false);
    expect((attempt as Record<string, unknown>).nope).toBeUndefined();
    expect(attempt.join).toBe(attempt.join);
    rtc.dispose();
  });

  it('gives Err(invalid_usage) after dispose, like the promise forms', async () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    const attempt = attemptForms(rtc);
    rtc.dispose();
    const result = await attempt.leave();
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: 'invalid_usage', message: /disposed/ });
  });

  it('throws a TypeError naming the function for anything but a wrapped client', () => {
    const client = new FakeNgClient();
    for (const bad of [undefined, null, 42, client, { client, invoke: 'no' }])
      expect(() => attemptForms(bad as never)).toThrow(
        new TypeError('rtc-errors: attemptForms() takes what wrapClient() returns'),
      );
  });
});
