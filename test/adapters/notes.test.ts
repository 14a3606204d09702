/**
 * The catalogs' maintainer notes (`adapters/<vendor>/notes.ts`): kept out of the runtime data, each
 * names an entry of its adapter, and `withNotes` puts them back on every way an entry comes out.
 */
import { describe, expect, it } from 'vitest';
import { noteOf, withNotes } from '../../adapters/notes.js';
import { CLI_ADAPTERS } from '../../adapters/registry.js';
import { normalize, reviewKey } from '../../src/index.js';
import { ADAPTERS } from '../support/adapters.js';

describe.each(Object.entries(ADAPTERS))('catalog notes: %s', (id, { adapter, notes }) => {
  it('are not runtime data: no entry of the adapter carries a note', () => {
    expect(adapter.entries().filter((e) => e.note !== undefined)).toEqual([]);
  });

  it('each names an entry of the adapter (a renamed entry cannot leave its note behind)', () => {
    const keys = new Set(adapter.entries().map((e) => reviewKey(e)));
    expect(Object.keys(notes.entries).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(notes.review).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(notes.entries).length + Object.keys(notes.review).length).toBeGreaterThan(10);
  });

  it('come back on lookup, lookupAll, entries and recognitions through withNotes, worded as before', () => {
    const noted = withNotes(adapter, notes);
    const cli = CLI_ADAPTERS.find((a) => a.id === id);
    expect(noted.entries()).toHaveLength(adapter.entries().length);
    for (const [i, entry] of adapter.entries().entries()) {
      const note = noteOf(entry, notes);
      const own = notes.entries[reviewKey(entry)];
      const review = notes.review[reviewKey(entry)];
      // the entry's own remark first, then "Review (finding): why"
      if (own !== undefined && review !== undefined)
        expect(note).toBe(`${own} Review (${review.finding}): ${review.why}`);
      else if (review !== undefined) expect(note).toBe(`Review (${review.finding}): ${review.why}`);
      else expect(note).toBe(own);
      const back = noted.entries()[i];
      expect({ ...back, note: undefined }).toEqual({ ...entry, note: undefined });
      expect(back?.note).toBe(note);
      expect(noted.lookupAll(entry.vendorName).map((e) => e.note)).toEqual(
        adapter.lookupAll(entry.vendorName).map((e) => noteOf(e, notes)),
      );
      expect(cli?.lookup(entry.vendorName)?.note).toBe(noteOf(adapter.lookup(entry.vendorName)!, notes));
    }
  });
});

describe('withNotes', () => {
  it('gives a recognition the noted entry and leaves what normalize builds unchanged', () => {
    const { adapter, notes } = ADAPTERS['agora-ng'];
    const noted = withNotes(adapter, notes);
    const raw = {
      name: 'AgoraRTCException',
      code: 'UNEXPECTED_RESPONSE',
      message: 'AgoraRTCError UNEXPECTED_RESPONSE: x',
    };
    const rec = noted.recognize(raw, {});
    expect(rec?.entry?.note).toMatch(/^The error page gives no remedy for this code\./);
    expect(adapter.recognize(raw, {})?.entry?.note).toBeUndefined();
    const a = normalize(raw, adapter).toJSON();
    const b = normalize(raw, noted).toJSON();
    expect(b).toEqual(a);
    expect(a.code).toBe('request_rejected');
  });
});
