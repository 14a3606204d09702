/**
 * A retry budget shared by several clients: a token bucket. Each retry takes one token; tokens
 * come back at a steady rate. After an outage a fleet of clients cannot stampede the servers: once
 * the bucket is empty, retries are refused until it refills.
 * @module
 */
import { systemClock, type Clock } from './clock.js';
import { checkClock, checkNonNegative, invalidOption } from './validate.js';

/** Options of {@link retryBudget}. */
export interface RetryBudgetOptions {
  /** Most tokens the bucket holds (and holds at the start). Default: 20. */
  readonly capacity?: number;
  /** Tokens added back per second, continuously. Default: 1. `0` means never refilled. */
  readonly refillPerSecond?: number;
  /** Time source. Default: the platform clock. */
  readonly clock?: Clock;
}

/** A token bucket that retry policies draw from. */
export interface RetryBudget {
  /** Takes one token; `false` when none is left (the retry must not happen). */
  tryAcquire(): boolean;
  /** Tokens available now (fractional while refilling). */
  available(): number;
  /** The bucket's capacity. */
  readonly capacity: number;
}

/**
 * A token bucket to share between clients (pass the same instance to each `wrapClient`, or to
 * each {@link retryPolicy}).
 *
 * @example
 * ```ts
 * const budget = retryBudget({ capacity: 10, refillPerSecond: 0.5 });
 * const a = wrapClient(clientA, agoraNgAdapter, { retryBudget: budget });
 * const b = wrapClient(clientB, agoraNgAdapter, { retryBudget: budget });
 * ```
 */
export function retryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const capacity = checkNonNegative('retryBudget.capacity', options.capacity) ?? 20;
  if (capacity < 1) invalidOption('retryBudget.capacity', 'a number >= 1', capacity);
  const rate = checkNonNegative('retryBudget.refillPerSecond', options.refillPerSecond) ?? 1;
  const clock = checkClock<Clock>('retryBudget.clock', options.clock) ?? systemClock;
  let tokens = capacity;
  let last = clock.now();
  const refill = (): void => {
    const now = clock.now();
    if (now > last) tokens = Math.min(capacity, tokens + ((now - last) / 1000) * rate);
    last = now;
  };
  return {
    capacity,
    tryAcquire() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    available() {
      refill();
      return tokens;
    },
  };
}
