/**
 * `useRtcHealth`: the connection health of a wrapped client, as React state.
 * @module
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Health } from '../wrap/health.js';
import { NO_HANDLE_HEALTH, type RtcEventSource } from './source.js';

const noSubscription = (): (() => void) => () => undefined;

/**
 * The connection health of `wrapped` (see `docs/health.md`); the component re-renders when it
 * changes. `idle` (with `since: 0`) while `wrapped` is `null` or `undefined`, and when rendering on
 * the server. Built on `useSyncExternalStore`: safe under `StrictMode`'s double mount.
 *
 * @example
 * ```tsx
 * import { useRtcHealth } from 'rtc-errors/react';
 * function Banner({ rtc }) {
 *   const health = useRtcHealth(rtc);
 *   if (health.state === 'reconnecting' && health.nextRetryAt) {
 *     return <p>Reconnecting in {Math.ceil((health.nextRetryAt - Date.now()) / 1000)} s…</p>;
 *   }
 *   return health.state === 'failed' ? <p>{userMessage(health.error)}</p> : null;
 * }
 * ```
 */
export function useRtcHealth(wrapped: RtcEventSource | null | undefined): Health {
  const subscribe = useCallback(
    (onChange: () => void): (() => void) => {
      if (!wrapped) return noSubscription();
      const listener = (): void => onChange();
      wrapped.on('health', listener);
      return () => {
        wrapped.off('health', listener);
      };
    },
    [wrapped],
  );
  const snapshot = useCallback((): Health => (wrapped ? wrapped.health : NO_HANDLE_HEALTH), [wrapped]);
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

function serverSnapshot(): Health {
  return NO_HANDLE_HEALTH;
}
