/**
 * `recordToOpenTelemetry`: a wrapped client's errors, retries and recoveries as OpenTelemetry
 * metrics, log records and spans.
 * @module
 */
import { metrics, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Counter, Histogram, Meter, MeterProvider, Span, Tracer, TracerProvider } from '@opentelemetry/api';
import { logs, SeverityNumber } from '@opentelemetry/api-logs';
import type { Logger, LoggerProvider } from '@opentelemetry/api-logs';
import type { RedactOptions } from '../redact.js';
import type { GiveUpEvent, RetryEvent, RetrySavedEvent } from '../retry/retry.js';
import type { RtcError } from '../RtcError.js';
import type { RecoveredEvent } from '../signals.js';
import {
  checkRedactOptions,
  checkSource,
  cleanText,
  isUnknownCode,
  listenAll,
  occurrences,
  type TelemetrySource,
} from '../telemetry/fields.js';
import type { OperationEvent } from '../wrap/events.js';
import {
  ATTR,
  errorLogAttributes,
  errorMetricAttributes,
  handleAttributes,
  withOperation,
  type AttributeSet,
} from './attributes.js';

/** The instrumentation scope name of everything `rtc-errors/otel` reports. */
export const SCOPE_NAME = 'rtc-errors';

/** Names of the metric instruments. */
export const METRICS = {
  errors: 'rtc.errors',
  retries: 'rtc.retries',
  saves: 'rtc.retry.saves',
  giveups: 'rtc.giveups',
  unknownCodes: 'rtc.unknown_codes',
  recoveryDuration: 'rtc.recovery.duration',
} as const;

/** Options of {@link recordToOpenTelemetry}. Every field is optional. */
export interface OpenTelemetryOptions {
  /** Where the metrics go. Default: the global meter provider (`metrics.getMeterProvider()`). */
  readonly meterProvider?: MeterProvider;
  /** Where the log records go. Default: the global logger provider (`logs.getLoggerProvider()`). */
  readonly loggerProvider?: LoggerProvider;
  /** Where the spans go. Default: the global tracer provider (`trace.getTracerProvider()`). */
  readonly tracerProvider?: TracerProvider;
  /**
   * Redaction of every string reported: tokens, signatures, nonces and certificates are always
   * masked; `ids: true` also masks app ids, user ids and channel names; `patterns` adds your own.
   * Default: `{}`.
   */
  readonly redact?: RedactOptions;
  /** Millisecond clock for `rtc.recovery.duration` of event recoveries. Default: `Date.now`. */
  readonly now?: () => number;
  /**
   * Receives a failure of the telemetry library (a provider or exporter that throws); recording
   * goes on. Default: one `console.warn` per recording, the rest ignored.
   */
  readonly onError?: (error: unknown) => void;
}

interface Instruments {
  readonly errors: Counter;
  readonly retries: Counter;
  readonly saves: Counter;
  readonly giveups: Counter;
  readonly unknownCodes: Counter;
  readonly recoveryDuration: Histogram;
}

/** Instruments are made once per meter provider, whatever the number of recordings. */
const instrumentsByProvider = new WeakMap<object, Instruments>();

function instrumentsOf(provider: MeterProvider): Instruments {
  const cached = instrumentsByProvider.get(provider);
  if (cached) return cached;
  const meter: Meter = provider.getMeter(SCOPE_NAME);
  const made: Instruments = {
    errors: meter.createCounter(METRICS.errors, {
      description: 'Normalized RTC errors (a coalesced report adds the occurrences it stands for)',
      unit: '{error}',
    }),
    retries: meter.createCounter(METRICS.retries, { description: 'Retries of failed operations', unit: '{retry}' }),
    saves: meter.createCounter(METRICS.saves, {
      description: 'Operations that succeeded after one or more retries',
      unit: '{operation}',
    }),
    giveups: meter.createCounter(METRICS.giveups, {
      description: 'Failed operations the retry policy stopped retrying',
      unit: '{operation}',
    }),
    unknownCodes: meter.createCounter(METRICS.unknownCodes, {
      description: "Errors whose vendor code the adapter's catalog does not know",
      unit: '{error}',
    }),
    recoveryDuration: meter.createHistogram(METRICS.recoveryDuration, {
      description: 'Time from an error to its recovery (a retry save, or the SDK reporting the condition over)',
      unit: 's',
    }),
  };
  instrumentsByProvider.set(provider, made);
  return made;
}

/** Most conditions waiting for their `recovered` at once (codes are a closed set; this is a guard). */
const MAX_PENDING = 256;

/**
 * Records a wrapped client's errors, retries and recoveries to OpenTelemetry, and returns a
 * function that stops recording (calling it again does nothing).
 *
 * - metrics: counters `rtc.errors`, `rtc.retries`, `rtc.retry.saves`, `rtc.giveups`,
 *   `rtc.unknown_codes` and the histogram `rtc.recovery.duration` (seconds), with attributes of
 *   bounded cardinality (see `docs/observability.md`);
 * - logs: one record per normalized error, `ERROR` for fatal, `WARN` for recoverable, the
 *   `RtcError`'s fields as attributes (context included), every string redacted;
 * - traces: each operation of the client (`join`, `publish`...) is a span, each retry a span
 *   event, and the final `RtcError` is recorded on the span and sets its status.
 *
 * The telemetry library can fail (a provider that throws): that is reported to `onError` and the
 * app and its wrapped client go on. A handle already disposed records nothing.
 *
 * @example
 * ```ts
 * const rtc = wrapClient(client, agoraNgAdapter, { label: 'camera' });
 * const stop = recordToOpenTelemetry(rtc, { meterProvider, loggerProvider, tracerProvider });
 * // ...
 * stop();
 * ```
 * @throws TypeError when `wrapped` is not a `wrapClient` handle or `options.redact` is invalid.
 */
export function recordToOpenTelemetry(wrapped: TelemetrySource, options: OpenTelemetryOptions = {}): () => void {
  const source = checkSource('recordToOpenTelemetry', wrapped);
  const opts = options ?? {};
  const redact = checkRedactOptions('recordToOpenTelemetry', opts.redact);
  const now = typeof opts.now === 'function' ? opts.now : Date.now;
  let warned = false;
  const fail =
    typeof opts.onError === 'function'
      ? opts.onError
      : (error: unknown): void => {
          if (warned) return;
          warned = true;
          console.warn('rtc-errors/otel: the OpenTelemetry library failed; recording goes on', error);
        };
  /** Runs `fn`; a failure goes to `onError` (itself guarded). */
  const guard = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      try {
        fail(error);
      } catch {
        // the app's own onError failed: nothing more to tell
      }
      return undefined;
    }
  };
  if (source.disposed) return () => undefined;

  const instruments = guard(() => instrumentsOf(opts.meterProvider ?? metrics.getMeterProvider()));
  const logger = guard<Logger>(() => (opts.loggerProvider ?? logs.getLoggerProvider()).getLogger(SCOPE_NAME));
  const tracer = guard<Tracer>(() => (opts.tracerProvider ?? trace.getTracerProvider()).getTracer(SCOPE_NAME));
  /** Read at each report: an attached SDK object may reveal the version later. */
  const base = (): AttributeSet => handleAttributes(source, redact);

  /** When each condition reported by an event was first seen, until its `recovered`. */
  const pending = new Map<string, number>();
  /** Spans of the operations in progress, oldest first, by operation name. */
  const spans = new Map<string, Span[]>();

  const onError = (error: RtcError): void => {
    const attrs = errorMetricAttributes(source, error, base(), redact);
    if (instruments) {
      guard(() => instruments.errors.add(occurrences(error), attrs));
      if (isUnknownCode(source.adapter, error)) {
        const { [ATTR.vendor]: vendor, [ATTR.sdkVersion]: version } = attrs;
        guard(() =>
          instruments.unknownCodes.add(occurrences(error), {
            [ATTR.vendor]: vendor ?? String(error.vendor),
            ...(version !== undefined ? { [ATTR.sdkVersion]: version } : {}),
          }),
        );
      }
    }
    if (error.operation === undefined && !pending.has(error.code) && pending.size < MAX_PENDING) {
      pending.set(error.code, now());
    }
    if (logger) {
      const fatal = error.severity === 'fatal';
      guard(() => {
        const attributes = errorLogAttributes(source, error, base(), redact);
        if (occurrences(error) > 1) attributes[ATTR.count] = occurrences(error);
        logger.emit({
          severityNumber: fatal ? SeverityNumber.ERROR : SeverityNumber.WARN,
          severityText: fatal ? 'ERROR' : 'WARN',
          body: cleanText(error.message, redact),
          attributes,
        });
      });
    }
  };

  const onRetry = (event: RetryEvent): void => {
    const attrs = withOperation({ ...base(), [ATTR.errorType]: event.error.code }, event.operation, redact);
    if (instruments) guard(() => instruments.retries.add(1, attrs));
    const span = event.operation !== undefined ? spans.get(event.operation)?.[0] : undefined;
    if (span) {
      guard(() =>
        span.addEvent('rtc.retry', {
          [ATTR.errorType]: event.error.code,
          [ATTR.attempt]: event.attempt,
          [ATTR.delayMs]: event.delayMs,
          [ATTR.exceptionMessage]: cleanText(event.error.message, redact),
        }),
      );
    }
  };

  const onGiveUp = (event: GiveUpEvent): void => {
    if (!instruments) return;
    const attrs = withOperation({ ...base(), [ATTR.errorType]: event.error.code }, event.operation, redact);
    guard(() => instruments.giveups.add(1, attrs));
  };

  const onSaved = (event: RetrySavedEvent): void => {
    if (!instruments) return;
    const attrs = withOperation({ ...base(), [ATTR.errorType]: event.error.code }, event.operation, redact);
    guard(() => instruments.saves.add(1, attrs));
    guard(() =>
      instruments.recoveryDuration.record(Math.max(0, event.durationMs) / 1000, {
        ...attrs,
        [ATTR.recoveryKind]: 'retry',
      }),
    );
  };

  const onRecovered = (event: RecoveredEvent): void => {
    const since = pending.get(event.code);
    if (since === undefined) return;
    pending.delete(event.code);
    if (!instruments) return;
    guard(() =>
      instruments.recoveryDuration.record(Math.max(0, now() - since) / 1000, {
        ...base(),
        [ATTR.errorType]: event.code,
        [ATTR.recoveryKind]: 'event',
      }),
    );
  };

  const onOperation = (event: OperationEvent): void => {
    if (!tracer) return;
    const name = event.operation;
    const span = guard(() =>
      tracer.startSpan(`rtc.${cleanText(name, redact, 64)}`, { attributes: withOperation(base(), name, redact) }),
    );
    if (!span) return;
    let list = spans.get(name);
    if (!list) {
      list = [];
      spans.set(name, list);
    }
    list.push(span);
    void event.settled.then((error) => {
      const open = spans.get(name);
      const at = open ? open.indexOf(span) : -1;
      if (!open || at < 0) return; // ended by stop()
      open.splice(at, 1);
      if (open.length === 0) spans.delete(name);
      guard(() => endSpan(span, error));
    });
  };

  const endSpan = (span: Span, error: RtcError | undefined): void => {
    if (error) {
      span.setAttribute(ATTR.errorType, error.code);
      span.addEvent('exception', {
        [ATTR.exceptionType]: 'RtcError',
        [ATTR.exceptionMessage]: cleanText(error.message, redact),
        [ATTR.errorType]: error.code,
        [ATTR.severity]: error.severity,
        [ATTR.category]: error.category,
        [ATTR.vendorCode]: errorMetricAttributes(source, error, {}, redact)[ATTR.vendorCode] ?? 'other',
      });
      if (error.code === 'operation_aborted') span.setAttribute(ATTR.aborted, true);
      else
        span.setStatus({ code: SpanStatusCode.ERROR, message: `${error.code}: ${cleanText(error.message, redact)}` });
    }
    span.end();
  };

  const unlisten = listenAll(source, {
    error: onError,
    retry: onRetry,
    giveup: onGiveUp,
    saved: onSaved,
    recovered: onRecovered,
    operation: onOperation,
  });

  return () => {
    if (!unlisten()) return;
    for (const list of spans.values()) for (const span of list) guard(() => span.end());
    spans.clear();
    pending.clear();
  };
}
