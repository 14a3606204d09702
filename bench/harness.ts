/**
 * A small benchmark harness: every figure is a ratio against a baseline timed in the same run,
 * interleaved with it, because the machines this runs on are noisy (shared CI runners, laptops
 * on battery). Each case warms both functions up, calibrates a batch size, then times several
 * rounds of subject and baseline batches in alternating order (ABBA) and reports medians.
 * @module
 */
import { cpus, freemem, totalmem } from 'node:os';

/** Where results go so the engine cannot drop the calls being timed. */
let sink: unknown;

/** Reads the sink, so that writing it is observable. */
export function sinkType(): string {
  return typeof sink;
}

/** Nanoseconds since an arbitrary origin. */
function now(): number {
  return Number(process.hrtime.bigint());
}

/** Time of `iterations` calls of `fn`, in nanoseconds per call. */
function batch(fn: () => unknown, iterations: number): number {
  const start = now();
  for (let i = 0; i < iterations; i += 1) sink = fn();
  return (now() - start) / iterations;
}

/** Options of one comparison; the defaults suit calls of 0.1 to 100 µs. */
export interface CompareOptions {
  /** Time spent warming both functions up before calibrating, in ms. Default: 150. */
  readonly warmupMs?: number;
  /** Target duration of one timed batch, in ms. Default: 8. */
  readonly batchMs?: number;
  /** Number of rounds (each times one subject and one baseline batch). Default: 21. */
  readonly rounds?: number;
  /** Upper bound of calls per batch (for calls that grow the heap). Default: 200,000. */
  readonly maxIterations?: number;
}

/** Medians of one comparison. */
export interface Comparison {
  /** Median time of one subject call, in nanoseconds. */
  readonly subjectNs: number;
  /** Median time of one baseline call, in nanoseconds. */
  readonly baselineNs: number;
  /** Median over rounds of (subject time / baseline time) within the round. */
  readonly ratio: number;
  /** Spread of the per-round ratios: [first quartile, third quartile]. */
  readonly ratioIqr: readonly [number, number];
  readonly iterations: number;
  readonly rounds: number;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/** Runs `fn` repeatedly for about `ms` milliseconds; returns how many calls were made. */
function runFor(fn: () => unknown, ms: number): number {
  const end = now() + ms * 1e6;
  let calls = 0;
  while (now() < end) {
    for (let i = 0; i < 64; i += 1) sink = fn();
    calls += 64;
  }
  return calls;
}

/** Times `subject` against `baseline`, interleaved, and returns the medians. */
export function compare(subject: () => unknown, baseline: () => unknown, options: CompareOptions = {}): Comparison {
  const warmupMs = options.warmupMs ?? 150;
  const batchMs = options.batchMs ?? 8;
  const rounds = options.rounds ?? 21;
  const maxIterations = options.maxIterations ?? 200_000;
  runFor(subject, warmupMs / 2);
  runFor(baseline, warmupMs / 2);
  // Calibrate on the slower of the two so that both batches last at least `batchMs`.
  const perCall = Math.max(batch(subject, 256), batch(baseline, 256), 1);
  const iterations = Math.max(16, Math.min(maxIterations, Math.round((batchMs * 1e6) / perCall)));
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let s: number;
    let b: number;
    if (round % 2 === 0) {
      s = batch(subject, iterations);
      b = batch(baseline, iterations);
    } else {
      b = batch(baseline, iterations);
      s = batch(subject, iterations);
    }
    subjectTimes.push(s);
    baselineTimes.push(b);
    ratios.push(s / b);
  }
  return {
    subjectNs: median(subjectTimes),
    baselineNs: median(baselineTimes),
    ratio: median(ratios),
    ratioIqr: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    iterations,
    rounds,
  };
}

/** Times async functions against each other, interleaved (each call awaited in turn). */
export async function compareAsync(
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  options: CompareOptions = {},
): Promise<Comparison> {
  const rounds = options.rounds ?? 21;
  const batchMs = options.batchMs ?? 8;
  const timeBatch = async (fn: () => Promise<unknown>, iterations: number): Promise<number> => {
    const start = now();
    for (let i = 0; i < iterations; i += 1) sink = await fn();
    return (now() - start) / iterations;
  };
  const warmEnd = now() + (options.warmupMs ?? 150) * 1e6;
  while (now() < warmEnd) {
    await timeBatch(subject, 256);
    await timeBatch(baseline, 256);
  }
  const perCall = Math.max(await timeBatch(subject, 256), await timeBatch(baseline, 256), 1);
  const iterations = Math.max(16, Math.min(options.maxIterations ?? 200_000, Math.round((batchMs * 1e6) / perCall)));
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let s: number;
    let b: number;
    if (round % 2 === 0) {
      s = await timeBatch(subject, iterations);
      b = await timeBatch(baseline, iterations);
    } else {
      b = await timeBatch(baseline, iterations);
      s = await timeBatch(subject, iterations);
    }
    subjectTimes.push(s);
    baselineTimes.push(b);
    ratios.push(s / b);
  }
  return {
    subjectNs: median(subjectTimes),
    baselineNs: median(baselineTimes),
    ratio: median(ratios),
    ratioIqr: [quantile(ratios, 0.25), quantile(ratios, 0.75)],
    iterations,
    rounds,
  };
}

/** Heap in use after a full collection, in bytes (needs `node --expose-gc`). */
export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') throw new Error('run node with --expose-gc to measure heap growth');
  for (let i = 0; i < 3; i += 1) gc();
  return process.memoryUsage().heapUsed;
}

/** The machine the figures were taken on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return {
    cpu: list[0]?.model.trim() || 'unknown',
    cores: list.length,
    memory: `${gib(totalmem())} (${gib(freemem())} free at start)`,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
