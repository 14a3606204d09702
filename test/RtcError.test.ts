import { describe, expect, it } from 'vitest';
import type * as RtcErrorBaseModule from '../src/RtcErrorBase.js';
import { CODES, isRtcError, RtcError } from '../src/index.js';
import { completeRtcError, RtcErrorBase } from '../src/RtcErrorBase.js';

describe('RtcError', () => {
  it('takes the defaults of its code', () => {
    const err = new RtcError({ code: 'token_expired' });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('RtcError');
    expect(err.category).toBe('auth');
    expect(err.severity).toBe('fatal');
    expect(err.retry).toEqual({ retryable: false, strategy: 'renew-token' });
    expect(err.message).toBe(CODES.token_expired.message);
    expect(err.action).toBe(CODES.token_expired.action);
    expect(err.vendor).toBe('unknown');
    expect(err.kind).toBe('error');
    expect(err.context).toEqual({});
    expect(String(err)).toBe(`RtcError: ${CODES.token_expired.message}`);
  });

  it('falls back to unknown for a code that does not exist', () => {
    expect(new RtcError({ code: 'nope' as never }).code).toBe('unknown');
  });

  it('keeps cause untouched and out of enumeration', () => {
    const cause = { a: 1 };
    const err = new RtcError({ code: 'unknown', cause });
    expect(err.cause).toBe(cause);
    expect(Object.keys(err)).not.toContain('cause');
  });

  it('serializes to a plain, cycle-free object', () => {
    const cause: Record<string, unknown> = { code: 'X', nested: { deep: { deeper: { deepest: { gone: 1 } } } } };
    cause.self = cause;
    const err = new RtcError({
      code: 'server_error',
      vendor: 'aliyun',
      vendorCode: 16974081,
      detail: 'd',
      operation: 'join',
      context: { uid: 1 },
      cause,
    });
    const json = err.toJSON();
    expect(json).toMatchObject({
      name: 'RtcError',
      code: 'server_error',
      vendor: 'aliyun',
      vendorCode: 16974081,
      detail: 'd',
      operation: 'join',
      context: { uid: 1 },
    });
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(() => JSON.stringify(json)).not.toThrow();
    expect((json.cause as Record<string, unknown>).self).toBe('[object Object]');
  });

  it('summarizes an Error cause by name, message and code', () => {
    const cause = Object.assign(new TypeError('bad arg'), { code: 'INVALID_PARAMS' });
    const json = new RtcError({ code: 'invalid_params', cause }).toJSON();
    expect(json.cause).toEqual({ name: 'TypeError', message: 'bad arg', code: 'INVALID_PARAMS' });
  });
});

describe('isRtcError', () => {
  it('recognizes errors and rejects everything else without throwing', () => {
    expect(isRtcError(new RtcError({ code: 'unknown' }))).toBe(true);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const v of [null, undefined, 1, 'RtcError', {}, new Error('x'), { name: 'RtcError' }, proxy])
      expect(isRtcError(v)).toBe(false);
  });

  it('works across two copies of the package', async () => {
    // A query string makes the module loader evaluate a second, independent copy of a module. An
    // RtcError's prototype chain and brand come from RtcErrorBase.ts (RtcError.ts adds the
    // constructor that reads the code table), so the second copy is of that module.
    const copy = (await import('../src/RtcErrorBase.js?second-copy' as string)) as typeof RtcErrorBaseModule;
    expect(copy.RtcErrorBase).not.toBe(RtcErrorBase);
    const foreign = copy.completeRtcError({
      code: 'banned',
      category: 'auth',
      severity: 'fatal',
      retry: { retryable: false, strategy: 'none' },
      message: 'banned',
      action: 'none',
    });
    expect(foreign instanceof RtcError).toBe(false);
    expect(isRtcError(foreign)).toBe(true);
    expect(copy.isRtcError(new RtcError({ code: 'banned' }))).toBe(true);
  });

  it('instanceof RtcError holds for the errors built on its base without the code table', () => {
    const built = completeRtcError({
      code: 'operation_aborted',
      category: 'state',
      severity: 'fatal',
      retry: { retryable: false, strategy: 'none' },
      message: 'aborted',
      action: 'nothing',
    });
    expect(built).toBeInstanceOf(RtcError);
    expect(built).toBeInstanceOf(Error);
    expect(built.name).toBe('RtcError');
    expect(built.toJSON()).toMatchObject({ name: 'RtcError', code: 'operation_aborted', category: 'state' });
    // a subclass keeps the ordinary instanceof
    class AppError extends RtcError {}
    expect(new AppError({ code: 'banned' })).toBeInstanceOf(AppError);
    expect(new RtcError({ code: 'banned' }) instanceof AppError).toBe(false);
    expect(built instanceof AppError).toBe(false);
    expect({ name: 'RtcError' } instanceof RtcError).toBe(false);
  });
});
