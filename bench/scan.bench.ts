/**
 * `scan` on a big log: a file of at least 1 GiB (`RTC_BENCH_SCAN_MB` to change it) made by repeating
 * every log of fixtures/logs as it is, written to a temporary directory and removed afterwards.
 * Each side runs in a child process of its own (alternating, the median of three runs each): the
 * baseline is a plain `readline` loop testing one regular expression per line. Targets: `scan` at
 * most 2× the baseline's time, and a peak resident memory under 150 MB.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

interface Run {
  mode: string;
  ms: number;
  lines: number;
  maxRssMb: number;
}

/** Writes the corpus again and again until the file holds at least `mb` MiB. */
function bigLog(dir: string, mb: number): { path: string; bytes: number } {
  const logs = join(root, 'fixtures', 'logs');
  const corpus = Buffer.concat(
    readdirSync(logs)
      .filter((f) => f.endsWith('.log'))
      .sort()
      .map((f) => readFileSync(join(logs, f))),
  );
  const path = join(dir, 'big.log');
  const fd = openSync(path, 'w');
  // Blocks of ~8 MiB of whole corpus copies, so each write is large.
  const block = Buffer.concat(Array.from({ length: Math.max(1, Math.floor((8 * MB) / corpus.length)) }, () => corpus));
  let bytes = 0;
  try {
    while (bytes < mb * MB) bytes += writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
  return { path, bytes: statSync(path).size };
}

function child(mode: 'plain' | 'scan', file: string): Run {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'scan-child.ts'), mode, file], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Run;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

export function benchScan(log: (line: string) => void): BenchResult[] {
  const mb = Number(process.env.RTC_BENCH_SCAN_MB ?? 1024);
  const rounds = Number(process.env.RTC_BENCH_SCAN_ROUNDS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'rtc-errors-bench-'));
  try {
    const { path, bytes } = bigLog(dir, mb);
    log(`  big log: ${(bytes / MB).toFixed(0)} MiB (the whole corpus repeated) in ${dir}`);
    const plain: Run[] = [];
    const scan: Run[] = [];
    for (let i = 0; i < rounds; i += 1) {
      // Alternating order, so a slow phase of the machine hits both sides alike.
      const first = i % 2 === 0 ? 'plain' : 'scan';
      for (const mode of [first, first === 'plain' ? 'scan' : 'plain'] as const) {
        const run = child(mode, path);
        (mode === 'plain' ? plain : scan).push(run);
        log(
          `  ${mode}: ${(run.ms / 1000).toFixed(1)} s, ${(bytes / MB / (run.ms / 1000)).toFixed(0)} MiB/s, peak RSS ${run.maxRssMb.toFixed(0)} MB, ${run.lines} lines`,
        );
      }
    }
    const plainMs = median(plain.map((r) => r.ms));
    const scanMs = median(scan.map((r) => r.ms));
    const ratios = scan.map((r, i) => r.ms / (plain[i]?.ms ?? NaN)).sort((a, b) => a - b);
    const peak = Math.max(...scan.map((r) => r.maxRssMb));
    return [
      {
        group: 'scan',
        name: `scan ${(bytes / MB).toFixed(0)} MiB log (--json)`,
        baseline: 'readline loop, one regex per line',
        comparison: {
          subjectNs: scanMs * 1e6,
          baselineNs: plainMs * 1e6,
          ratio: scanMs / plainMs,
          ratioIqr: [ratios[0] ?? NaN, ratios[ratios.length - 1] ?? NaN],
          iterations: 1,
          rounds,
        },
        maxRatio: 2,
        metrics: [
          { label: 'peak RSS', value: peak, max: 150, unit: 'MB' },
          { label: 'speed (scan)', value: -(bytes / MB / (scanMs / 1000)), max: 0, unit: 'MiB/s (negated)' },
        ],
        note: `scan ${(bytes / MB / (scanMs / 1000)).toFixed(0)} MiB/s, plain loop ${(bytes / MB / (plainMs / 1000)).toFixed(0)} MiB/s`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
