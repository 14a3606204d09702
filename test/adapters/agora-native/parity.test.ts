/**
 * Parity: the agora-native catalog against what the installed SDK defines (react-native-agora's own
 * `src/AgoraBase.ts`, parsed here, never a hand-typed list) and against the native docs (seed 002,
 * whose tables are imported into fixtures/vendor-docs/agora-native-zh.json).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES, type NativeEntry } from '../../../adapters/agora-native/catalog.js';
import { agoraNativeAdapter, agoraNativeZh } from '../../../adapters/agora-native/index.js';
import { NOTES } from '../../../adapters/agora-native/notes.js';
import { noteOf, withNotes } from '../../../adapters/notes.js';
import type { NativeFamily } from '../../../adapters/agora-native/rows.js';
import { isRtcErrorCode } from '../../../src/index.js';
import { readVendorDoc, type VendorDocFile } from '../../support/vendor-docs.js';

const require = createRequire(import.meta.url);
const sdkDir = dirname(require.resolve('react-native-agora/package.json'));
const sdkVersion = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string }).version;
const agoraBase = readFileSync(join(sdkDir, 'src', 'AgoraBase.ts'), 'utf8');

interface Member {
  readonly name: string;
  readonly value: number;
}

/** Members of `export enum NAME { ... }`: explicit integers, `a << b`, or the previous value + 1. */
function parseEnum(source: string, name: string): Member[] {
  const start = source.indexOf(`export enum ${name} {`);
  if (start < 0) throw new Error(`enum ${name} not found in AgoraBase.ts`);
  const end = source.indexOf('\n}', start);
  const body = source
    .slice(start, end)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  const members: Member[] = [];
  let next = 0;
  for (const line of body.split('\n').slice(1)) {
    const m = /^\s*([A-Za-z_]\w*)\s*(?:=\s*([^,]+?))?\s*,?\s*$/.exec(line);
    if (!m?.[1]) continue;
    const init = m[2]?.trim();
    let value = next;
    if (init !== undefined) {
      const shift = /^(-?\d+)\s*<<\s*(\d+)$/.exec(init);
      value = shift ? Number(shift[1]) << Number(shift[2]) : Number(init);
      if (!Number.isInteger(value)) throw new Error(`cannot evaluate ${name}.${m[1]} = ${init}`);
    }
    members.push({ name: m[1], value });
    next = value + 1;
  }
  return members;
}

const ENUMS: readonly (readonly [string, NativeFamily])[] = [
  ['ErrorCodeType', 'ERR'],
  ['WarnCodeType', 'WARN'],
  ['ConnectionChangedReasonType', 'CONNECTION_CHANGED_REASON'],
  ['LocalAudioStreamReason', 'LOCAL_AUDIO_STREAM_REASON'],
  ['LocalVideoStreamReason', 'LOCAL_VIDEO_STREAM_REASON'],
];

const entries = agoraNativeAdapter.entries() as readonly NativeEntry[];

describe(`agora-native catalog vs react-native-agora ${sdkVersion} AgoraBase.ts`, () => {
  for (const [enumName, family] of ENUMS) {
    const members = parseEnum(agoraBase, enumName);

    describe(enumName, () => {
      it('is found and parsed', () => {
        expect(members.length).toBeGreaterThan(0);
      });

      it('every SDK member name resolves to an entry of its family with its value', () => {
        const missing = members.filter(
          (m) => !agoraNativeAdapter.lookupAll(m.name).some((e) => e.family === family && e.vendorCode === m.value),
        );
        expect(missing).toEqual([]);
      });

      it('every SDK value has an entry in its family', () => {
        const values = [...new Set(members.map((m) => m.value))];
        const missing = values.filter((v) => !FAMILIES[family].some((e) => e.vendorCode === v));
        expect(missing).toEqual([]);
      });

      it('every entry said to come from the SDK names a member that exists with that value', () => {
        const stale = FAMILIES[family]
          .filter((e) => e.source !== 'docs')
          .filter((e) => !members.some((m) => m.value === e.vendorCode && (e.aliases ?? []).includes(m.name)))
          .map((e) => e.vendorName);
        expect(stale).toEqual([]);
      });

      it('docs-only entries really are absent from the SDK', () => {
        const present = FAMILIES[family]
          .filter((e) => e.source === 'docs')
          .filter((e) => members.some((m) => m.value === e.vendorCode))
          .map((e) => e.vendorName);
        expect(present).toEqual([]);
      });
    });
  }
});

describe('agora-native catalog integrity', () => {
  it('maps every entry to a unified code that exists', () => {
    expect(entries.filter((e) => !isRtcErrorCode(e.code)).map((e) => e.vendorName)).toEqual([]);
  });

  it('has unique vendor names', () => {
    const names = entries.map((e) => e.vendorName);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('has English message and action for every entry', () => {
    const bad = entries.filter((e) => e.message.trim().length === 0 || e.action.trim().length === 0);
    expect(bad.map((e) => e.vendorName)).toEqual([]);
  });

  it('has Chinese message and action for every entry, and no Chinese text without an entry', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const names = new Set(entries.map((e) => e.vendorName));
    const missing = entries
      .filter((e) => {
        const text = agoraNativeZh.entries[e.vendorName];
        return !text || !cjk.test(text[0]) || !cjk.test(text[1]);
      })
      .map((e) => e.vendorName);
    expect(missing).toEqual([]);
    expect(Object.keys(agoraNativeZh.entries).filter((k) => !names.has(k))).toEqual([]);
  });

  it('gives every entry a family and a source', () => {
    for (const e of entries) {
      expect(Object.keys(FAMILIES)).toContain(e.family);
      expect(['sdk', 'docs', 'sdk+docs']).toContain(e.source);
    }
  });
});

/** Rows `[name, value]` of the table under the heading `section` (`错误码`, `警告码`). */
function seedRows(doc: VendorDocFile, section: string): [string, number][] {
  return doc.rows.filter((r) => r.section === section).map((r) => [r.name ?? r.code, Number(r.code)]);
}

describe('agora-native catalog vs the native docs (seed 002)', () => {
  const seed = readVendorDoc('agora-native-zh');
  const errors = seedRows(seed, '错误码');
  const warnings = seedRows(seed, '警告码');

  it('parses both tables', () => {
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);
    expect(errors.length + warnings.length).toBe(seed.rows.length);
    expect([...errors, ...warnings].every(([, v]) => Number.isInteger(v))).toBe(true);
  });

  for (const [table, rows, family] of [
    ['error', errors, 'ERR'],
    ['warning', warnings, 'WARN'],
  ] as const) {
    it(`resolves every ${table} row by value and by name, or records why not`, () => {
      const unresolved = rows.filter(([name, value]) => {
        const byValue = agoraNativeAdapter.lookupAll(value) as readonly NativeEntry[];
        const match = byValue.find(
          (e) =>
            e.vendorName === name ||
            (e.aliases ?? []).includes(name) ||
            (e.family === family && (noteOf(e, NOTES) ?? '').includes(name)),
        );
        return !match || !match.source.includes('docs') || agoraNativeAdapter.lookup(name) === undefined;
      });
      expect(unresolved).toEqual([]);
    });
  }

  it('has a docs row for every docs-only entry', () => {
    const names = new Set([...errors, ...warnings].map(([n]) => n));
    const invented = entries.filter((e) => e.source === 'docs' && !names.has(e.vendorName));
    expect(invented.map((e) => e.vendorName)).toEqual([]);
  });

  it('records in a note every docs name the docs give to two values (1021 and 1031)', () => {
    const names = [...new Set(warnings.map(([n]) => n))];
    const reused = names.filter((n) => new Set(warnings.filter(([m]) => m === n).map(([, v]) => v)).size > 1);
    for (const name of reused) {
      const values = warnings.filter(([n]) => n === name).map(([, v]) => v);
      const noted = values.filter((v) =>
        (withNotes(agoraNativeAdapter, NOTES).lookup(`WARN:${v}`)?.note ?? '').includes(name),
      );
      expect(noted.length, name).toBeGreaterThan(0);
    }
  });
});
