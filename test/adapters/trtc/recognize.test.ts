/**
 * The trtc recognizers on values no capture gives: hostile objects, an `originError` that throws,
 * errors of another major version, lookalikes of other vendors; and the explain answers the issue
 * names (5302, 5300, 0x1000).
 */
import { describe, expect, it } from 'vitest';
import { trtcAdapter, trtcErrors, trtcZh } from '../../../adapters/trtc/index.js';
import { localize, normalize, unifiedZh } from '../../../src/index.js';
import { FakeTrtcError, trtcError } from '../../../fixtures/fakes/trtc.js';
import { trapsThrow } from '../../support/hostile.js';

describe('trtc recognition by structure', () => {
  it('recognizes the SDK error by its own fields, whatever its class is called', () => {
    const e = trtcError(5100, 5101, 'switchRole', 'cannot switchRole because you are not enter room yet.');
    const err = normalize(e, trtcAdapter);
    expect(err).toMatchObject({
      vendor: 'trtc',
      code: 'not_joined',
      vendorCode: 5100,
      vendorName: 'INVALID_OPERATION_NOT_JOINED',
      operation: 'switchRole',
      context: { extraCode: 5101 },
    });
    expect(err.cause).toBe(e);
  });

  it('does not claim a bare {code: 5000} nor another vendor value', () => {
    expect(trtcAdapter.recognize({ code: 5000 }, {})).toBeUndefined();
    expect(trtcAdapter.recognize({ code: 17040388, message: 'x' }, {})).toBeUndefined();
    expect(trtcAdapter.recognize(new Error('AgoraRTCError INVALID_PARAMS: x'), {})).toBeUndefined();
    expect(trtcAdapter.recognize('5302', {})).toBeUndefined();
  });

  it('tells the OS-level denial (handler to open the system settings) from the browser one', () => {
    const os = new FakeTrtcError({
      code: 5300,
      extraCode: 5302,
      functionName: 'startLocalAudio',
      originError: new DOMException('Permission denied by system', 'NotAllowedError'),
      handler: () => undefined,
    });
    const browser = new FakeTrtcError({
      code: 5300,
      extraCode: 5302,
      functionName: 'startLocalAudio',
      originError: new DOMException('Permission denied', 'NotAllowedError'),
    });
    expect(normalize(os, trtcAdapter).context).toMatchObject({ deniedBy: 'system', openSystemSettings: true });
    expect(normalize(browser, trtcAdapter).context).toMatchObject({ deniedBy: 'user' });
    expect(normalize(browser, trtcAdapter).context.openSystemSettings).toBeUndefined();
  });

  it('keeps a hostile originError as part of the cause and still classifies by the outer fields', () => {
    const e = new FakeTrtcError({
      code: 5300,
      extraCode: 5303,
      functionName: 'startLocalVideo',
      originError: trapsThrow(),
    });
    const err = normalize(e, trtcAdapter);
    expect(err).toMatchObject({ code: 'device_in_use', vendorName: 'DEVICE_NOT_READABLE_ERROR', vendorCode: 5300 });
    expect(err.cause).toBe(e);
    expect(() => JSON.stringify(err)).not.toThrow();
  });

  it('gives a well-formed error for a wholly hostile value shaped like nothing', () => {
    const raw = trapsThrow();
    const err = normalize(raw, trtcAdapter);
    expect(err.cause).toBe(raw);
    expect(err.code).toBe('unknown');
  });

  it('survives a getCode() that throws (4.x lookalike) and a getter-based code', () => {
    const throwing = Object.assign(new Error('boom'), {
      getCode() {
        throw new Error('nope');
      },
    });
    expect(normalize(throwing, trtcAdapter).vendor).not.toBe('trtc');
    const getter = Object.create(
      {
        getCode: () => 0x4043,
        getExtraCode: () => 0,
      },
      { message: { value: 'play() failed <PLAY_NOT_ALLOWED 0x4043>' } },
    ) as object;
    expect(normalize(getter, trtcAdapter)).toMatchObject({ code: 'autoplay_blocked', vendorCode: 0x4043 });
  });

  it('a 5400 with a server code nobody documents: request_rejected, the code kept', () => {
    const err = normalize(trtcError(5400, 123456, 'enterRoom'), trtcAdapter);
    expect(err).toMatchObject({
      code: 'request_rejected',
      vendorName: 'SERVER_ERROR',
      context: { serverCode: 123456 },
    });
  });

  it('a code of another major version in the v5 range: the family (top-level code) decides', () => {
    const err = normalize({ name: 'ENV_NOT_SUPPORTED', code: 5277, extraCode: 5277, functionName: 'x' }, trtcAdapter);
    expect(err).toMatchObject({ code: 'not_supported', vendorCode: 5277, vendorName: 'ENV_NOT_SUPPORTED' });
    expect(err.context).toMatchObject({ unknownCode: 5277 });
  });

  // classified like Agora's OPERATION_ABORT (adapters/trtc/notes.ts): the operation is over, nothing to retry
  it('5998 is operation_aborted, fatal for the operation, not retried, marked as aborted', () => {
    const err = normalize(trtcError(5998, undefined, 'enterRoom', "'enterRoom' abort"), trtcAdapter);
    expect(err).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      retry: { retryable: false, strategy: 'none' },
      context: { aborted: true },
    });
  });

  it('trtcErrors classifies like trtcAdapter, without events or client surface', () => {
    const e = trtcError(5300, 5301, 'startLocalAudio');
    expect(normalize(e, trtcErrors).toJSON()).toEqual({ ...normalize(e, trtcAdapter).toJSON() });
    expect(Object.keys(trtcErrors.events)).toEqual([]);
    expect(trtcErrors.client).toBeUndefined();
  });
});

describe('trtc catalog lookups the CLI uses', () => {
  it('5302 is an extraCode, 5300 a top-level code, 0x1000 a 4.x code', () => {
    expect(trtcAdapter.lookup('5302')).toMatchObject({ vendorName: 'DEVICE_NOT_ALLOWED_ERROR', family: 'v5' });
    expect(trtcAdapter.lookup('5300')).toMatchObject({ vendorName: 'DEVICE_ERROR', code: 'device_failure' });
    expect(trtcAdapter.lookup('0x1000')).toMatchObject({ vendorName: 'ErrorCode.INVALID_PARAMETER', vendorCode: 4096 });
  });

  it('localizes a server code with Tencent wording', () => {
    const err = normalize(trtcError(5400, 70001, 'enterRoom'), trtcAdapter);
    expect(localize(err, [trtcZh, unifiedZh]).message).toBe('UserSig 已过期。');
  });
});
