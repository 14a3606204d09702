/**
 * Backoff strategies: how long to wait before the next attempt. Each is a tiny pure object; the
 * randomness comes from the caller, so delays are reproducible in tests.
 * @module
 */
import { checkNonNegative, invalidOption } from './validate.js';

/** What a {@link Backoff} is told about the retry it computes a delay for. */
export interface BackoffContext {
  /** The attempt that just failed (1 for the first call). */
  readonly attempt: number;
  /** The delay used before the attempt that just failed; `undefined` after the first attempt. */
  readonly previousDelayMs: number | undefined;
  /** A random number in `[0, 1)`. */
  readonly random: () => number;
}

/** Computes the delay before the next attempt. */
export interface Backoff {
  /** Milliseconds to wait before the next attempt. */
  next(context: BackoffContext): number;
}

/** Options of {@link decorrelatedJitter} and {@link exponentialBackoff}. */
export interface BackoffOptions {
  /** First delay, and the lower bound of every jittered delay. Default: 500 ms. */
  readonly initialDelayMs?: number;
  /** No delay exceeds this. Default: 10 000 ms. */
  readonly maxDelayMs?: number;
}

function bounds(options: BackoffOptions, prefix: string): { base: number; cap: number } {
  const base = checkNonNegative(`${prefix}.initialDelayMs`, options.initialDelayMs) ?? 500;
  const cap = checkNonNegative(`${prefix}.maxDelayMs`, options.maxDelayMs) ?? 10_000;
  if (cap < base) invalidOption(`${prefix}.maxDelayMs`, `>= initialDelayMs (${base})`, cap);
  return { base, cap };
}

/**
 * Exponential backoff with decorrelated jitter (the "decorrelated jitter" of the AWS architecture
 * blog): `delay = min(maxDelayMs, initialDelayMs + random * (3 * previous - initialDelayMs))`,
 * `previous` starting at `initialDelayMs`. Delays grow about threefold per attempt on average but
 * are spread out, so clients that failed together do not retry together.
 *
 * @example
 * ```ts
 * const policy = retryPolicy({ backoff: decorrelatedJitter({ initialDelayMs: 250, maxDelayMs: 5_000 }) });
 * ```
 */
export function decorrelatedJitter(options: BackoffOptions = {}, optionName = 'backoff'): Backoff {
  const { base, cap } = bounds(options, optionName);
  return {
    next({ previousDelayMs, random }) {
      const previous = Math.max(base, previousDelayMs ?? base);
      const delay = base + random() * (previous * 3 - base);
      return Math.min(cap, Math.max(0, Math.round(delay)));
    },
  };
}

/**
 * Plain exponential backoff without jitter: `initialDelayMs * 2^(attempt - 1)`, capped. Mostly
 * useful in tests and for a single client; prefer {@link decorrelatedJitter} for fleets.
 */
export function exponentialBackoff(options: BackoffOptions = {}, optionName = 'backoff'): Backoff {
  const { base, cap } = bounds(options, optionName);
  return { next: ({ attempt }) => Math.min(cap, base * 2 ** Math.max(0, attempt - 1)) };
}

/** The same delay before every retry. */
export function constantBackoff(delayMs: number): Backoff {
  const ms = checkNonNegative('backoff delayMs', delayMs) ?? 0;
  return { next: () => ms };
}
