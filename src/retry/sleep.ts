/**
 * Waiting, abortably: the sleep between attempts ends early (rejecting) as soon as the signal
 * aborts, and its timer is cleared.
 * @module
 */
import type { Clock } from './clock.js';

/** Marker thrown by {@link sleep} and {@link raceAbort} when the signal aborts. */
export class AbortMarker {
  constructor(readonly reason: unknown) {}
}

/** Resolves after `ms` on `clock`; rejects with an {@link AbortMarker} as soon as `signal` aborts. */
export function sleep(ms: number, clock: Clock, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new AbortMarker(signal.reason));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clock.clearTimeout(handle);
      reject(new AbortMarker(signal?.reason));
    };
    const handle = clock.setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, or rejects with an {@link AbortMarker} as soon as `signal` aborts. The
 * promise's own outcome is then observed and dropped, so it can never become an unhandled rejection.
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new AbortMarker(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      promise.catch(() => undefined);
      reject(new AbortMarker(signal.reason));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * One `abort` listener per signal, whatever the number of runs following it: an app that passes
 * one signal to many concurrent operations gets no MaxListenersExceededWarning (Node warns past
 * 10 listeners on one AbortSignal).
 */
const followers = /* @__PURE__ */ new WeakMap<AbortSignal, Set<(reason: unknown) => void>>();

function follow(signal: AbortSignal, onAbort: (reason: unknown) => void): () => void {
  let set = followers.get(signal);
  if (!set) {
    const own = new Set<(reason: unknown) => void>();
    set = own;
    followers.set(signal, own);
    signal.addEventListener(
      'abort',
      () => {
        followers.delete(signal);
        for (const fn of [...own]) fn(signal.reason);
      },
      { once: true },
    );
  }
  const mine = set;
  mine.add(onAbort);
  return () => {
    mine.delete(onAbort);
  };
}

/** A signal that aborts when any of `signals` does; `undefined` when none is given. */
export function anySignal(signals: readonly (AbortSignal | undefined)[]): { signal?: AbortSignal; release(): void } {
  const list = signals.filter((s): s is AbortSignal => s !== undefined);
  if (list.length === 0) return { release: () => undefined };
  if (list.length === 1) return { signal: list[0]!, release: () => undefined };
  const controller = new AbortController();
  const cleanups: (() => void)[] = [];
  const release = (): void => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  for (const s of list) {
    if (s.aborted) {
      controller.abort(s.reason);
      release();
      return { signal: controller.signal, release };
    }
    cleanups.push(
      follow(s, (reason) => {
        controller.abort(reason);
        release();
      }),
    );
  }
  return { signal: controller.signal, release };
}
