import { describe, expect, it } from 'vitest';
import { constantBackoff, decorrelatedJitter, exponentialBackoff } from '../../src/index.js';

function sequence(
  next: (ctx: { attempt: number; previousDelayMs: number | undefined; random: () => number }) => number,
  randoms: number[],
): number[] {
  const out: number[] = [];
  let previous: number | undefined;
  randoms.forEach((r, i) => {
    const d = next({ attempt: i + 1, previousDelayMs: previous, random: () => r });
    out.push(d);
    previous = d;
  });
  return out;
}

describe('decorrelatedJitter', () => {
  it('follows min(cap, base + r * (3 * previous - base)) from the base', () => {
    const b = decorrelatedJitter({ initialDelayMs: 100, maxDelayMs: 10_000 });
    // r = 0.5: 100 + 0.5*(300-100) = 200; 100 + 0.5*(600-100) = 350; 100 + 0.5*(1050-100) = 575
    expect(sequence((c) => b.next(c), [0.5, 0.5, 0.5])).toEqual([200, 350, 575]);
  });
  it('stays within [base, cap]', () => {
    const b = decorrelatedJitter({ initialDelayMs: 100, maxDelayMs: 1_000 });
    expect(sequence((c) => b.next(c), [0, 0, 0])).toEqual([100, 100, 100]);
    const high = sequence((c) => b.next(c), [0.999, 0.999, 0.999, 0.999]);
    expect(high.every((d) => d <= 1_000 && d >= 100)).toBe(true);
    expect(high.at(-1)).toBe(1_000);
  });
  it('names the option it rejects', () => {
    expect(() => decorrelatedJitter({ initialDelayMs: -1 })).toThrow(/"backoff.initialDelayMs"/);
    expect(() => decorrelatedJitter({ initialDelayMs: 500, maxDelayMs: 100 })).toThrow(/"backoff.maxDelayMs"/);
  });
});

describe('exponentialBackoff and constantBackoff', () => {
  it('doubles up to the cap', () => {
    const b = exponentialBackoff({ initialDelayMs: 100, maxDelayMs: 500 });
    expect(sequence((c) => b.next(c), [0, 0, 0, 0])).toEqual([100, 200, 400, 500]);
  });
  it('waits the same every time', () => {
    const b = constantBackoff(250);
    expect(sequence((c) => b.next(c), [0.1, 0.9])).toEqual([250, 250]);
  });
});
