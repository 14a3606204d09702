/**
 * The names of a wrapped client's events as constants (no dependency: importing them pulls in no
 * emitter).
 * @module
 */
import type { RtcEventName } from './events.js';

/**
 * The event names as constants, for code that prefers them to string literals
 * (`rtc.on(RTC_EVENTS.FATAL, ...)`). Checked against `RtcEvents`: an event added there
 * without its constant here does not compile.
 */
export const RTC_EVENTS = /*#__PURE__*/ Object.freeze({
  ERROR: 'error',
  FATAL: 'fatal',
  RECOVERABLE: 'recoverable',
  RECOVERED: 'recovered',
  RETRY: 'retry',
  GIVEUP: 'giveup',
  SAVED: 'saved',
  OPERATION: 'operation',
  HEALTH: 'health',
} as const satisfies { readonly [E in RtcEventName as Uppercase<E>]: E });
