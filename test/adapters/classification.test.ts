/**
 * The classification rule (docs/classification.md) on every entry of every adapter, checked from
 * the entry's `actor` (who must act), not from the wording of its text: the hint an entry resolves
 * to fits its actor, and a vendor constant two adapters share is classified the same way in both,
 * unless an entry's note says why not.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTORS,
  CODES,
  DEFAULT_ACTOR,
  RTC_ERROR_CODES,
  actorOf,
  reviewKey,
  ruleViolation,
  type Adapter,
  type CatalogEntry,
} from '../../src/index.js';
import { RETRYING_STRATEGIES } from '../../src/types.js';
import { withNotes } from '../../adapters/notes.js';
import { ADAPTERS } from '../support/adapters.js';

function hintOf(entry: CatalogEntry) {
  const info = CODES[entry.code];
  const severity = entry.severity ?? info.severity;
  const strategy = entry.strategy ?? info.strategy;
  return { severity, strategy, retryable: severity === 'recoverable' && RETRYING_STRATEGIES.has(strategy) };
}

const adapters: Adapter[] = Object.values(ADAPTERS).map((a) => a.adapter);
/** The adapters with their catalogs' maintainer notes (not runtime data; see `adapters/notes.ts`). */
const noted: Adapter[] = Object.values(ADAPTERS).map((a) => withNotes(a.adapter, a.notes));

describe('classification rule', () => {
  it('has an actor for every unified code, and the unified defaults follow the rule', () => {
    for (const code of RTC_ERROR_CODES) {
      expect(ACTORS).toContain(DEFAULT_ACTOR[code]);
      const info = CODES[code];
      const retryable = info.severity === 'recoverable' && RETRYING_STRATEGIES.has(info.strategy);
      // operation_aborted's default is the wrap runtime's (a retry run ended); entries override it
      if (code === 'operation_aborted') continue;
      expect(ruleViolation(DEFAULT_ACTOR[code], { ...info, retryable }), code).toBeUndefined();
    }
  });

  for (const adapter of adapters) {
    it(`${adapter.id}: every entry's hint follows from who acts`, () => {
      const bad: string[] = [];
      for (const entry of adapter.entries()) {
        const why = ruleViolation(actorOf(entry), hintOf(entry));
        if (why) bad.push(`${entry.family ?? ''}:${entry.vendorName} (${entry.code}): ${why}`);
      }
      expect(bad).toEqual([]);
    });
  }

  it('a vendor constant shared by two adapters is classified alike, or its notes say why', () => {
    const byName = new Map<string, { adapter: string; entry: CatalogEntry }[]>();
    for (const adapter of noted) {
      for (const entry of adapter.entries()) {
        const name = entry.vendorName.slice(entry.vendorName.lastIndexOf('.') + 1);
        const list = byName.get(name) ?? [];
        list.push({ adapter: adapter.id, entry });
        byName.set(name, list);
      }
    }
    const bad: string[] = [];
    let shared = 0;
    for (const [name, list] of byName) {
      if (new Set(list.map((x) => x.adapter)).size < 2) continue;
      shared += 1;
      const shapes = new Set(
        list.map(({ entry }) => {
          const h = hintOf(entry);
          return `${CODES[entry.code].category}/${h.severity}/${h.retryable}/${h.strategy}`;
        }),
      );
      if (shapes.size < 2) continue;
      const explained = list.every(({ entry }) => /\bSame constant\b/i.test(entry.note ?? ''));
      if (!explained) bad.push(`${name}: ${list.map((x) => `${x.adapter}=${[...shapes].join(' vs ')}`).join('; ')}`);
    }
    expect(shared).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});

describe('classification reviews', () => {
  it('every reviewed key names an entry of its adapter', () => {
    // The reviewed classification is in the rows; each review's finding and reason in `notes.ts`.
    for (const [id, { notes }] of Object.entries(ADAPTERS)) {
      const review = notes.review;
      const adapter = noted.find((a) => a.id === id) as Adapter;
      expect(Object.keys(review).length, id).toBeGreaterThan(10);
      const keys = new Set(adapter.entries().map((e) => reviewKey(e)));
      for (const key of Object.keys(review)) expect(keys.has(key), `${id} ${key}`).toBe(true);
      for (const e of adapter.entries()) if (review[reviewKey(e)]) expect(e.note ?? '', key(e)).toContain('Review (');
    }
  });
});

function key(e: CatalogEntry): string {
  return reviewKey(e);
}
