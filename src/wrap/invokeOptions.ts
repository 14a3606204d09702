/**
 * The checks of `invoke`'s options (`signal`, `timeoutMs`): misuse becomes an `invalid_usage`
 * error that the call rejects with.
 * @module
 */
import { describeValue } from '../retry/validate.js';
import type { RtcError } from '../RtcError.js';
import { isTimeoutMs } from './timeouts.js';
import { isAbortSignal, usageError } from './usage.js';

/** Checks the options of one `invoke` call: the `invalid_usage` error, or `undefined` when they are fine. */
export function invokeOptionsProblem(options: unknown, operation: string): RtcError | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return usageError(
      `the options of invoke('${operation}') must be an object, not ${describeValue(options)}`,
      operation,
    );
  }
  for (const key of Object.keys(options)) {
    if (key !== 'signal' && key !== 'timeoutMs') {
      return usageError(`unknown option "${key}" of invoke('${operation}') (known: signal, timeoutMs)`, operation);
    }
  }
  const { signal, timeoutMs } = options as { signal?: unknown; timeoutMs?: unknown };
  if (signal !== undefined && !isAbortSignal(signal)) {
    return usageError(
      `option "signal" of invoke('${operation}') must be an AbortSignal, not ${describeValue(signal)}`,
      operation,
    );
  }
  if (timeoutMs !== undefined && !isTimeoutMs(timeoutMs)) {
    return usageError(
      `option "timeoutMs" of invoke('${operation}') must be a number of milliseconds above 0 (Infinity: none), not ${describeValue(timeoutMs)}`,
      operation,
    );
  }
  return undefined;
}
