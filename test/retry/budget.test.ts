import { describe, expect, it } from 'vitest';
import { retryBudget, type Clock } from '../../src/index.js';

function manualClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  return { now: () => now, setTimeout: () => 0, clearTimeout: () => undefined, advance: (ms) => (now += ms) };
}

describe('retryBudget (token bucket)', () => {
  it('hands out capacity tokens, then refuses until refilled', () => {
    const clock = manualClock();
    const budget = retryBudget({ capacity: 2, refillPerSecond: 1, clock });
    expect(budget.tryAcquire()).toBe(true);
    expect(budget.tryAcquire()).toBe(true);
    expect(budget.tryAcquire()).toBe(false);
    clock.advance(500);
    expect(budget.tryAcquire()).toBe(false);
    clock.advance(500);
    expect(budget.tryAcquire()).toBe(true);
    expect(budget.available()).toBeCloseTo(0);
  });
  it('never holds more than its capacity', () => {
    const clock = manualClock();
    const budget = retryBudget({ capacity: 3, refillPerSecond: 10, clock });
    clock.advance(60_000);
    expect(budget.available()).toBe(3);
  });
  it('rejects bad options by name', () => {
    expect(() => retryBudget({ capacity: 0 })).toThrow(/"retryBudget.capacity"/);
    expect(() => retryBudget({ refillPerSecond: -1 })).toThrow(/"retryBudget.refillPerSecond"/);
    expect(() => retryBudget({ clock: {} as Clock })).toThrow(/"retryBudget.clock.now"/);
  });
});
