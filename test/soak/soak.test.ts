/** The short soak inside `npm test` (the long one: `npm run soak`). */
import { describe, expect, it } from 'vitest';
import { runSoak } from './soak.js';

describe('soak (short)', () => {
  it('a wrapped client through 400 random steps: heap back within 5 MB, nothing unhandled, listeners back, every operation settled', async () => {
    const f = await runSoak({ seed: 17, steps: 400 });
    expect(f.operations).toBeGreaterThan(100);
    expect(f.wraps).toBeGreaterThan(5);
    expect(f.unhandledRejections).toBe(0);
    expect(f.listenersAfter).toBe(f.listenersBefore);
    expect(f.settled).toBe(f.operations);
    expect(Math.abs(f.heapAfter - f.heapBefore)).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);
});
