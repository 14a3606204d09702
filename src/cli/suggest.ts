/**
 * "Did you mean": the known codes and names closest to what the user typed, by edit distance.
 * @module
 */
import type { CliAdapter } from './types.js';

/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** One suggested code: what to type, and which vendor knows it. */
export interface Suggestion {
  readonly text: string;
  readonly vendor: string;
  readonly distance: number;
}

const HEX = /^0x[0-9a-f]+$/i;

/** The spellings a user may type for an entry: its name, its code, its aliases (and hex when asked in hex). */
function spellings(
  vendorCode: string | number,
  vendorName: string,
  aliases: readonly string[],
  hexWidth: number,
): string[] {
  const out = [vendorName, String(vendorCode), ...aliases];
  if (hexWidth > 0 && typeof vendorCode === 'number' && Number.isInteger(vendorCode) && vendorCode >= 0) {
    // as wide as typed, and as a full 32-bit word (a dropped leading zero or digit is a common typo)
    for (const width of new Set([hexWidth, 8]))
      out.push(`0x${vendorCode.toString(16).toUpperCase().padStart(width, '0')}`);
  }
  return out;
}

/**
 * The known codes closest to `query` across `adapters`, best first. A suggestion is kept when it
 * is within a third of the query's length (at least 2 edits), or contains the query.
 */
export function suggestCodes(query: string, adapters: readonly CliAdapter[], max = 5): Suggestion[] {
  const q = query.trim().toUpperCase();
  if (q.length === 0) return [];
  const hexWidth = HEX.test(q) ? q.length - 2 : 0;
  const limit = Math.max(2, Math.floor(q.length / 3));
  const best = new Map<string, Suggestion>();
  for (const adapter of adapters) {
    for (const entry of adapter.entries()) {
      for (const text of spellings(entry.vendorCode, entry.vendorName, entry.aliases ?? [], hexWidth)) {
        const t = text.toUpperCase();
        let distance = editDistance(q, t);
        if (distance > limit && q.length >= 4 && t.includes(q)) distance = limit;
        if (distance > limit) continue;
        const key = `${adapter.id}\u0000${t}`;
        const seen = best.get(key);
        if (!seen || seen.distance > distance) best.set(key, { text, vendor: adapter.id, distance });
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => a.distance - b.distance || a.text.localeCompare(b.text) || a.vendor.localeCompare(b.vendor))
    .slice(0, max);
}

/** Vendor ids closest to `query`. */
export function suggestVendor(query: string, ids: readonly string[]): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const id of ids) {
    const d = editDistance(query.toLowerCase(), id.toLowerCase());
    if (d <= Math.max(2, Math.floor(id.length / 3)) && (!best || d < best.d)) best = { id, d };
  }
  return best?.id;
}
