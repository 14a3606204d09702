/**
 * `rtc-errors/sentry`: normalized RTC errors in Sentry (JavaScript SDK 8 and later), one issue per
 * unified code, secrets redacted. Needs `@sentry/core` (an optional peer dependency of the
 * package; every Sentry SDK brings it). See `docs/observability.md`.
 * @packageDocumentation
 */
export { rtcErrorsIntegration, INTEGRATION_NAME } from './integration.js';
export type { RtcErrorsIntegrationOptions } from './integration.js';
export { reportToSentry } from './report.js';
export type { ReportToSentryOptions, SentryFunctions } from './report.js';
export type { RedactOptions } from '../redact.js';
export type { TelemetrySource } from '../telemetry/fields.js';
