/** Lookups of the agora-native catalog by every spelling an app may have at hand. */
import { describe, expect, it } from 'vitest';
import { nativeQueryKeys } from '../../../adapters/agora-native/catalog.js';
import { both, listed, snakeName } from '../../../adapters/agora-native/rows.js';
import { agoraNativeAdapter as adapter } from '../../../adapters/agora-native/index.js';
import { NOTES } from '../../../adapters/agora-native/notes.js';
import { withNotes } from '../../../adapters/notes.js';

const name = (q: string | number): string | undefined => adapter.lookup(q)?.vendorName;
const all = (q: string | number): string[] => adapter.lookupAll(q).map((e) => `${e.family}:${e.vendorCode}`);

describe('agora-native lookup', () => {
  it('finds a code by number and by numeric string', () => {
    expect(name(101)).toBe('ERR_INVALID_APP_ID');
    expect(name('101')).toBe('ERR_INVALID_APP_ID');
    expect(name(' 101 ')).toBe('ERR_INVALID_APP_ID');
    expect(name('+101')).toBe('ERR_INVALID_APP_ID');
  });

  it('finds a code by the UPPER_SNAKE name and by the SDK member name', () => {
    expect(adapter.lookup('ERR_INVALID_APP_ID')?.vendorCode).toBe(101);
    expect(adapter.lookup('ErrInvalidAppId')?.vendorCode).toBe(101);
    expect(adapter.lookup('WARN_APM_HOWLING')?.vendorCode).toBe(1051);
    expect(adapter.lookup('WarnApmHowling')?.vendorCode).toBe(1051);
    expect(adapter.lookup('CONNECTION_CHANGED_BANNED_BY_SERVER')?.vendorCode).toBe(3);
    expect(adapter.lookup('ConnectionChangedBannedByServer')?.family).toBe('CONNECTION_CHANGED_REASON');
  });

  it("finds a code by the docs' name where it differs from the SDK's", () => {
    expect(name('ERR_INVALID_VENDOR_KEY')).toBe('ERR_INVALID_APP_ID');
    expect(name('WARN_ADM_HOWLING')).toBe('WARN_APM_HOWLING');
    expect(name('WARN_SET_CLIENT_ROLE_NOT_AUTHORIZED')).toBe('ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED');
  });

  it('accepts other spellings: lower case, iOS names, enum-qualified names', () => {
    expect(name('err_invalid_app_id')).toBe('ERR_INVALID_APP_ID');
    expect(name('AgoraErrorCodeInvalidAppId')).toBe('ERR_INVALID_APP_ID');
    expect(name('AgoraWarningCodeApmHowling')).toBe('WARN_APM_HOWLING');
    expect(name('AgoraConnectionChangedReasonBannedByServer')).toBe('CONNECTION_CHANGED_BANNED_BY_SERVER');
    expect(name('ErrorCodeType.ErrTokenExpired')).toBe('ERR_TOKEN_EXPIRED');
  });

  it('returns every family of a colliding number, ERR first, then WARN, then reasons', () => {
    expect(all(20)).toEqual(['ERR:20', 'WARN:20', 'CONNECTION_CHANGED_REASON:20', 'LOCAL_VIDEO_STREAM_REASON:20']);
    expect(all(8)[0]).toBe('ERR:8');
    expect(all(8)).toContain('WARN:8');
    expect(all(1014)).toEqual(['WARN:1014']);
    expect(name(20)).toBe('ERR_ABORTED');
  });

  it('selects a family with a qualified number', () => {
    expect(name('WARN:20')).toBe('WARN_PENDING');
    expect(name('warn:20')).toBe('WARN_PENDING');
    expect(name('CONNECTION_CHANGED_REASON:3')).toBe('CONNECTION_CHANGED_BANNED_BY_SERVER');
  });

  it('reads a negative number as the ERR code a failed method returns', () => {
    expect(all(-17)).toEqual(['ERR:17']);
    expect(name('-2')).toBe('ERR_INVALID_ARGUMENT');
  });

  it('keeps both SDK names of 157, preferring the first declared', () => {
    expect(adapter.lookupAll(157).map((e) => e.vendorName)).toEqual(['ERR_MODULE_NOT_FOUND', 'ERR_CERT_RAW']);
    expect(name('ErrCertRaw')).toBe('ERR_CERT_RAW');
    expect(name('ErrModuleNotFound')).toBe('ERR_MODULE_NOT_FOUND');
  });

  it("resolves the docs' reused name WARN_ADM_RECORD_MALFUNCTION to 1021 only, and 1031 to the SDK's name", () => {
    expect(all('WARN_ADM_RECORD_MALFUNCTION')).toEqual(['WARN:1021']);
    expect(name(1031)).toBe('WARN_ADM_RECORD_AUDIO_LOWLEVEL');
    expect(withNotes(adapter, NOTES).lookup(1031)?.note).toContain('WARN_ADM_RECORD_MALFUNCTION');
  });

  it('finds nothing for unknown codes and odd input', () => {
    expect(adapter.lookup(424242)).toBeUndefined();
    expect(adapter.lookup('NOT_A_CODE')).toBeUndefined();
    expect(adapter.lookup('')).toBeUndefined();
    expect(adapter.lookupAll(Number.NaN)).toEqual([]);
    expect(adapter.lookupAll('x'.repeat(10_000))).toEqual([]);
    expect(adapter.lookupAll({} as unknown as string)).toEqual([]);
  });

  it('derives names the way the native headers spell them', () => {
    expect(snakeName('ErrTimedout')).toBe('ERR_TIMEDOUT');
    expect(snakeName('WarnAdmWinCoreNoRecordingDevice')).toBe('WARN_ADM_WIN_CORE_NO_RECORDING_DEVICE');
    expect(nativeQueryKeys(-5)).toContain('ERR:5');
  });

  it('a row the docs list under the SDK name written once (listed) is the row written with both names', () => {
    const once = listed(7, 'ErrNotInitialized', 'invalid_state', 'm', 'a', { kind: 'warning' });
    expect(once).toEqual(
      both(7, 'ErrNotInitialized', 'ERR_NOT_INITIALIZED', 'invalid_state', 'm', 'a', { kind: 'warning' }),
    );
    const entry = adapter.lookup('ERR_NOT_INITIALIZED');
    expect(entry).toMatchObject({ vendorCode: 7, vendorName: 'ERR_NOT_INITIALIZED', source: 'sdk+docs' });
  });
});
