/**
 * One attempt of an operation, whatever its style, as a promise: the SDK's own way of reporting
 * failure (rejection, throw, failure callback, return code) becomes a rejection with the raw value.
 * @module
 */
import { isNegativeNumber, type CallbackOperation, type OperationSpec } from './surface.js';

type AnyFunction = (...args: unknown[]) => unknown;

/** The outcome of a successful attempt. */
export interface Outcome {
  /** The operation's result: resolved value, return value, or first success-callback argument. */
  readonly value: unknown;
  /** Arguments the SDK passed to its success callback (callback style), to pass on to the app's. */
  readonly callbackArgs: readonly unknown[];
}

/** A failure of one attempt, before normalization. */
export class RawFailure {
  constructor(readonly raw: unknown) {}
}

/** Waits for one SDK event matching `match`; `cancel` stops listening. */
export type EventWaiter = (
  event: string,
  match: (args: readonly unknown[]) => boolean,
) => { readonly promise: Promise<readonly unknown[]>; cancel(): void } | undefined;

/** The app's arguments of a callback-style call split into the SDK arguments and the app's callbacks. */
export interface SplitCall {
  readonly head: unknown[];
  readonly onSuccess?: AnyFunction;
  readonly onFailure?: AnyFunction;
}

/**
 * Takes the app's callbacks off the end of `args`: up to two trailing slots (one for `failure` and
 * `node` styles) at or after `spec.at`, each a function or `undefined`. What is left (padded to
 * `spec.at`) is passed to the SDK, followed by this library's own callbacks.
 */
export function splitCallbacks(spec: CallbackOperation, args: readonly unknown[]): SplitCall {
  const slots = spec.callbacks === 'success-failure' ? 2 : 1;
  const head = [...args];
  const taken: unknown[] = [];
  while (taken.length < slots && head.length > spec.at) {
    const last = head[head.length - 1];
    if (last !== undefined && typeof last !== 'function') break;
    taken.unshift(head.pop());
  }
  while (head.length < spec.at) head.push(undefined);
  const fn = (v: unknown): AnyFunction | undefined => (typeof v === 'function' ? (v as AnyFunction) : undefined);
  if (spec.callbacks === 'success-failure') {
    const onSuccess = fn(taken[0]);
    const onFailure = fn(taken[1]);
    return { head, ...(onSuccess ? { onSuccess } : {}), ...(onFailure ? { onFailure } : {}) };
  }
  const only = fn(taken[0]);
  if (spec.callbacks === 'node') return { head, ...(only ? { onSuccess: only, onFailure: only } : {}) };
  return { head, ...(only ? { onFailure: only } : {}) };
}

/**
 * Calls `fn` once with `args` (callbacks already removed) and settles with its {@link Outcome}, or
 * rejects with a {@link RawFailure}. The SDK is called synchronously, before this returns.
 * `onLateFailure` receives a failure callback that arrives after the attempt already succeeded.
 * `throwSync`: a callback-style SDK method that throws at once (a call it refuses outright) makes
 * this throw the {@link RawFailure} instead of rejecting, as the SDK method itself would.
 */
export function callOnce(
  spec: OperationSpec,
  fn: AnyFunction,
  thisArg: unknown,
  args: readonly unknown[],
  waitForEvent: EventWaiter,
  onLateFailure: (raw: unknown) => void,
  throwSync = false,
): Promise<Outcome> {
  let thrown: RawFailure | undefined;
  const promise = new Promise<Outcome>((resolve, reject) => {
    const fail = (raw: unknown): void => reject(new RawFailure(raw));
    switch (spec.style) {
      case 'promise':
      case 'sync':
      case 'return-code': {
        let value: unknown;
        try {
          value = fn.apply(thisArg, args as unknown[]);
        } catch (raw) {
          fail(raw);
          return;
        }
        const succeed = (result: unknown): void => resolve({ value: result, callbackArgs: [result] });
        if (spec.style === 'promise') Promise.resolve(value).then(succeed, fail);
        else if (spec.style === 'return-code' && safeTest(() => (spec.failed ?? isNegativeNumber)(value))) fail(value);
        else succeed(value);
        return;
      }
      case 'callback': {
        let settled = false;
        const succeed = (callbackArgs: readonly unknown[], value: unknown): void => {
          if (settled) return;
          settled = true;
          waiter?.cancel();
          resolve({ value, callbackArgs });
        };
        const failOnce = (raw: unknown): void => {
          if (settled) {
            onLateFailure(raw);
            return;
          }
          settled = true;
          waiter?.cancel();
          fail(raw);
        };
        const match = spec.settledBy?.match;
        const waiter =
          spec.callbacks === 'failure' && spec.settledBy
            ? waitForEvent(spec.settledBy.event, (eventArgs) => (match ? safeTest(() => match(eventArgs, args)) : true))
            : undefined;
        waiter?.promise.then(
          (eventArgs) => succeed(eventArgs, eventArgs[0]),
          () => undefined,
        );
        const ours: unknown[] = [];
        if (spec.callbacks === 'success-failure') {
          ours.push(
            (...a: unknown[]) => succeed(a, a[0]),
            (raw: unknown) => failOnce(raw),
          );
        } else if (spec.callbacks === 'failure') {
          ours.push((raw: unknown) => failOnce(raw));
        } else {
          ours.push((raw: unknown, ...rest: unknown[]) => {
            if (raw === null || raw === undefined) succeed([raw, ...rest], rest[0]);
            else failOnce(raw);
          });
        }
        try {
          fn.apply(thisArg, [...args, ...ours]);
        } catch (raw) {
          if (throwSync && !settled) {
            settled = true;
            waiter?.cancel();
            thrown = new RawFailure(raw);
            reject(thrown);
            return;
          }
          failOnce(raw);
          return;
        }
        if (spec.callbacks === 'failure' && !waiter) succeed([], undefined);
        return;
      }
    }
  });
  if (thrown) {
    promise.catch(() => undefined);
    throw thrown;
  }
  return promise;
}

/** `true` when `test` returns `true`; `false` when it returns anything else or throws (an SDK's or adapter's predicate). */
export function safeTest(test: () => boolean): boolean {
  try {
    return test() === true;
  } catch {
    return false;
  }
}
