/**
 * `rtc-errors scan` on input of any shape, read from real files through the streaming reader:
 * gzip, a 100 MB line with no newline, binary, invalid UTF-8, empty, a directory, a missing file,
 * a FIFO, stack traces, timestamps, the capped unrecognized list. Each ends with a clear message
 * and the documented exit status (0 found, 1 nothing found, 2 cannot be read as a log).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_UNRECOGNIZED, scanText } from '../../src/cli/scan.js';
import { LineSplitter } from '../../src/cli/scanInput.js';
import { run, TEST_ADAPTERS } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'rtc-errors-scan-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NG_LINE = '10:00:00:001 Agora-SDK [ERROR]: [client-1] AgoraRTCError UID_CONFLICT: uid conflict';

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('scan: input of any shape', () => {
  it('reads a gzip file directly (told by its bytes, whatever its name)', async () => {
    const text = `${NG_LINE}\nnothing\n${NG_LINE.replace('00:001', '05:001')}\n`;
    for (const name of ['log.gz', 'log.txt']) {
      const r = await run(['scan', file(name, gzipSync(text)), '--json']);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as {
        lines: number;
        findings: { count: number; firstSeen: string; lastSeen: string }[];
      };
      expect(out.lines).toBe(3);
      expect(out.findings[0]).toMatchObject({ count: 2, firstSeen: '10:00:00:001', lastSeen: '10:00:05:001' });
    }
  });

  it('exits 2 on damaged gzip data', async () => {
    const good = gzipSync(`${NG_LINE}\n`.repeat(1000));
    const damaged = Buffer.concat([good.subarray(0, 20), Buffer.alloc(200, 0xaa)]);
    const r = await run(['scan', file('damaged.gz', damaged)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/gzip data is damaged/);
  });

  it('scans a 100 MB file with no newline in bounded memory, scanning the start of the line, with a note', async () => {
    const path = join(dir, 'one-line.log');
    const fd = openSync(path, 'w');
    const block = Buffer.alloc(1 << 20, 'x');
    try {
      writeSync(fd, `${NG_LINE} `);
      for (let i = 0; i < 100; i += 1) writeSync(fd, block);
    } finally {
      closeSync(fd);
    }
    const r = await run(['scan', path, '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { lines: number }).lines).toBe(1);
    expect(r.stderr).toMatch(/1 line\(s\) of .* longer than 64 KiB \(first: line 1\)/);
  });

  it('exits 2 on a binary file and on UTF-16 text, saying why', async () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
    const r = await run(['scan', file('a.out', binary)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a text log \(a NUL byte at offset 7/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NG_LINE, 'utf16le')]);
    const u = await run(['scan', file('utf16.log', utf16)]);
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/UTF-16/);
  });

  it('scans invalid UTF-8 (read as U+FFFD) and says which line', async () => {
    const bad = Buffer.concat([
      Buffer.from('fine\n'),
      Buffer.from([0xc3, 0x28, 0xff, 0x0a]),
      Buffer.from(`${NG_LINE}\n`),
    ]);
    const r = await run(['scan', file('bad-utf8.log', bad)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('UID_CONFLICT');
    expect(r.stderr).toMatch(/1 line\(s\) of .* not valid UTF-8 \(first: line 2\)/);
  });

  it('exits 1 on an empty file, saying it is empty', async () => {
    const r = await run(['scan', file('empty.log', ''), '--json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ lines: 0, findings: [], unrecognized: [] });
    expect(r.stderr).toContain('is empty');
  });

  it('exits 2 on a directory and on a missing file', async () => {
    const d = await run(['scan', dir]);
    expect(d.status).toBe(2);
    expect(d.stderr).toContain(`cannot read ${dir}: it is a directory`);
    const m = await run(['scan', join(dir, 'nope.log')]);
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('no such file');
  });

  // The reader's mapping of EACCES, through an injected reader; bin.test.ts reads a real mode-000
  // file as an unprivileged user.
  it('exits 2 on an unreadable file (EACCES, through an injected reader)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const r = await run(['scan', '/var/log/secret.log'], { readFile: async () => Promise.reject(denied) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read /var/log/secret.log: permission denied');
  });

  it('reads a FIFO to its end (a stream of unknown size)', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const writer = import('node:fs/promises').then((fs) => fs.writeFile(fifo, `${NG_LINE}\n`));
    const r = await run(['scan', fifo]);
    await writer;
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('UID_CONFLICT');
  });

  it('reads standard input as a stream', async () => {
    async function* chunks() {
      yield Buffer.from(NG_LINE.slice(0, 20));
      yield Buffer.from(`${NG_LINE.slice(20)}\r\nnext\n`);
    }
    const r = await run(['scan', '-', '--json'], { stdin: chunks() });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { lines: number }).lines).toBe(2);
  });

  it('shows progress on a terminal only, and clears it', async () => {
    let t = 0;
    const now = (): number => (t += 2000);
    const path = file('progress.log', `${NG_LINE}\n`.repeat(5_000));
    const tty = await run(['scan', path], { stderrIsTTY: true, now });
    expect(tty.stderr).toMatch(/\rrtc-errors: scanning \d+ MB of \d+ MB \(\d+%\)/);
    expect(tty.stderr).toContain('\r\u001b[K');
    const pipe = await run(['scan', path], { now });
    expect(pipe.stderr).not.toContain('scanning');
  });
});

describe('scan: entries, stack traces and bounds', () => {
  it('counts a stack trace with the line above it, not as lines of its own', () => {
    const text = [
      '10:00:00:001 Agora-SDK [ERROR]: [c] AgoraRTCError UID_CONFLICT: first',
      '    at join (https://app.example/sdk.js:1:2)',
      '    at AgoraRTCError UID_CONFLICT: printed again in the stack',
      '10:00:01:001 Agora-SDK [ERROR]: [c] AgoraRTCError UID_CONFLICT: second',
    ].join('\n');
    const [finding] = scanText(text, TEST_ADAPTERS, { lang: 'en', locales: [] }).findings;
    expect(finding).toMatchObject({
      count: 2,
      lines: [1, 4],
      lastLine: 4,
      firstSeen: '10:00:00:001',
      lastSeen: '10:00:01:001',
    });
  });

  it('keeps at most 3 example lines and 10 line numbers per finding, redacted', () => {
    const line = (i: number): string =>
      `Agora-SDK [ERROR]: [c] AgoraRTCError UID_CONFLICT: n=${i} token=006${'a'.repeat(100)}`;
    const text = Array.from({ length: 50 }, (_, i) => line(i)).join('\n');
    const [finding] = scanText(text, TEST_ADAPTERS, { lang: 'en', locales: [] }).findings;
    expect(finding!.count).toBe(50);
    expect(finding!.lines).toHaveLength(10);
    expect(finding!.lastLine).toBe(50);
    expect(finding!.examples).toHaveLength(3);
    for (const e of finding!.examples) expect(e.text).not.toContain('aaaa');
    expect(finding!.detail).not.toContain('aaaa');
  });

  it('caps the unrecognized list and counts what it leaves out', () => {
    const text = Array.from({ length: MAX_UNRECOGNIZED + 30 }, (_, i) => `AgoraRTCError MADE_UP_${i}: x`).join('\n');
    const result = scanText(text, TEST_ADAPTERS, { lang: 'en', locales: [] });
    expect(result.unrecognized).toHaveLength(MAX_UNRECOGNIZED);
    expect(result.unrecognizedOmitted).toBe(30);
  });

  it('splits lines across chunk boundaries, CRLF and a last line without a break', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    for (const part of ['ab', 'c\r\nd', 'é'.slice(0, 1), '\nlast']) splitter.push(Buffer.from(part));
    splitter.end();
    expect(lines).toEqual(['abc', 'dé', 'last']);
    // A character cut between two chunks is joined again.
    const cut: string[] = [];
    const s2 = new LineSplitter((l) => cut.push(l));
    const bytes = Buffer.from('日本\n');
    s2.push(bytes.subarray(0, 4));
    s2.push(bytes.subarray(4));
    s2.end();
    expect(cut).toEqual(['日本']);
    expect(s2.stats.invalidUtf8Lines).toBe(0);
  });
});
