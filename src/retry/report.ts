/**
 * Reporting an exception thrown by an app's listener or callback the way the platform reports
 * exceptions of event listeners: `reportError` where it exists (browsers, Deno, Bun), otherwise
 * rethrown from a microtask (an uncaught exception in Node). Never swallowed, never in the way of
 * the code that called the listener.
 * @module
 */

/** Reports `error` out of band: `globalThis.reportError`, else a rethrow from a microtask. */
export function reportOutOfBand(error: unknown): void {
  const report = (globalThis as { reportError?: unknown }).reportError;
  if (typeof report === 'function') {
    try {
      (report as (e: unknown) => void)(error);
      return;
    } catch {
      // fall through to the microtask
    }
  }
  queueMicrotask(() => {
    throw error;
  });
}

/** Calls `fn`; if it throws, the exception goes to `onError` (default {@link reportOutOfBand}). */
export function callSafely(fn: () => void, onError: (error: unknown) => void = reportOutOfBand): void {
  try {
    fn();
  } catch (error) {
    try {
      onError(error);
    } catch (again) {
      reportOutOfBand(again);
    }
  }
}
