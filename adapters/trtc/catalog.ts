/**
 * The TRTC catalog: v5 codes first (top-level, then `extraCode`s), then the 4.x `ErrorCode`s, then
 * the server result codes, then the events that are errors by themselves. A code is found as a number, a decimal string, a hex string in any case
 * (`0x4043`, `0X4043`), or a name.
 * @module
 */
import { createCatalog, defaultQueryKeys, type Catalog, type CatalogEntry } from '../../src/index.js';
import { V4_ENTRIES } from './codes-v4.js';
import { SERVER_ENTRIES } from './codes-server.js';
import { V5_EXTRA_CODES, V5_TOP_LEVEL } from './codes-v5.js';
import { EVENT_ENTRIES } from './codes-events.js';
import { FAMILY } from './entry.js';

/** Every entry, English text (the rows carry the classification review; its reasons are in `notes.ts`). */
export const ENTRIES: readonly CatalogEntry[] = [
  ...V5_TOP_LEVEL,
  ...V5_EXTRA_CODES,
  ...V4_ENTRIES,
  ...SERVER_ENTRIES,
  ...EVENT_ENTRIES,
];

const HEX = /^0x[0-9a-f]+$/i;

/** The keys a query is tried under: as given, lower-case hex, then upper case. */
function queryKeys(code: string | number): readonly string[] {
  const text = String(code).trim();
  if (HEX.test(text)) return [`0x${text.slice(2).toLowerCase()}`];
  return defaultQueryKeys(code);
}

/** The TRTC catalog with its lookups. */
export const CATALOG: Catalog = createCatalog(ENTRIES, { queryKeys });

const BY_FAMILY = new Map<string, Map<number | string, CatalogEntry>>();
for (const e of ENTRIES) {
  const family = e.family ?? '';
  let map = BY_FAMILY.get(family);
  if (!map) BY_FAMILY.set(family, (map = new Map()));
  map.set(e.vendorCode, e);
}

/** The entry of a numeric code in one family, or `undefined`. */
export function entryIn(family: string, value: unknown): CatalogEntry | undefined {
  return typeof value === 'number' ? BY_FAMILY.get(family)?.get(value) : undefined;
}

/** The v5 entry of a code, the server entry of a result code, the 4.x entry of a code. */
export const v5Entry = (code: unknown): CatalogEntry | undefined => entryIn(FAMILY.v5, code);
export const serverEntry = (code: unknown): CatalogEntry | undefined => entryIn(FAMILY.server, code);
export const v4Entry = (code: unknown): CatalogEntry | undefined => entryIn(FAMILY.v4, code);
