/**
 * Recognition by meaning, not decoration (docs/classification.md, "Recognition precedence"):
 * browser media errors by their DOMException name first; a symbolic name or a vendor field beats a
 * number; a small bare number alone needs the adapter given alone, or stays `unknown` with its
 * candidates in the context.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { agoraNativeAdapter } from '../adapters/agora-native/index.js';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../adapters/agora-web/index.js';
import { aliyunAdapter } from '../adapters/aliyun/index.js';

const ALL = [agoraWebAdapter, agoraNgAdapter, agoraNativeAdapter, aliyunAdapter];

describe('a value that lost its decoration is still recognized by its code', () => {
  it('the NG exception payload, given to normalize with the NG adapter', () => {
    const err = normalize({ code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid: 7 }, agoraNgAdapter);
    expect(err).toMatchObject({
      vendor: 'agora-ng',
      code: 'device_warning',
      kind: 'warning',
      severity: 'recoverable',
      vendorCode: 2001,
      vendorName: 'exception.AUDIO_INPUT_LEVEL_TOO_LOW',
    });
  });

  it.each([
    [
      'code',
      { code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER' },
    ],
    ['code, JSON copy', JSON.parse(JSON.stringify({ code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'no gateway' }))],
    ['errorCode', { errorCode: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'no gateway' }],
    ['reason', { reason: 'CAN_NOT_GET_GATEWAY_SERVER' }],
    ['msg', { msg: 'CAN_NOT_GET_GATEWAY_SERVER' }],
  ])('a plain object with an AgoraRTCErrorCode in %s, NG adapter given', (_where, raw) => {
    const err = normalize(raw, agoraNgAdapter);
    expect(err.vendor).toBe('agora-ng');
    expect(err.vendorName).toBe('CAN_NOT_GET_GATEWAY_SERVER');
    expect(err.code).toBe(agoraNgAdapter.lookup('CAN_NOT_GET_GATEWAY_SERVER')?.code);
    expect(err.code).not.toBe('unknown');
  });

  it('a plain copy keeps the split by the server reason', () => {
    const err = normalize({ code: 'CAN_NOT_GET_GATEWAY_SERVER', message: 'dynamic key expired' }, agoraNgAdapter);
    expect(err.code).toBe('token_expired');
  });
});

describe('DOMException names come first', () => {
  it('a NotFoundError (DOMException code 8) is a missing device, not native ERR 8 or web 8', () => {
    const raw = new DOMException('Requested device not found', 'NotFoundError');
    expect(raw.code).toBe(8);
    for (const adapters of [[agoraNativeAdapter], ALL]) {
      const err = normalize(raw, adapters);
      expect(err).toMatchObject({ vendor: 'browser', code: 'device_not_found', vendorName: 'NotFoundError' });
    }
  });

  it('a plain object named NotAllowedError with a numeric code is a permission denial', () => {
    expect(normalize({ name: 'NotAllowedError', code: 0, message: 'Permission denied' }, ALL).code).toBe(
      'permission_denied',
    );
  });
});

describe('a small bare number needs corroboration', () => {
  it('{code: 2001} under several adapters is unknown, with the candidates in its context', () => {
    const err = normalize({ code: 2001 }, [agoraNgAdapter, agoraNativeAdapter]);
    expect(err.vendor).toBe('unknown');
    expect(err.code).toBe('unknown');
    expect(err.vendorCode).toBe(2001);
    expect(String(err.context.candidates)).toContain('agora-ng:exception.AUDIO_INPUT_LEVEL_TOO_LOW');
  });

  it('{code: 2001} with the NG adapter alone is its exception', () => {
    expect(normalize({ code: 2001 }, agoraNgAdapter)).toMatchObject({ vendor: 'agora-ng', code: 'device_warning' });
  });

  it('a bare 2001 under agora-web and agora-native is unknown; under agora-web alone it is ERR_NO_VOS_AVAILABLE', () => {
    const both = normalize(2001, [agoraWebAdapter, agoraNativeAdapter]);
    expect(both.code).toBe('unknown');
    expect(String(both.context.candidates)).toMatch(/agora-web:ERR_NO_VOS_AVAILABLE/);
    expect(normalize(2001, agoraWebAdapter)).toMatchObject({ vendor: 'agora-web', vendorName: 'ERR_NO_VOS_AVAILABLE' });
  });

  it('a message naming the code is corroboration enough', () => {
    const err = normalize({ code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW' }, [agoraNgAdapter, agoraNativeAdapter]);
    expect(err).toMatchObject({ vendor: 'agora-ng', code: 'device_warning' });
  });

  it('a large number only one adapter knows is that adapter’s', () => {
    expect(normalize(16974338, ALL)).toMatchObject({ vendor: 'aliyun', vendorCode: 16974338 });
  });

  it('a native wrapper class is evidence: its small code is taken among several adapters', () => {
    class AgoraRtcException extends Error {
      code = -17;
    }
    expect(normalize(new AgoraRtcException('join failed'), ALL)).toMatchObject({
      vendor: 'agora-native',
      code: 'already_joined',
    });
  });
});
