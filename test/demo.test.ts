/**
 * `npm run demo` tells the story the README promises: retries with their backoff delays, a token
 * renewal, a fatal permission denial with its action, one coalesced warning line, the network
 * degrading then recovering, and a ban or kick that ends each vendor's session. The expectations
 * come from the library (normalizing the same fixture values, the retry defaults), not from a
 * copy of the output.
 */
import { describe, expect, it } from 'vitest';
import { agoraNgAdapter, agoraNgZh } from '../adapters/agora-ng/index.js';
import { main } from '../examples/demo.js';
import { localize, normalize, RTC_RETRY_DEFAULTS, unifiedZh } from '../src/index.js';
import { decodeRaw, loadFixtures } from './support/fixtures.js';

interface Run {
  status: number;
  out: string;
  err: string;
  ms: number;
}

async function run(args: string[] = [], io: { isTTY?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const started = performance.now();
  const status = await main(args, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    ...io,
  });
  return { status, out, err, ms: performance.now() - started };
}

const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`);
const VENDORS = ['agora-ng', 'agora-web', 'agora-native', 'aliyun', 'trtc'] as const;

/** The event lines of the plain output: `[mm:ss.mmm] LABEL text`, with their time in ms. */
interface Line {
  ms: number;
  label: string;
  text: string;
  /** The indented lines after it (`action: ...`). */
  more: string[];
}

function timeOf(stamp: string): number {
  const [, mm, ss, mmm] = /^(\d+):(\d+)\.(\d+)$/.exec(stamp) ?? [];
  return Number(mm) * 60_000 + Number(ss) * 1000 + Number(mmm);
}

/** Splits the plain output into vendor sections of parsed lines. */
function sections(out: string): Map<string, Line[]> {
  const result = new Map<string, Line[]>();
  let current: Line[] | undefined;
  for (const raw of out.split('\n')) {
    const header = /^── (\S+) · /.exec(raw);
    if (header?.[1]) {
      current = [];
      result.set(header[1], current);
      continue;
    }
    const m = /^\[(\d+:\d+\.\d+)\] (\S+)\s+(.*)$/.exec(raw);
    if (m && current) current.push({ ms: timeOf(m[1] ?? ''), label: m[2] ?? '', text: m[3] ?? '', more: [] });
    else if (/^\s{8,}\S/.test(raw) && current?.length) current[current.length - 1]?.more.push(raw.trim());
  }
  return result;
}

function fixtureRaw(vendor: (typeof VENDORS)[number], name: string): unknown {
  const found = loadFixtures(vendor)
    .flatMap((f) => f.file.cases)
    .find((c) => c.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return decodeRaw(found.raw);
}

describe('npm run demo (plain)', async () => {
  const plain = await run();
  const bySection = sections(plain.out);
  const ng = bySection.get('agora-ng') ?? [];
  /** The simulated SDK's lines of one vendor's section. */
  const sdk = (vendor: string): string =>
    (bySection.get(vendor) ?? [])
      .filter((l) => l.label === 'sdk')
      .map((l) => l.text)
      .join('\n');

  it('exits 0, prints a section for each of the five vendors, and no ANSI codes when not a TTY', () => {
    expect(plain.status).toBe(0);
    expect(plain.err).toBe('');
    expect([...bySection.keys()]).toEqual([...VENDORS]);
    expect(plain.out).not.toMatch(ANSI);
  });

  it('retries the failing join with backoff delays from the retry events, then joins', () => {
    const retries = ng.filter((l) => l.label === 'RETRY');
    expect(retries).toHaveLength(2);
    const { initialDelayMs = 0, maxDelayMs = Infinity } = (RTC_RETRY_DEFAULTS.join.backoff ?? {}) as {
      initialDelayMs?: number;
      maxDelayMs?: number;
    };
    const delays = retries.map((l, i) => {
      const m = /^join attempt (\d+) failed with (network_\w+|gateway_\w+)\b.*next attempt in (\d+) ms$/.exec(l.text);
      expect(m, l.text).not.toBeNull();
      expect(Number(m?.[1])).toBe(i + 1);
      return Number(m?.[3]);
    });
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(initialDelayMs);
      expect(d).toBeLessThanOrEqual(maxDelayMs);
    }
    const joined = ng.find((l) => l.label === 'ok' && /join resolved/.test(l.text));
    expect(joined).toBeDefined();
    // virtual time really passed: the join resolved after both delays
    expect((joined?.ms ?? 0) - (retries[0]?.ms ?? 0)).toBeGreaterThanOrEqual((delays[0] ?? 0) + (delays[1] ?? 0));
    expect(ng.findIndex((l) => l === joined)).toBeGreaterThan(ng.indexOf(retries[1] as Line));
  });

  it('renews the expiring token and reports it recovered', () => {
    const expiring = ng.findIndex((l) => l.label === 'RECOVERABLE' && l.text.startsWith('token_expiring'));
    const renewed = ng.findIndex(
      (l) => l.label === 'RECOVERED' && /^token_expiring .*renewed with renewToken\(\)/.test(l.text),
    );
    expect(expiring).toBeGreaterThanOrEqual(0);
    expect(renewed).toBeGreaterThan(expiring);
    expect(ng.slice(expiring, renewed).some((l) => l.label === 'sdk' && /renewToken\('token-2'\)/.test(l.text))).toBe(
      true,
    );
  });

  it('reports the denied microphone as fatal, with the action for the user', () => {
    const expected = normalize(fixtureRaw('agora-ng', 'microphone blocked by the OS (macOS)'), agoraNgAdapter);
    const fatal = ng.find((l) => l.label === 'FATAL' && l.text.startsWith('permission_denied'));
    expect(fatal).toBeDefined();
    expect(fatal?.text).toContain(expected.message);
    expect(fatal?.more).toContain(`action: ${expected.action}`);
  });

  it('coalesces the storm of identical warnings into one line with the count', () => {
    const storm = ng.find((l) => l.label === 'sdk' && /(\d+) times, every/.test(l.text));
    const emitted = Number(/(\d+) times/.exec(storm?.text ?? '')?.[1]);
    expect(emitted).toBeGreaterThan(2);
    const warnings = ng.filter((l) => l.label === 'RECOVERABLE' && l.text.startsWith('device_warning'));
    // the first at once, then ONE line for all the repeats
    expect(warnings).toHaveLength(2);
    const coalesced = warnings.filter((l) => /coalesced/.test(l.text));
    expect(coalesced).toHaveLength(1);
    expect(coalesced[0]?.text).toContain(`×${emitted - 1} more`);
  });

  it('shows the network degrading, then recovering, in every section that has it', () => {
    for (const [vendor, lines] of bySection) {
      const degraded = lines.filter((l) => l.label === 'RECOVERABLE' && /^network_/.test(l.text));
      expect(degraded.length, vendor).toBeGreaterThan(0);
      for (const d of degraded) {
        const code = d.text.split(/[ :]/)[0] ?? '';
        const later = lines.slice(lines.indexOf(d) + 1);
        expect(
          later.some((l) => l.label === 'RECOVERED' && l.text.startsWith(`${code} is over`)),
          `${vendor}: ${code}`,
        ).toBe(true);
      }
    }
    expect(ng.some((l) => l.label === 'RECOVERABLE' && l.text.startsWith('network_degraded'))).toBe(true);
  });

  it('ends every vendor session with a fatal ban or kick', () => {
    for (const [vendor, lines] of bySection) {
      const events = lines.filter((l) => /^[A-Z]+$/.test(l.label));
      const last = events[events.length - 1];
      expect(last?.label, vendor).toBe('FATAL');
      expect(last?.text, vendor).toMatch(/^(banned|kicked)\b/);
      expect(
        last?.more.some((m) => m.startsWith('action: ')),
        vendor,
      ).toBe(true);
    }
  });

  it('covers each vendor with its own raw shapes', () => {
    expect(sdk('agora-ng')).toMatch(/rejects AgoraRTCException/);
    expect(sdk('agora-web')).toMatch(/calls onFailure\("/);
    expect(sdk('agora-native')).toMatch(/returns -\d+/);
    expect(sdk('agora-native')).toMatch(/calls onError\(/);
    expect(sdk('aliyun')).toMatch(/code 0x[0-9A-F]{8}/);
    expect(sdk('aliyun')).toMatch(/emits bye\(/);
  });

  it('masks the secrets the simulated SDK calls carry (TRTC userSig, aliyun authInfo token)', () => {
    expect(sdk('trtc')).toMatch(/enterRoom\(\{[^)]*"userSig":"\*\*\*"/);
    expect(plain.out).not.toMatch(/user-sig-\d/);
    expect(sdk('aliyun')).toMatch(/refreshAuthInfo\(\{token: '\*\*\*'/);
  });

  it('is deterministic: the same seed prints the same timeline, another seed other delays', async () => {
    expect((await run()).out).toBe(plain.out);
    const other = await run(['--seed', '7']);
    expect(other.status).toBe(0);
    expect(other.out).not.toBe(plain.out);
  });
});

describe('npm run demo --json', async () => {
  const json = await run(['--json']);
  const plain = await run();
  const lines = json.out.trimEnd().split('\n');
  const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('prints one JSON object per event, with the event type, vendor, time and the RtcError fields', () => {
    expect(json.status).toBe(0);
    expect(events.length).toBeGreaterThan(10);
    let previous = -1;
    for (const e of events) {
      expect(['fatal', 'recoverable', 'recovered', 'retry', 'giveup']).toContain(e.event);
      expect(VENDORS).toContain(e.vendor);
      expect(typeof e.time).toBe('number');
      expect(e.time as number).toBeGreaterThanOrEqual(previous);
      previous = e.time as number;
      expect(typeof e.code).toBe('string');
      if (e.event === 'recovered') continue;
      expect(e.name).toBe('RtcError');
      for (const field of ['severity', 'category', 'message', 'action', 'kind'])
        expect(typeof e[field], field).toBe('string');
      expect(e.retry).toMatchObject({ retryable: expect.any(Boolean), strategy: expect.any(String) });
      if (e.event === 'fatal') expect(e.severity).toBe('fatal');
      if (e.event === 'recoverable') expect(e.severity).toBe('recoverable');
      if (e.event === 'retry') {
        expect(e.attempt).toEqual(expect.any(Number));
        expect(e.delayMs).toEqual(expect.any(Number));
      }
    }
    expect(new Set(events.map((e) => e.vendor))).toEqual(new Set(VENDORS));
  });

  it('tells the same story as the text timeline', () => {
    const count = (label: string): number => plain.out.split('\n').filter((l) => l.includes(`] ${label} `)).length;
    for (const [event, label] of [
      ['fatal', 'FATAL'],
      ['recoverable', 'RECOVERABLE'],
      ['recovered', 'RECOVERED'],
      ['retry', 'RETRY'],
    ] as const) {
      expect(events.filter((e) => e.event === event).length, event).toBe(count(label));
    }
    const coalesced = events.filter(
      (e) => typeof (e.context as Record<string, unknown> | undefined)?.count === 'number',
    );
    expect(coalesced).toHaveLength(1);
    expect(events.filter((e) => e.event === 'retry' && e.vendor === 'agora-ng').map((e) => e.step)).toEqual([
      'join',
      'join',
    ]);
  });

  it('completes quickly in virtual time', () => {
    const virtual = Math.max(...events.map((e) => e.time as number));
    expect(virtual).toBeGreaterThan(60_000);
    expect(json.ms).toBeLessThan(5_000);
  });
});

describe('npm run demo options', () => {
  it('--lang zh prints the Chinese message and action', async () => {
    const zh = await run(['--lang', 'zh']);
    expect(zh.status).toBe(0);
    const ng = sections(zh.out).get('agora-ng') ?? [];
    const err = normalize(fixtureRaw('agora-ng', 'microphone blocked by the OS (macOS)'), agoraNgAdapter);
    const text = localize(err, [agoraNgZh, unifiedZh]);
    expect(text.locale).toBe('zh');
    const fatal = ng.find((l) => l.label === 'FATAL' && l.text.startsWith('permission_denied'));
    expect(fatal?.text).toContain(text.message);
    expect(fatal?.more).toContain(`action: ${text.action}`);
    expect(zh.out).toMatch(/[\u4e00-\u9fff]/);
    const json = await run(['--lang', 'zh', '--json']);
    const first = JSON.parse(json.out.split('\n')[0] ?? '{}') as { localized?: { message?: string } };
    expect(first.localized?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('colours severities on a TTY, and not with NO_COLOR', async () => {
    const tty = await run([], { isTTY: true, env: {} });
    expect(tty.out).toMatch(ANSI);
    expect(tty.out).toContain(`${ESC}[1;31mFATAL`);
    const noColor = await run([], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.out).not.toMatch(ANSI);
  });

  it('--help prints the usage; bad options exit 2', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.out).toMatch(/^Usage: npm run demo/);
    for (const bad of [['--lang', 'fr'], ['--nope'], ['--seed', 'x']]) {
      const r = await run(bad);
      expect(r.status, bad.join(' ')).toBe(2);
      expect(r.err).toMatch(/Usage: npm run demo/);
    }
  });
});
