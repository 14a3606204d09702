import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRtcError, normalize, RTC_ERROR_CODES } from '../src/index.js';
import { ADAPTERS } from './support/adapters.js';
import { rawValue } from './support/arbitraries.js';

const all = Object.values(ADAPTERS).map((a) => a.adapter);

describe('normalize (property)', () => {
  it('always returns a well-formed RtcError that keeps the input as cause', () => {
    fc.assert(
      fc.property(rawValue, fc.subarray(all), (raw, adapters) => {
        const err = normalize(raw, adapters);
        expect(isRtcError(err)).toBe(true);
        expect(Object.is(err.cause, raw)).toBe(true);
        expect(RTC_ERROR_CODES).toContain(err.code);
        expect(['fatal', 'recoverable']).toContain(err.severity);
        expect(typeof err.message).toBe('string');
        expect(typeof err.action).toBe('string');
        if (err.retry.retryable) expect(err.severity).toBe('recoverable');
        const parsed = JSON.parse(JSON.stringify(err)) as Record<string, unknown>;
        expect(parsed.code).toBe(err.code);
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic: the same value gives the same error', () => {
    fc.assert(
      fc.property(rawValue, (raw) => {
        const a = normalize(raw, all).toJSON();
        const b = normalize(raw, all).toJSON();
        expect(b).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });
});
