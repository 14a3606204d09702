/**
 * Parity: the agora-ng catalog against what the installed SDK defines (its `.d.ts` enums, the
 * exception codes of its typings and bundle) and against the vendor's error-code page (seed 003).
 */
import { describe, expect, it } from 'vitest';
import { ENTRIES, NOT_ERRORS } from '../../../adapters/agora-ng/catalog.js';
import { agoraNgAdapter, agoraNgZh } from '../../../adapters/agora-ng/index.js';
import { RECOVER_OFFSET } from '../../../adapters/agora-ng/exceptions.js';
import { isRtcErrorCode } from '../../../src/index.js';
import { bundleExceptionCodes, documentedExceptionCodes, sdkEnum, sdkVersion, seedCodes } from './sdk.js';

const SECONDARY_ENUMS = [
  'ConnectionDisconnectedReason',
  'ChannelMediaRelayError',
  'ChannelMediaRelayState',
  'ChannelMediaRelayEvent',
] as const;

const inFamily = (family: string) => ENTRIES.filter((e) => e.family === family);
const HAN = /[\u4e00-\u9fff]/;

describe(`agora-ng catalog vs agora-rtc-sdk-ng ${sdkVersion}`, () => {
  it('is checked against a 4.24.x SDK', () => expect(sdkVersion).toMatch(/^4\.24\./));

  const errorCodes = sdkEnum('AgoraRTCErrorCode');

  it('reads a plausible AgoraRTCErrorCode enum', () => expect(errorCodes.size).toBeGreaterThanOrEqual(90));

  it('has an entry for every AgoraRTCErrorCode member, keyed by its value, named by the member', () => {
    const missing: string[] = [];
    for (const [member, value] of errorCodes) {
      const entry = inFamily('AgoraRTCErrorCode').find((e) => e.vendorName === member);
      if (!entry || entry.vendorCode !== value) missing.push(`${member} = ${value}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no AgoraRTCErrorCode entry the SDK does not define, unless marked docs-only', () => {
    const extra = inFamily('AgoraRTCErrorCode')
      .filter((e) => !errorCodes.has(e.vendorName))
      .filter((e) => e.source !== 'docs');
    expect(extra.map((e) => e.vendorName)).toEqual([]);
    for (const e of inFamily('AgoraRTCErrorCode').filter((x) => errorCodes.has(x.vendorName))) {
      expect(e.source, e.vendorName).not.toBe('docs');
    }
  });

  it('looks up a code by its value and by its member name (CROSS_CHANNEL_FAILED_JOIN_SRC = "..._SEC")', () => {
    for (const [member, value] of errorCodes) {
      expect(agoraNgAdapter.lookup(value)?.vendorName, value).toBe(member);
      expect(agoraNgAdapter.lookup(member)?.vendorCode, member).toBe(value);
    }
  });

  for (const name of SECONDARY_ENUMS) {
    it(`covers every member of ${name}: an entry "${name}.MEMBER" or a declared non-error`, () => {
      const members = sdkEnum(name);
      expect(members.size).toBeGreaterThan(0);
      const notErrors = NOT_ERRORS[name] ?? [];
      const missing: string[] = [];
      for (const [member, value] of members) {
        const entry = inFamily(name).find((e) => e.vendorName === `${name}.${member}`);
        if (entry) expect(entry.vendorCode, member).toBe(value);
        else if (!notErrors.includes(value)) missing.push(member);
      }
      expect(missing).toEqual([]);
      // the non-error list cannot go stale: every value in it is still defined by the SDK
      for (const value of notErrors) expect([...members.values()]).toContain(value);
      // and no entry names a member the SDK does not define
      for (const e of inFamily(name)) expect([...members.values()], e.vendorName).toContain(e.vendorCode);
    });
  }

  it('covers every exception code the typings document and the bundle emits; recoveries clear a known code', () => {
    const documented = documentedExceptionCodes();
    const emitted = bundleExceptionCodes();
    expect(documented.size).toBeGreaterThanOrEqual(8);
    expect(emitted.size).toBeGreaterThanOrEqual(7);
    const problems = [...emitted.keys(), ...documented.keys()].filter(
      (code) => code < 3000 && !agoraNgAdapter.lookup(code),
    );
    expect(problems).toEqual([]);
    for (const code of documented.keys()) {
      if (code >= 3000) expect(agoraNgAdapter.lookup(code - RECOVER_OFFSET), `recovery ${code}`).toBeDefined();
    }
    for (const e of inFamily('exception')) {
      const code = e.vendorCode as number;
      expect(e.source === 'docs', `${code} is docs-only exactly when the bundle does not emit it`).toBe(
        !emitted.has(code),
      );
      expect(e.vendorName).toBe(`exception.${documented.get(code) ?? emitted.get(code)}`);
    }
  });
});

describe('agora-ng catalog vs the error-code page (seed 003)', () => {
  const { codes: rows, unparsed } = seedCodes();

  it('parses every row of the tables of the page', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(unparsed).toEqual([]);
  });

  it('resolves every documented code to an AgoraRTCErrorCode entry marked as documented', () => {
    for (const code of rows) {
      const entry = agoraNgAdapter.lookup(code);
      expect(entry, code).toBeDefined();
      expect(entry?.family, code).toBe('AgoraRTCErrorCode');
      expect(['docs', 'sdk+docs'], code).toContain(entry?.source);
    }
  });

  it('marks as documented only the codes the page lists', () => {
    const documented = inFamily('AgoraRTCErrorCode').filter((e) => e.source !== 'sdk');
    expect(documented.map((e) => e.vendorName).sort()).toEqual([...new Set(rows)].sort());
  });
});

describe('agora-ng catalog integrity', () => {
  it('maps every entry to a unified code', () => {
    expect(ENTRIES.filter((e) => !isRtcErrorCode(e.code)).map((e) => e.vendorName)).toEqual([]);
  });

  it('has unique vendor names', () => {
    const seen = new Set<string>();
    const dupes = ENTRIES.map((e) => e.vendorName).filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
    expect(dupes).toEqual([]);
  });

  it('has non-empty English and Chinese message and action for every entry, and no stale Chinese key', () => {
    for (const e of ENTRIES) {
      expect(e.message.trim(), e.vendorName).not.toBe('');
      expect(e.action.trim(), e.vendorName).not.toBe('');
      const zh = agoraNgZh.entries[e.vendorName];
      expect(zh, e.vendorName).toBeDefined();
      expect(zh?.[0], e.vendorName).toMatch(HAN);
      expect(zh?.[1], e.vendorName).toMatch(HAN);
    }
    const names = new Set(ENTRIES.map((e) => e.vendorName));
    expect(Object.keys(agoraNgZh.entries).filter((k) => !names.has(k))).toEqual([]);
    expect(agoraNgZh.vendor).toBe('agora-ng');
  });

  it('exposes the catalog through the adapter', () => {
    expect(agoraNgAdapter.entries()).toHaveLength(ENTRIES.length);
  });

  it('looks up shared values in the error-code family first, and lists every family with lookupAll', () => {
    expect(agoraNgAdapter.lookup('NETWORK_ERROR')?.family).toBe('AgoraRTCErrorCode');
    expect(agoraNgAdapter.lookupAll('NETWORK_ERROR').map((e) => e.family)).toEqual([
      'AgoraRTCErrorCode',
      'ConnectionDisconnectedReason',
    ]);
    expect(agoraNgAdapter.lookup('ConnectionDisconnectedReason.UID_BANNED')?.code).toBe('banned');
    expect(agoraNgAdapter.lookup('FRAMERATE_INPUT_TOO_LOW')?.vendorCode).toBe(1001);
  });
});
