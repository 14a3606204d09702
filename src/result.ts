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
import { methodForms } from './wrap/forms.js';
import type { AttemptForms, WrappedClient } from './wrap/handle.js';

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

/** Options of {@link retryResult}: those of {@link retry}, and the adapters that classify failures. */
export interface RetryResultOptions extends RetryOptions {
  /**
   * Adapters that normalize the raw failures (`normalize(raw, adapter, { operation })`), unless
   * `normalize` is given. Default: none (browser errors are still recognized).
   */
  readonly adapter?: Adapter | readonly Adapter[];
}

/**
 * {@link retry} as a `ResultAsync`: the same policy and options, an `Err` instead of a rejection.
 * Failures are normalized with `options.normalize`, else with `options.adapter` (browser errors
 * only without one): unlike `retry` alone, `retryResult` always classifies.
 */
export function retryResult<T>(
  fn: (context: AttemptContext) => T | PromiseLike<T>,
  policy?: RetryPolicy | RetryPolicyOptions,
  options: RetryResultOptions = {},
): ResultAsync<T, RtcError> {
  const { adapter, ...rest } = options;
  const context: NormalizeContext | undefined =
    options.operation !== undefined ? { operation: options.operation } : undefined;
  const byAdapter = (raw: unknown): RtcError => normalize(raw, adapter ?? [], context);
  return ResultAsync.fromPromise(retry(fn, policy, { ...rest, normalize: options.normalize ?? byAdapter }), (raw) =>
    isRtcError(raw) ? raw : byAdapter(raw),
  );
}

/**
 * The `ResultAsync<T, RtcError>` forms of a wrapped client's methods: `attempt.join(...)` runs
 * `rtc.invoke('join', [...])` (the same retries, timeouts and events as `rtc.client.join`) and
 * gives an `Err` where that rejects. An opt-in import, so a wrapped client that does not use it
 * does not bundle neverthrow.
 *
 * @example
 * ```ts
 * const attempt = attemptForms(rtc);
 * const joined = await attempt.join(appId, channel, token); // Result<UID, RtcError>
 * ```
 * @throws TypeError when `rtc` is not what {@link wrapClient} returns.
 */
export function attemptForms<C extends object>(rtc: WrappedClient<C, Adapter>): AttemptForms<C> {
  const { client, adapter, invoke } = (rtc ?? {}) as Partial<WrappedClient<C, Adapter>>;
  if (typeof invoke !== 'function' || !(client instanceof Object) || !adapter)
    throw new TypeError('rtc-errors: attemptForms() takes what wrapClient() returns');
  return methodForms(
    client,
    (operation) =>
      (...args) =>
        ResultAsync.fromPromise(rtc.invoke(operation as never, args as never), (raw) =>
          isRtcError(raw) ? raw : normalize(raw, adapter, { operation }),
        ),
  ) as AttemptForms<C>;
}
