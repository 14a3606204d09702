/**
 * The source bin, spawned through tsx as a user runs it during development: real process, real
 * streams, real exit statuses.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const bin = join(root, 'adapters', 'cli.ts');

function rtcErrors(args: string[], input?: string) {
  const r = spawnSync(tsx, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin (source, through tsx)', () => {
  it('prints the package version and help with status 0', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(rtcErrors(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    const help = rtcErrors(['scan', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: rtc-errors scan');
  });

  it('exits 1 when nothing is found: an unknown code, a log without codes on stdin', () => {
    const unknown = rtcErrors(['explain', 'SURELY_NOT_A_CODE_123']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("unknown code 'SURELY_NOT_A_CODE_123'");
    const clean = rtcErrors(['scan', '-'], 'nothing to see here\n');
    expect(clean.status).toBe(1);
    expect(clean.stdout).toContain('Scanned 1 line of standard input');
  });

  it('exits 2 on bad usage and on an unreadable file', () => {
    expect(rtcErrors(['explain', '--vendor', 'nope', '101']).status).toBe(2);
    expect(rtcErrors(['frobnicate']).status).toBe(2);
    const missing = rtcErrors(['scan', join(root, 'fixtures', 'logs', 'missing.log')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('exits 2 with "permission denied" for a file it may not read (a real EACCES from the kernel)', () => {
    // A world-traversable folder holding a mode-000 file; the CLI drops root before reading it.
    const dir = mkdtempSync(join(tmpdir(), 'rtc-errors-eacces-'));
    try {
      chmodSync(dir, 0o755);
      const file = join(dir, 'customer.log');
      writeFileSync(file, 'AgoraRTCError UID_CONFLICT: uid conflict\n');
      chmodSync(file, 0o000);
      const r = spawnSync(tsx, [join(root, 'test', 'cli', 'unprivileged-cli.ts'), 'scan', file], {
        cwd: tmpdir(),
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 30_000,
      });
      expect(r.stderr).toBe(`rtc-errors: cannot read ${file}: permission denied\n`);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
