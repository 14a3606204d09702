/**
 * Offline is said as offline: with the browser reporting no network (`navigator.onLine === false`),
 * the join failures captured offline in Chromium from each web SDK are `network_unavailable`, to
 * be waited out (`wait-for-network`); online, the same values keep their own codes.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalize, translateEvent, type Adapter, type RtcError } from '../src/index.js';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../adapters/agora-web/index.js';
import { aliyunAdapter } from '../adapters/aliyun/index.js';
import { decodeRaw, loadFixtures, type FixtureCase } from './support/fixtures.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

function captured(vendor: 'agora-web' | 'agora-ng' | 'aliyun', name: string): FixtureCase[] {
  const found = loadFixtures(vendor)
    .flatMap(({ file }) => file.cases)
    .filter((c) => c.name.startsWith(name));
  expect(found.length, name).toBeGreaterThan(0);
  return found;
}

function errorsOf(adapter: Adapter, c: FixtureCase): RtcError[] {
  const raw = decodeRaw(c.raw);
  if (c.via !== 'event') return [normalize(raw, adapter, { operation: c.operation ?? 'join' })];
  return translateEvent(adapter, c.event as string, raw as unknown[]).flatMap((s) =>
    s.type === 'error' ? [s.error] : [],
  );
}

const JOINS_OFFLINE = [
  ['agora-web', agoraWebAdapter, 'init and join offline'],
  ['agora-ng', agoraNgAdapter, 'join offline with a bogus App ID'],
  ['aliyun', aliyunAdapter, 'joinChannel offline'],
] as const;

describe('a join failure while the browser is offline', () => {
  it.each(JOINS_OFFLINE)('%s: network_unavailable, wait-for-network', (vendor, adapter, name) => {
    vi.stubGlobal('navigator', { onLine: false });
    const errors = captured(vendor, name).flatMap((c) => errorsOf(adapter, c));
    expect(errors.length).toBeGreaterThan(0);
    for (const err of errors) {
      expect(err).toMatchObject({
        code: 'network_unavailable',
        severity: 'recoverable',
        retry: { retryable: true, strategy: 'wait-for-network' },
        context: { online: false },
      });
    }
  });

  it.each(JOINS_OFFLINE)('%s: online, the same values keep their own codes', (vendor, adapter, name) => {
    vi.stubGlobal('navigator', { onLine: true });
    const errors = captured(vendor, name).flatMap((c) => errorsOf(adapter, c));
    for (const err of errors) expect(err.context.online).toBeUndefined();
  });

  it('a parameter error stays a parameter error offline', () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(normalize('INVALID_PARAMS', agoraWebAdapter).code).toBe('invalid_params');
  });

  it('a navigator that throws is taken as online', () => {
    vi.stubGlobal('navigator', {
      get onLine(): boolean {
        throw new Error('hostile');
      },
    });
    const err = captured('aliyun', 'joinChannel offline').flatMap((c) => errorsOf(aliyunAdapter, c));
    for (const e of err) expect(e.context.online).toBeUndefined();
  });
});
