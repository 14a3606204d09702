/**
 * The maintainer notes of the vendor catalogs: what each entry's rows would otherwise carry as
 * `note` (a disagreement between docs and SDK, the SDK's own use of a code) and the reason of each
 * classification review. They are kept out of the runtime data, so that no bundle pays for them:
 * only the docs generator, the command line and the tests import this module, which puts each
 * note back on its entry, worded as before (the entry's own remark, then "Review (finding): why").
 *
 * It lives in `adapters/` because `src/` never imports an adapter (see `registry.ts`).
 * @module
 */
import { reviewKey, type Adapter, type CatalogEntry, type Recognition } from '../src/index.js';

/** Why a classification review changed an entry. */
export interface ReviewNote {
  /** The kind of finding (counted in the review's report). */
  readonly finding: 'rule' | 'sdk-use' | 'shared' | 'notice' | 'self-retry' | 'app-action';
  /** Why: shown in the entry's note, after its own remark. */
  readonly why: string;
}

/** The notes of one catalog, keyed like its review: `family:vendorName` (see `reviewKey`). */
export interface CatalogNotes {
  /** Each entry's own remark. */
  readonly entries: Readonly<Record<string, string>>;
  /** The finding and reason of each classification review; the rows carry what it changed. */
  readonly review: Readonly<Record<string, ReviewNote>>;
}

/** The note of an entry: its own remark, then the reason of its review; `undefined` without either. */
export function noteOf(entry: CatalogEntry, notes: CatalogNotes): string | undefined {
  const key = reviewKey(entry);
  const own = notes.entries[key];
  const review = notes.review[key];
  if (review === undefined) return own;
  const reason = `Review (${review.finding}): ${review.why}`;
  return own !== undefined ? `${own} ${reason}` : reason;
}

/**
 * The adapter with its catalog's notes: `lookup`, `lookupAll`, `entries` and the entry of each
 * recognition give entries that carry their `note`. Everything else is the adapter's own.
 */
export function withNotes<A extends Adapter>(adapter: A, notes: CatalogNotes): A {
  const noted = new Map<CatalogEntry, CatalogEntry>();
  for (const entry of adapter.entries()) {
    const note = noteOf(entry, notes);
    noted.set(entry, note !== undefined ? Object.freeze({ ...entry, note }) : entry);
  }
  const withNote = (entry: CatalogEntry): CatalogEntry => noted.get(entry) ?? entry;
  const all = Object.freeze(adapter.entries().map(withNote));
  return {
    ...adapter,
    lookup: (code) => {
      const entry = adapter.lookup(code);
      return entry && withNote(entry);
    },
    lookupAll: (code) => adapter.lookupAll(code).map(withNote),
    entries: () => all,
    recognize: (raw, ctx) => {
      const found: Recognition | undefined = adapter.recognize(raw, ctx);
      return found?.entry !== undefined ? { ...found, entry: withNote(found.entry) } : found;
    },
  };
}
