/**
 * One catalog entry, or one error found in a log, as the CLI prints it. Severity, retry hint and
 * text come from the core (`fromRecognition`, `localize`), exactly as `normalize` computes them.
 * @module
 */
import type { CatalogEntry, EntrySource } from '../adapter.js';
import { CODES, type RtcErrorCode } from '../codes.js';
import { localize, type LocalePack } from '../locale.js';
import { fromRecognition } from '../normalize.js';
import type { RtcError } from '../RtcError.js';
import type { ErrorKind, Locale, RetryStrategy, RtcErrorCategory, Severity } from '../types.js';
import type { CliAdapter } from './types.js';

/** A code as `explain --json`, `list --json` and `scan --json` print it. */
export interface CodeRow {
  readonly vendor: string;
  readonly vendorCode: string | number;
  readonly vendorName: string;
  readonly family?: string;
  readonly code: RtcErrorCode;
  readonly category: RtcErrorCategory;
  readonly severity: Severity;
  readonly retryable: boolean;
  readonly strategy: RetryStrategy;
  readonly delayMs?: number;
  readonly kind: ErrorKind;
  readonly message: string;
  readonly action: string;
  readonly source?: EntrySource;
  readonly note?: string;
}

/** Language of the text and the packs to take it from. */
export interface TextOptions {
  readonly lang: Locale;
  readonly locales: readonly LocalePack[];
}

/** The row of an error built by the core, with the catalog facts of `entry` (family, source, note). */
export function rowOfError(error: RtcError, entry: CatalogEntry | undefined, text: TextOptions): CodeRow {
  const code = error.code as RtcErrorCode;
  const localized = text.lang === 'en' ? error : localize(error, text.locales);
  return {
    vendor: error.vendor,
    vendorCode: error.vendorCode ?? entry?.vendorCode ?? '',
    vendorName: error.vendorName ?? entry?.vendorName ?? '',
    ...(entry?.family !== undefined ? { family: entry.family } : {}),
    code,
    category: CODES[code]?.category ?? 'internal',
    severity: error.severity,
    retryable: error.retry.retryable,
    strategy: error.retry.strategy,
    ...(error.retry.delayMs !== undefined ? { delayMs: error.retry.delayMs } : {}),
    kind: error.kind,
    message: localized.message,
    action: localized.action,
    ...(entry !== undefined ? { source: entry.source } : {}),
    ...(entry?.note !== undefined ? { note: entry.note } : {}),
  };
}

/** The row of a catalog entry: the error `normalize` would build for it, with no occurrence detail. */
export function rowOfEntry(adapter: CliAdapter, entry: CatalogEntry, text: TextOptions): CodeRow {
  return rowOfError(fromRecognition({ entry }, adapter.id, undefined), entry, text);
}
