/**
 * `rtcErrorsIntegration()`: a Sentry integration that makes each `RtcError` one Sentry issue per
 * code, with its fields as tags and a redacted `rtc` context.
 * @module
 */
import type { Event, EventHint, Integration } from '@sentry/core';
import type { RedactOptions } from '../redact.js';
import { isRtcError } from '../RtcError.js';
import { checkRedactOptions } from '../telemetry/fields.js';
import { enrichEvent } from './enrich.js';

/** The integration's name in Sentry. */
export const INTEGRATION_NAME = 'RtcErrors';

/** Options of {@link rtcErrorsIntegration}. */
export interface RtcErrorsIntegrationOptions {
  /**
   * Redaction of the event's texts and `rtc` context: tokens, signatures, nonces and certificates
   * are always masked; `ids: true` also masks app ids, user ids and channel names; `patterns` adds
   * your own. Default: `{}`.
   */
  readonly redact?: RedactOptions;
}

/**
 * A Sentry integration (Sentry JavaScript SDK 8 and later) for `Sentry.init({ integrations })`.
 * An event whose exception is an `RtcError` (`hint.originalException`) gets the fingerprint
 * `['rtc', vendor, code]` (one code is one issue, whatever its message), the level from its
 * severity (`error` for fatal, `warning` for recoverable), the tags `rtc.vendor`, `rtc.code`,
 * `rtc.severity` (and `rtc.operation` when known), an `rtc` context with its redacted `toJSON()`,
 * and every exception text redacted (the vendor's original error, linked from `cause`, included).
 * Other events pass untouched. Never throws.
 *
 * @example
 * ```ts
 * Sentry.init({ dsn, integrations: [rtcErrorsIntegration()] });
 * ```
 * @throws TypeError when `options.redact` is invalid.
 */
export function rtcErrorsIntegration(options: RtcErrorsIntegrationOptions = {}): Integration {
  const redact = checkRedactOptions('rtcErrorsIntegration', options?.redact);
  return {
    name: INTEGRATION_NAME,
    processEvent(event: Event, hint: EventHint): Event {
      try {
        const error = hint?.originalException;
        return isRtcError(error) ? enrichEvent(event, error, redact) : event;
      } catch {
        return event;
      }
    },
  };
}
