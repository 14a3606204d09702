/**
 * `reportToSentry`: a wrapped client's fatal errors captured, its recoverable ones as breadcrumbs.
 * @module
 */
import { addBreadcrumb, captureException } from '@sentry/core';
import type { Breadcrumb, Event, ExclusiveEventHintOrCaptureContext, Scope } from '@sentry/core';
import type { RedactOptions } from '../redact.js';
import type { GiveUpEvent } from '../retry/retry.js';
import type { RtcError } from '../RtcError.js';
import {
  checkRedactOptions,
  checkSource,
  cleanText,
  cleanValue,
  listenAll,
  occurrences,
  type TelemetrySource,
} from '../telemetry/fields.js';
import { contextOf, enrichEvent, levelOf, tagsOf } from './enrich.js';

/** The Sentry functions {@link reportToSentry} calls. */
export interface SentryFunctions {
  captureException(exception: unknown, hint?: ExclusiveEventHintOrCaptureContext): string;
  addBreadcrumb(breadcrumb: Breadcrumb): void;
}

/** Options of {@link reportToSentry}. Every field is optional. */
export interface ReportToSentryOptions {
  /**
   * What becomes of recoverable errors: `breadcrumb` (default) adds a breadcrumb to the events
   * that follow, `capture` captures them as events of level `warning`, `ignore` drops them.
   */
  readonly recoverable?: 'breadcrumb' | 'capture' | 'ignore';
  /** Redaction (see `rtcErrorsIntegration`'s `redact`). Default: `{}`. */
  readonly redact?: RedactOptions;
  /**
   * The Sentry SDK to report to: your `Sentry` namespace (`import * as Sentry from '@sentry/browser'`)
   * when your app may hold two copies of `@sentry/core`. Default: `@sentry/core`'s functions.
   */
  readonly sentry?: SentryFunctions;
}

/**
 * Reports a wrapped client's errors to Sentry (JavaScript SDK 8 and later) and returns a function
 * that stops (calling it again does nothing).
 *
 * Fatal errors are captured as exceptions, enriched like {@link rtcErrorsIntegration} does (the
 * integration need not be installed); recoverable errors become breadcrumbs (see `recoverable`).
 * An operation the retry policy gave up on is captured once, with the tags `rtc.giveup` and
 * `rtc.attempts`: its error, which also arrives as `fatal`, is not captured again. A handle already
 * disposed reports nothing; a failing Sentry call never reaches the app.
 *
 * @example
 * ```ts
 * const rtc = wrapClient(client, agoraNgAdapter, { label: 'camera' });
 * const stop = reportToSentry(rtc);
 * ```
 * @throws TypeError when `wrapped` is not a `wrapClient` handle or `options.redact` is invalid.
 */
export function reportToSentry(wrapped: TelemetrySource, options: ReportToSentryOptions = {}): () => void {
  const source = checkSource('reportToSentry', wrapped);
  const opts = options ?? {};
  const redact = checkRedactOptions('reportToSentry', opts.redact);
  const mode = opts.recoverable ?? 'breadcrumb';
  if (mode !== 'breadcrumb' && mode !== 'capture' && mode !== 'ignore') {
    throw new TypeError(`rtc-errors: reportToSentry option "recoverable" must be 'breadcrumb', 'capture' or 'ignore'`);
  }
  const sentry: SentryFunctions = opts.sentry ?? { captureException, addBreadcrumb };
  if (source.disposed) return () => undefined;
  /** Errors captured already (a give-up arrives again as `fatal`). */
  const captured = new WeakSet<RtcError>();

  const capture = (error: RtcError, extraTags: Record<string, string> = {}): void => {
    if (captured.has(error)) return;
    captured.add(error);
    try {
      sentry.captureException(error, (scope: Scope) => {
        scope.setFingerprint(['rtc', String(error.vendor), error.code]);
        scope.setLevel(levelOf(error));
        scope.setTags({ ...tagsOf(error, redact, source), ...extraTags });
        scope.setContext('rtc', contextOf(error, redact));
        // the texts Sentry adds later (the linked original error) are redacted on the event
        scope.addEventProcessor((event: Event) => enrichEvent(event, error, redact, source));
        return scope;
      });
    } catch {
      // Sentry failing must not reach the app
    }
  };

  const onFatal = (error: RtcError): void => capture(error);
  const onGiveUp = (event: GiveUpEvent): void =>
    capture(event.error, { 'rtc.giveup': 'true', 'rtc.attempts': String(event.attempts) });
  const onRecoverable = (error: RtcError): void => {
    if (mode === 'capture') {
      capture(error);
      return;
    }
    if (mode !== 'breadcrumb') return;
    try {
      const data: Record<string, unknown> = { ...tagsOf(error, redact, source) };
      const context = cleanValue({ ...error.context }, redact);
      if (typeof context === 'object' && Object.keys(context).length > 0) data.context = context;
      if (error.vendorCode !== undefined) data.vendorCode = cleanText(String(error.vendorCode), redact, 128);
      if (occurrences(error) > 1) data.count = occurrences(error);
      sentry.addBreadcrumb({
        type: 'error',
        category: 'rtc',
        level: levelOf(error),
        message: `${error.code}: ${cleanText(error.message, redact)}`,
        data,
      });
    } catch {
      // a hostile context or a failing Sentry must not reach the app
    }
  };

  const unlisten = listenAll(source, { giveup: onGiveUp, fatal: onFatal, recoverable: onRecoverable });
  return () => {
    unlisten();
  };
}
