/**
 * Small builders the event translators share: an error signal, and a flat context value.
 * @module
 */
import type { AdapterSignal, Recognition, RtcErrorContext } from '../../src/index.js';

/** An error signal: the raw value kept as cause, and what it was recognized as. */
export const error = (raw: unknown, recognition: Recognition): AdapterSignal => ({ type: 'error', raw, recognition });

/** Adds a flat value to a context when it is a string, a finite number or a boolean. */
export function put(context: RtcErrorContext, key: string, value: unknown): RtcErrorContext {
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    context[key] = value;
  }
  return context;
}
