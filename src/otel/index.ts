/**
 * `rtc-errors/otel`: a wrapped client's errors, retries and recoveries reported to OpenTelemetry
 * (metrics, logs, traces). Needs `@opentelemetry/api` and `@opentelemetry/api-logs` (optional peer
 * dependencies of the package). See `docs/observability.md`.
 * @packageDocumentation
 */
export { recordToOpenTelemetry, METRICS, SCOPE_NAME } from './record.js';
export type { OpenTelemetryOptions } from './record.js';
export { ATTR } from './attributes.js';
export type { RedactOptions } from '../redact.js';
export type { TelemetrySource } from '../telemetry/fields.js';
