/**
 * The error of an app's misuse of this library's async API (an unknown operation, a bad signal or
 * option, a call after `dispose()`): a rejected promise holding an `invalid_usage` RtcError, never
 * a synchronous throw, never emitted as an SDK error.
 * @module
 */
import { RtcError } from '../RtcError.js';

/** An `invalid_usage` error; `detail` says what was wrong (it is also the message). */
export function usageError(detail: string, operation?: string, cause?: unknown): RtcError {
  return new RtcError({
    code: 'invalid_usage',
    message: `rtc-errors: ${detail}`,
    detail,
    operation,
    context: { usage: true },
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** `true` for an `AbortSignal` (or, where the platform has none, an object shaped like one). */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (typeof AbortSignal === 'function') {
    try {
      if (value instanceof AbortSignal) return true;
    } catch {
      return false;
    }
  }
  if (typeof value !== 'object' || value === null) return false;
  try {
    const s = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown };
    return (
      typeof s.aborted === 'boolean' &&
      typeof s.addEventListener === 'function' &&
      typeof s.removeEventListener === 'function'
    );
  } catch {
    return false;
  }
}
