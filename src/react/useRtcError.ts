/**
 * `useRtcError`: the latest error of a wrapped client, as React state.
 * @module
 */
import { useMemo, useRef, useSyncExternalStore } from 'react';
import type { RtcError } from '../RtcError.js';
import type { Health } from '../wrap/health.js';
import type { RtcEventSource } from './source.js';

/** Which errors {@link useRtcError} keeps: a predicate, or a severity. */
export type RtcErrorFilter = ((error: RtcError) => boolean) | 'fatal' | 'recoverable';

function passes(filter: RtcErrorFilter | undefined, error: RtcError): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'function') return filter(error) === true;
  return error.severity === filter;
}

/** The latest matching error of one handle, kept between renders; listens only while subscribed. */
class ErrorStore {
  #error: RtcError | undefined = undefined;

  constructor(
    private readonly source: RtcEventSource,
    private readonly filter: () => RtcErrorFilter | undefined,
  ) {}

  readonly subscribe = (onChange: () => void): (() => void) => {
    const onError = (error: RtcError): void => {
      if (!passes(this.filter(), error)) return;
      this.#error = error;
      onChange();
    };
    // a new join starts afresh: the banner of the last session's error goes away
    const onHealth = (health: Health): void => {
      if (health.state !== 'connecting' || this.#error === undefined) return;
      this.#error = undefined;
      onChange();
    };
    this.source.on('error', onError);
    this.source.on('health', onHealth);
    return () => {
      this.source.off('error', onError);
      this.source.off('health', onHealth);
    };
  };

  readonly snapshot = (): RtcError | undefined => this.#error;
}

const noSubscription = (): (() => void) => () => undefined;
const nothing = (): undefined => undefined;

/**
 * The latest error of `wrapped` that passes `filter` (every error when none is given; `'fatal'` or
 * `'recoverable'` for a severity, or a predicate), or `undefined`. Errors count from the mount on;
 * a new `join` (health `connecting`) clears it. The filter may change between renders without
 * resubscribing. `undefined` on the server. Built on `useSyncExternalStore`: safe under
 * `StrictMode`'s double mount.
 *
 * @example
 * ```tsx
 * import { userMessage } from 'rtc-errors';
 * import { useRtcError } from 'rtc-errors/react';
 * function ErrorBanner({ rtc }) {
 *   const error = useRtcError(rtc, 'fatal');
 *   return error ? <p role="alert">{userMessage(error)}</p> : null;
 * }
 * ```
 */
export function useRtcError(wrapped: RtcEventSource | null | undefined, filter?: RtcErrorFilter): RtcError | undefined {
  const latest = useRef(filter);
  latest.current = filter;
  const store = useMemo(() => (wrapped ? new ErrorStore(wrapped, () => latest.current) : undefined), [wrapped]);
  return useSyncExternalStore(store ? store.subscribe : noSubscription, store ? store.snapshot : nothing, nothing);
}
