/**
 * The lean `*Errors` exports classify exactly as the full adapters: the same `RtcError` for every
 * raw value of every fixture (thrown, rejected, called back or returned; event payloads go through
 * the full adapter's translators and are not part of the lean export).
 */
import { describe, expect, it } from 'vitest';
import { agoraNativeAdapter, agoraNativeErrors } from '../../adapters/agora-native/index.js';
import { agoraNgAdapter, agoraNgErrors } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter, agoraWebErrors } from '../../adapters/agora-web/index.js';
import { aliyunAdapter, aliyunErrors } from '../../adapters/aliyun/index.js';
import { normalize, type Adapter } from '../../src/index.js';
import { decodeRaw, loadFixtures, type FixtureFile } from '../support/fixtures.js';

const PAIRS: [FixtureFile['vendor'], Adapter, Adapter][] = [
  ['agora-web', agoraWebErrors, agoraWebAdapter],
  ['agora-ng', agoraNgErrors, agoraNgAdapter],
  ['agora-native', agoraNativeErrors, agoraNativeAdapter],
  ['aliyun', aliyunErrors, aliyunAdapter],
];

describe.each(PAIRS)('%s lean export', (vendor, lean, full) => {
  it('has the same id and catalog as the full adapter, and no event table or client surface', () => {
    expect(lean.id).toBe(full.id);
    expect(lean.entries()).toEqual(full.entries());
    expect(Object.keys(lean.events)).toEqual([]);
    expect(lean.client).toBeUndefined();
    expect(Object.keys(full.events).length).toBeGreaterThan(0);
    expect(full.client).toBeDefined();
  });

  it('normalizes every non-event fixture value exactly as the full adapter', () => {
    let compared = 0;
    for (const { file } of loadFixtures(vendor)) {
      for (const c of file.cases) {
        if (c.via === 'event') continue;
        const raw = decodeRaw(c.raw);
        const ctx = c.operation !== undefined ? { operation: c.operation } : undefined;
        expect(normalize(raw, lean, ctx).toJSON(), c.name).toEqual(normalize(raw, full, ctx).toJSON());
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});
