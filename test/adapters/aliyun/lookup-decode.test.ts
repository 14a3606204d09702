/** Lookups by number, decimal and hex string (any case), names; structured decoding and inference. */
import { describe, expect, it } from 'vitest';
import { familyLabel, familyOf, FAMILIES, parseCode, toHex } from '../../../adapters/aliyun/decode.js';
import { aliyunAdapter } from '../../../adapters/aliyun/index.js';
import { NOTES } from '../../../adapters/aliyun/notes.js';
import { noteOf } from '../../../adapters/notes.js';
import { normalize } from '../../../src/index.js';

const name = (code: string | number) => aliyunAdapter.lookup(code)?.vendorName;

describe('aliyun lookups', () => {
  it('finds a code as a number, a decimal string and hex strings in any case and length', () => {
    for (const q of [
      17040388,
      '17040388',
      ' 17040388 ',
      '0x01040404',
      '0X01040404',
      '0x1040404',
      '0x01040404'.toLowerCase(),
    ]) {
      expect(name(q), String(q)).toBe('ERR_MIC_OPEN_FAIL');
    }
    expect(name('0X01010304')).toBe('ERROR_ROOM_NOT_IN_THE_CHANNEL');
    expect(name('0x1020204')).toBe('ERR_JOIN_TIMEOUT');
    expect(name('0x0103030d')).toBe('SDK_RESULT_PUBLISH_WRONG_ROLE_ERROR');
    expect(name('0x0103030D')).toBe('SDK_RESULT_PUBLISH_WRONG_ROLE_ERROR');
  });

  it('names a code the docs list only by its value with its hex form', () => {
    const unnamed = aliyunAdapter.entries().filter((e) => e.source === 'docs' && /^0x/.test(e.vendorName));
    expect(unnamed.length).toBeGreaterThanOrEqual(19);
    for (const e of unnamed) expect(e.vendorName).toBe(toHex(e.vendorCode as number));
    expect(aliyunAdapter.lookup('0x01030405')).toMatchObject({ vendorCode: 16974853, vendorName: '0x01030405' });
  });

  it('finds names case-insensitively, and corrected spellings of SDK typos', () => {
    expect(name('err_join_timeout')).toBe('ERR_JOIN_TIMEOUT');
    expect(name('ERR_ICE_CONNECTION_RECONNECT_FAIL')).toBe('ERR_ICE_CONNECTION_RECONNECT_FAI');
    expect(name('ERR_SDK_PUBLISH_INVALID')).toBe('ERR_SDK_PUBLISH_INVAILD');
    expect(name('ERROR_ROOM_ALREADY_IN')).toBe('ERR_JOIN_ALREADY_JOINED');
    expect(name('AliRtcOnByeBeKickedOut')).toBe('AliRtcOnByeType.AliRtcOnByeBeKickedOut');
    expect(name('LiveTranscodingErrorInvalidParam')).toBe('ERR_SDK_MPU_TASK_INVALID_PARAM');
  });

  it('resolves -1 to ERR_INNER but the documented 0xFFFFFFFF to WARN_DEFAULT', () => {
    expect(name(-1)).toBe('ERR_INNER');
    expect(name('-1')).toBe('ERR_INNER');
    expect(name('0xFFFFFFFF')).toBe('WARN_DEFAULT');
    expect(name('0xffffffff')).toBe('WARN_DEFAULT');
    expect(aliyunAdapter.lookupAll(-1).map((e) => e.vendorName)).toEqual(
      expect.arrayContaining(['ERR_INNER', 'WARN_DEFAULT', 'AliRtcPluginErrorCode.AliRtcPluginErrorCodeFailed']),
    );
  });

  it('records the render-error hex quirk: 0x0104020 is 0x00104020 = 1064992, the SDK value', () => {
    expect(Number.parseInt('0104020', 16)).toBe(1064992);
    expect(toHex(1064992)).toBe('0x00104020');
    const entry = aliyunAdapter.lookup('0x0104020');
    expect(entry?.vendorName).toBe('ERR_VIDEO_DISPLAY_INTERRUPT');
    expect(entry?.vendorCode).toBe(1064992);
    expect(entry && noteOf(entry, NOTES)).toMatch(/0x01040202/);
    // the probably intended code is not in any table: it is decoded by its render family
    expect(aliyunAdapter.lookup('0x01040202')).toBeUndefined();
    expect(normalize(0x01040202, aliyunAdapter).context).toMatchObject({ inferred: true, family: '0x010402xx' });
  });

  it('keeps both meanings of 10501 and lets the name pick one', () => {
    expect(aliyunAdapter.lookupAll(10501).map((e) => e.vendorName)).toEqual([
      'ERROR_DATACHANNEL_OPEN',
      'ERROR_H5_COMPATIBLE_MODE',
    ]);
    expect(name('0x00002905')).toBe('ERROR_DATACHANNEL_OPEN');
    expect(name('ERROR_H5_COMPATIBLE_MODE')).toBe('ERROR_H5_COMPATIBLE_MODE');
  });

  it('maps the success value 0 to a non-fatal, non-retryable warning marked success', () => {
    const err = normalize(0, aliyunAdapter);
    expect(err.severity).toBe('recoverable');
    expect(err.retry.retryable).toBe(false);
    expect(err.kind).toBe('warning');
    expect(err.context.success).toBe(true);
    expect(err.vendorName).toBe('ERR_SDK_MPU_TASK_PUBLISH_OK');
  });

  it('does not answer for strings that are not codes', () => {
    for (const q of ['', 'hello', '0x', '0xZZ', '12ab', '0x123456789'])
      expect(aliyunAdapter.lookup(q), q).toBeUndefined();
  });
});

describe('aliyun structured decoding', () => {
  it('parses numbers, decimal and hex strings, nothing else', () => {
    expect(parseCode(16908804)).toBe(16908804);
    expect(parseCode('16908804')).toBe(16908804);
    expect(parseCode('0x1020204')).toBe(16908804);
    expect(parseCode('0X0102020c')).toBe(0x0102020c);
    expect(parseCode('-1')).toBe(-1);
    for (const bad of [1.5, Number.NaN, 'abc', '0x', null, undefined, {}, '1'.repeat(40)])
      expect(parseCode(bad)).toBeUndefined();
  });

  it('matches families on their top three bytes exactly', () => {
    expect(familyOf(0x010202ff)?.code).toBe('network_timeout');
    expect(familyOf(0x010404ee)?.code).toBe('device_failure');
    // same low bytes, other families: never a loose mask
    expect(familyOf(0x010203ff)).toBeUndefined();
    expect(familyOf(0x110202ff)).toBeUndefined();
    expect(familyOf(0x000202ff)).toBeUndefined();
    expect(familyOf(0x01020200 + 0x100)).toBeUndefined(); // 0x01020300
    expect(familyOf(0x0102020)).toBeUndefined(); // a digit short: 0x00102020
    expect(familyOf(-1)).toBeUndefined();
    expect(familyOf(0x1_0102_02ff)).toBeUndefined();
    expect(familyLabel(0x010202)).toBe('0x010202xx');
  });

  it('derives each family from codes of the tables that share its prefix and code', () => {
    const entries = aliyunAdapter.entries();
    for (const family of FAMILIES) {
      const members = entries.filter(
        (e) =>
          typeof e.vendorCode === 'number' && e.vendorCode >= 0 && Math.floor(e.vendorCode / 256) === family.prefix,
      );
      expect(members.length, familyLabel(family.prefix)).toBeGreaterThan(0);
      expect(
        members.some((e) => e.code === family.code),
        familyLabel(family.prefix),
      ).toBe(true);
    }
  });

  const inferred: [number, string, 'fatal' | 'recoverable', string][] = [
    [0x010202fe, 'network_timeout', 'recoverable', 'backoff'],
    [0x010202a0, 'network_timeout', 'recoverable', 'backoff'],
    [0x010404fe, 'device_failure', 'fatal', 'user-action'],
    [0x010401ff, 'device_failure', 'fatal', 'user-action'],
    [0x010303ee, 'publish_failed', 'recoverable', 'republish'],
    [0x010304ee, 'subscribe_failed', 'recoverable', 'resubscribe'],
    [0x010502aa, 'media_connection_failed', 'recoverable', 'rejoin'],
    [0x011000ff, 'live_streaming_failed', 'recoverable', 'backoff'],
    [0x012000ff, 'relay_failed', 'fatal', 'none'],
    [0x020104ff, 'stream_interrupted', 'recoverable', 'none'],
  ];
  for (const [code, unified, severity, strategy] of inferred) {
    it(`infers ${toHex(code)} (in no table) as ${unified}`, () => {
      expect(aliyunAdapter.lookup(code)).toBeUndefined();
      for (const raw of [code, String(code), toHex(code), toHex(code).toLowerCase()]) {
        const err = normalize(raw, aliyunAdapter);
        expect(err.code).toBe(unified);
        expect(err.severity).toBe(severity);
        expect(err.retry.strategy).toBe(strategy);
        expect(err.vendor).toBe('aliyun');
        expect(err.context).toMatchObject({
          inferred: true,
          family: familyLabel(Math.floor(code / 256)),
          hex: toHex(code),
        });
      }
    });
  }

  it('does not infer codes outside every family', () => {
    for (const code of [
      0x010203ff, 0x010104ff, 0x020101ff, 0x020102ff, 0x010700ff, 0x050400ff, 0x03000001, 0x000001ff, 0x0104ffff,
      999999, 2, 13,
    ]) {
      const err = normalize(code, aliyunAdapter);
      expect(err.context.inferred, toHex(code)).toBeUndefined();
      expect(err.vendor, toHex(code)).toBe('unknown');
      expect(err.code, toHex(code)).toBe('unknown');
    }
  });

  it('never lets an event-only enum answer for a bare number', () => {
    // 1..13 are connection reasons, device exception types and bye codes: not raw errors
    for (let n = 1; n <= 13; n += 1) expect(normalize(n, aliyunAdapter).vendor).toBe('unknown');
  });
});
