/**
 * `scan`: finds vendor error codes in SDK log text, using the log formats each adapter provides
 * ({@link LogPattern}), and counts them. Nothing here knows a vendor: a line is matched against
 * every pattern of every adapter, and the adapter's catalog (or its recognizer) says what a match is.
 * @module
 */
import type { CatalogEntry } from '../adapter.js';
import { fromRecognition, normalize } from '../normalize.js';
import type { RtcError } from '../RtcError.js';
import { clip } from '../safe.js';
import { rowOfError, type CodeRow, type TextOptions } from './rows.js';
import type { CliAdapter, LogPattern } from './types.js';

/** Longest line looked at; the rest of a longer line is ignored (minified dumps, base64 blobs). */
export const MAX_LINE = 16_384;
/** How many line numbers a finding keeps. */
const MAX_LINES_KEPT = 10;

/** One code found in the log, with how often and where. */
export interface Finding extends CodeRow {
  /** Lines it occurs on (each line counts once per code). */
  readonly count: number;
  /** The first line numbers it occurs on (1-based, at most 10). */
  readonly lines: readonly number[];
  /** The code as the log printed it, first occurrence. */
  readonly printed: string;
  /** The SDK's own text at the first occurrence, when the log format carries one. */
  readonly detail?: string;
}

/** A code a vendor's log format matched but its catalog does not know. */
export interface Unrecognized {
  readonly vendor: string;
  readonly printed: string;
  readonly count: number;
  readonly lines: readonly number[];
}

/** What `scan` found in one text. */
export interface ScanResult {
  readonly lines: number;
  readonly findings: readonly Finding[];
  readonly unrecognized: readonly Unrecognized[];
}

interface Hit {
  readonly key: string;
  readonly error?: RtcError;
  readonly entry?: CatalogEntry;
  readonly vendor: string;
  readonly printed: string;
  readonly detail?: string;
}

function globalRegex(regex: RegExp): RegExp {
  return regex.flags.includes('g')
    ? new RegExp(regex.source, regex.flags)
    : new RegExp(regex.source, `${regex.flags}g`);
}

function candidates(adapter: CliAdapter, pattern: LogPattern, code: string | number): CatalogEntry[] {
  return adapter
    .lookupAll(code)
    .filter(
      (e) =>
        (pattern.family === undefined || e.family === pattern.family) &&
        (pattern.kind === undefined || e.kind === pattern.kind),
    );
}

/** Asks the adapter's recognizer about the raw value the pattern rebuilds; `undefined` if it does not know it. */
function viaRecognizer(
  adapter: CliAdapter,
  pattern: LogPattern,
  groups: Record<string, string | undefined>,
): RtcError | undefined {
  if (!pattern.raw) return undefined;
  let raw: unknown;
  try {
    raw = pattern.raw(groups);
  } catch {
    return undefined;
  }
  const error = normalize(raw, adapter);
  return error.vendor === adapter.id && error.vendorName !== undefined ? error : undefined;
}

function hitOf(adapter: CliAdapter, pattern: LogPattern, match: RegExpMatchArray): Hit | undefined {
  const groups: Record<string, string | undefined> = { ...match.groups };
  const printed = groups.code;
  if (printed === undefined || printed === '') return undefined;
  const detail = groups.detail?.trim() || undefined;
  let code: string | number = printed;
  if (pattern.toCode) {
    try {
      code = pattern.toCode(printed);
    } catch {
      return undefined;
    }
  }
  const entries = candidates(adapter, pattern, code);
  const recognized = viaRecognizer(adapter, pattern, groups);
  // The recognizer's answer counts only for a code the catalog knows; otherwise it is unrecognized.
  const recognizedEntry = recognized
    ? adapter.lookupAll(recognized.vendorName ?? '').find((e) => e.vendorName === recognized.vendorName)
    : undefined;
  if (recognized && recognizedEntry) {
    return {
      key: `${adapter.id}\u0000${recognizedEntry.vendorName}\u0000${recognized.code}`,
      error: recognized,
      entry: recognizedEntry,
      vendor: adapter.id,
      printed,
      ...(detail ? { detail } : {}),
    };
  }
  const entry = entries[0];
  if (!entry) return { key: `?${adapter.id}\u0000${printed}`, vendor: adapter.id, printed };
  const error = fromRecognition(detail ? { entry, detail } : { entry }, adapter.id, undefined);
  return {
    key: `${adapter.id}\u0000${entry.vendorName}\u0000${error.code}`,
    error,
    entry,
    vendor: adapter.id,
    printed,
    ...(detail ? { detail } : {}),
  };
}

/** The hits on one line, each distinct code once. */
function scanLine(line: string, adapters: readonly CliAdapter[], compiled: Map<LogPattern, RegExp>): Hit[] {
  const hits = new Map<string, Hit>();
  for (const adapter of adapters) {
    for (const pattern of adapter.logPatterns ?? []) {
      const regex = compiled.get(pattern);
      if (!regex) continue;
      regex.lastIndex = 0;
      for (const match of line.matchAll(regex)) {
        const hit = hitOf(adapter, pattern, match);
        if (hit && !hits.has(hit.key)) hits.set(hit.key, hit);
      }
    }
  }
  return [...hits.values()];
}

/**
 * Scans log text: every line against every log pattern of every adapter. A code counts once per
 * line it appears on. Findings are sorted by count, then by first appearance.
 */
export function scanText(text: string, adapters: readonly CliAdapter[], textOptions: TextOptions): ScanResult {
  const compiled = new Map<LogPattern, RegExp>();
  for (const adapter of adapters) for (const p of adapter.logPatterns ?? []) compiled.set(p, globalRegex(p.regex));
  const found = new Map<string, { hit: Hit; count: number; lines: number[] }>();
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, index) => {
    for (const hit of scanLine(clip(line, MAX_LINE), adapters, compiled)) {
      const seen = found.get(hit.key);
      if (seen) {
        seen.count += 1;
        if (seen.lines.length < MAX_LINES_KEPT) seen.lines.push(index + 1);
      } else found.set(hit.key, { hit, count: 1, lines: [index + 1] });
    }
  });
  const byCount = <T extends { count: number; lines: readonly number[] }>(a: T, b: T): number =>
    b.count - a.count || (a.lines[0] ?? 0) - (b.lines[0] ?? 0);
  const findings: Finding[] = [];
  const unrecognized: Unrecognized[] = [];
  for (const { hit, count, lines: at } of found.values()) {
    if (hit.error) {
      findings.push({
        ...rowOfError(hit.error, hit.entry, textOptions),
        count,
        lines: at,
        printed: hit.printed,
        ...(hit.detail !== undefined ? { detail: clip(hit.detail, 500) } : {}),
      });
    } else unrecognized.push({ vendor: hit.vendor, printed: hit.printed, count, lines: at });
  }
  return { lines: lines.length, findings: findings.sort(byCount), unrecognized: unrecognized.sort(byCount) };
}
