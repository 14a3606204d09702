/**
 * `scan` over the console logs captured from the real web SDKs (fixtures/logs/*-console-*.log,
 * written by scripts/capture/console.mjs): every error or warning line is recognized or listed here
 * as deliberately ignored, with why; each scenario's failure is found as what it is; no output
 * carries a token or nonce the logs hold.
 */
import { describe, expect, it } from 'vitest';
import { CLI_ADAPTERS, CLI_LOCALES } from '../../adapters/registry.js';
import { Scanner } from '../../src/cli/scan.js';
import { capturedLogs } from './logs.js';
import { run } from './support.js';

const real = { adapters: CLI_ADAPTERS, locales: CLI_LOCALES };
const logs = capturedLogs();

/** Error and warning lines no vendor's log knowledge claims, and why that is right. */
const IGNORED: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^Failed to load resource: (?:net::ERR_[A-Z_]+|the server responded with a status of \d+)/,
    why:
      "Chromium's own line for a failed request: it names neither SDK nor operation (the 404 is the capture " +
      "page's favicon); the SDK's own line printed with it (Connect choose server error, GetServerTime error, " +
      'AgoraRTCError NETWORK_ERROR) is the one recognized',
  },
  {
    pattern: /^\s+at\s/,
    why: 'a stack frame: it belongs to the entry above it, which is recognized or ignored itself',
  },
];

/** A line the console printed as error or warning, or that carries an SDK error or warning level. */
function errorOrWarningLines(log: (typeof logs)[number]): Set<number> {
  const lines = new Set([...log.levels.error, ...log.levels.warning]);
  log.text.split('\n').forEach((line, i) => {
    if (/\[(?:ERROR|WARN|WARNING)\]|<error>/.test(line)) lines.add(i + 1);
  });
  return lines;
}

describe('scan: the captured console corpus', () => {
  it('holds a log per web SDK and device profile, each from named scenarios', () => {
    expect(logs.map((l) => l.name)).toEqual(
      ['agora-ng', 'agora-web', 'aliyun'].flatMap((v) =>
        ['fake-devices', 'no-devices', 'permission-denied'].map((p) => `${v}-console-${p}.log`),
      ),
    );
    for (const log of logs) {
      expect(log.scenarios.length, log.name).toBeGreaterThan(0);
      expect(log.sdk).toMatch(/^(agora-rtc-sdk 3\.6\.11|agora-rtc-sdk-ng 4\.24\.8|aliyun-rtc-sdk 7\.3\.3)$/);
    }
  });

  for (const log of logs) {
    it(`${log.name}: every error or warning line is recognized or deliberately ignored`, () => {
      const scanner = new Scanner(CLI_ADAPTERS, { lang: 'en', locales: CLI_LOCALES });
      const text = log.text.replace(/\n$/, '').split('\n');
      const unexplained: string[] = [];
      let recognized = 0;
      for (const n of errorOrWarningLines(log)) {
        const line = text[n - 1] ?? '';
        const hits = scanner.hits(line).filter((h) => h.error !== undefined && h.vendor === log.vendor);
        if (hits.length > 0) recognized += 1;
        else if (!IGNORED.some((i) => i.pattern.test(line))) unexplained.push(`${n}: ${line.slice(0, 200)}`);
      }
      expect(unexplained).toEqual([]);
      expect(recognized).toBeGreaterThan(0);
    });
  }
});

/** What each capture's scenarios are known to produce (from what the scenario does, not from scan's output). */
const EXPECTED: Record<string, string[]> = {
  // bad mode/codec, publish/unpublish/leave before join, join offline (gateway list unreachable)
  'agora-web-console-fake-devices.log': ['invalid_params', 'not_joined', 'gateway_unreachable'],
  'agora-web-console-no-devices.log': ['device_not_found'],
  'agora-web-console-permission-denied.log': ['permission_denied'],
  // bad params (mode, codec, channel names), publish before join, 404 audio file, join offline, leave during join
  'agora-ng-console-fake-devices.log': [
    'invalid_params',
    'invalid_channel_name',
    // "Can't publish stream, haven't joined yet!": not_joined, as Agora Web 3.x says it (issue 14)
    'not_joined',
    'media_file_error',
    'network_unavailable',
    'operation_aborted',
  ],
  'agora-ng-console-no-devices.log': ['device_not_found'],
  'agora-ng-console-permission-denied.log': ['permission_denied'],
  // empty and malformed auth info, join offline (clock sync and signaling WebSocket fail)
  'aliyun-console-fake-devices.log': ['invalid_params', 'network_unavailable', 'signaling_failed'],
  // the device scenarios print nothing about the device (aliyun-rtc-sdk 7.3.3 logs no error for them);
  // only the clock sync the engine starts fails
  'aliyun-console-no-devices.log': ['network_unavailable'],
  'aliyun-console-permission-denied.log': ['network_unavailable'],
};

describe('scan --json over each captured log', () => {
  for (const log of logs) {
    it(`${log.name}: finds what its scenarios produced, with timestamps and redacted examples`, async () => {
      const r = await run(['scan', log.path, '--json'], real);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as {
        findings: { vendor: string; code: string; count: number; firstSeen?: string; examples: { text: string }[] }[];
      };
      const codes = new Set(out.findings.filter((f) => f.vendor === log.vendor).map((f) => f.code));
      for (const code of EXPECTED[log.name] ?? ['(no expectation written)']) expect(codes, log.name).toContain(code);
      for (const f of out.findings) expect(f.examples.length).toBeGreaterThan(0);
      if (log.vendor !== 'aliyun') for (const f of out.findings) expect(f.firstSeen).toMatch(/^\d\d:\d\d:\d\d:\d+$/);
    });
  }

  it('prints no token, nonce or app certificate the logs hold, in JSON or text, with or without --redact-ids', async () => {
    const secrets = new Set<string>();
    for (const log of logs) {
      for (const m of log.text.matchAll(/[?&](?:token|nonce|signature|sign)=([^&'\s]{4,})/g)) secrets.add(m[1]!);
    }
    expect(secrets.size).toBeGreaterThan(0);
    for (const log of logs) {
      for (const argv of [
        ['scan', log.path, '--json'],
        ['scan', log.path],
        ['scan', log.path, '--json', '--redact-ids'],
      ]) {
        const r = await run(argv, real);
        for (const secret of secrets)
          expect(r.stdout + r.stderr, `${log.name} ${argv.join(' ')}`).not.toContain(secret);
      }
    }
  });

  it('keeps app ids, user ids and channels for support unless --redact-ids', async () => {
    const log = logs.find((l) => l.name === 'aliyun-console-fake-devices.log')!;
    const plain = await run(['scan', log.path, '--json'], real);
    expect(plain.stdout).toContain('appid=bogus-app-id');
    expect(plain.stdout).toContain('token=***');
    const masked = await run(['scan', log.path, '--json', '--redact-ids'], real);
    expect(masked.stdout).not.toContain('bogus-app-id');
    expect(masked.stdout).toContain('appid=***');
    expect(masked.stdout).toContain('userid=***');
  });
});
