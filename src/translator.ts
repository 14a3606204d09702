/**
 * Small builders the adapters' event translators share: an error signal, a recovered signal, and a
 * flat context value.
 * Internal: the bundled adapters import them from here (they are not part of the package's API).
 * @module
 */
import type { AdapterSignal, Recognition } from './adapter.js';
import type { RtcErrorCode } from './codes.js';
import type { RtcErrorContext } from './types.js';

/** An error signal: the raw value kept as cause, and what it was recognized as. */
export function errorSignal(raw: unknown, recognition: Recognition): AdapterSignal {
  return { type: 'error', raw, recognition };
}

/** A recovered signal: the condition of unified code `clears` is over; the raw value kept as cause. */
export function recoveredSignal(raw: unknown, clears: RtcErrorCode, recognition: Recognition): AdapterSignal {
  return { type: 'recovered', clears, raw, recognition };
}

/** Adds a flat value to a context when it is a string, a finite number or a boolean; returns the context. */
export function putFlat(context: RtcErrorContext, key: string, value: unknown): RtcErrorContext {
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    context[key] = value;
  }
  return context;
}
