/** Numbers shared by several agora-web code tables: every candidate, and a documented preference. */
import { describe, expect, it } from 'vitest';
import { FAMILY_PREFERENCE, agoraWebAdapter } from '../../../adapters/agora-web/index.js';
import { family, namedFamily } from '../../../adapters/agora-web/entry.js';
import { normalize } from '../../../src/index.js';

const rank = (family: string | undefined): number =>
  FAMILY_PREFERENCE.indexOf(family as (typeof FAMILY_PREFERENCE)[number]);

describe('agora-web code families', () => {
  it('lists entries in family preference order', () => {
    const ranks = agoraWebAdapter.entries().map((e) => rank(e.family));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('a row of a family reported by name gives the entry of the same row with its value spelled out', () => {
    const defaults = { family: 'CLIENT', source: 'sdk' } as const;
    expect(
      namedFamily(defaults, [
        ['TIMEOUT', 'network_timeout', 'm', 'a'],
        ['JOIN_CHANNEL_TIMEOUT', 'network_timeout', 'm', 'a', { value: 'ERR_JOIN_CHANNEL_TIMEOUT', actor: 'app' }],
      ]),
    ).toEqual(
      family(defaults, [
        ['TIMEOUT', 'TIMEOUT', 'network_timeout', 'm', 'a'],
        ['ERR_JOIN_CHANNEL_TIMEOUT', 'JOIN_CHANNEL_TIMEOUT', 'network_timeout', 'm', 'a', { actor: 'app' }],
      ]),
    );
    expect(
      agoraWebAdapter.lookupAll('ERR_JOIN_CHANNEL_TIMEOUT').map((e) => [e.family, e.vendorCode, e.vendorName]),
    ).toContainEqual(['CLIENT', 'ERR_JOIN_CHANNEL_TIMEOUT', 'JOIN_CHANNEL_TIMEOUT']);
  });

  it('lookup(2) is K_TIMESTAMP_EXPIRED; lookupAll(2) has every table that uses 2', () => {
    expect(agoraWebAdapter.lookup(2)).toMatchObject({
      vendorName: 'K_TIMESTAMP_EXPIRED',
      family: 'K',
      code: 'token_expired',
    });
    const all = agoraWebAdapter.lookupAll(2);
    expect(all.map((e) => e.family)).toEqual(['K', 'STRING_UID', 'RELAY', 'INJECT']);
    expect(all.map((e) => e.vendorName)).toContain('ERROR_ILLEAGAL_UID');
  });

  it('lookup(1) is ERR_FAILED, with the other 1s behind it', () => {
    expect(agoraWebAdapter.lookup(1)).toMatchObject({ vendorName: 'ERR_FAILED', family: 'ERR' });
    expect(agoraWebAdapter.lookupAll(1).length).toBeGreaterThan(1);
  });

  it('2001 prefers the server code over the exception code', () => {
    expect(agoraWebAdapter.lookupAll(2001).map((e) => `${e.family}:${e.vendorName}`)).toEqual([
      'ERR:ERR_NO_VOS_AVAILABLE',
      'EXCEPTION:AUDIO_INPUT_LEVEL_TOO_LOW',
    ]);
  });

  it('every candidate of a shared number is in a different family or a different name', () => {
    const byCode = new Map<string, string[]>();
    for (const e of agoraWebAdapter.entries()) {
      const key = String(e.vendorCode);
      byCode.set(key, [...(byCode.get(key) ?? []), `${e.family}:${e.vendorName}`]);
    }
    for (const [code, list] of byCode) {
      const all = agoraWebAdapter.lookupAll(code);
      expect(all.length, code).toBeGreaterThanOrEqual(list.length);
      for (let i = 1; i < all.length; i += 1)
        expect(rank(all[i - 1]?.family)).toBeLessThanOrEqual(rank(all[i]?.family));
    }
  });

  it('110 keeps both SDK names: the error table value first, the gateway name second', () => {
    expect(agoraWebAdapter.lookupAll('110').map((e) => e.vendorName)).toEqual([
      'ERR_INVALID_DYNAMIC_KEY',
      'ERR_NO_AUTHORIZED',
    ]);
    expect(agoraWebAdapter.lookup('ERR_NO_AUTHORIZED')?.code).toBe('not_authorized');
    expect(agoraWebAdapter.lookup('110')?.code).toBe('token_invalid');
  });

  it('finds codes by name, value and alias', () => {
    expect(agoraWebAdapter.lookup('NO_VOS_AVAILABLE')?.vendorCode).toBe('ERR_NO_VOS_AVAILABLE');
    expect(agoraWebAdapter.lookup('LOW_STREAM_NOT_YET_PUBLISHED')).toMatchObject({
      vendorCode: 'LOW_STREAM_ALREADY_PUBLISHED',
      code: 'not_published',
    });
    expect(agoraWebAdapter.lookup('ERR_STATIC_USE_DYNAMIC_KEY')?.vendorName).toBe('ERR_STATIC_USE_DYANMIC_KE');
    expect(agoraWebAdapter.lookup('k_timestamp_expired')?.vendorName).toBe('K_TIMESTAMP_EXPIRED');
    expect(agoraWebAdapter.lookup(2010010)?.vendorName).toBe('DYNAMIC_KEY_TIMEOUT');
    expect(agoraWebAdapter.lookup('ERR_INVALID_VENDOR_KEY')?.vendorCode).toBe('101');
    expect(agoraWebAdapter.lookup('no such code')).toBeUndefined();
  });

  it('normalizes a bare number with the preferred family and says which', () => {
    const err = normalize(2, agoraWebAdapter);
    expect(err.code).toBe('token_expired');
    expect(err.vendorName).toBe('K_TIMESTAMP_EXPIRED');
    expect(agoraWebAdapter.lookup(err.vendorName as string)?.family).toBe('K');
  });
});
