/**
 * Time, injectable: every timer and timestamp of the retry and wrap modules goes through a
 * {@link Clock}, so tests drive time instead of sleeping.
 * @module
 */

/** Opaque timer handle returned by {@link Clock.setTimeout}. */
export type TimerHandle = unknown;

/** The time source and timers used by retries, budgets and coalescing. */
export interface Clock {
  /** Current time in milliseconds (only differences are used). */
  now(): number;
  /** Schedules `fn` after `ms` milliseconds. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Cancels a timer made by {@link Clock.setTimeout}. */
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The platform clock. It reads the globals at call time, so fake timers installed after import
 * (vitest, sinon) still apply.
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Lets the process exit while `handle` is pending (Node timers); a no-op elsewhere. */
export function unrefTimer(handle: TimerHandle): void {
  if (typeof handle !== 'object' || handle === null) return;
  const unref = (handle as { unref?: unknown }).unref;
  if (typeof unref === 'function') {
    try {
      (unref as () => void).call(handle);
    } catch {
      // a foreign timer object; keeping it referenced is harmless
    }
  }
}
