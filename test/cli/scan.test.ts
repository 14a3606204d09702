/**
 * `rtc-errors scan` on test-local adapters: every sample log in fixtures/logs, stdin, JSON,
 * unreadable files, exit codes.
 */
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/cli/scan.js';
import { createCatalog, defineAdapter, readProp, unifiedZh } from '../../src/index.js';
import { capturedLogs, sampleLogs, type ExpectedFinding } from './logs.js';
import { run, TEST_ADAPTERS } from './support.js';

interface JsonFinding {
  vendor: string;
  vendorName: string;
  family?: string;
  code: string;
  severity: string;
  retryable: boolean;
  strategy: string;
  action: string;
  count: number;
  lines: number[];
}

const logs = sampleLogs();

function matches(f: JsonFinding, e: ExpectedFinding): boolean {
  return (
    f.vendorName === e.vendorName &&
    (e.family === undefined || f.family === e.family) &&
    (e.code === undefined || f.code === e.code)
  );
}

describe('scan: sample logs', () => {
  it('has a log for every vendor (captured from the web SDKs, built from callback formats for native ones)', () => {
    const vendors = [...logs, ...capturedLogs()].map((l) => l.vendor);
    expect(new Set(vendors)).toEqual(new Set(TEST_ADAPTERS.map((a) => a.id)));
  });

  for (const log of logs) {
    it(`${log.name}: finds every code the log holds, counted per line`, async () => {
      const r = await run(['scan', log.path, '--vendor', log.vendor, '--json']);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as {
        source: string;
        lines: number;
        findings: JsonFinding[];
        unrecognized: unknown[];
      };
      expect(out.source).toBe(log.path);
      expect(out.lines).toBe(log.text.trimEnd().split('\n').length);
      expect(out.unrecognized).toEqual([]);
      expect(out.findings).toHaveLength(log.findings.length);
      for (const e of log.findings) {
        const f = out.findings.find((x) => matches(x, e));
        expect(f, `${e.vendorName} ${e.code ?? ''}`).toBeDefined();
        expect(f!.count).toBe(e.count);
        expect(f!.lines[0]).toBe(e.firstLine);
        expect(f!.vendor).toBe(log.vendor);
        expect(f!.action.length).toBeGreaterThan(0);
      }
      // most frequent first
      const counts = out.findings.map((f) => f.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it(`${log.name}: text report names each code with its count, unified code and action`, async () => {
      const r = await run(['scan', log.path]);
      expect(r.status).toBe(0);
      for (const e of log.findings) {
        expect(r.stdout).toContain(e.vendorName);
        if (e.code) expect(r.stdout).toContain(e.code);
      }
      expect(r.stdout).toMatch(/^Scanned \d+ lines of /);
    });
  }

  it('reads standard input for - and for no FILE', async () => {
    const log = logs.find((l) => l.vendor === 'aliyun')!;
    const fromFile = await run(['scan', log.path, '--json']);
    for (const argv of [
      ['scan', '-', '--json'],
      ['scan', '--json'],
    ]) {
      const r = await run(argv, { readStdin: async () => log.text });
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as { source: string; findings: unknown[] };
      expect(out.source).toBe('standard input');
      expect(out.findings).toEqual((JSON.parse(fromFile.stdout) as { findings: unknown[] }).findings);
    }
  });

  it('splits an overloaded code by the detail printed with it (through the adapter recognizer)', () => {
    const text = [
      '10:00:00:001 Agora-SDK [ERROR]: [c] AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key expired',
      '10:00:01:001 Agora-SDK [ERROR]: [c] AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid vendor key, can not find appid',
      '10:00:02:001 Agora-SDK [ERROR]: [c] AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: no edge services in ap response',
    ].join('\n');
    const result = scanText(text, TEST_ADAPTERS, { lang: 'en', locales: [unifiedZh] });
    expect(result.findings.map((f) => [f.code, f.lines[0]])).toEqual([
      ['token_expired', 1],
      ['app_id_invalid', 2],
      ['gateway_unreachable', 3],
    ]);
  });

  it('refines a device code by a browser error named in the detail (core media recognition)', () => {
    const text = '[track-1] AgoraRTCError PERMISSION_DENIED: NotFoundError: Requested device not found';
    const [finding] = scanText(text, TEST_ADAPTERS, { lang: 'en', locales: [] }).findings;
    expect(finding?.vendorName).toBe('PERMISSION_DENIED');
    expect(finding?.code).toBe('device_not_found');
  });

  it('counts a code once per line and reports codes no catalog knows separately', async () => {
    const text =
      'AgoraRTCError UID_CONFLICT: AgoraRTCError UID_CONFLICT: again\nAgoraRTCError NOT_A_REAL_CODE: x\nAgoraRTCError NOT_A_REAL_CODE: y\n';
    const r = await run(['scan', '-', '--json'], { readStdin: async () => text });
    const out = JSON.parse(r.stdout) as {
      findings: JsonFinding[];
      unrecognized: { vendor: string; printed: string; count: number }[];
    };
    expect(out.findings.map((f) => [f.vendorName, f.count])).toEqual([['UID_CONFLICT', 1]]);
    expect(out.unrecognized).toEqual([{ vendor: 'agora-ng', printed: 'NOT_A_REAL_CODE', count: 2, lines: [2, 3] }]);
    const textReport = await run(['scan', '-'], { readStdin: async () => text });
    expect(textReport.stdout).toContain('NOT_A_REAL_CODE');
  });

  it("does not list a code as unknown to every catalog on a line where another vendor's catalog knows it", async () => {
    // trtc-sdk-v5's join failure carries the scheduling server's code; Alibaba's `code: N` format matches it too.
    const trtcLine =
      '[16:16:54:134] <ERROR> [↑t1-r1|user1] join failed RtcError: Failed to join room - schedule failed: stub code: 70001';
    const text = `${trtcLine}\nsomething else failed, code: 70001\n`;
    const out = JSON.parse((await run(['scan', '-', '--json'], { readStdin: async () => text })).stdout) as {
      findings: JsonFinding[];
      unrecognized: { vendor: string; printed: string; count: number; lines: number[] }[];
    };
    expect(out.findings.map((f) => [f.vendor, f.vendorName, f.code, f.count])).toEqual([
      ['trtc', 'SERVER_ERROR.70001', 'token_expired', 1],
    ]);
    // Alone on its line, the same number stays a candidate no catalog knows.
    expect(out.unrecognized).toEqual([{ vendor: 'aliyun', printed: '70001', count: 1, lines: [2] }]);
  });

  it('keeps a code the catalog does not know unrecognized, whatever the recognizer says of it', () => {
    const eager = defineAdapter({
      id: 'agora-ng',
      catalog: createCatalog([]),
      recognize: (raw) => ({ code: 'unknown', vendorName: String(readProp(raw, 'code')) }),
    });
    const result = scanText('AgoraRTCError MADE_UP: x', [{ ...eager, logPatterns: TEST_ADAPTERS[1]!.logPatterns! }], {
      lang: 'en',
      locales: [],
    });
    expect(result.findings).toEqual([]);
    expect(result.unrecognized.map((u) => u.printed)).toEqual(['MADE_UP']);
  });

  it('exits 1 when the log holds no known code', async () => {
    const r = await run(['scan', '-'], { readStdin: async () => 'all good\nnothing to see\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no known error code found in standard input');
    const json = await run(['scan', '-', '--json'], { readStdin: async () => '' });
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ lines: 0, findings: [], unrecognized: [] });
  });

  it('only uses the log formats of --vendor', async () => {
    const log = capturedLogs().find((l) => l.vendor === 'agora-ng')!;
    expect((await run(['scan', log.path, '--vendor', 'agora-ng'])).status).toBe(0);
    const r = await run(['scan', log.path, '--vendor', 'aliyun']);
    expect(r.status).toBe(1);
  });

  it('exits 2 with a clear message for an unreadable file', async () => {
    const missing = await run(['scan', '/nonexistent/dir/customer.log']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/dir/customer.log: no such file');
    const dir = await run(['scan', logs[0]!.path.replace(/[^/]+$/, '')]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('it is a directory');
    const noStdin = await run(['scan', '-'], { readStdin: undefined });
    expect(noStdin.status).toBe(2);
    const two = await run(['scan', 'a.log', 'b.log']);
    expect(two.status).toBe(2);
  });

  it('gives Chinese actions with --lang zh', async () => {
    const log = logs.find((l) => l.vendor === 'aliyun')!;
    const r = await run(['scan', log.path, '--lang', 'zh', '--json']);
    const out = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    for (const f of out.findings) expect(f.action).toMatch(/[\u4e00-\u9fff]/);
  });

  it('ignores the rest of a very long line instead of stalling on it', () => {
    const text = `${'x'.repeat(200_000)} AgoraRTCError UID_CONFLICT: late\nAgoraRTCError UID_CONFLICT: `;
    const result = scanText(text, TEST_ADAPTERS, { lang: 'en', locales: [] });
    expect(result.findings.map((f) => [f.vendorName, f.count])).toEqual([['UID_CONFLICT', 1]]);
  });
});
