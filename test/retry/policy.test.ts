import { describe, expect, it, vi } from 'vitest';
import {
  defaultPolicy,
  isRetryPolicy,
  noRetry,
  retry,
  retryPolicy,
  RTC_RETRY_DEFAULTS,
  RtcError,
} from '../../src/index.js';

describe('retry policies', () => {
  it('has RTC defaults per kind of operation', () => {
    const join = defaultPolicy('join');
    expect(join.maxAttempts).toBe(5);
    expect(join.budgetMs).toBe(30_000);
    expect(defaultPolicy('publish').maxAttempts).toBe(3);
    expect(defaultPolicy('subscribe').budgetMs).toBe(10_000);
    expect(defaultPolicy('default').maxAttempts).toBe(1);
    expect(RTC_RETRY_DEFAULTS.join.maxAttempts).toBe(5);
  });
  it('retries a join only on network and server errors', () => {
    const join = defaultPolicy('join');
    expect(join.retryOn(new RtcError({ code: 'network_timeout' }))).toBe(true);
    expect(join.retryOn(new RtcError({ code: 'server_busy' }))).toBe(true);
    expect(join.retryOn(new RtcError({ code: 'publish_failed' }))).toBe(false);
  });
  it('merges overrides over the defaults of the kind', () => {
    const join = defaultPolicy('join', { maxAttempts: 2 });
    expect(join.maxAttempts).toBe(2);
    expect(join.budgetMs).toBe(30_000);
  });
  it('builds frozen, branded policies', () => {
    const p = retryPolicy();
    expect(isRetryPolicy(p)).toBe(true);
    expect(isRetryPolicy({ maxAttempts: 3 })).toBe(false);
    expect(Object.isFrozen(p)).toBe(true);
    expect(noRetry().maxAttempts).toBe(1);
  });
  it('throws a TypeError naming the bad option', () => {
    expect(() => retryPolicy({ maxAttempts: 0 })).toThrow(TypeError);
    expect(() => retryPolicy({ maxAttempts: 0 })).toThrow('option "retry.maxAttempts" must be an integer >= 1, got 0');
    expect(() => retryPolicy({ maxAttempts: 1.5 })).toThrow(/"retry.maxAttempts"/);
    expect(() => retryPolicy({ budgetMs: -5 })).toThrow(/"retry.budgetMs"/);
    expect(() => retryPolicy({ retryOn: 'yes' as never })).toThrow(/"retry.retryOn" must be a function/);
    expect(() => retryPolicy({ budget: {} as never })).toThrow(/"retry.budget"/);
    expect(() => retryPolicy({ backoff: { maxDelayMs: -1 } })).toThrow(/"retry.backoff.maxDelayMs"/);
    expect(() => defaultPolicy('join', { maxAttempts: -1 })).toThrow(/"retry.join.maxAttempts"/);
  });
  it('describes the bad value briefly: a long string clipped, objects by kind', () => {
    expect(() => retryPolicy({ maxAttempts: 'x'.repeat(500) as never })).toThrow(`got "${'x'.repeat(40)}…"`);
    expect(() => retryPolicy({ maxAttempts: [3] as never })).toThrow(/got an array$/);
    expect(() => retryPolicy({ maxAttempts: { n: 3 } as never })).toThrow(/got an object$/);
    expect(() => retryPolicy({ maxAttempts: null as never })).toThrow(/got null$/);
  });
});

describe('retry without a policy', () => {
  it("uses retryPolicy()'s defaults: 3 attempts", async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const done = retry(async () => {
        calls += 1;
        throw new RtcError({
          code: 'server_busy',
          severity: 'recoverable',
          retry: { retryable: true, strategy: 'backoff' },
        });
      }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await done).toMatchObject({ context: { giveUpReason: 'attempts', attempts: 3 } });
      expect(calls).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
