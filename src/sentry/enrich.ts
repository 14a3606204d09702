/**
 * What `rtc-errors/sentry` does to a Sentry event whose exception is an `RtcError`: one issue per
 * code (fingerprint `['rtc', vendor, code]`), the level from the severity, `rtc.*` tags, an `rtc`
 * context with the redacted `toJSON()`, and every exception text of the event redacted (Sentry's
 * linked-errors integration adds the vendor's original error from `cause`, whose message may hold a
 * token). Types only from `@sentry/core`: this module runs nothing of Sentry's.
 * @module
 */
import type { Event, SeverityLevel } from '@sentry/core';
import type { RedactOptions } from '../redact.js';
import type { RtcError } from '../RtcError.js';
import { cleanName, cleanText, cleanValue } from '../telemetry/fields.js';

/** Sentry level of an error: `error` for fatal (needs the app or user), `warning` for recoverable. */
export function levelOf(error: RtcError): SeverityLevel {
  return error.severity === 'fatal' ? 'error' : 'warning';
}

/** The tags of an error (and, when known, of its handle). */
export function tagsOf(
  error: RtcError,
  redact: RedactOptions,
  handle?: { readonly label?: string | undefined; readonly sdkVersion?: string | undefined },
): Record<string, string> {
  const tags: Record<string, string> = {
    'rtc.vendor': String(error.vendor),
    'rtc.code': error.code,
    'rtc.severity': error.severity,
  };
  const operation = cleanName(error.operation, redact);
  const label = cleanName(handle?.label, redact);
  const version = cleanName(handle?.sdkVersion, redact);
  if (operation !== undefined) tags['rtc.operation'] = operation;
  if (label !== undefined) tags['rtc.client.label'] = label;
  if (version !== undefined) tags['rtc.sdk.version'] = version;
  return tags;
}

/** The `rtc` context: the error's `toJSON()`, redacted. */
export function contextOf(error: RtcError, redact: RedactOptions): Record<string, unknown> {
  let json: unknown;
  try {
    json = cleanValue(error.toJSON(), redact);
  } catch {
    json = undefined;
  }
  return typeof json === 'object' && json !== null
    ? (json as Record<string, unknown>)
    : { code: error.code, vendor: String(error.vendor), severity: error.severity };
}

/** Redacts the texts of the event's exceptions and message, in place. */
function redactTexts(event: Event, redact: RedactOptions): void {
  for (const exception of event.exception?.values ?? []) {
    if (typeof exception.value === 'string') exception.value = cleanText(exception.value, redact, 8192);
  }
  if (typeof event.message === 'string') event.message = cleanText(event.message, redact, 8192);
}

/** Enriches `event` (in place, and returns it) for `error`. */
export function enrichEvent(
  event: Event,
  error: RtcError,
  redact: RedactOptions,
  handle?: { readonly label?: string | undefined; readonly sdkVersion?: string | undefined },
): Event {
  event.fingerprint = ['rtc', String(error.vendor), error.code];
  event.level = levelOf(error);
  event.tags = { ...(event.tags ?? {}), ...tagsOf(error, redact, handle) };
  event.contexts = { ...(event.contexts ?? {}), rtc: contextOf(error, redact) };
  redactTexts(event, redact);
  return event;
}
