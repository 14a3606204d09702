/**
 * Running any async function under a {@link RetryPolicy}.
 * @module
 */
import type { RtcError } from '../RtcError.js';
import { completeRtcError, isRtcError } from '../RtcErrorBase.js';
import type { VendorId } from '../types.js';
import { abortedError, gaveUp, unclassified, type GiveUpReason } from './errors.js';
import { isRetryPolicy, retryPolicy, type RetryPolicy, type RetryPolicyOptions } from './policy.js';
import { callSafely, reportOutOfBand } from './report.js';
import { AbortMarker, raceAbort, sleep } from './sleep.js';

/** Reported before each retry. `V` narrows the error's `vendor` (see {@link RtcError}). */
export interface RetryEvent<V extends VendorId = VendorId> {
  /** The failure being retried (as normalized; not emitted as an `error` on its own). */
  readonly error: RtcError<V>;
  /** The attempt that failed (1 for the first call). */
  readonly attempt: number;
  /** How long the policy waits before the next attempt. */
  readonly delayMs: number;
  readonly operation?: string;
}

/**
 * Reported when a policy stops retrying an error it could otherwise have retried. `V` narrows the
 * error's `vendor` (see {@link RtcError}).
 */
export interface GiveUpEvent<V extends VendorId = VendorId> {
  /** The error the operation fails with: fatal, not retryable, with `context.giveUpReason`. */
  readonly error: RtcError<V>;
  /** Attempts made. */
  readonly attempts: number;
  readonly operation?: string;
}

/** Reported when a run succeeds after one or more retries: the retries saved the operation. */
export interface RetrySavedEvent {
  /** The last failure that was retried (as normalized; not emitted as an `error` on its own). */
  readonly error: RtcError;
  /** Attempts made, the successful one included (2 or more). */
  readonly attempts: number;
  /** Milliseconds from the first failure to the success, on the policy's clock. */
  readonly durationMs: number;
  readonly operation?: string;
}

/** What the function being retried is told about the attempt. */
export interface AttemptContext {
  /** 1 for the first call. */
  readonly attempt: number;
  /** Aborts when the run is aborted. */
  readonly signal?: AbortSignal;
}

/** Options of one {@link retry} run. */
export interface RetryOptions {
  /** Aborts the run at any moment, the sleep between attempts included. Default: none. */
  readonly signal?: AbortSignal;
  /** Operation name put on errors (`RtcError.operation`) and events. Default: none. */
  readonly operation?: string;
  /**
   * Turns a raw failure into an `RtcError`, for example
   * `(raw) => normalize(raw, agoraNgErrors, { operation: 'join' })`. Default: none: an `RtcError`
   * is kept as it is, and any other failure becomes one recoverable, retryable `unknown` error
   * with the failure as `cause` (see {@link retry}). `retry` imports no classifier of its own:
   * passing `normalize` is what brings the unified code table and the vendor catalogs in.
   */
  readonly normalize?: (raw: unknown) => RtcError;
  /** Called before each retry. Default: none. */
  readonly onRetry?: (event: RetryEvent) => void;
  /** Called when the policy gives up. Default: none. */
  readonly onGiveUp?: (event: GiveUpEvent) => void;
  /** Called when the run succeeds after one or more retries. Default: none. */
  readonly onSaved?: (event: RetrySavedEvent) => void;
  /**
   * Called at most once per run with a failure the app may clear by itself (a token to renew).
   * Resolving `true` retries at once, outside the attempt limit. Default: none.
   */
  readonly recover?: (error: RtcError) => Promise<boolean> | boolean;
  /**
   * When the operation started, on the policy's clock (the time budget counts from it), for a run
   * that takes over an operation already under way. Default: now.
   */
  readonly startedAt?: number;
  /**
   * `true` when the function bounds each attempt by the time budget itself (wrapClient does, and
   * cleans up after an attempt it gives up on). Default: `false`: an attempt still pending when
   * the budget runs out is given up on here (its late outcome ignored) and the run rejects.
   */
  readonly attemptsBounded?: boolean;
}

/**
 * Calls `fn` until it succeeds or the policy stops, and settles with its value or an
 * {@link RtcError}.
 *
 * Never retried: fatal errors, errors whose `retry.retryable` is `false` (the vendor's hint wins
 * over the catalog) and errors the policy's `retryOn` refuses; they reject at once, unchanged.
 * A vendor's suggested delay (`retry.delayMs`) replaces the backoff's delay. When the policy stops
 * a retryable error (attempts, time budget, shared budget), the run rejects with that error made
 * fatal, its reason in `context.giveUpReason`. An abort rejects promptly with a fatal,
 * non-retryable `operation_aborted` error (`context.aborted === true`). A function that throws
 * synchronously is treated like one that rejects. Without a policy, `retryPolicy()`'s defaults
 * apply (3 attempts within 15 s, decorrelated jitter from 500 ms).
 *
 * How a failure is classified: with `options.normalize`, by that function (pass `normalize` with
 * the vendor's lean export to get the catalog's codes and hints). Without it, `retry` stays small
 * and classifies nothing: a failure that is already an `RtcError` keeps its code and hints, and
 * anything else becomes one `unknown` error, recoverable and retryable with backoff
 * (`context.unclassified === true`, the failure as `cause`), so a plain function is retried
 * under the policy's bounds. `retry` takes no `adapter` option (`retryResult` and `wrapClient`
 * do): given one, it rejects with a `TypeError` saying to pass `normalize`.
 *
 * @example
 * ```ts
 * import { normalize, retry, retryPolicy } from 'rtc-errors';
 * import { agoraNgErrors } from 'rtc-errors/agora-ng';
 *
 * const controller = new AbortController();
 * const uid = await retry(() => client.join(appId, channel, token), retryPolicy({ maxAttempts: 4 }), {
 *   normalize: (raw) => normalize(raw, agoraNgErrors, { operation: 'join' }),
 *   operation: 'join',
 *   signal: controller.signal,
 * });
 * ```
 */
export async function retry<T>(
  fn: (context: AttemptContext) => T | PromiseLike<T>,
  policy: RetryPolicy | RetryPolicyOptions = {},
  options: RetryOptions = {},
): Promise<T> {
  const p = isRetryPolicy(policy) ? policy : retryPolicy(policy);
  const { signal, operation } = options;
  if ((options as { adapter?: unknown }).adapter !== undefined) {
    throw new TypeError(
      'rtc-errors: retry() takes no "adapter" option; pass normalize: (raw) => normalize(raw, adapter) to classify failures',
    );
  }
  const toError = options.normalize ?? ((raw: unknown) => (isRtcError(raw) ? raw : unclassified(raw, operation)));
  const aborted = (reason: unknown): RtcError => abortedError(reason, operation);
  // events name the operation when there is one
  const named = operation !== undefined ? { operation } : {};
  const start = options.startedAt ?? p.clock.now();
  let attempt = 0;
  let renewals = 0;
  let previousDelayMs: number | undefined;
  // for onSaved: the last failure retried, and when the first one came
  let lastError: RtcError | undefined;
  let failedAt = start;
  if (signal?.aborted) throw aborted(signal.reason);
  for (;;) {
    attempt += 1;
    let error: RtcError;
    try {
      const context: AttemptContext = signal ? { attempt, signal } : { attempt };
      // The first call is made synchronously: the SDK sees it at the moment the app made it.
      const pending = Promise.resolve(fn(context));
      const value = await raceAbort(
        options.attemptsBounded === true ? pending : withinBudget(pending, p, start, operation),
        signal,
      );
      if (lastError && options.onSaved) {
        const saved: RetrySavedEvent = {
          error: lastError,
          attempts: attempt,
          durationMs: Math.max(0, p.clock.now() - failedAt),
          ...named,
        };
        callSafely(() => options.onSaved?.(saved));
      }
      return value;
    } catch (raw) {
      if (raw instanceof AbortMarker) throw aborted(raw.reason);
      error = toError(raw);
    }
    if (lastError === undefined) failedAt = p.clock.now();
    lastError = error;
    const announceRetry = (delayMs: number): void => {
      const event: RetryEvent = { error, attempt, delayMs, ...named };
      if (options.onRetry) callSafely(() => options.onRetry?.(event));
    };
    if (options.recover && renewals === 0) {
      let recovered = false;
      try {
        recovered =
          (await raceAbort(
            Promise.resolve().then(() => options.recover?.(error)),
            signal,
          )) === true;
      } catch (failure) {
        if (failure instanceof AbortMarker) throw aborted(failure.reason);
      }
      if (recovered) {
        renewals += 1;
        announceRetry(0);
        continue;
      }
    }
    if (error.severity === 'fatal' || !error.retry.retryable || !safePredicate(p, error) || p.maxAttempts <= 1)
      throw error;
    const counted = attempt - renewals;
    const stop = (reason: GiveUpReason, detail: string): RtcError => {
      const final = gaveUp(error, attempt, reason, detail);
      const event: GiveUpEvent = { error: final, attempts: attempt, ...named };
      if (options.onGiveUp) callSafely(() => options.onGiveUp?.(event));
      return final;
    };
    if (counted >= p.maxAttempts) throw stop('attempts', `the policy allows no more attempts (${p.maxAttempts})`);
    const hinted = error.retry.delayMs;
    const delayMs =
      typeof hinted === 'number' && Number.isFinite(hinted) && hinted >= 0
        ? hinted
        : error.retry.strategy === 'immediate'
          ? 0
          : p.backoff.next({ attempt: counted, previousDelayMs, random: p.random });
    const elapsed = p.clock.now() - start;
    if (elapsed + delayMs > p.budgetMs) {
      throw stop(
        'time-budget',
        `the next attempt would end after the time budget (${p.budgetMs} ms; ${elapsed} ms spent, next delay ${delayMs} ms)`,
      );
    }
    if (p.budget && !p.budget.tryAcquire()) {
      throw stop(
        'retry-budget',
        `the shared retry budget is empty (${Math.floor(p.budget.available())} of ${p.budget.capacity} tokens left)`,
      );
    }
    previousDelayMs = delayMs;
    announceRetry(delayMs);
    try {
      await sleep(delayMs, p.clock, signal);
    } catch (failure) {
      throw aborted(failure instanceof AbortMarker ? failure.reason : failure);
    }
  }
}

/**
 * `pending`, or a rejection with a recoverable `network_timeout` when the time budget runs out
 * first (the attempt's late outcome is then observed and dropped).
 */
function withinBudget<T>(pending: Promise<T>, p: RetryPolicy, start: number, operation?: string): Promise<T> {
  if (!Number.isFinite(p.budgetMs)) return pending;
  const left = Math.max(0, start + p.budgetMs - p.clock.now());
  return new Promise<T>((resolve, reject) => {
    const timer = p.clock.setTimeout(() => {
      pending.catch(() => undefined);
      reject(
        completeRtcError({
          code: 'network_timeout',
          category: 'network',
          severity: 'recoverable',
          retry: { retryable: true, strategy: 'backoff' },
          message: `${operation ?? 'The operation'}${operation ? '()' : ''} did not settle within its time budget (${p.budgetMs} ms).`,
          action: 'Check the network; call the operation again once it is back.',
          operation,
          context: { timedOut: true, budget: true, timeoutMs: p.budgetMs },
        }),
      );
    }, left);
    pending.then(
      (value) => {
        p.clock.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        p.clock.clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function safePredicate(policy: RetryPolicy, error: RtcError): boolean {
  try {
    return policy.retryOn(error) === true;
  } catch (failure) {
    reportOutOfBand(failure);
    return false;
  }
}
