/** Properties of retry: whatever the failures and timings, the bounds hold. */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decorrelatedJitter, retry, retryPolicy, RtcError, type RetryEvent } from '../../src/index.js';
import { splitCallbacks } from '../../src/wrap/invoke.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const recoverable = (): RtcError =>
  new RtcError({ code: 'network_timeout', severity: 'recoverable', retry: { retryable: true, strategy: 'backoff' } });

describe('retry properties', () => {
  it('never exceeds maxAttempts nor starts a retry that would end after the time budget', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(fc.integer({ min: 0, max: 3_000 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        async (maxAttempts, budgetMs, durations, r) => {
          const start = Date.now();
          let calls = 0;
          const retries: RetryEvent[] = [];
          const decisions: number[] = [];
          const fn = (): Promise<never> =>
            new Promise((_, reject) => {
              const d = durations[calls % durations.length]!;
              calls += 1;
              setTimeout(() => reject(recoverable()), d);
            });
          const done = retry(
            fn,
            retryPolicy({
              maxAttempts,
              budgetMs,
              random: () => r,
              backoff: { initialDelayMs: 100, maxDelayMs: 5_000 },
            }),
            {
              onRetry: (e) => {
                retries.push(e);
                decisions.push(Date.now() - start + e.delayMs);
              },
            },
          ).catch((e: unknown) => e);
          await vi.advanceTimersByTimeAsync(200_000);
          const error = (await done) as RtcError;
          expect(calls).toBeLessThanOrEqual(maxAttempts);
          expect(calls).toBe(retries.length + 1);
          for (const end of decisions) expect(end).toBeLessThanOrEqual(budgetMs);
          for (const e of retries) expect(e.delayMs).toBeLessThanOrEqual(5_000);
          if (maxAttempts > 1) {
            expect(error.severity).toBe('fatal');
            expect(['attempts', 'time-budget']).toContain(error.context.giveUpReason);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('decorrelated jitter stays within [initial, cap] for any randomness', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 0.9999, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 1_000 }),
        (rs, base) => {
          const cap = base + 5_000;
          const b = decorrelatedJitter({ initialDelayMs: base, maxDelayMs: cap });
          let previous: number | undefined;
          rs.forEach((r, i) => {
            const d = b.next({ attempt: i + 1, previousDelayMs: previous, random: () => r });
            expect(d).toBeGreaterThanOrEqual(base);
            expect(d).toBeLessThanOrEqual(cap);
            previous = d;
          });
        },
      ),
    );
  });
});

describe('splitCallbacks properties', () => {
  it('passes every non-callback argument through, in place, and finds the trailing callbacks', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 5 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 5 }),
        (head, nCallbacks, at) => {
          fc.pre(head.length >= at);
          const callbacks = Array.from({ length: nCallbacks }, () => () => undefined);
          const split = splitCallbacks({ style: 'callback', callbacks: 'success-failure', at }, [
            ...head,
            ...callbacks,
          ]);
          expect(split.head).toEqual(head);
          expect(split.onSuccess).toBe(callbacks[0]);
          expect(split.onFailure).toBe(callbacks[1]);
        },
      ),
    );
  });
});
