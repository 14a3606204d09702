/**
 * `normalize` against `new Error(sameMessage)`: each vendor's typical raw value, then hostile ones.
 * @module
 */
import { agoraNativeAdapter } from '../adapters/agora-native/index.js';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../adapters/agora-web/index.js';
import { aliyunAdapter } from '../adapters/aliyun/index.js';
import { describe, normalize, RtcError, type Adapter, type RtcErrorInit } from '../src/index.js';
import { decodeRaw, loadFixtures, type FixtureFile } from '../test/support/fixtures.js';
import { compare } from './harness.js';
import type { BenchResult } from './report.js';
import {
  deepCauseChain,
  getterCalls,
  hugeMessageError,
  hugeString,
  throwingGetters,
  throwingProxy,
  TYPICAL,
} from './values.js';

const ADAPTERS: Readonly<Record<string, Adapter>> = {
  'agora-ng': agoraNgAdapter,
  'agora-web': agoraWebAdapter,
  'agora-native': agoraNativeAdapter,
  aliyun: aliyunAdapter,
};

/** Every adapter at once: each of them gets to read a hostile value, the worst case. */
const ALL: readonly Adapter[] = [agoraNgAdapter, agoraWebAdapter, agoraNativeAdapter, aliyunAdapter];

/** Target ratios of the issue "Performance and size". */
export const TYPICAL_TARGET = 1.5;
export const HOSTILE_TARGET = 3;
/** Absolute bound of one normalize call on a hostile value, in nanoseconds. */
export const HOSTILE_BOUND_NS = 50_000;

const TEN_MB = 10 * 1024 * 1024;
const AGORA_PREFIX = 'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: ';

interface HostileValue {
  readonly label: string;
  readonly raw: unknown;
  readonly message: string;
  /** Reports how many hostile reads one call made, when the value counts them. */
  readonly counted?: boolean;
}

function hostileValues(): HostileValue[] {
  const chain = deepCauseChain(10_000);
  const huge = hugeString(TEN_MB);
  const hugePrefixed = hugeString(TEN_MB, AGORA_PREFIX);
  return [
    { label: 'Error with 21 throwing getters', raw: throwingGetters(), message: 'hostile', counted: true },
    { label: 'Proxy whose every trap throws a new TypeError', raw: throwingProxy(), message: 'hostile', counted: true },
    { label: '10,000-deep cause chain', raw: chain, message: chain.message },
    { label: '10 MB string', raw: huge, message: huge },
    { label: '10 MB string starting "AgoraRTCError CODE: "', raw: hugePrefixed, message: hugePrefixed },
    {
      label: 'Error with a 10 MB message starting "AgoraRTCError CODE: "',
      raw: hugeMessageError(TEN_MB, AGORA_PREFIX),
      message: hugePrefixed,
    },
  ];
}

/** Every non-event fixture value of a vendor, decoded into the shapes the SDK produces. */
function fixtureValues(vendor: FixtureFile['vendor']): { raw: unknown; message: string }[] {
  return loadFixtures(vendor)
    .flatMap(({ file }) => file.cases)
    .filter((c) => c.via !== 'event')
    .map((c) => {
      const raw = decodeRaw(c.raw);
      return { raw, message: describe(raw) };
    });
}

export function benchNormalize(log: (line: string) => void): BenchResult[] {
  const results: BenchResult[] = [];
  for (const value of TYPICAL) {
    const adapter = ADAPTERS[value.adapter] as Adapter;
    const { raw, message } = value;
    const c = compare(
      () => normalize(raw, adapter),
      () => new Error(message),
    );
    const result: BenchResult = {
      group: 'normalize, typical values',
      name: `${value.label} [${value.adapter}]`,
      baseline: 'new Error(message)',
      comparison: c,
      maxRatio: TYPICAL_TARGET,
    };
    log(`  ${result.name}: ${c.ratio.toFixed(2)}×`);
    results.push(result);
  }
  // Informational: what building the error alone costs, the floor under every normalize figure.
  {
    const [first] = TYPICAL;
    const raw = (first as (typeof TYPICAL)[number]).raw;
    const err = normalize(raw, ADAPTERS[(first as (typeof TYPICAL)[number]).adapter] as Adapter);
    const init: RtcErrorInit = {
      code: err.code,
      severity: err.severity,
      retry: err.retry,
      vendor: err.vendor,
      vendorCode: err.vendorCode,
      vendorName: err.vendorName,
      kind: err.kind,
      message: err.message,
      action: err.action,
      context: err.context,
      cause: raw,
    };
    if (err.detail !== undefined) init.detail = err.detail;
    const floors: [string, () => unknown][] = [
      ['new RtcError(init) alone (the same error as the agora-ng row, built by hand)', () => new RtcError(init)],
      ['new Error(message, { cause }) alone', () => new Error(err.message, { cause: raw })],
    ];
    for (const [name, subject] of floors) {
      const c = compare(subject, () => new Error(err.message));
      const result: BenchResult = {
        group: 'reference floors (informational)',
        name,
        baseline: 'new Error(message)',
        comparison: c,
      };
      log(`  ${result.name}: ${c.ratio.toFixed(2)}×`);
      results.push(result);
    }
  }
  // Informational: every fixture value of each vendor in turn, so no single value's caches decide.
  for (const [vendor, adapter] of Object.entries(ADAPTERS)) {
    const values = fixtureValues(vendor as FixtureFile['vendor']);
    if (values.length === 0) continue;
    let i = 0;
    let j = 0;
    const c = compare(
      () => {
        const v = values[(i = (i + 1) % values.length)]!;
        return normalize(v.raw, adapter);
      },
      () => new Error(values[(j = (j + 1) % values.length)]!.message),
    );
    const result: BenchResult = {
      group: 'normalize, every fixture value in turn (informational)',
      name: `${vendor}: ${values.length} fixture values (thrown, rejected, called back, returned)`,
      baseline: 'new Error(message) of each',
      comparison: c,
    };
    log(`  ${result.name}: ${c.ratio.toFixed(2)}×`);
    results.push(result);
  }
  for (const value of hostileValues()) {
    const { raw, message } = value;
    getterCalls.count = 0;
    normalize(raw, ALL);
    const reads = getterCalls.count;
    const c = compare(
      () => normalize(raw, ALL),
      () => new Error(message),
    );
    const result: BenchResult = {
      group: 'normalize, hostile values (all four adapters)',
      name: value.label,
      baseline: 'new Error(message)',
      comparison: c,
      maxRatio: HOSTILE_TARGET,
      maxNs: HOSTILE_BOUND_NS,
      ...(value.counted ? { note: `${reads} hostile reads per call` } : {}),
    };
    log(`  ${result.name}: ${c.ratio.toFixed(2)}×, ${(c.subjectNs / 1000).toFixed(1)} µs`);
    results.push(result);
  }
  return results;
}
