/**
 * Parity with the installed packages: every code trtc-sdk-v5 and trtc-js-sdk define is in the
 * catalog, in English and Chinese, with the family and value the SDK gives it; the codes the bundle
 * defines but never reports say so in their note; every operation and event of the client surface
 * exists in the SDKs' typings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trtcAdapter, trtcZh } from '../../../adapters/trtc/index.js';
import { NOTES } from '../../../adapters/trtc/notes.js';
import { withNotes } from '../../../adapters/notes.js';
import { V5_NEVER_EMITTED } from '../../../adapters/trtc/codes-v5.js';
import { TRTC_ZH_FROM_TENCENT } from '../../../adapters/trtc/zh.js';
import { CODES, isRtcErrorCode } from '../../../src/index.js';
import { read, v4Enum, v4Typings, v5Enum, v5InnerEnum, v5Reports, v5TopLevel } from './sdk.js';

const entries = trtcAdapter.entries();
const inFamily = (family: string) => entries.filter((e) => e.family === family);

describe('trtc catalog ↔ trtc-sdk-v5', () => {
  const enumeration = v5Enum();

  it('reads the whole enum from the bundle (67 members, 5000 … 5999 and ACCOUNT_NO_MONEY)', () => {
    expect(enumeration.size).toBe(67);
    expect(enumeration.get('INVALID_PARAMETER')).toBe(5000);
    expect(enumeration.get('ACCOUNT_NO_MONEY')).toBe(-100013);
  });

  it('has every member of the enum, under its name and value', () => {
    for (const [name, value] of enumeration) {
      const entry = trtcAdapter.lookup(value);
      expect(entry?.vendorName, `${name} ${value}`).toBe(name);
    }
    expect(inFamily('v5').length).toBe(enumeration.size - 1); // ACCOUNT_NO_MONEY is a server code
  });

  it('has the eight top-level codes of TRTC.ERROR_CODE', () => {
    const top = v5TopLevel();
    expect(top).toHaveLength(8);
    for (const name of top) expect(trtcAdapter.lookup(name)?.vendorCode).toBe(enumeration.get(name));
  });

  it('says which codes the bundle defines but never reports, and they are exactly those', () => {
    const never = [...enumeration].filter(([name, v]) => v >= 5001 && v % 100 !== 0 && !v5Reports(v, name));
    // 5505 is reported (extraCode=5505) but always overwritten by the fall-through to 5506.
    expect([...never.map(([, v]) => v), 5505].sort()).toEqual([...V5_NEVER_EMITTED].sort());
    for (const code of V5_NEVER_EMITTED)
      expect(withNotes(trtcAdapter, NOTES).lookup(code)?.note, String(code)).toMatch(
        /^Never (emitted|reaches the app)/,
      );
  });
});

describe('trtc catalog ↔ trtc-js-sdk (4.x)', () => {
  it('has every ErrorCode of the bundle (a superset of the typings), found by hex and decimal', () => {
    const bundle = v4Enum();
    const typings = v4Typings();
    expect(typings.size).toBe(26);
    expect(bundle.size).toBe(28);
    for (const [name, value] of typings) expect(bundle.get(name), name).toBe(value);
    for (const [name, value] of bundle) {
      const hex = `0x${value.toString(16)}`;
      expect(trtcAdapter.lookup(hex)?.vendorName, hex).toBe(`ErrorCode.${name}`);
      expect(trtcAdapter.lookup(value)?.vendorName, String(value)).toBe(`ErrorCode.${name}`);
      expect(trtcAdapter.lookup(hex.toUpperCase().replace('0X', '0x'))?.vendorName).toBe(`ErrorCode.${name}`);
    }
  });

  it("has the internal copy's extra codes that v5 errors carry as originError", () => {
    for (const [name, value] of v5InnerEnum()) {
      expect(trtcAdapter.lookup(`0x${value.toString(16)}`)?.vendorName, name).toBe(`ErrorCode.${name}`);
    }
  });
});

describe('trtc catalog: every entry', () => {
  it('maps to a unified code, is unique by family and value, and by name', () => {
    const keys = new Set<string>();
    const names = new Set<string>();
    for (const e of entries) {
      expect(isRtcErrorCode(e.code), e.vendorName).toBe(true);
      const key = `${e.family}:${e.vendorCode}`;
      expect(keys.has(key), key).toBe(false);
      expect(names.has(e.vendorName), e.vendorName).toBe(false);
      keys.add(key);
      names.add(e.vendorName);
    }
  });

  it('has Chinese text for every entry and no Chinese text without an entry', () => {
    const zhKeys = Object.keys(trtcZh.entries);
    for (const e of entries) {
      const text = trtcZh.entries[e.vendorName];
      expect(text, e.vendorName).toBeDefined();
      expect(text?.[0], e.vendorName).toMatch(/[\u4e00-\u9fff]/);
      expect(text?.[1], e.vendorName).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(zhKeys.sort()).toEqual(entries.map((e) => e.vendorName).sort());
    for (const key of TRTC_ZH_FROM_TENCENT) expect(names(key), key).toBe(true);
  });

  it('classifies by the rule: fatal parameter, permission and environment errors are never retried', () => {
    for (const e of entries) {
      const category = CODES[e.code].category;
      if (category === 'params' || category === 'environment') {
        expect(e.severity ?? CODES[e.code].severity, e.vendorName).toBe('fatal');
      }
    }
  });
});

function names(key: string): boolean {
  return entries.some((e) => e.vendorName === key);
}

describe('trtc client surface ↔ typings', () => {
  const v5 = read('trtc-sdk-v5/index.d.ts');
  const v4 = read('trtc-js-sdk/index.d.ts');
  const surface = trtcAdapter.client!;

  it('every client operation is a method of TRTC (v5) or Client (4.x)', () => {
    const trtcClass = v5.slice(v5.indexOf('export declare class TRTC {'));
    for (const name of Object.keys(surface.client.operations)) {
      const declared = new RegExp(`\\n\\s+${name}[<(]`).test(trtcClass) || new RegExp(`\\n\\s+${name}\\(`).test(v4);
      expect(declared, name).toBe(true);
    }
  });

  it('every translated event is a TRTC.EVENT (v5) or a ClientEvent / stream event (4.x)', () => {
    for (const name of surface.client.eventNames ?? []) {
      expect(v5.includes(`'${name}'`) || v4.includes(`'${name}'`), name).toBe(true);
    }
  });

  it('enterRoom and switchRoom renew the userSig inside their options object', () => {
    expect(surface.client.operations.enterRoom).toMatchObject({ tokenArg: 0, tokenKey: 'userSig', kind: 'join' });
    expect(v5).toMatch(/export declare interface EnterRoomConfig \{[^}]*userSig: string;/);
    expect(v5).toMatch(/export declare interface SwitchRoomConfig \{[^}]*userSig: string;/);
  });
});

describe('trtc catalog ↔ Tencent pages (fixtures/vendor-docs)', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'vendor-docs');
  const files = readdirSync(dir).filter((f) => /^(trtc|tencent)-.*\.json$/.test(f));

  it('has the imported pages, each naming the page its rows came from', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as DocFile;
      expect(doc.document.vendor, f).toBe('trtc');
      expect(doc.document.source, f).toMatch(/^https:\/\//);
      expect(doc.rows.length, f).toBeGreaterThan(0);
    }
  });

  it('every documented code is in the catalog (account rows as server codes)', () => {
    for (const f of files) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as DocFile;
      for (const row of doc.rows) {
        if (!/^-?(\d+|0x[0-9a-f]+)$/i.test(row.code)) continue; // browser error names (NotAllowedError...)
        const account = row.section === 'Account errors' || f.startsWith('tencent-account');
        const found = trtcAdapter
          .lookupAll(row.code)
          .filter((e) => (account ? e.family === 'server' : e.family !== 'server'));
        expect(found.length, `${f} ${row.code}`).toBeGreaterThan(0);
      }
    }
  });

  it('records where a page and the SDK disagree: 5012/5013 swapped on the page', () => {
    const page = JSON.parse(readFileSync(join(dir, 'trtc-v5-error-code-en.json'), 'utf8')) as DocFile;
    expect(page.rows.find((r) => r.code === '5012')?.text).toMatch(/roomId .*4294967294/);
    expect(v5Enum().get('INVALID_ROOM_ID_STRING')).toBe(5012);
    expect(withNotes(trtcAdapter, NOTES).lookup(5012)?.note).toMatch(/swaps 5012 and 5013/);
  });
});

interface DocFile {
  document: { id: string; vendor: string; source: string };
  rows: { code: string; section?: string; text: string }[];
}
