/**
 * `rtc-errors/react`: React hooks over a wrapped client (React is an optional peer dependency of
 * the package, needed only by this entry). Nothing runs at import time: safe for server rendering.
 * @packageDocumentation
 */
export { useRtcHealth } from './useRtcHealth.js';
export { useRtcError } from './useRtcError.js';
export type { RtcErrorFilter } from './useRtcError.js';
export type { RtcEventSource } from './source.js';
export type { Health, HealthState } from '../wrap/health.js';
