/**
 * The catalogs against the SDK-message tables (fixtures/sdk-messages/*.json, produced by
 * scripts/sdk-messages.ts from the installed bundles): the tables are current, every code a
 * bundle throws is in its adapter's catalog, and a code the SDK throws with a message that reads as
 * the app's mistake (a wrong parameter, an unsupported setting, a call out of order) is never
 * retried, whatever its document says: retrying a codec mismatch never helps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, type Adapter } from '../../src/index.js';
import { tableOf } from '../../scripts/sdk-messages.js';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../../adapters/agora-web/index.js';
import { aliyunAdapter } from '../../adapters/aliyun/index.js';
import { noteOf } from '../../adapters/notes.js';
import { VENDORS } from '../../adapters/registry.js';

const root = join(import.meta.dirname, '..', '..');
const SOURCES = [
  { vendor: 'agora-web', pkg: 'agora-rtc-sdk', file: 'AgoraRTCSDK.min.js', adapter: agoraWebAdapter },
  { vendor: 'agora-ng', pkg: 'agora-rtc-sdk-ng', file: 'AgoraRTC_N-production.js', adapter: agoraNgAdapter },
  { vendor: 'aliyun', pkg: 'aliyun-rtc-sdk', file: 'dist/aliyun-rtc-sdk.es.js', adapter: aliyunAdapter },
] as const;

/** Messages that say the app did something wrong (parameters, support, call order). */
const APP_MISTAKE =
  /only support|not support|invalid|must be|can only be|should be|haven't joined|not joined|already|cannot be empty|can not be empty|out of range|illegal/i;

/**
 * Codes a bundle throws that never reach the app, so the catalog rightly lacks them. Agora Web 3.x's
 * channel media relay throws these values of its internal `CHANNEL_MEDIA_ERROR` enum inside its own
 * `ChannelMediaError` and catches them in `startChannelMediaRelay`, which rethrows (and emits with
 * `channel-media-relay-state`) a `CHANNEL_MEDIA_RELAY_ERROR` instead: `REQUEST_FAILED` and
 * `WAIT_STATUS_ERROR` → `SERVER_ERROR_RESPONSE`, `WAIT_STATUS_TIMEOUT` → `SERVER_NO_RESPONSE`, the
 * rest → `FAILED_JOIN_SRC` / `FAILED_JOIN_DEST` / `FAILED_PACKET_SENT_TO_DEST` by the command that
 * failed, else `INTERNAL_ERROR`. The list is exact: the test fails when a new uncatalogued code appears.
 */
const NEVER_SURFACED: Readonly<Record<string, readonly string[]>> = {
  'agora-web': [
    'AP_JSON_PARSE_ERROR',
    'AP_REQUEST_ERROR',
    'CONNECT_FAILED',
    'REQUEST_FAILED',
    'WAIT_STATUS_ERROR',
    'WAIT_STATUS_TIMEOUT',
  ],
};

/** What the 3.x relay rethrows them as: the catalog must know each. */
const RELAY_ERRORS_THEY_BECOME = [
  'SERVER_ERROR_RESPONSE',
  'SERVER_NO_RESPONSE',
  'FAILED_JOIN_SRC',
  'FAILED_JOIN_DEST',
  'FAILED_PACKET_SENT_TO_DEST',
  'INTERNAL_ERROR',
];

interface Table {
  readonly codes: Readonly<Record<string, readonly string[]>>;
}

function load(vendor: string): Table {
  return JSON.parse(readFileSync(join(root, 'fixtures', 'sdk-messages', `${vendor}.json`), 'utf8')) as Table;
}

/** The value as the bundle throws it. */
function thrown(vendor: string, code: string, message: string): unknown {
  if (vendor === 'aliyun') return { errorCode: code, errorCodeName: code, message };
  return { name: 'AgoraRTCException', code, message: `AgoraRTCError ${code}: ${message}` };
}

describe.each(SOURCES)('SDK messages: $vendor', ({ vendor, pkg, file, adapter }) => {
  const table = load(vendor);

  it('the committed table is what the installed bundle says', () => {
    expect(tableOf({ vendor, pkg, file }, root)).toEqual(table);
    expect(Object.keys(table.codes).length).toBeGreaterThan(0);
  });

  it('every code the bundle throws is in the catalog, except those the SDK catches itself', () => {
    const missing = Object.keys(table.codes).filter((code) => (adapter as Adapter).lookup(code) === undefined);
    expect(missing).toEqual(NEVER_SURFACED[vendor] ?? []);
  });

  it("a code thrown for the app's own mistake is never retried (or its note says why)", () => {
    const bad: string[] = [];
    for (const [code, messages] of Object.entries(table.codes)) {
      for (const message of messages) {
        if (!APP_MISTAKE.test(message)) continue;
        const err = normalize(thrown(vendor, code, message), adapter);
        const entry = (adapter as Adapter).lookup(code);
        const note = (entry && noteOf(entry, VENDORS[vendor].notes)) ?? '';
        if (err.retry.retryable && !/retr/i.test(note))
          bad.push(`${code}: "${message}" → ${err.code} ${err.retry.strategy}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('Agora Web 3.x: the relay codes the SDK catches itself', () => {
  const bundle = readFileSync(join(root, 'node_modules', 'agora-rtc-sdk', 'AgoraRTCSDK.min.js'), 'utf8');
  /** The members of the internal enum, as the minified bundle declares them: `e.CONNECT_FAILED="connect failed"`. */
  const internal = /function\(e\)\{(e\.CONNECT_FAILED=[^}]*)\}\(\w+=t\.CHANNEL_MEDIA_ERROR\|\|/.exec(bundle)?.[1] ?? '';

  it("are members of the relay's internal CHANNEL_MEDIA_ERROR enum, not of the errors the app gets", () => {
    const members = [...internal.matchAll(/e\.(\w+)=/g)].map((m) => m[1]);
    expect(members.length).toBeGreaterThan(6);
    expect(members).toEqual(expect.arrayContaining([...NEVER_SURFACED['agora-web']!]));
  });

  it('become relay errors the catalog knows', () => {
    for (const name of RELAY_ERRORS_THEY_BECOME) {
      expect(bundle).toContain(`"${name}"`);
      expect(agoraWebAdapter.lookup(name), name).toBeDefined();
    }
  });
});
