/**
 * neverthrow forms: SDK calls as `ResultAsync<T, RtcError>`, which never reject.
 * @module
 */
import { ResultAsync } from 'neverthrow';
import type { Adapter } from './adapter.js';
import { normalize, type NormalizeContext } from './normalize.js';
import { retry, type AttemptContext, type RetryOptions } from './retry/retry.js';
import type { RetryPolicy, RetryPolicyOptions } from './retry/policy.js';
import { isRtcError, type RtcError } from './RtcError.js';

/**
 * An SDK promise (or a function returning one) as a `ResultAsync`: a rejection, and with a
 * function a synchronous throw as well, becomes an `Err` holding the normalized {@link RtcError}.
 *
 * @example
 * ```ts
 * const joined = await fromSdkPromise(() => client.join(appId, channel, token), agoraNgAdapter, { operation: 'join' });
 * joined.match((uid) => console.log('joined as', uid), (e) => showBanner(e.action));
 * ```
 */
export function fromSdkPromise<T>(
  promiseOrThunk: PromiseLike<T> | (() => T | PromiseLike<T>),
  adapter: Adapter | readonly Adapter[],
  context?: NormalizeContext,
): ResultAsync<T, RtcError> {
  let promise: Promise<T>;
  try {
    promise = Promise.resolve(
      typeof promiseOrThunk === 'function' ? (promiseOrThunk as () => T | PromiseLike<T>)() : promiseOrThunk,
    );
  } catch (raw) {
    promise = Promise.reject(raw);
  }
  return ResultAsync.fromPromise(promise, (raw) => normalize(raw, adapter, context));
}

/** {@link retry} as a `ResultAsync`: the same policy and options, an `Err` instead of a rejection. */
export function retryResult<T>(
  fn: (context: AttemptContext) => T | PromiseLike<T>,
  policy?: RetryPolicy | RetryPolicyOptions,
  options: RetryOptions = {},
): ResultAsync<T, RtcError> {
  return ResultAsync.fromPromise(retry(fn, policy, options), (raw) =>
    isRtcError(raw)
      ? raw
      : normalize(
          raw,
          options.adapter ?? [],
          options.operation !== undefined ? { operation: options.operation } : undefined,
        ),
  );
}
