/**
 * Contract: every fixture of every adapter, run through `normalize` (or the adapter's event
 * translator), gives the unified code, severity, retry strategy, vendor code and detail the fixture
 * expects, keeps the original value as `cause`, and has English and Chinese text.
 */
import { describe, expect, it } from 'vitest';
import { isRtcError, localize, normalize, translateEvent, unifiedZh, type RtcError } from '../src/index.js';
import { ADAPTERS } from './support/adapters.js';
import { decodeRaw, loadFixtures, type FixtureCase } from './support/fixtures.js';

function checkError(err: RtcError, c: FixtureCase, zh: Parameters<typeof localize>[1]): void {
  const e = c.expect;
  expect(isRtcError(err)).toBe(true);
  if (e.code !== undefined) expect(err.code).toBe(e.code);
  if (e.severity !== undefined) expect(err.severity).toBe(e.severity);
  if (e.strategy !== undefined) expect(err.retry.strategy).toBe(e.strategy);
  if (e.retryable !== undefined) expect(err.retry.retryable).toBe(e.retryable);
  if (e.vendorCode !== undefined) expect(err.vendorCode).toBe(e.vendorCode);
  if (e.vendorName !== undefined) expect(err.vendorName).toBe(e.vendorName);
  if (e.kind !== undefined) expect(err.kind).toBe(e.kind);
  if (e.detail !== undefined) expect(err.detail).toBe(e.detail);
  if (e.detailIncludes !== undefined) expect(err.detail ?? '').toContain(e.detailIncludes);
  if (e.context !== undefined) expect(err.context).toMatchObject(e.context);
  if (c.operation !== undefined) expect(err.operation).toBe(c.operation);
  expect(err.message.length).toBeGreaterThan(0);
  expect(err.action.length).toBeGreaterThan(0);
  const text = localize(err, zh);
  expect(text.locale).toBe('zh');
  expect(text.message).toMatch(/[\u4e00-\u9fff]/);
  expect(text.action).toMatch(/[\u4e00-\u9fff]/);
  expect(() => JSON.stringify(err)).not.toThrow();
}

for (const [vendor, { adapter, zh }] of Object.entries(ADAPTERS)) {
  const files = loadFixtures(vendor as keyof typeof ADAPTERS);
  if (files.length === 0) continue;
  describe(`contract: ${vendor}`, () => {
    for (const { path, file } of files) {
      describe(path, () => {
        it('declares its vendor', () => expect(file.vendor).toBe(vendor));
        for (const c of file.cases) {
          it(c.name, () => {
            const raw = decodeRaw(c.raw);
            const expected = c.expect.signal ?? 'error';
            if (c.via === 'event') {
              expect(c.event, 'event cases name their event').toBeTypeOf('string');
              const args = raw as unknown[];
              const signals = translateEvent(
                adapter,
                c.event as string,
                args,
                c.operation ? { operation: c.operation } : undefined,
              );
              if (expected === 'none') {
                expect(signals).toEqual([]);
                return;
              }
              expect(signals.length).toBeGreaterThan(0);
              const first = signals[0]!;
              expect(first.type).toBe(expected);
              const cause = first.type === 'error' ? first.error.cause : first.recovered.cause;
              // the cause is the payload as emitted: the argument list or one of its arguments
              expect(cause === args || args.includes(cause)).toBe(true);
              if (first.type === 'error') checkError(first.error, c, [zh, unifiedZh]);
              else {
                if (c.expect.code !== undefined) expect(first.recovered.code).toBe(c.expect.code);
                if (c.expect.vendorCode !== undefined) expect(first.recovered.vendorCode).toBe(c.expect.vendorCode);
              }
              return;
            }
            expect(expected).toBe('error');
            const err = normalize(raw, adapter, c.operation ? { operation: c.operation } : undefined);
            expect(err.cause).toBe(raw);
            expect(err.vendor === vendor || err.vendor === 'browser').toBe(true);
            checkError(err, c, [zh, unifiedZh]);
          });
        }
      });
    }
  });
}

describe('fixture encoding', () => {
  it('decodes SDK error classes with own props, prototype getters and causes', () => {
    const raw = decodeRaw({
      $error: {
        class: 'AliError',
        name: 'Error',
        message: 'signal error',
        props: { _code: 16974338 },
        protoGetters: { code: '_code' },
        cause: { $domexception: { name: 'NotAllowedError', message: 'denied' } },
      },
    }) as Error & { code: number; _code: number; cause: DOMException };
    expect(raw).toBeInstanceOf(Error);
    expect(raw.constructor.name).toBe('AliError');
    expect(raw.name).toBe('Error');
    expect(raw.code).toBe(16974338);
    expect(Object.keys(raw)).toEqual(['_code']);
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(raw), 'code')?.get).toBeTypeOf('function');
    expect(raw.cause).toBeInstanceOf(DOMException);
    expect(raw.cause.name).toBe('NotAllowedError');
  });

  it('decodes TypeErrors, undefined and nested plain values', () => {
    const [a, b, c] = decodeRaw([
      { $typeerror: 'bad' },
      { $undefined: true },
      { x: [{ $undefined: true }] },
    ]) as unknown[];
    expect(a).toBeInstanceOf(TypeError);
    expect(b).toBeUndefined();
    expect(c).toEqual({ x: [undefined] });
  });

  it('loads well-formed fixture files', () => {
    for (const vendor of Object.keys(ADAPTERS) as (keyof typeof ADAPTERS)[]) {
      for (const { path, file } of loadFixtures(vendor)) {
        expect(file.vendor, path).toBe(vendor);
        expect(['captured', 'sdk-source', 'docs'], path).toContain(file.source);
        expect(file.cases.length, path).toBeGreaterThan(0);
      }
    }
  });
});
