/** Recognizing raw agora-native values, and `normalize` staying total on hostile ones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agoraNativeAdapter as adapter } from '../../../adapters/agora-native/index.js';
import { isRtcError, normalize } from '../../../src/index.js';
import { trapsThrow } from '../../support/hostile.js';

describe('agora-native recognize', () => {
  it('reads a negative return value as the ERR code of its magnitude, keeping the value as reported', () => {
    const err = normalize(-17, adapter, { operation: 'join' });
    expect(err.vendor).toBe('agora-native');
    expect(err.code).toBe('already_joined');
    expect(err.vendorCode).toBe(-17);
    expect(err.vendorName).toBe('ERR_JOIN_CHANNEL_REJECTED');
    expect(err.operation).toBe('join');
    expect(err.context).toMatchObject({ returnValue: -17, family: 'ERR' });
  });

  it('prefers the ERR family for a bare number and falls back to WARN', () => {
    expect(normalize(20, adapter).vendorName).toBe('ERR_ABORTED');
    const warn = normalize(1019, adapter);
    expect(warn.vendorName).toBe('WARN_ADM_RECORD_AUDIO_SILENCE');
    expect(warn.kind).toBe('warning');
    expect(warn.severity).toBe('recoverable');
  });

  it('maps timeouts to recoverable network_timeout and token errors to renew-token', () => {
    const timeout = normalize(10, adapter);
    expect([timeout.code, timeout.severity, timeout.retry.retryable]).toEqual(['network_timeout', 'recoverable', true]);
    const token = normalize(109, adapter);
    expect([token.code, token.retry.strategy]).toEqual(['token_expired', 'renew-token']);
  });

  it('reads numeric strings and names', () => {
    expect(normalize('-2', adapter).code).toBe('invalid_params');
    expect(normalize('-2', adapter).vendorCode).toBe('-2');
    expect(normalize('ERR_INVALID_VENDOR_KEY', adapter).code).toBe('app_id_invalid');
    expect(normalize('WarnApmHowling', adapter).vendorName).toBe('WARN_APM_HOWLING');
  });

  it('claims well-formed but unlisted numbers as unknown agora-native codes', () => {
    const err = normalize(-31337, adapter);
    expect(err.vendor).toBe('agora-native');
    expect(err.code).toBe('unknown');
    expect(err.vendorCode).toBe(-31337);
  });

  it('leaves alone what is not a native code', () => {
    expect(normalize(1.5, adapter).vendor).toBe('unknown');
    expect(normalize(2 ** 40, adapter).vendor).toBe('unknown');
    expect(normalize('hello world', adapter).vendor).toBe('unknown');
    expect(normalize({ code: 987654, message: 'someone else' }, adapter).vendor).toBe('unknown');
    expect(normalize(new Error('plain'), adapter).code).toBe('internal_error');
  });

  it('does not mistake a DOMException code for a native code', () => {
    const err = normalize(new DOMException('Requested device not found', 'NotFoundError'), adapter);
    expect(err.vendor).toBe('browser');
    expect(err.code).toBe('device_not_found');
  });

  it('reads the wrappers exception classes and plain payload objects', () => {
    class AgoraRtcException extends Error {
      constructor(
        readonly code: number,
        message: string,
      ) {
        super(message);
      }
    }
    const err = normalize(new AgoraRtcException(-7, 'not initialized'), adapter);
    expect([err.code, err.vendorCode, err.detail]).toEqual(['invalid_state', -7, 'not initialized']);
    expect(normalize({ err: 123, msg: 'banned' }, adapter).code).toBe('banned');
    expect(normalize({ warn: 1051, msg: 'howl' }, adapter).kind).toBe('warning');
    expect(normalize({ code: 'ERR_TOKEN_EXPIRED' }, adapter).code).toBe('token_expired');
  });

  it('follows a cause chain to a native code', () => {
    const wrapped = normalize(new Error('join failed', { cause: { code: -110, message: 'token' } }), adapter);
    expect(wrapped.code).toBe('token_invalid');
  });
});

describe('agora-native normalize on hostile values', () => {
  const hostile: unknown[] = [
    trapsThrow(['get', 'getPrototypeOf', 'ownKeys']),

    (() => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    })(),
    Object.defineProperty({}, 'code', {
      get() {
        throw new Error('code getter');
      },
    }),
    Object.defineProperty({ message: 'x' }, 'err', {
      get() {
        throw new Error('err getter');
      },
    }),
    {
      code: {
        valueOf() {
          throw new Error('valueOf');
        },
      },
    },
    { code: Number.NaN },
    { code: Infinity },
    { err: -0 },
    Object.create(null),
    Symbol('s'),
    10n,
    'x'.repeat(1_000_000),
    '-'.repeat(300),
    () => -17,
  ];

  it('never throws and always returns an RtcError', () => {
    for (const raw of hostile) {
      const err = normalize(raw, adapter);
      expect(isRtcError(err)).toBe(true);
      expect(() => JSON.stringify(err)).not.toThrow();
    }
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (raw) => {
        expect(isRtcError(normalize(raw, adapter))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary integers and numeric strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.integer().map(String), fc.string()), (raw) => {
        const err = normalize(raw, adapter);
        expect(isRtcError(err)).toBe(true);
        if (typeof raw === 'number' && raw < 0) expect(err.vendor).toBe('agora-native');
      }),
      { numRuns: 300 },
    );
  });
});
