/**
 * Building a {@link Catalog} from a vendor's entries: indexes by code value, name and aliases.
 * @module
 */
import type { Catalog, CatalogEntry, EntrySource } from './adapter.js';
import { CODES, type RtcErrorCode } from './codes.js';

/** Options of {@link createCatalog}. */
export interface CatalogOptions {
  /**
   * Extra index keys of an entry, besides its code value, name and aliases (for example the
   * decimal and hex forms of a number). Keys are matched after {@link CatalogOptions.queryKeys}.
   */
  readonly entryKeys?: (entry: CatalogEntry) => readonly string[];
  /**
   * The keys a query is tried under, in order. Default: the code as text, then upper-cased.
   * Adapters override it to accept other spellings (hex, camel case...).
   */
  readonly queryKeys?: (code: string | number) => readonly string[];
}

/** The keys a query is tried under by default: trimmed text, then upper case. */
export function defaultQueryKeys(code: string | number): string[] {
  const text = String(code).trim();
  const upper = text.toUpperCase();
  return upper === text ? [text] : [text, upper];
}

/**
 * Builds a catalog. Entries that share a key are all kept, in catalog order, so that
 * {@link Catalog.lookupAll} returns every candidate and {@link Catalog.lookup} the first.
 */
export function createCatalog(entries: readonly CatalogEntry[], options: CatalogOptions = {}): Catalog {
  const index = new Map<string, CatalogEntry[]>();
  let longestKey = 0;
  const add = (key: string, entry: CatalogEntry): void => {
    if (key.length > longestKey) longestKey = key.length;
    const list = index.get(key);
    if (!list) index.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    add(String(entry.vendorCode), entry);
    add(entry.vendorName, entry);
    for (const alias of entry.aliases ?? []) add(alias, entry);
    for (const key of options.entryKeys?.(entry) ?? []) add(key, entry);
  }
  const queryKeys = options.queryKeys ?? defaultQueryKeys;
  const frozen = Object.freeze([...entries]);
  const lookupAll = (code: string | number): readonly CatalogEntry[] => {
    if (typeof code !== 'string' && typeof code !== 'number') return [];
    const found: CatalogEntry[] = [];
    for (const key of queryKeys(code)) {
      // A key longer than any in the index cannot be found: skip hashing it (raw text may be long).
      if (key.length > longestKey) continue;
      for (const entry of index.get(key) ?? []) if (!found.includes(entry)) found.push(entry);
    }
    return found;
  };
  return {
    lookup: (code) => lookupAll(code)[0],
    lookupAll,
    entries: () => frozen,
  };
}

/**
 * What a bundled adapter's catalog row writes for its message or action when the unified code's
 * own text says it: the row builders put that text in ({@link withUnifiedText}), so it is written
 * once, in the unified code table, and `entries()` still gives it in full. Internal.
 */
export const UNIFIED_TEXT = '';

/** `entry`, its message or action taken from its unified code where the row left it empty. Internal. */
export function withUnifiedText<E extends Pick<CatalogEntry, 'code' | 'message' | 'action'>>(entry: E): E {
  const info = CODES[entry.code];
  return info && (!entry.message || !entry.action)
    ? { ...entry, message: entry.message || info.message, action: entry.action || info.action }
    : entry;
}

/** What a catalog row may set besides its family, source, code, name, unified code and English text. */
export type RowExtra = Partial<Pick<CatalogEntry, 'kind' | 'severity' | 'strategy' | 'actor' | 'aliases'>>;

/**
 * One catalog entry written as a row: an `error` unless `extra` gives its `kind`. Internal: the
 * bundled adapters' row builders share it.
 */
export function catalogRow(
  family: string,
  source: EntrySource,
  vendorCode: string | number,
  vendorName: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra: RowExtra = {},
): CatalogEntry {
  return withUnifiedText({
    vendorCode,
    vendorName,
    code,
    kind: extra.kind ?? 'error',
    message,
    action,
    family,
    source,
    ...extra,
  });
}

/** The row builder of one family and source: {@link catalogRow} with those two given. Internal. */
export function familyRows(
  family: string,
  source: EntrySource,
): (
  vendorCode: string | number,
  vendorName: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra?: RowExtra,
) => CatalogEntry {
  return (vendorCode, vendorName, code, message, action, extra) =>
    catalogRow(family, source, vendorCode, vendorName, code, message, action, extra);
}

/** What a review changes in one entry, and why (the reason is added to the entry's note). */
export interface EntryReview {
  readonly actor?: CatalogEntry['actor'];
  readonly code?: CatalogEntry['code'];
  readonly severity?: CatalogEntry['severity'];
  readonly strategy?: CatalogEntry['strategy'];
  readonly action?: string;
  /** Why: kept in the entry's note, prefixed with what kind of finding it is. */
  readonly why: string;
  /** The kind of finding (counted in the review's report). */
  readonly finding: 'rule' | 'sdk-use' | 'shared' | 'notice' | 'self-retry' | 'app-action';
}

/** The key a review uses for an entry: `family:vendorName`, or the name alone without a family. */
export function reviewKey(entry: CatalogEntry): string {
  return entry.family !== undefined ? `${entry.family}:${entry.vendorName}` : entry.vendorName;
}

/**
 * The entries with a classification review applied: each reviewed entry gets the reviewed fields
 * and the reason appended to its note. Entries no review names are returned as they are.
 */
export function reviewEntries<E extends CatalogEntry>(
  entries: readonly E[],
  reviews: Readonly<Record<string, EntryReview>>,
): E[] {
  return entries.map((entry) => {
    const review = reviews[reviewKey(entry)];
    if (!review) return entry;
    const { why, finding, ...fields } = review;
    const note = `${entry.note !== undefined ? `${entry.note} ` : ''}Review (${finding}): ${why}`;
    return { ...entry, ...fields, note };
  });
}
