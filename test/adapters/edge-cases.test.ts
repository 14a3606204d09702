/** Edge cases found by real SDK captures (fixtures/<vendor>/captured) and by the property tests. */
import { describe, expect, it } from 'vitest';
import { agoraNativeAdapter } from '../../adapters/agora-native/index.js';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../../adapters/agora-web/index.js';
import { normalize } from '../../src/index.js';

describe('SDK TypeErrors', () => {
  it('agora-ng: a TypeError from an SDK operation is a wrong-typed argument', () => {
    const raw = new TypeError('e.replace is not a function');
    const err = normalize(raw, agoraNgAdapter, { operation: 'join' });
    expect(err).toMatchObject({
      code: 'invalid_params',
      vendor: 'agora-ng',
      severity: 'fatal',
      detail: 'e.replace is not a function',
    });
    expect(err.retry.retryable).toBe(false);
  });

  it('agora-web: publish before join crashes on stringUid, which means not joined', () => {
    const raw = new TypeError("Cannot read properties of undefined (reading 'stringUid')");
    const err = normalize(raw, agoraWebAdapter, { operation: 'publish' });
    expect(err).toMatchObject({ code: 'not_joined', vendor: 'agora-web', severity: 'fatal' });
    expect(err.context.sdkQuirk).toBe('typeerror-before-join');
  });

  it('leaves a TypeError alone when no SDK operation is named (it may be the app’s own bug)', () => {
    const raw = new TypeError('e.replace is not a function');
    expect(normalize(raw, agoraNgAdapter).vendor).toBe('unknown');
    expect(normalize(raw, agoraWebAdapter).vendor).toBe('unknown');
    expect(normalize(raw, agoraNgAdapter).code).toBe('internal_error');
  });
});

describe('agora-native 32-bit range', () => {
  it('recognizes INT32_MIN as a native code value, and nothing beyond the 32-bit range', () => {
    expect(normalize(-2147483648, agoraNativeAdapter).vendor).toBe('agora-native');
    expect(normalize('-2147483648', agoraNativeAdapter).vendor).toBe('agora-native');
    expect(normalize(-2147483649, agoraNativeAdapter).vendor).toBe('unknown');
    expect(normalize(2147483648, agoraNativeAdapter).vendor).toBe('unknown');
  });
});
