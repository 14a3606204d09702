/**
 * What every vendor's part of the demo is given, and small helpers they share.
 * @module
 */
import type { VirtualClock } from './clock.js';
import type { Timeline } from './timeline.js';

/** The shared state of one demo run. */
export interface Session {
  readonly clock: VirtualClock;
  readonly timeline: Timeline;
  /** Seeded randomness for the backoff jitter, so every run prints the same delays. */
  readonly random: () => number;
}

/** Resolves after `ms` of the session's (virtual) time. */
export function after(clock: VirtualClock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimeout(resolve, ms));
}

/** A small seeded PRNG (mulberry32): numbers in `[0, 1)`, the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
