/**
 * A reader that stops early (`rtc-errors list | head -1`): the bin's stdout pipe is closed after the
 * first chunk. The bin must exit quietly with status 0, not crash with EPIPE.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const bin = join(root, 'adapters', 'cli.ts');

/** Runs the bin, reads its first chunk of stdout, then closes the pipe as `head -1` would. */
function readFirstChunkThenClose(args: string[]) {
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; first: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(tsx, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
      let first = '';
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', (d: Buffer) => {
        first = d.toString();
        child.stdout.destroy();
      });
      child.on('error', reject);
      child.on('close', (status, signal) => resolve({ status, signal, first, stderr }));
    },
  );
}

describe('bin whose output pipe is closed early', () => {
  it('exits with status 0 and prints no error when stdout is closed after the first chunk', async () => {
    // `list` prints every catalog row (well over 100 kB): far more than one pipe buffer, so the
    // bin is still writing when the pipe closes.
    const r = await readFirstChunkThenClose(['list']);
    expect(r.first).toMatch(/^VENDOR\s+CODE/);
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).toBe('');
    expect(r).toMatchObject({ status: 0, signal: null });
  }, 30_000);
});
