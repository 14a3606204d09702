/**
 * Parity: the agora-web catalog against the installed `agora-rtc-sdk` (its bundle's code tables
 * and its index.d.ts) and against the vendor's error-code page (zh and en), as imported into fixtures/vendor-docs/.
 */
import { describe, expect, it } from 'vitest';
import { agoraWebAdapter, agoraWebZh } from '../../../adapters/agora-web/index.js';
import { readVendorDoc } from '../../support/vendor-docs.js';
import { isMediaErrorName, isRtcErrorCode, type CatalogEntry } from '../../../src/index.js';
import {
  SDK,
  agoraRtcErrorCodes,
  documentedCallbackCodes,
  errorTable,
  exceptionCodes,
  gatewayModuleTable,
  initMessages,
  injectStatuses,
  relayCodes,
} from './sdk-tables.js';

const entries = agoraWebAdapter.entries();
const named = (entry: CatalogEntry, name: string): boolean =>
  entry.vendorName === name || (entry.aliases ?? []).includes(name);
const inFamily = (family: string, code: string | number): CatalogEntry[] =>
  agoraWebAdapter.lookupAll(code).filter((e) => e.family === family);

describe('agora-web catalog vs the installed SDK bundle', () => {
  it('reads the SDK it was written against', () => {
    expect(SDK.version).toMatch(/^3\./);
  });

  it.each(errorTable())('error table %s = "%s" is in the catalog under its value and name', (name, value) => {
    const byValue = agoraWebAdapter.lookupAll(value);
    expect(byValue.length, `value ${value}`).toBeGreaterThan(0);
    expect(
      byValue.some((e) => named(e, name) && String(e.vendorCode) === value),
      `${name} with value ${value}`,
    ).toBe(true);
  });

  it.each(gatewayModuleTable('GatewayErrorCode'))(
    'gateway code %i %s is in the catalog (ERR/WARN/K family)',
    (code, name) => {
      const found = agoraWebAdapter.lookupAll(code).filter((e) => ['ERR', 'WARN', 'K'].includes(e.family ?? ''));
      expect(
        found.some((e) => named(e, name)),
        `${code} ${name}`,
      ).toBe(true);
    },
  );

  it.each(gatewayModuleTable('APErrorCode'))('access point code %i %s is in the catalog', (code, name) => {
    expect(agoraWebAdapter.lookupAll(code).some((e) => named(e, name))).toBe(true);
    expect(agoraWebAdapter.lookup(name)).toBeDefined();
  });

  it.each(gatewayModuleTable('StringUidErrorCode'))(
    'string uid code %i %s is in the STRING_UID family',
    (code, name) => {
      expect(inFamily('STRING_UID', code).some((e) => named(e, name))).toBe(true);
    },
  );

  it.each(agoraRtcErrorCodes())('AgoraRTCErrorCode.%s = "%s" is in the catalog', (name, value) => {
    const byValue = agoraWebAdapter.lookupAll(value);
    expect(byValue.length, `value ${value}`).toBeGreaterThan(0);
    expect(
      byValue.some((e) => named(e, name)) ||
        agoraWebAdapter.lookupAll(name).some((e) => String(e.vendorCode) === value),
    ).toBe(true);
  });

  it.each(exceptionCodes())('exception code %i %s is in the EXCEPTION family', (code, name) => {
    expect(inFamily('EXCEPTION', code).some((e) => named(e, name))).toBe(true);
  });

  it('every exception has a recovery code 2000 above it, and back', () => {
    const codes = new Map(exceptionCodes());
    for (const [code, name] of codes) {
      if (code < 3000) expect(codes.get(code + 2000), name).toBe(`${name}_RECOVER`);
      else expect(codes.has(code - 2000), name).toBe(true);
    }
  });

  it.each(injectStatuses().filter(([name]) => !name.endsWith('_SUCCESS')))(
    'inject status %s (%i) is in the INJECT family',
    (name, status) => {
      expect(inFamily('INJECT', status).some((e) => named(e, name))).toBe(true);
    },
  );

  it('inject success statuses are not catalogued as errors', () => {
    for (const [name, status] of injectStatuses().filter(([n]) => n.endsWith('_SUCCESS'))) {
      expect(inFamily('INJECT', status), name).toEqual([]);
    }
  });

  it.each(relayCodes())('ChannelMediaError %i %s (index.d.ts) is in the RELAY family', (code, message) => {
    expect(inFamily('RELAY', code).some((e) => named(e, message))).toBe(true);
  });

  it.each(initMessages())('Stream.init msg %s (index.d.ts) is catalogued or a browser media error', (msg) => {
    expect(agoraWebAdapter.lookup(msg) !== undefined || isMediaErrorName(msg)).toBe(true);
  });

  it.each(documentedCallbackCodes())('callback code "%s" documented in index.d.ts is catalogued', (code) => {
    expect(agoraWebAdapter.lookup(code)).toBeDefined();
  });

  it('every entry marked as from the SDK appears in the bundle or its typings', () => {
    const missing = entries
      .filter((e) => e.source !== 'docs')
      .filter(
        (e) =>
          ![e.vendorName, String(e.vendorCode), ...(e.aliases ?? [])].some(
            (k) => SDK.bundle.includes(`"${k}"`) || SDK.bundle.includes(`${k}:`) || SDK.dts.includes(k),
          ),
      );
    expect(missing.map((e) => e.vendorName)).toEqual([]);
  });
});

describe('agora-web catalog integrity', () => {
  it('maps every entry to a unified code that exists', () => {
    expect(entries.filter((e) => !isRtcErrorCode(e.code)).map((e) => `${e.vendorName} → ${e.code}`)).toEqual([]);
  });

  it('has unique vendorNames', () => {
    const seen = new Set<string>();
    const dups = entries.filter((e) => (seen.has(e.vendorName) ? true : (seen.add(e.vendorName), false)));
    expect(dups.map((e) => e.vendorName)).toEqual([]);
  });

  it('has a family and a source on every entry', () => {
    for (const e of entries) {
      expect(e.family, e.vendorName).toMatch(/^[A-Z_]+$/);
      expect(['sdk', 'docs', 'sdk+docs']).toContain(e.source);
    }
  });

  it('has English message and action on every entry', () => {
    for (const e of entries) {
      expect(e.message.trim().length, e.vendorName).toBeGreaterThan(0);
      expect(e.action.trim().length, e.vendorName).toBeGreaterThan(0);
    }
  });

  it('has Chinese message and action for every entry, and nothing else', () => {
    const zh = agoraWebZh.entries;
    for (const e of entries) {
      const text = zh[e.vendorName];
      expect(text, e.vendorName).toBeDefined();
      expect(text?.[0], e.vendorName).toMatch(/[\u4e00-\u9fff]/);
      expect(text?.[1], e.vendorName).toMatch(/[\u4e00-\u9fff]/);
    }
    const names = new Set(entries.map((e) => e.vendorName));
    expect(Object.keys(zh).filter((k) => !names.has(k))).toEqual([]);
  });

  it('looks every entry up by its name and its value', () => {
    for (const e of entries) {
      expect(agoraWebAdapter.lookupAll(e.vendorName), e.vendorName).toContain(e);
      expect(agoraWebAdapter.lookupAll(e.vendorCode), e.vendorName).toContain(e);
    }
  });
});

/**
 * Rows `NAME | value | description` of the page's tables (000 = zh, 001 = en), from
 * fixtures/vendor-docs/. A value of `/` means the page gives none.
 */
function seedRows(prefix: '000' | '001'): { name: string; value: string; description: string }[] {
  return readVendorDoc(prefix === '000' ? 'agora-web-zh' : 'agora-web-en').rows.map((r) => ({
    name: r.name ?? r.code,
    value: r.decimal === undefined ? '/' : r.code,
    description: r.text,
  }));
}

describe.each<['000' | '001', string]>([
  ['000', 'zh'],
  ['001', 'en'],
])('seed %s (%s) rows', (prefix) => {
  const rows = seedRows(prefix);

  it('are all read (error and warning tables)', () => {
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows.some((r) => r.name.startsWith('WARN_'))).toBe(true);
  });

  it.each(rows.map((r) => [r.name, r.value] as const))('%s (%s) resolves to a docs-sourced entry', (name, value) => {
    const entry = agoraWebAdapter.lookupAll(name).find((e) => named(e, name));
    expect(entry, name).toBeDefined();
    expect(entry?.source, name).toMatch(/docs/);
    if (value !== '/') expect(agoraWebAdapter.lookupAll(Number(value)), `${name} by ${value}`).toContain(entry);
    if (name.startsWith('WARN_')) expect(entry?.kind).toBe('warning');
  });
});

/** The first clause of a doc description, with the English page's known typos repaired. */
function firstClause(text: string): string {
  const repaired = text.replace('channnel', 'channel').replace('\u00e2\u20ac\u2122', "'");
  return (repaired.split(/[。，,.:：(（]/)[0] ?? '').trim().toLowerCase();
}

describe('catalog text comes from the doc rows', () => {
  const entryFor = (name: string) => agoraWebAdapter.lookupAll(name).find((e) => named(e, name));

  it.each(seedRows('000').map((r) => [r.name, r.description] as const))('zh %s says "%s"', (name, description) => {
    const entry = entryFor(name);
    const text = entry ? agoraWebZh.entries[entry.vendorName] : undefined;
    expect(text?.[0].toLowerCase()).toContain(firstClause(description));
  });

  it.each(seedRows('001').map((r) => [r.name, r.description] as const))('en %s says "%s"', (name, description) => {
    expect(entryFor(name)?.message.toLowerCase()).toContain(firstClause(description));
  });
});

describe('the two seeds list the same table', () => {
  it('has the same names and values in Chinese and English', () => {
    const zh = seedRows('000').map((r) => `${r.name}=${r.value}`);
    const en = seedRows('001').map((r) => `${r.name}=${r.value}`);
    expect(zh).toEqual(en);
  });
});
