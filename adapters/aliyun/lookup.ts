/**
 * The aliyun catalog with its lookups: a code is found as a number, a decimal string, a hex string
 * in any case (`0x01040404`, `0X01010304`, `0x1020204`), or a name (case-insensitive).
 * @module
 */
import { createCatalog, type Catalog, type CatalogEntry } from '../../src/index.js';
import { ENTRIES } from './catalog.js';
import { isHexText, parseCode, toHex } from './decode.js';

/** Index keys of an entry besides its code, name and aliases: the canonical hex and upper-case forms. */
export function entryKeys(entry: CatalogEntry): string[] {
  const keys: string[] = [entry.vendorName.toUpperCase()];
  for (const alias of entry.aliases ?? []) {
    keys.push(alias.toUpperCase());
    if (isHexText(alias)) keys.push(toHex(Number.parseInt(alias.trim().slice(2), 16)));
  }
  // Negative codes get no hex key: 0xFFFFFFFF is the documented WARN_DEFAULT, not ERR_INNER.
  if (typeof entry.vendorCode === 'number' && entry.vendorCode >= 0) keys.push(toHex(entry.vendorCode));
  return keys;
}

/** The longest index key: a longer query text (upper-casing never shortens it) cannot be found. */
const LONGEST_KEY = Math.max(
  ...ENTRIES.flatMap((e) =>
    [String(e.vendorCode), e.vendorName, ...(e.aliases ?? []), ...entryKeys(e)].map((k) => k.length),
  ),
);

/** The keys a query is tried under, in order: as given, canonical hex, decimal, signed, upper case. */
export function queryKeys(code: string | number): string[] {
  const text = String(code).trim();
  // Found under no key (nor its hex, decimal or upper-case forms): skip building them from raw text.
  if (text.length > LONGEST_KEY && text.length > 24) return [text];
  const keys = [text];
  const value = parseCode(code);
  if (value !== undefined) {
    if (typeof code === 'string' && isHexText(text)) keys.push(toHex(value));
    keys.push(String(value));
    if (value > 0x7fffffff && value <= 0xffffffff) keys.push(String(value - 0x100000000));
  }
  // An upper-case form equal to the text would only find the same entries again.
  const upper = text.toUpperCase();
  if (upper !== text) keys.push(upper);
  return keys;
}

/** The aliyun catalog. */
export const CATALOG: Catalog = createCatalog(ENTRIES, { entryKeys, queryKeys });
