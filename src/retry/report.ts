/**
 * Reporting an exception thrown by an app's listener or callback without letting it out:
 * `globalThis.reportError` where it exists (browsers, Deno, Bun: the page's `error` event and the
 * console, as for an event listener's exception), otherwise `console.error` (Node.js, React
 * Native). Never rethrown, never swallowed, never in the way of the code that called the listener.
 * @module
 */

/** Reports `error` out of band: `globalThis.reportError`, else `console.error`. Never throws. */
export function reportOutOfBand(error: unknown): void {
  const report = (globalThis as { reportError?: unknown }).reportError;
  if (typeof report === 'function') {
    try {
      (report as (e: unknown) => void)(error);
      return;
    } catch {
      // fall through to the console
    }
  }
  try {
    const console_ = (globalThis as { console?: { error?: unknown } }).console;
    if (typeof console_?.error === 'function')
      (console_.error as (...a: unknown[]) => void)(
        'rtc-errors: an exception from a listener or callback (not rethrown):',
        error,
      );
  } catch {
    // nowhere left to report to
  }
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
