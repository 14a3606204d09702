/**
 * Retry policies: how many attempts, how much time, which errors, how long between attempts.
 * A policy is plain data plus two pure functions; {@link retry} runs it.
 * @module
 */
import type { RtcError } from '../RtcError.js';
import { decorrelatedJitter, type Backoff, type BackoffOptions } from './backoff.js';
import type { RetryBudget } from './budget.js';
import { systemClock, type Clock } from './clock.js';
import {
  checkClock,
  checkFunction,
  checkInteger,
  checkNonNegative,
  checkObject,
  checkRetryBudget,
} from './validate.js';

const POLICY: unique symbol = Symbol.for('rtc-errors.RetryPolicy') as never;

/** Options of {@link retryPolicy}. Every field is optional. */
export interface RetryPolicyOptions {
  /** Most attempts in total, the first call included. `1` means no retry. Default: 3. */
  readonly maxAttempts?: number;
  /**
   * Total time budget in milliseconds, from the first call: a retry whose delay would end after it
   * is not made. Default: 15 000 ms. `Infinity` disables the bound.
   */
  readonly budgetMs?: number;
  /**
   * The delays between attempts: a {@link Backoff}, or options of the default
   * {@link decorrelatedJitter} (initial 500 ms, cap 10 000 ms).
   */
  readonly backoff?: Backoff | BackoffOptions;
  /**
   * Which errors to retry, on top of the rule that fatal errors and errors whose
   * `retry.retryable` is `false` are never retried. Default: every other error.
   */
  readonly retryOn?: (error: RtcError) => boolean;
  /** A token bucket shared with other policies or clients. Default: none (no shared limit). */
  readonly budget?: RetryBudget;
  /** Time source for the budget and the sleeps. Default: the platform clock. */
  readonly clock?: Clock;
  /** Randomness for the jitter, a number in `[0, 1)`. Default: `Math.random`. */
  readonly random?: () => number;
}

/** A resolved policy, built by {@link retryPolicy}. */
export interface RetryPolicy {
  readonly [POLICY]: true;
  readonly maxAttempts: number;
  readonly budgetMs: number;
  readonly backoff: Backoff;
  readonly retryOn: (error: RtcError) => boolean;
  readonly budget?: RetryBudget;
  readonly clock: Clock;
  readonly random: () => number;
}

/** The kinds of operations that have RTC defaults; any other operation uses `default`. */
export type OperationKind = 'join' | 'publish' | 'subscribe' | 'default';

const isBackoff = (value: unknown): value is Backoff =>
  typeof value === 'object' && value !== null && typeof (value as Backoff).next === 'function';

/** `true` for a policy built by {@link retryPolicy}. */
export function isRetryPolicy(value: unknown): value is RetryPolicy {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[POLICY] === true;
}

/**
 * Builds a retry policy. Options are checked at once: a bad one throws a `TypeError` naming it.
 *
 * @example
 * ```ts
 * const policy = retryPolicy({ maxAttempts: 4, budgetMs: 20_000, backoff: { initialDelayMs: 250 } });
 * const uid = await retry(() => client.join(appId, channel, token), policy, { adapter: agoraNgAdapter });
 * ```
 */
export function retryPolicy(options: RetryPolicyOptions = {}, optionName = 'retry'): RetryPolicy {
  checkObject(optionName, options);
  const maxAttempts = checkInteger(`${optionName}.maxAttempts`, options.maxAttempts, 1) ?? 3;
  const budgetMs = checkNonNegative(`${optionName}.budgetMs`, options.budgetMs, true) ?? 15_000;
  const retryOn = checkFunction<(e: RtcError) => boolean>(`${optionName}.retryOn`, options.retryOn) ?? (() => true);
  const random = checkFunction<() => number>(`${optionName}.random`, options.random) ?? Math.random;
  const clock = checkClock<Clock>(`${optionName}.clock`, options.clock) ?? systemClock;
  const budget = checkRetryBudget<RetryBudget>(`${optionName}.budget`, options.budget);
  let backoff: Backoff;
  if (isBackoff(options.backoff)) backoff = options.backoff;
  else
    backoff = decorrelatedJitter(checkObject(`${optionName}.backoff`, options.backoff) ?? {}, `${optionName}.backoff`);
  return Object.freeze({
    [POLICY]: true as const,
    maxAttempts,
    budgetMs,
    backoff,
    retryOn,
    clock,
    random,
    ...(budget ? { budget } : {}),
  });
}

/** A policy that never retries. */
export function noRetry(options: Pick<RetryPolicyOptions, 'clock'> = {}): RetryPolicy {
  return retryPolicy({ ...options, maxAttempts: 1 });
}

/** `true` for errors of the network or the server (what a join may be retried on). */
const networkOrServer = (error: RtcError): boolean => error.category === 'network' || error.category === 'server';

/**
 * RTC defaults per kind of operation:
 * - `join`: 5 attempts within 30 s, decorrelated jitter from 500 ms up to 8 s, and only on network
 *   or server errors (a bad token or App ID is fatal and never retried anyway);
 * - `publish` and `subscribe`: 3 attempts within 10 s, jitter from 300 ms up to 3 s;
 * - `default` (every other operation): no retry.
 */
export const RTC_RETRY_DEFAULTS: Readonly<Record<OperationKind, RetryPolicyOptions>> = Object.freeze({
  join: {
    maxAttempts: 5,
    budgetMs: 30_000,
    backoff: { initialDelayMs: 500, maxDelayMs: 8_000 },
    retryOn: networkOrServer,
  },
  publish: { maxAttempts: 3, budgetMs: 10_000, backoff: { initialDelayMs: 300, maxDelayMs: 3_000 } },
  subscribe: { maxAttempts: 3, budgetMs: 10_000, backoff: { initialDelayMs: 300, maxDelayMs: 3_000 } },
  default: { maxAttempts: 1 },
});

/**
 * The default policy of a kind of operation with `overrides` applied on top (for example the
 * clock and randomness of a wrapped client, or the app's `maxAttempts`).
 */
export function defaultPolicy(
  kind: OperationKind,
  overrides: RetryPolicyOptions = {},
  optionName = `retry.${kind}`,
): RetryPolicy {
  const base = RTC_RETRY_DEFAULTS[kind] ?? RTC_RETRY_DEFAULTS.default;
  return retryPolicy({ ...base, ...stripUndefined(overrides) }, optionName);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
