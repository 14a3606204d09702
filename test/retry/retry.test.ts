import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isRtcError,
  normalize,
  retry,
  retryBudget,
  retryPolicy,
  RtcError,
  type GiveUpEvent,
  type RetryEvent,
  type RtcErrorCode,
} from '../../src/index.js';
import { ngError, ngTestAdapter } from '../wrap/support.js';

const recoverable = (code: RtcErrorCode = 'network_timeout', delayMs?: number): RtcError =>
  new RtcError({
    code,
    severity: 'recoverable',
    retry: { retryable: true, strategy: 'backoff', ...(delayMs !== undefined ? { delayMs } : {}) },
  });
const fatal = (): RtcError =>
  new RtcError({ code: 'invalid_params', severity: 'fatal', retry: { retryable: false, strategy: 'none' } });

/** A function failing with `failures` in turn, then resolving `value`; counts its calls. */
function failing<T>(failures: unknown[], value: T): { fn: () => Promise<T>; calls: () => number } {
  let calls = 0;
  return {
    fn: async () => {
      const f = failures[calls];
      calls += 1;
      if (f !== undefined) throw f;
      return value;
    },
    calls: () => calls,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retry', () => {
  it('waits the exact decorrelated-jitter delays (injected random) and resolves', async () => {
    const { fn, calls } = failing([recoverable(), recoverable(), recoverable()], 'ok');
    const retries: RetryEvent[] = [];
    const policy = retryPolicy({
      maxAttempts: 4,
      budgetMs: Infinity,
      backoff: { initialDelayMs: 100, maxDelayMs: 10_000 },
      random: () => 0.5,
    });
    const done = retry(fn, policy, { onRetry: (e) => retries.push(e), operation: 'join' });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(199);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(350);
    expect(calls()).toBe(3);
    await vi.advanceTimersByTimeAsync(575);
    expect(calls()).toBe(4);
    await expect(done).resolves.toBe('ok');
    expect(retries.map((r) => [r.attempt, r.delayMs, r.operation])).toEqual([
      [1, 200, 'join'],
      [2, 350, 'join'],
      [3, 575, 'join'],
    ]);
  });

  it('calls the function synchronously the first time, and treats a synchronous throw like a rejection', async () => {
    let calls = 0;
    const done = retry(
      () => {
        calls += 1;
        if (calls === 1) throw ngError('NETWORK_TIMEOUT', 'request timeout');
        return 7;
      },
      retryPolicy({ maxAttempts: 2, random: () => 0, backoff: { initialDelayMs: 10 } }),
      { normalize: (raw) => normalize(raw, ngTestAdapter) },
    );
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(10);
    await expect(done).resolves.toBe(7);
  });

  it('never retries a fatal error, and rejects with it unchanged', async () => {
    const error = fatal();
    const { fn, calls } = failing([error], 'never');
    const giveups: GiveUpEvent[] = [];
    await expect(retry(fn, retryPolicy({ maxAttempts: 5 }), { onGiveUp: (e) => giveups.push(e) })).rejects.toBe(error);
    expect(calls()).toBe(1);
    expect(giveups).toEqual([]);
  });

  it('never retries a fatal error even when retryOn says yes', async () => {
    const { fn, calls } = failing([fatal()], 'never');
    await expect(retry(fn, retryPolicy({ maxAttempts: 5, retryOn: () => true }))).rejects.toMatchObject({
      code: 'invalid_params',
    });
    expect(calls()).toBe(1);
  });

  it("honours the vendor's hint: data.retry === false is not retried", async () => {
    const { fn, calls } = failing([ngError('NETWORK_TIMEOUT', 'timeout', { retry: false })], 'never');
    const error = await retry(fn, retryPolicy({ maxAttempts: 5 }), {
      normalize: (raw) => normalize(raw, ngTestAdapter),
    }).catch((e: unknown) => e);
    expect(calls()).toBe(1);
    expect(error).toMatchObject({ code: 'network_timeout', severity: 'fatal', retry: { retryable: false } });
  });

  it("honours the vendor's suggested delay instead of the backoff", async () => {
    const { fn, calls } = failing([recoverable('server_busy', 3_000)], 'ok');
    const retries: RetryEvent[] = [];
    const done = retry(fn, retryPolicy({ maxAttempts: 2, budgetMs: Infinity, random: () => 0.5 }), {
      onRetry: (e) => retries.push(e),
    });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(done).resolves.toBe('ok');
    expect(retries[0]?.delayMs).toBe(3_000);
  });

  it('gives up after maxAttempts with a fatal error saying why', async () => {
    const { fn, calls } = failing([recoverable(), recoverable(), recoverable()], 'never');
    const giveups: GiveUpEvent[] = [];
    const done = retry(fn, retryPolicy({ maxAttempts: 3, random: () => 0, backoff: { initialDelayMs: 100 } }), {
      onGiveUp: (e) => giveups.push(e),
      operation: 'publish',
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = (await done) as RtcError;
    expect(calls()).toBe(3);
    expect(error.severity).toBe('fatal');
    expect(error.retry.retryable).toBe(false);
    expect(error.code).toBe('network_timeout');
    expect(error.context).toMatchObject({ attempts: 3, giveUpReason: 'attempts' });
    expect(giveups).toHaveLength(1);
    expect(giveups[0]).toMatchObject({ attempts: 3, operation: 'publish' });
    expect(giveups[0]?.error).toBe(error);
  });

  it('gives up when the next delay would end after the time budget', async () => {
    const { fn, calls } = failing([recoverable(), recoverable(), recoverable()], 'never');
    // delays with random 0.5 and base 100: 200, 350 -> 200 fits a 500 ms budget, 200 + 350 does not
    const done = retry(
      fn,
      retryPolicy({ maxAttempts: 10, budgetMs: 500, random: () => 0.5, backoff: { initialDelayMs: 100 } }),
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    const error = (await done) as RtcError;
    expect(calls()).toBe(2);
    expect(error.context.giveUpReason).toBe('time-budget');
    expect(String(error.context.giveUpDetail)).toContain('500 ms');
  });

  it('counts the time the attempts themselves take against the budget', async () => {
    let calls = 0;
    const slow = (): Promise<never> =>
      new Promise((_, reject) => {
        calls += 1;
        setTimeout(() => reject(recoverable()), 1_000);
      });
    const done = retry(
      slow,
      retryPolicy({ maxAttempts: 10, budgetMs: 1_500, backoff: { initialDelayMs: 100, maxDelayMs: 100 } }),
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
    expect(((await done) as RtcError).context.giveUpReason).toBe('time-budget');
  });

  it('draws on a shared token bucket and refuses retries, clearly, once it is empty', async () => {
    const budget = retryBudget({ capacity: 2, refillPerSecond: 0 });
    const policy = retryPolicy({
      maxAttempts: 10,
      budgetMs: Infinity,
      budget,
      backoff: { initialDelayMs: 10, maxDelayMs: 10 },
    });
    const a = failing([recoverable(), recoverable()], 'a');
    const b = failing([recoverable(), recoverable()], 'b');
    const ra = retry(a.fn, policy).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const rb = retry(b.fn, policy).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const results = [await ra, await rb];
    // two tokens: the first run's two retries take both, the second run gets none
    expect(results[0]).toBe('a');
    expect(a.calls()).toBe(3);
    const refused = results[1] as RtcError;
    expect(isRtcError(refused)).toBe(true);
    expect(refused.context.giveUpReason).toBe('retry-budget');
    expect(String(refused.context.giveUpDetail)).toMatch(/shared retry budget is empty \(0 of 2 tokens left\)/);
    expect(b.calls()).toBe(1);
  });

  it('aborts during the sleep: settles at once with a fatal operation_aborted and clears the timer', async () => {
    const controller = new AbortController();
    const { fn, calls } = failing([recoverable(), recoverable()], 'never');
    const done = retry(
      fn,
      retryPolicy({ maxAttempts: 5, backoff: { initialDelayMs: 10_000, maxDelayMs: 10_000 }, random: () => 0 }),
      {
        signal: controller.signal,
        operation: 'join',
      },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(vi.getTimerCount()).toBe(1);
    controller.abort(new Error('user left the page'));
    const error = (await done) as RtcError;
    expect(error.code).toBe('operation_aborted');
    expect(error.severity).toBe('fatal');
    expect(error.retry.retryable).toBe(false);
    expect(error.context.aborted).toBe(true);
    expect(error.operation).toBe('join');
    expect(error.detail).toContain('user left the page');
    expect(vi.getTimerCount()).toBe(0);
    expect(calls()).toBe(1);
  });

  it('aborts during an attempt without waiting for it, and drops its late rejection', async () => {
    const controller = new AbortController();
    let rejectLate: (e: unknown) => void = () => undefined;
    const done = retry(() => new Promise((_, reject) => (rejectLate = reject)), retryPolicy({ maxAttempts: 3 }), {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    controller.abort();
    expect(await done).toMatchObject({ code: 'operation_aborted' });
    rejectLate(new Error('late'));
  });

  it('rejects at once when the signal is already aborted, without calling', async () => {
    const controller = new AbortController();
    controller.abort();
    const fn = vi.fn(async () => 1);
    await expect(retry(fn, retryPolicy(), { signal: controller.signal })).rejects.toMatchObject({
      code: 'operation_aborted',
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('retries once after recover() without counting it as an attempt', async () => {
    const expired = new RtcError({
      code: 'token_expired',
      severity: 'fatal',
      retry: { retryable: false, strategy: 'renew-token' },
    });
    const { fn, calls } = failing([expired], 'joined');
    const recover = vi.fn(async () => true);
    const retries: RetryEvent[] = [];
    await expect(
      retry(fn, retryPolicy({ maxAttempts: 1 }), { recover, onRetry: (e) => retries.push(e) }),
    ).resolves.toBe('joined');
    expect(calls()).toBe(2);
    expect(recover).toHaveBeenCalledTimes(1);
    expect(retries).toEqual([{ error: expired, attempt: 1, delayMs: 0 }]);
  });

  it('recovers at most once per run', async () => {
    const expired = (): RtcError => new RtcError({ code: 'token_expired' });
    const { fn, calls } = failing([expired(), expired()], 'never');
    const recover = vi.fn(async () => true);
    await expect(retry(fn, retryPolicy({ maxAttempts: 3 }), { recover })).rejects.toMatchObject({
      code: 'token_expired',
    });
    expect(recover).toHaveBeenCalledTimes(1);
    expect(calls()).toBe(2);
  });

  it('reports a throwing onRetry out of band and keeps retrying', async () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (e: unknown) => reported.push(e));
    try {
      const { fn } = failing([recoverable()], 'ok');
      const done = retry(fn, retryPolicy({ maxAttempts: 2, backoff: { initialDelayMs: 1, maxDelayMs: 1 } }), {
        onRetry: () => {
          throw new Error('listener bug');
        },
      });
      await vi.advanceTimersByTimeAsync(1);
      await expect(done).resolves.toBe('ok');
      expect(reported).toEqual([new Error('listener bug')]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('retry without normalize: no classifier', () => {
  it('keeps an RtcError as it is, hints included', async () => {
    const error = new RtcError({
      code: 'server_busy',
      severity: 'recoverable',
      retry: { retryable: false, strategy: 'none' },
    });
    const { fn, calls } = failing([error], 'never');
    await expect(retry(fn, retryPolicy({ maxAttempts: 5 }))).rejects.toBe(error);
    expect(calls()).toBe(1);
  });

  it('turns any other failure into one recoverable unknown error, retries it, and keeps the failure as cause', async () => {
    const raw = new TypeError('fetch failed');
    const retries: RetryEvent[] = [];
    const { fn, calls } = failing([raw, 'bare string', { code: 17 }], 'never');
    const done = retry(fn, retryPolicy({ maxAttempts: 3, random: () => 0, backoff: { initialDelayMs: 10 } }), {
      operation: 'fetchToken',
      onRetry: (e) => retries.push(e),
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const final = (await done) as RtcError;
    expect(calls()).toBe(3);
    expect(retries.map((r) => r.error.cause)).toEqual([raw, 'bare string']);
    expect(retries[0]?.error).toMatchObject({
      code: 'unknown',
      category: 'internal',
      severity: 'recoverable',
      retry: { retryable: true, strategy: 'backoff' },
      vendor: 'unknown',
      operation: 'fetchToken',
      context: { unclassified: true },
    });
    expect(retries[0]?.error.detail).toContain('fetch failed');
    // the third failure is where the policy stops: fatal, with the reason, the raw value still its cause
    expect(final).toMatchObject({ code: 'unknown', severity: 'fatal', context: { giveUpReason: 'attempts' } });
    expect(final.cause).toEqual({ code: 17 });
  });

  it('rejects an adapter option with a TypeError naming normalize, without calling the function', async () => {
    const fn = vi.fn(async () => 1);
    const options = { adapter: ngTestAdapter } as unknown as Parameters<typeof retry>[2];
    await expect(retry(fn, retryPolicy(), options)).rejects.toThrow(/normalize/);
    await expect(retry(fn, retryPolicy(), options)).rejects.toBeInstanceOf(TypeError);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('retry: the time budget bounds the attempts too', () => {
  it('an attempt still pending when the budget runs out ends the run then (giveup time-budget), its late outcome dropped', async () => {
    let calls = 0;
    const policy = retryPolicy({ maxAttempts: 5, budgetMs: 2_000, backoff: { initialDelayMs: 100 }, random: () => 0 });
    const giveups: GiveUpEvent[] = [];
    let late: (v: string) => void = () => undefined;
    const done = retry(
      () => {
        calls += 1;
        return new Promise<string>((resolve) => {
          late = resolve;
        });
      },
      policy,
      { operation: 'join', onGiveUp: (e) => giveups.push(e) },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2_000);
    const error = (await done) as RtcError;
    expect(error).toMatchObject({
      code: 'network_timeout',
      operation: 'join',
      context: { timedOut: true, budget: true },
    });
    expect(error.context.giveUpReason).toBe('time-budget');
    expect(giveups).toHaveLength(1);
    expect(calls).toBe(1);
    late('too late');
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('startedAt: the budget counts from the operation start, not from the call to retry()', async () => {
    const policy = retryPolicy({ maxAttempts: 5, budgetMs: 1_000, backoff: { initialDelayMs: 400 }, random: () => 0 });
    const { fn, calls } = failing([recoverable(), recoverable(), recoverable()], 'ok');
    const done = retry(fn, policy, { startedAt: Date.now() - 700 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls()).toBe(1);
    expect(await done).toMatchObject({ context: { giveUpReason: 'time-budget' } });
  });
});
