/**
 * The attribute names `rtc-errors/otel` reports, and the attribute sets of metrics, log records and
 * spans. OpenTelemetry's semantic conventions where one exists (`error.type`, `exception.type`,
 * `exception.message`), `rtc.*` otherwise. Metric attributes are of bounded cardinality: no user id,
 * channel name or free text, and the vendor code is a catalog code or `other`.
 * @module
 */
import type { RedactOptions } from '../redact.js';
import type { RtcError } from '../RtcError.js';
import { cleanName, cleanText, cleanValue, vendorCodeValue, type TelemetrySource } from '../telemetry/fields.js';

/** Attribute names. */
export const ATTR = {
  vendor: 'rtc.vendor',
  /** The unified code (`token_expired`...). */
  errorType: 'error.type',
  vendorCode: 'rtc.error.vendor_code',
  severity: 'rtc.error.severity',
  category: 'rtc.error.category',
  operation: 'rtc.operation',
  label: 'rtc.client.label',
  sdkVersion: 'rtc.sdk.version',
  exceptionType: 'exception.type',
  exceptionMessage: 'exception.message',
  /** Log records only: the SDK's own code and name, as reported (redacted). */
  vendorCodeRaw: 'rtc.error.vendor_code.raw',
  vendorName: 'rtc.error.vendor_name',
  kind: 'rtc.error.kind',
  detail: 'rtc.error.detail',
  action: 'rtc.error.action',
  retryable: 'rtc.error.retryable',
  retryStrategy: 'rtc.error.retry_strategy',
  retryDelayMs: 'rtc.error.retry_delay_ms',
  /** Prefix of the context fields (`rtc.error.context.uid`...), log records only. */
  context: 'rtc.error.context.',
  cause: 'rtc.error.cause',
  count: 'rtc.error.count',
  /** Retry span events and the retry metric. */
  attempt: 'rtc.retry.attempt',
  delayMs: 'rtc.retry.delay_ms',
  attempts: 'rtc.retry.attempts',
  /** `retry` (a retry save) or `event` (the SDK reported the condition over). */
  recoveryKind: 'rtc.recovery.kind',
  aborted: 'rtc.operation.aborted',
} as const;

/** An attribute set: strings, numbers and booleans only. */
export type AttributeSet = Record<string, string | number | boolean>;

/** The handle's attributes: vendor, label and SDK version (when known). */
export function handleAttributes(source: TelemetrySource, redact: RedactOptions): AttributeSet {
  const out: AttributeSet = { [ATTR.vendor]: String(source.adapter.id) };
  const label = cleanName(source.label, redact);
  const version = cleanName(source.sdkVersion, redact);
  if (label !== undefined) out[ATTR.label] = label;
  if (version !== undefined) out[ATTR.sdkVersion] = version;
  return out;
}

/** Adds `rtc.operation` when `operation` is a name. */
export function withOperation(base: AttributeSet, operation: unknown, redact: RedactOptions): AttributeSet {
  const name = cleanName(operation, redact);
  return name === undefined ? base : { ...base, [ATTR.operation]: name };
}

/** Attributes of the `rtc.errors` counter: bounded values only. */
export function errorMetricAttributes(
  source: TelemetrySource,
  error: RtcError,
  base: AttributeSet,
  redact: RedactOptions,
): AttributeSet {
  return withOperation(
    {
      ...base,
      [ATTR.vendor]: String(error.vendor),
      [ATTR.errorType]: error.code,
      [ATTR.vendorCode]: vendorCodeValue(source.adapter, error),
      [ATTR.severity]: error.severity,
      [ATTR.category]: error.category,
    },
    error.operation,
    redact,
  );
}

/** Attributes of an error's log record: every field of the `RtcError`, redacted. */
export function errorLogAttributes(
  source: TelemetrySource,
  error: RtcError,
  base: AttributeSet,
  redact: RedactOptions,
): AttributeSet {
  const out: AttributeSet = {
    ...errorMetricAttributes(source, error, base, redact),
    [ATTR.exceptionType]: 'RtcError',
    [ATTR.exceptionMessage]: cleanText(error.message, redact),
    [ATTR.kind]: error.kind,
    [ATTR.action]: cleanText(error.action, redact),
    [ATTR.retryable]: error.retry.retryable,
    [ATTR.retryStrategy]: error.retry.strategy,
  };
  if (error.vendorCode !== undefined) out[ATTR.vendorCodeRaw] = cleanText(String(error.vendorCode), redact, 128);
  if (error.vendorName !== undefined) out[ATTR.vendorName] = cleanText(error.vendorName, redact, 128);
  if (error.detail !== undefined) out[ATTR.detail] = cleanText(error.detail, redact);
  if (typeof error.retry.delayMs === 'number') out[ATTR.retryDelayMs] = error.retry.delayMs;
  let context: unknown;
  try {
    // a hostile context (a throwing getter or proxy) is masked whole rather than break the record
    context = cleanValue({ ...error.context }, redact);
  } catch {
    context = undefined;
  }
  if (typeof context === 'object' && context !== null) {
    for (const [key, value] of Object.entries(context).slice(0, 64)) {
      const name = `${ATTR.context}${cleanText(key, redact, 64)}`;
      out[name] = typeof value === 'string' ? cleanText(value, redact) : (value as number | boolean);
    }
  }
  if (error.cause !== undefined) {
    try {
      const cause = cleanValue(error.toJSON().cause, redact);
      out[ATTR.cause] = cleanText(typeof cause === 'string' ? cause : (JSON.stringify(cause) ?? ''), redact, 2048);
    } catch {
      out[ATTR.cause] = '[Unreadable]';
    }
  }
  return out;
}
