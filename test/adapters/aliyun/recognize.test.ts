/** Recognizers of the aliyun SDK's raw shapes, checked against the bundle, and hostile inputs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aliyunAdapter } from '../../../adapters/aliyun/index.js';
import { recognize } from '../../../adapters/aliyun/recognize.js';
import { normalize } from '../../../src/index.js';
import { decodeRaw } from '../../support/fixtures.js';
import { trapsThrow } from '../../support/hostile.js';
import { BUNDLE } from './sdk-enums.js';

/** An instance shaped like the bundle's error class: own `_code`/`_extra`, prototype getters. */
function sdkError(code: number, message: string, extra?: unknown): Error {
  const err = decodeRaw({
    $error: {
      class: 'W',
      message,
      props: { _code: code, _extra: { $undefined: true } },
      protoGetters: { code: '_code', extra: '_extra', reason: 'message' },
    },
  }) as Error & { _extra: unknown };
  err._extra = extra;
  return err;
}

describe('the shapes the recognizers expect are the bundle\u2019s', () => {
  it('has an Error subclass with own _code/_extra and code/reason/extra getters', () => {
    expect(BUNDLE).toMatch(
      /class (\w+) extends Error \{\s*constructor\(e, t, r\) \{\s*super\(t\);\s*b\(this, "_code"\);\s*b\(this, "_extra"\);/,
    );
    for (const getter of ['get code()', 'get reason()', 'get extra()']) expect(BUNDLE).toContain(getter);
  });

  it('formats signaling failures as the recognizer parses them', () => {
    expect(BUNDLE).toContain('`signal error: code - ${e}; description - ${t}`');
  });

  it('builds device errors as {errorCode, errorCodeName, message, traceId} and adds relatedLink', () => {
    expect(BUNDLE).toContain('this.errorCode = s, this.errorCodeName = H[s], this.message = i, this.traceId = e');
    expect(BUNDLE).toContain('{ relatedLink: a.extraInfo }');
  });

  it('shows an instance as the SDK would: name Error, code only through the prototype', () => {
    const err = sdkError(16908804, 'join timeout');
    expect(err.name).toBe('Error');
    expect(Object.getOwnPropertyNames(err)).not.toContain('code');
    expect((err as unknown as { code: number }).code).toBe(16908804);
  });
});

describe('aliyun recognizers', () => {
  it('reads the code through the prototype getter and the description into detail', () => {
    const err = normalize(
      sdkError(-1, 'signal error: code - -1; description - Signaling connect failed.'),
      aliyunAdapter,
      { operation: 'join' },
    );
    expect(err.code).toBe('signaling_failed');
    expect(err.vendorCode).toBe(-1);
    expect(err.vendorName).toBe('ERR_INNER');
    expect(err.detail).toBe('Signaling connect failed.');
    expect(err.context.signalCode).toBe(-1);
    expect(err.operation).toBe('join');
  });

  it('splits ERR_JOIN_CHANNEL_FAILED by the room server code: 5xx is retryable, others are rejections', () => {
    const busy = normalize(sdkError(16974338, 'signal error: code - 503; description - server busy'), aliyunAdapter);
    expect(busy.code).toBe('server_error');
    expect(busy.retry.retryable).toBe(true);
    expect(busy.vendorName).toBe('ERR_JOIN_CHANNEL_FAILED');
    const denied = normalize(sdkError(16974338, 'signal error: code - 401; description - bad auth'), aliyunAdapter);
    expect(denied.code).toBe('request_rejected');
    expect(denied.retry.retryable).toBe(false);
  });

  it('keeps the wrapped browser error name so the core can refine device codes', () => {
    const dom = new DOMException('Permission denied', 'NotAllowedError');
    const err = normalize(sdkError(17039620, 'Permission denied', dom), aliyunAdapter);
    expect(err.code).toBe('permission_denied');
    expect(err.detail).toContain('NotAllowedError');
  });

  it('uses errorCodeName to choose between meanings of one number', () => {
    const obj = { errorCode: 10501, errorCodeName: 'ERROR_H5_COMPATIBLE_MODE', message: 'h5', traceId: '' };
    expect(normalize(obj, aliyunAdapter).vendorName).toBe('ERROR_H5_COMPATIBLE_MODE');
    expect(normalize({ ...obj, errorCodeName: 'ERROR_DATACHANNEL_OPEN' }, aliyunAdapter).vendorName).toBe(
      'ERROR_DATACHANNEL_OPEN',
    );
    // a name that does not belong to the number is ignored
    expect(normalize({ ...obj, errorCodeName: 'ERR_JOIN_TIMEOUT' }, aliyunAdapter).vendorName).toBe(
      'ERROR_DATACHANNEL_OPEN',
    );
  });

  it('claims an SDK error with an unknown code, as unknown with the code kept', () => {
    const err = normalize(sdkError(424242, 'something new'), aliyunAdapter);
    expect(err.vendor).toBe('aliyun');
    expect(err.code).toBe('unknown');
    expect(err.vendorCode).toBe(424242);
    expect(err.detail).toBe('something new');
  });

  it('infers the family of an SDK error with an unknown code', () => {
    const err = normalize(sdkError(0x010202f0, 'signal request timeout'), aliyunAdapter);
    expect(err.code).toBe('network_timeout');
    expect(err.context).toMatchObject({ inferred: true, family: '0x010202xx' });
  });

  it('does not claim other vendors\u2019 or unrelated values', () => {
    const agora = Object.assign(new Error('AgoraRTCError INVALID_PARAMS: x'), {
      name: 'AgoraRTCException',
      code: 'INVALID_PARAMS',
    });
    expect(recognize(agora)).toBeUndefined();
    expect(recognize(Object.assign(new Error('econn'), { code: 104 }))).toBeUndefined();
    expect(recognize({ errorCode: 10003 })).toBeUndefined();
    expect(recognize({ code: 10003, message: 'x' })).toBeUndefined();
    expect(recognize('something went wrong')).toBeUndefined();
    expect(recognize(new DOMException('denied', 'NotAllowedError'))).toBeUndefined();
    expect(normalize(new DOMException('denied', 'NotAllowedError'), aliyunAdapter).vendor).toBe('browser');
  });

  it('recognizes names and codes given as strings', () => {
    expect(recognize('ERR_MIC_AUTH_FAIL')?.entry?.vendorCode).toBe(17040392);
    expect(recognize('0x01040408')?.entry?.vendorName).toBe('ERR_MIC_AUTH_FAIL');
    expect(recognize('AliRtcOnByeBeKickedOut')).toBeUndefined(); // event-only family
  });

  it('marks recovery codes given bare', () => {
    for (const code of [258, 261, 262, 0x01060102])
      expect(normalize(code, aliyunAdapter).context.recovered, String(code)).toBe(true);
    expect(normalize(257, aliyunAdapter).context.recovered).toBeUndefined();
  });
});

describe('aliyun normalize on hostile values', () => {
  const throwing = trapsThrow(['get', 'has', 'ownKeys', 'getPrototypeOf']);

  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const getterBomb = Object.defineProperty(new Error('x'), '_code', {
    get() {
      throw new Error('boom');
    },
  });
  const codeBomb = Object.defineProperties(Object.create(null), {
    errorCode: { value: 10003 },
    errorCodeName: {
      get() {
        throw new Error('boom');
      },
    },
    traceId: { value: 't' },
  });
  const circular: Record<string, unknown> = { errorCode: 10001, errorCodeName: 'ERROR_DEVICE_AUDIODEVICE_NOTFOUND' };
  circular.self = circular;
  circular.traceId = circular;

  const values: unknown[] = [
    throwing,
    revocable.proxy,
    getterBomb,
    codeBomb,
    circular,
    sdkError(Number.NaN, 'nan'),
    sdkError(Infinity, 'inf'),
    sdkError(-1, 'x'.repeat(100_000)),
    sdkError(16908804, 'ok', throwing),
    Symbol('s'),
    10n,
    Number.NaN,
    -0,
    2 ** 53,
    '0x' + 'f'.repeat(1000),
    ' '.repeat(10_000),
    '\u0000',
    null,
    undefined,
    () => 1,
    [],
  ];

  it('never throws and always returns an RtcError with text', () => {
    for (const value of values) {
      const err = normalize(value, aliyunAdapter);
      expect(err.name).toBe('RtcError');
      expect(err.message.length).toBeGreaterThan(0);
      expect(() => JSON.stringify(err)).not.toThrow();
      expect((err.detail ?? '').length).toBeLessThanOrEqual(2048);
    }
  });

  it('never throws on arbitrary values (property test)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true }), (value) => {
        const err = normalize(value, aliyunAdapter);
        return err.name === 'RtcError' && typeof err.code === 'string';
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary numbers and code-like strings (property test)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -0x80000000, max: 0xffffffff }),
          fc.double(),
          fc.integer({ min: 0, max: 0xffffffff }).map((n) => `0x${n.toString(16)}`),
          fc.string(),
        ),
        (value) => {
          const err = normalize(value, aliyunAdapter);
          if (err.context.inferred === true) expect(err.vendor).toBe('aliyun');
          return err.name === 'RtcError';
        },
      ),
      { numRuns: 500 },
    );
  });
});
