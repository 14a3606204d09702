import { describe, expect, it } from 'vitest';
import {
  createCatalog,
  defineAdapter,
  isRtcError,
  normalize,
  RtcError,
  type Adapter,
  type CatalogEntry,
} from '../src/index.js';
import { MAX_TEXT } from '../src/safe.js';
import { hostileValues } from './support/hostile.js';

const ENTRIES: CatalogEntry[] = [
  {
    vendorCode: 'TEST_TIMEOUT',
    vendorName: 'TEST_TIMEOUT',
    code: 'network_timeout',
    kind: 'error',
    message: 'Test timeout.',
    action: 'Retry.',
    source: 'sdk',
  },
  {
    vendorCode: 'TEST_DENIED',
    vendorName: 'TEST_DENIED',
    code: 'permission_denied',
    kind: 'error',
    message: 'Test denied.',
    action: 'Allow.',
    source: 'sdk',
  },
  {
    vendorCode: 'TEST_GATEWAY',
    vendorName: 'TEST_GATEWAY',
    code: 'gateway_unreachable',
    kind: 'error',
    message: 'Test gateway.',
    action: 'Retry later.',
    source: 'sdk',
    delayMs: 500,
  },
];
const catalog = createCatalog(ENTRIES);

/** A small adapter recognizing `{ testCode, text, retry }` objects. */
const testAdapter: Adapter = defineAdapter({
  id: 'agora-ng',
  catalog,
  recognize(raw) {
    if (typeof raw !== 'object' || raw === null || !('testCode' in raw)) return undefined;
    const r = raw as { testCode: string; text?: string; retry?: boolean; split?: boolean };
    const entry = catalog.lookup(r.testCode);
    if (!entry) return undefined;
    return {
      entry,
      ...(r.text !== undefined ? { detail: r.text } : {}),
      ...(r.retry !== undefined ? { retryable: r.retry } : {}),
      ...(r.split ? { code: 'token_expired' as const } : {}),
      context: { uid: 42 },
    };
  },
});

describe('normalize', () => {
  it('builds the error from the catalog entry when an adapter recognizes the value', () => {
    const raw = { testCode: 'TEST_TIMEOUT', text: 'request timed out after 10s' };
    const err = normalize(raw, testAdapter, { operation: 'join', channel: 'room' });
    expect(err).toBeInstanceOf(RtcError);
    expect(err.name).toBe('RtcError');
    expect(err.code).toBe('network_timeout');
    expect(err.category).toBe('network');
    expect(err.severity).toBe('recoverable');
    expect(err.retry).toEqual({ retryable: true, strategy: 'backoff' });
    expect(err.vendor).toBe('agora-ng');
    expect(err.vendorCode).toBe('TEST_TIMEOUT');
    expect(err.vendorName).toBe('TEST_TIMEOUT');
    expect(err.message).toBe('Test timeout.');
    expect(err.action).toBe('Retry.');
    expect(err.detail).toBe('request timed out after 10s');
    expect(err.operation).toBe('join');
    expect(err.context).toEqual({ uid: 42, channel: 'room' });
    expect(err.cause).toBe(raw);
  });

  it('carries the entry delay as a retry hint', () => {
    expect(normalize({ testCode: 'TEST_GATEWAY' }, testAdapter).retry).toEqual({
      retryable: true,
      strategy: 'backoff',
      delayMs: 500,
    });
  });

  it('lets a vendor hint of retry=false make the error fatal and not retryable', () => {
    const err = normalize({ testCode: 'TEST_TIMEOUT', retry: false }, testAdapter);
    expect(err.severity).toBe('fatal');
    expect(err.retry.retryable).toBe(false);
    expect(err.retry.strategy).toBe('none');
  });

  it('uses the unified text when a recognizer splits an overloaded code', () => {
    const err = normalize({ testCode: 'TEST_GATEWAY', split: true }, testAdapter);
    expect(err.code).toBe('token_expired');
    expect(err.vendorName).toBe('TEST_GATEWAY');
    expect(err.message).toBe('The token has expired.');
    expect(err.retry.strategy).toBe('renew-token');
  });

  it('tries adapters in order and the first that recognizes wins', () => {
    const other = defineAdapter({
      id: 'aliyun',
      catalog: createCatalog([]),
      recognize: () => ({ code: 'server_busy' }),
    });
    expect(normalize({ testCode: 'TEST_TIMEOUT' }, [testAdapter, other]).vendor).toBe('agora-ng');
    expect(normalize({ testCode: 'TEST_TIMEOUT' }, [other, testAdapter]).vendor).toBe('aliyun');
  });

  it('survives an adapter whose recognizer throws', () => {
    const broken = defineAdapter({
      id: 'aliyun',
      catalog: createCatalog([]),
      recognize: () => {
        throw new Error('bug');
      },
    });
    const err = normalize({ testCode: 'TEST_TIMEOUT' }, [broken, testAdapter]);
    expect(err.code).toBe('network_timeout');
  });

  it('finds a vendor error wrapped as the cause of an app error', () => {
    const inner = { testCode: 'TEST_TIMEOUT' };
    const outer = new Error('join failed', { cause: inner });
    const err = normalize(outer, testAdapter);
    expect(err.code).toBe('network_timeout');
    expect(err.cause).toBe(outer);
  });

  it('returns an RtcError unchanged and re-homes one found in a cause chain', () => {
    const first = normalize({ testCode: 'TEST_TIMEOUT' }, testAdapter);
    expect(normalize(first, testAdapter)).toBe(first);
    const wrapped = new Error('app', { cause: first });
    const again = normalize(wrapped, testAdapter);
    expect(again.code).toBe('network_timeout');
    expect(again.vendorCode).toBe('TEST_TIMEOUT');
    expect(again.cause).toBe(wrapped);
  });

  it('refines a device-class vendor code by the browser error named in its detail', () => {
    const err = normalize(
      { testCode: 'TEST_DENIED', text: 'NotReadableError: Could not start video source' },
      testAdapter,
    );
    expect(err.code).toBe('device_in_use');
    expect(err.vendorCode).toBe('TEST_DENIED');
    expect(err.context.mediaError).toBe('NotReadableError');
  });

  it('does not let media names in the text change non-device codes', () => {
    const err = normalize({ testCode: 'TEST_TIMEOUT', text: 'AbortError while fetching' }, testAdapter);
    expect(err.code).toBe('network_timeout');
  });

  it('classes an unrecognized Error as internal_error and anything else as unknown', () => {
    const e = new RangeError('out of range');
    const a = normalize(e, testAdapter);
    expect(a.code).toBe('internal_error');
    expect(a.detail).toBe('RangeError: out of range');
    expect(a.cause).toBe(e);
    const b = normalize({ weird: true }, testAdapter);
    expect(b.code).toBe('unknown');
    expect(b.detail).toBe('[object Object]');
    expect(normalize(42, []).detail).toBe('number 42');
    expect(normalize('plain text', []).detail).toBe('plain text');
  });

  it('accepts no adapters, hostile adapter lists and non-adapters', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    for (const adapters of [[], proxy, null, 42, [null, {}, { recognize: 1 }]]) {
      const err = normalize(new Error('x'), adapters as never);
      expect(err.code).toBe('internal_error');
    }
  });

  it('ignores context values that are not flat', () => {
    const err = normalize(1, [], { uid: 7, bad: { nested: true } as never, fn: (() => 1) as never, flag: false });
    expect(err.context).toEqual({ uid: 7, flag: false });
  });
});

describe('normalize on hostile values', () => {
  for (const { name, value } of hostileValues()) {
    it(`returns an RtcError for ${name}, keeping it as cause`, () => {
      const err = normalize(value, testAdapter);
      expect(isRtcError(err)).toBe(true);
      expect(Object.is(err.cause, value)).toBe(true);
      expect(['unknown', 'internal_error']).toContain(err.code);
      expect(err.detail === undefined || err.detail.length <= MAX_TEXT).toBe(true);
      const json = JSON.stringify(err);
      expect(typeof json).toBe('string');
      expect(json.length).toBeLessThan(64 * 1024);
      expect(JSON.parse(json).name).toBe('RtcError');
    });
  }

  it('copies only a bounded prefix of a 10 MB message', () => {
    const huge = 'y'.repeat(10 * 1024 * 1024);
    const err = normalize(new Error(huge), []);
    expect(err.detail?.length).toBe(MAX_TEXT);
    expect(err.detail?.startsWith('Error: yyyy')).toBe(true);
  });

  it('records unreadable values with what could be read', () => {
    const err = normalize(Symbol('token'), []);
    expect(err.detail).toBe('symbol Symbol(token)');
    expect(normalize(10n, []).detail).toBe('bigint 10');
  });
});
