/**
 * Parity: the aliyun catalog covers every code the installed SDK defines (its type definitions,
 * the bundled media-device and RTS tables), every code of the documented table (seed 004), maps
 * only to unified codes, has unique names and English and Chinese text for every entry.
 */
import { describe, expect, it } from 'vitest';
import { aliyunAdapter, aliyunZh } from '../../../adapters/aliyun/index.js';
import { isRtcErrorCode } from '../../../src/index.js';
import { readVendorDoc } from '../../support/vendor-docs.js';
import { BUNDLE_ENUMS, DTS_ENUMS, MEDIA_DEVICE_CODES, SDK_VERSION } from './sdk-enums.js';

const entries = aliyunAdapter.entries();

function byName(name: string) {
  return aliyunAdapter.lookupAll(name).filter((e) => e.vendorName === name || (e.aliases ?? []).includes(name));
}

describe('aliyun catalog vs the installed SDK', () => {
  it('reads a 7.3.x SDK with its 71 error codes', () => {
    expect(SDK_VERSION).toMatch(/^7\.3\./);
    expect(DTS_ENUMS.AliRtcErrorCode.size).toBe(71);
  });

  it('covers every AliRtcErrorCode member by name and value', () => {
    const missing = [...DTS_ENUMS.AliRtcErrorCode].filter(
      ([name, value]) => !entries.some((e) => e.vendorName === name && e.vendorCode === value),
    );
    expect(missing).toEqual([]);
  });

  for (const name of [
    'AliRtcConnectionStatusChangeReason',
    'AliRtcEngineLocalDeviceExceptionType',
    'AliRtcOnByeType',
  ] as const) {
    it(`covers every ${name} member under a qualified name`, () => {
      const members = DTS_ENUMS[name];
      expect(members.size).toBeGreaterThan(0);
      const missing = [...members].filter(
        ([member, value]) =>
          !entries.some((e) => e.vendorName === `${name}.${member}` && e.vendorCode === value && e.family === name),
      );
      expect(missing).toEqual([]);
    });
  }

  it('resolves every AliRtcLiveTranscodingErrorCode member by value and by name to the same entry', () => {
    const members = DTS_ENUMS.AliRtcLiveTranscodingErrorCode;
    expect(members.size).toBe(9);
    for (const [member, value] of members) {
      const named = byName(`AliRtcLiveTranscodingErrorCode.${member}`)[0];
      expect(named?.vendorCode, member).toBe(value);
      expect(aliyunAdapter.lookup(value)).toBe(named);
    }
  });

  it("covers media-device's DeviceErrorCode", () => {
    expect(MEDIA_DEVICE_CODES.size).toBe(18);
    const missing = [...MEDIA_DEVICE_CODES].filter(
      ([name, value]) =>
        !entries.some((e) => e.vendorName === name && e.vendorCode === value && e.family === 'media-device'),
    );
    expect(missing).toEqual([]);
  });

  for (const [key, members] of Object.entries(BUNDLE_ENUMS)) {
    it(`covers the bundle's ${key} codes`, () => {
      expect(members.size).toBeGreaterThan(5);
      const missing = [...members].filter(
        ([name, value]) =>
          !entries.some((e) => (e.vendorName === name || e.vendorName.endsWith(`.${name}`)) && e.vendorCode === value),
      );
      expect(missing).toEqual([]);
    });
  }

  it('marks as sdk only what the SDK defines', () => {
    const defined = new Set<string>();
    for (const members of [...Object.values(DTS_ENUMS), MEDIA_DEVICE_CODES, ...Object.values(BUNDLE_ENUMS)])
      for (const name of members.keys()) defined.add(name);
    for (const e of entries) {
      if (e.source === 'docs') expect(defined.has(e.vendorName), e.vendorName).toBe(false);
    }
  });
});

describe('aliyun catalog integrity', () => {
  it('maps every entry to a unified code', () => {
    expect(entries.filter((e) => !isRtcErrorCode(e.code)).map((e) => e.vendorName)).toEqual([]);
  });

  it('has unique vendorNames', () => {
    const seen = new Set<string>();
    const dups = entries.filter((e) => (seen.has(e.vendorName) ? true : (seen.add(e.vendorName), false)));
    expect(dups.map((e) => e.vendorName)).toEqual([]);
  });

  it('has English and Chinese text for every entry, and no Chinese for unknown names', () => {
    for (const e of entries) {
      expect(e.message.trim().length, e.vendorName).toBeGreaterThan(0);
      expect(e.action.trim().length, e.vendorName).toBeGreaterThan(0);
      const zh = aliyunZh.entries[e.vendorName];
      expect(zh, e.vendorName).toBeDefined();
      expect(zh?.[0], e.vendorName).toMatch(/[\u4e00-\u9fff]/);
      expect(zh?.[1], e.vendorName).toMatch(/[\u4e00-\u9fff]/);
    }
    const names = new Set(entries.map((e) => e.vendorName));
    expect(Object.keys(aliyunZh.entries).filter((k) => !names.has(k))).toEqual([]);
  });

  it('gives every entry a family', () => {
    expect(entries.filter((e) => !e.family).map((e) => e.vendorName)).toEqual([]);
  });
});

/** The documented table (seed 004, fixtures/vendor-docs/aliyun-zh.json): hex and decimal, one row per code. */
function seedCodes(): { hex: string; decimal: number }[] {
  return readVendorDoc('aliyun-zh').rows.map((r) => {
    if (r.hex === undefined || r.decimal === undefined) throw new Error(`row ${r.code} lacks hex or decimal`);
    return { hex: r.hex, decimal: r.decimal };
  });
}

describe('aliyun catalog vs the documented table (seed 004)', () => {
  const codes = seedCodes();

  it('parses all 87 documented codes', () => {
    expect(codes.length).toBe(87);
  });

  it('writes hex and decimal of the same value (0xFFFFFFFF as signed -1)', () => {
    for (const { hex, decimal } of codes) {
      const value = Number.parseInt(hex.slice(2), 16);
      expect(value === decimal || value - 0x100000000 === decimal, hex).toBe(true);
    }
  });

  it('resolves every documented code, in hex and in decimal, to an entry of that value', () => {
    for (const { hex, decimal } of codes) {
      const fromHex = aliyunAdapter.lookup(hex);
      const fromDecimal = aliyunAdapter.lookup(decimal);
      expect(fromHex, hex).toBeDefined();
      expect(fromDecimal, String(decimal)).toBeDefined();
      expect(fromHex?.vendorCode, hex).toBe(decimal);
      expect(fromDecimal?.vendorCode, String(decimal)).toBe(decimal);
      expect(
        aliyunAdapter.lookupAll(decimal).some((e) => e.source !== 'sdk'),
        String(decimal),
      ).toBe(true);
    }
  });
});
