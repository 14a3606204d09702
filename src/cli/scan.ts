/**
 * `scan`: finds vendor errors in SDK log text, using the log formats each adapter provides
 * ({@link LogPattern}), and counts them. Nothing here knows a vendor: a line is matched against
 * every pattern of every adapter, and the adapter's catalog (or its recognizer) says what a match is.
 *
 * A {@link Scanner} takes one line at a time and keeps bounded state whatever the input's size:
 * per finding a count, the first line numbers, the last line, first and last timestamps and a few
 * example lines; the list of codes no catalog knows is capped. Lines are tested first against one
 * regex made of every pattern, so a line with nothing in it costs one test.
 * @module
 */
import type { CatalogEntry } from '../adapter.js';
import { CODES, type RtcErrorCode } from '../codes.js';
import { fromRecognition, normalize } from '../normalize.js';
import type { RtcError } from '../RtcError.js';
import { redact, type RedactOptions } from '../redact.js';
import { clip } from '../safe.js';
import { rowOfError, type CodeRow, type TextOptions } from './rows.js';
import type { CliAdapter, LogPattern } from './types.js';

/** Longest line looked at; the rest of a longer line is ignored (minified dumps, base64 blobs). */
export const MAX_LINE = 16_384;
/** How many line numbers a finding keeps. */
const MAX_LINES_KEPT = 10;
/** How many example lines a finding keeps. */
const MAX_EXAMPLES = 3;
/** Longest example line or detail kept. */
const MAX_EXAMPLE = 500;
/** How many distinct unrecognized codes are kept; the rest are only counted. */
export const MAX_UNRECOGNIZED = 100;

/** A line of the log, as a finding shows it (redacted, clipped). */
export interface ExampleLine {
  readonly line: number;
  readonly text: string;
}

/** One code found in the log, with how often and where. */
export interface Finding extends CodeRow {
  /** Log entries it occurs in (each entry counts once per code; a stack trace belongs to its entry). */
  readonly count: number;
  /** The first line numbers it occurs on (1-based, at most 10). */
  readonly lines: readonly number[];
  /** The last line it occurs on. */
  readonly lastLine: number;
  /** The code as the log printed it (for a phrase: its name), first occurrence. */
  readonly printed: string;
  /** The SDK's own text at the first occurrence, when the log format carries one (redacted). */
  readonly detail?: string;
  /** Timestamp of the first and last occurrence, as the log printed it, when lines carry one. */
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  /** The first few lines it occurs on (redacted, clipped). */
  readonly examples: readonly ExampleLine[];
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
  /** Distinct unrecognized codes beyond the first {@link MAX_UNRECOGNIZED}, counted only. */
  readonly unrecognizedOmitted?: number;
}

/** Options of a {@link Scanner}. */
export interface ScanOptions extends TextOptions {
  /** How kept log text (details, examples) is redacted; secrets always are. */
  readonly redact?: RedactOptions;
}

/** One code a line shows. */
export interface LineHit {
  readonly key: string;
  readonly error?: RtcError;
  readonly entry?: CatalogEntry;
  readonly vendor: string;
  readonly printed: string;
  readonly detail?: string;
}

interface Seen {
  readonly hit: LineHit;
  count: number;
  readonly lines: number[];
  lastLine: number;
  firstSeen?: string;
  lastSeen?: string;
  readonly examples: ExampleLine[];
}

interface Compiled {
  readonly adapter: CliAdapter;
  readonly pattern: LogPattern;
  readonly regex: RegExp;
}

function globalRegex(regex: RegExp): RegExp {
  return regex.flags.includes('g')
    ? new RegExp(regex.source, regex.flags)
    : new RegExp(regex.source, `${regex.flags}g`);
}

/**
 * One regex that matches wherever any pattern could: a pattern's needle when it has one (a plain
 * text search), else its own regex with named groups made plain (a superset, with the union of
 * flags). `undefined` when a pattern cannot be merged (a named back-reference).
 */
function needles(pattern: LogPattern): readonly string[] {
  const { needle } = pattern;
  return needle === undefined ? [] : typeof needle === 'string' ? [needle] : needle;
}

/** Whether `line` holds the pattern's needle (or one of them); `true` for a pattern without one. */
function hasNeedle(line: string, pattern: LogPattern): boolean {
  const { needle } = pattern;
  if (needle === undefined) return true;
  if (typeof needle === 'string') return line.includes(needle);
  for (const n of needle as readonly string[]) if (line.includes(n)) return true;
  return false;
}

function anyOf(compiled: readonly Compiled[]): RegExp | undefined {
  if (compiled.length === 0) return /(?!)/;
  if (compiled.some((c) => c.pattern.needle === undefined && c.regex.source.includes('\\k<'))) return undefined;
  const sources = new Set(
    compiled.flatMap((c) =>
      c.pattern.needle !== undefined
        ? needles(c.pattern).map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        : [`(?:${c.regex.source.replace(/\(\?<(?![=!])[A-Za-z_$][\w$]*>/g, '(?:')})`],
    ),
  );
  const flags = new Set(
    compiled
      .flatMap((c) => (c.pattern.needle === undefined ? [...c.regex.flags] : []))
      .filter((f) => f === 'i' || f === 's'),
  );
  try {
    return new RegExp([...sources].join('|'), [...flags].join(''));
  } catch {
    return undefined;
  }
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

/** A finding of a phrase mapped to a unified code (no catalog entry fits it). */
function unifiedHit(adapter: CliAdapter, pattern: LogPattern, printed: string, detail: string | undefined): LineHit {
  const name = pattern.name ?? printed;
  const error = fromRecognition(
    {
      code: pattern.unified,
      vendorCode: name,
      vendorName: name,
      ...(pattern.kind ? { kind: pattern.kind } : {}),
      ...(detail ? { detail } : {}),
    },
    adapter.id,
    undefined,
  );
  return {
    key: `${adapter.id}\u0000${name}\u0000${error.code}`,
    error,
    vendor: adapter.id,
    printed: name,
    ...(detail ? { detail } : {}),
  };
}

function hitOf(adapter: CliAdapter, pattern: LogPattern, match: RegExpMatchArray, line: string): LineHit | undefined {
  const groups: Record<string, string | undefined> = { ...match.groups };
  const printed = groups.code ?? (pattern.code !== undefined ? String(pattern.code) : (pattern.name ?? match[0]));
  if (printed === '') return undefined;
  const detail = (pattern.lineDetail ? line : groups.detail)?.trim() || undefined;
  if (groups.code === undefined && pattern.code === undefined && pattern.unified !== undefined)
    return unifiedHit(adapter, pattern, printed, detail);
  let code: string | number = groups.code ?? pattern.code ?? printed;
  if (pattern.toCode && groups.code !== undefined) {
    try {
      code = pattern.toCode(groups.code);
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
  const shown = pattern.code !== undefined && pattern.name !== undefined ? pattern.name : printed;
  if (recognized && recognizedEntry) {
    return {
      key: `${adapter.id}\u0000${recognizedEntry.vendorName}\u0000${recognized.code}`,
      error: recognized,
      entry: recognizedEntry,
      vendor: adapter.id,
      printed: shown,
      ...(detail ? { detail } : {}),
    };
  }
  const entry = entries[0];
  if (!entry) {
    if (pattern.unified !== undefined) return unifiedHit(adapter, pattern, printed, detail);
    return { key: `?${adapter.id}\u0000${printed}`, vendor: adapter.id, printed };
  }
  const error = fromRecognition(detail ? { entry, detail } : { entry }, adapter.id, undefined);
  return {
    key: `${adapter.id}\u0000${entry.vendorName}\u0000${error.code}`,
    error,
    entry,
    vendor: adapter.id,
    printed: shown,
    ...(detail ? { detail } : {}),
  };
}

/** A printed code as a number (`70001`, `0x404c`), or `undefined` when it is not one. */
function numeric(printed: string | number | undefined): number | undefined {
  if (typeof printed === 'number') return printed;
  if (printed === undefined || !/^(?:0x[0-9a-f]+|-?\d+)$/i.test(printed)) return undefined;
  return Number(printed);
}

/**
 * An unrecognized code on a line where another vendor recognized the same code (TRTC's
 * `schedule failed: stub code: 70001` also looks like an Alibaba code): it is that vendor's, not a
 * code "no catalog knows".
 */
function claimedByAnother(hit: LineHit, hits: readonly LineHit[]): boolean {
  if (hit.error !== undefined) return false;
  const value = numeric(hit.printed);
  return hits.some(
    (other) =>
      other.error !== undefined &&
      other.vendor !== hit.vendor &&
      (other.printed === hit.printed || (value !== undefined && numeric(other.error.vendorCode) === value)),
  );
}

/** How many recognized matches a scanner remembers (see `Scanner.#hitOf`). */
const MEMO_SIZE = 4096;

/** Codes a browser error named in the text refines (as the core's `fromRecognition` does). */
function refinable(code: string): boolean {
  const category = CODES[code as RtcErrorCode]?.category;
  return category === 'device' || code === 'unknown' || code === 'internal_error' || code === 'screen_share_failed';
}

/** A line that continues the entry above: a stack frame (`    at f (file:1:2)`) or `... 3 more`. */
const CONTINUATION = /^\s+(?:at\s|\.\.\.\s\d+\smore)/;
/**
 * A timestamp at the start of a line (after an optional bracket or logcat date): `12:01:02:345`,
 * `12:01:02.345`, `2024-05-01 12:01:02.345`, `2024-05-01T12:01:02.345Z`, `05-01 12:01:02.345`.
 */
const TIMESTAMP =
  /^\s*\[?((?:\d{4}-\d{2}-\d{2}[T ]|\d{2}-\d{2} )?\d{1,2}:\d{2}:\d{2}(?:[.:,]\d{1,6})?(?:Z|[+-]\d{2}:?\d{2})?)(?![\d:])/;

/**
 * Scans a log one line at a time with bounded state. Feed it every line in order with
 * {@link Scanner.line}, then read {@link Scanner.result}.
 */
export class Scanner {
  readonly #compiled: readonly Compiled[];
  readonly #any: RegExp | undefined;
  readonly #options: ScanOptions;
  readonly #found = new Map<string, Seen>();
  readonly #memo = new Map<string, LineHit | null>();
  #unrecognizedKept = 0;
  readonly #unrecognizedOmitted = new Set<string>();
  #omittedOverflow = 0;
  #lines = 0;
  /** The entry the current line belongs to: its line number, text and the keys it has already counted. */
  #entryLine = 0;
  #entryText = '';
  #entryKeys = new Set<string>();

  constructor(adapters: readonly CliAdapter[], options: ScanOptions) {
    this.#options = options;
    this.#compiled = adapters.flatMap((adapter) =>
      (adapter.logPatterns ?? []).map((pattern) => ({ adapter, pattern, regex: globalRegex(pattern.regex) })),
    );
    this.#any = anyOf(this.#compiled);
  }

  /** Lines fed so far. */
  get lines(): number {
    return this.#lines;
  }

  /** Scans the next line (without its line break). */
  line(text: string): void {
    const number = ++this.#lines;
    const line = text.length > MAX_LINE ? clip(text, MAX_LINE) : text;
    const continues = number > 1 && (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) && CONTINUATION.test(line);
    if (!continues) {
      this.#entryLine = number;
      this.#entryText = line;
      if (this.#entryKeys.size > 0) this.#entryKeys = new Set();
    }
    if (this.#any && !this.#any.test(line)) return;
    for (const hit of this.hits(line)) this.#count(hit, line, number);
  }

  /** The hits on one line, each distinct code once (for tests and tools that classify lines). */
  hits(line: string): LineHit[] {
    const hits = new Map<string, LineHit>();
    const compiled = this.#compiled;
    for (let index = 0; index < compiled.length; index += 1) {
      const { adapter, pattern, regex } = compiled[index]!;
      if (!hasNeedle(line, pattern)) continue;
      regex.lastIndex = 0;
      for (const match of line.matchAll(regex)) {
        const hit = this.#hitOf(index, adapter, pattern, match, line);
        if (hit && !hits.has(hit.key)) hits.set(hit.key, hit);
        if (pattern.code !== undefined || pattern.unified !== undefined) break;
      }
    }
    const all = [...hits.values()];
    return all.some((hit) => hit.error === undefined) ? all.filter((hit) => !claimedByAnother(hit, all)) : all;
  }

  /**
   * {@link hitOf}, remembered by pattern and matched text: logs repeat the same failure many times,
   * and recognizing it (catalog look-ups, the adapter's recognizer, building the error) costs far
   * more than matching. A hit whose code the line's own text can refine (device codes, refined by a
   * browser error named anywhere in the line) is not remembered. The memory is bounded.
   */
  #hitOf(index: number, adapter: CliAdapter, pattern: LogPattern, match: RegExpMatchArray, line: string) {
    const key = `${index}\u0000${match[0]}`;
    const known = this.#memo.get(key);
    if (known !== undefined) {
      if (known === null) return undefined;
      // The detail of a line-detail phrase is the line itself.
      return pattern.lineDetail && known.detail !== undefined ? { ...known, detail: line.trim() } : known;
    }
    const hit = hitOf(adapter, pattern, match, line);
    const lineSensitive = pattern.lineDetail === true && hit?.error !== undefined && refinable(hit.error.code);
    if (!lineSensitive) {
      if (this.#memo.size >= MEMO_SIZE) this.#memo.clear();
      this.#memo.set(key, hit ?? null);
    }
    return hit;
  }

  #keep(text: string): string {
    return redact(clip(text, MAX_EXAMPLE), this.#options.redact);
  }

  #count(hit: LineHit, line: string, number: number): void {
    if (this.#entryKeys.has(hit.key)) return;
    this.#entryKeys.add(hit.key);
    const at = this.#entryLine;
    const seen = this.#found.get(hit.key);
    const stamp = TIMESTAMP.exec(this.#entryText)?.[1];
    if (seen) {
      seen.count += 1;
      if (seen.lines.length < MAX_LINES_KEPT && seen.lines[seen.lines.length - 1] !== at) seen.lines.push(at);
      seen.lastLine = at;
      if (stamp !== undefined) {
        seen.firstSeen ??= stamp;
        seen.lastSeen = stamp;
      }
      if (seen.examples.length < MAX_EXAMPLES && hit.error)
        seen.examples.push({ line: number, text: this.#keep(line) });
      return;
    }
    if (!hit.error && this.#countUnrecognized(hit)) return;
    const kept: LineHit = hit.detail !== undefined ? { ...hit, detail: this.#keep(hit.detail) } : hit;
    this.#found.set(hit.key, {
      hit: kept,
      count: 1,
      lines: [at],
      lastLine: at,
      ...(stamp !== undefined ? { firstSeen: stamp, lastSeen: stamp } : {}),
      examples: hit.error ? [{ line: number, text: this.#keep(line) }] : [],
    });
  }

  /** `true` when an unrecognized code is beyond the cap (then only counted). */
  #countUnrecognized(hit: LineHit): boolean {
    if (this.#unrecognizedKept < MAX_UNRECOGNIZED) {
      this.#unrecognizedKept += 1;
      return false;
    }
    if (this.#unrecognizedOmitted.size < MAX_UNRECOGNIZED) this.#unrecognizedOmitted.add(hit.key);
    else if (!this.#unrecognizedOmitted.has(hit.key)) this.#omittedOverflow += 1;
    return true;
  }

  /** What was found so far. Findings are sorted by count, then by first appearance. */
  result(): ScanResult {
    const byCount = <T extends { count: number; lines: readonly number[] }>(a: T, b: T): number =>
      b.count - a.count || (a.lines[0] ?? 0) - (b.lines[0] ?? 0);
    const findings: Finding[] = [];
    const unrecognized: Unrecognized[] = [];
    for (const seen of this.#found.values()) {
      const { hit, count, lines, lastLine, firstSeen, lastSeen, examples } = seen;
      if (hit.error) {
        findings.push({
          ...rowOfError(hit.error, hit.entry, this.#options),
          count,
          lines: [...lines],
          lastLine,
          printed: redact(hit.printed, this.#options.redact),
          ...(hit.detail !== undefined ? { detail: hit.detail } : {}),
          ...(firstSeen !== undefined ? { firstSeen, lastSeen: lastSeen ?? firstSeen } : {}),
          examples: [...examples],
        });
      } else {
        unrecognized.push({
          vendor: hit.vendor,
          printed: redact(hit.printed, this.#options.redact),
          count,
          lines: [...lines],
        });
      }
    }
    const omitted = this.#unrecognizedOmitted.size + this.#omittedOverflow;
    return {
      lines: this.#lines,
      findings: findings.sort(byCount),
      unrecognized: unrecognized.sort(byCount),
      ...(omitted > 0 ? { unrecognizedOmitted: omitted } : {}),
    };
  }
}

/**
 * Scans log text held in memory: every line against every log pattern of every adapter. A code
 * counts once per log entry it appears in. For input of any size, feed a {@link Scanner} line by line.
 */
export function scanText(text: string, adapters: readonly CliAdapter[], options: ScanOptions): ScanResult {
  const scanner = new Scanner(adapters, options);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) scanner.line(line);
  return scanner.result();
}
