/**
 * A virtual clock for the demo: time only moves when the script says so, and then it jumps from
 * timer to timer at once. Retry delays and coalescing windows keep their real values (a 1.4 s
 * backoff is shown as 1.4 s) while the whole session runs in a few milliseconds.
 * @module
 */
import type { Clock } from '../../src/index.js';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fn: () => void;
}

/** Lets every pending promise reaction run (they all run before the next macrotask). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A {@link Clock} whose time advances only through {@link VirtualClock.advance} and {@link VirtualClock.until}. */
export class VirtualClock implements Clock {
  #now = 0;
  #seq = 0;
  readonly #timers = new Map<number, Timer>();

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): number {
    this.#seq += 1;
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    this.#timers.set(this.#seq, { at: this.#now + delay, seq: this.#seq, fn });
    return this.#seq;
  }

  clearTimeout(handle: unknown): void {
    if (typeof handle === 'number') this.#timers.delete(handle);
  }

  /** Timers not run yet. */
  get pending(): number {
    return this.#timers.size;
  }

  #next(): [number, Timer] | undefined {
    let best: [number, Timer] | undefined;
    for (const entry of this.#timers) {
      const t = entry[1];
      if (!best || t.at < best[1].at || (t.at === best[1].at && t.seq < best[1].seq)) best = entry;
    }
    return best;
  }

  #fire([id, timer]: [number, Timer]): void {
    this.#timers.delete(id);
    this.#now = Math.max(this.#now, timer.at);
    timer.fn();
  }

  /** Moves time forward by `ms`, running the timers that fall due, in order. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    for (;;) {
      await settle();
      const next = this.#next();
      if (!next || next[1].at > end) break;
      this.#fire(next);
    }
    this.#now = end;
    await settle();
  }

  /** Runs timers, jumping from one to the next, until `promise` settles; settles like it. */
  async until<T>(promise: Promise<T>): Promise<T> {
    let done = false;
    promise.then(
      () => (done = true),
      () => (done = true),
    );
    for (;;) {
      await settle();
      if (done) return promise;
      const next = this.#next();
      if (!next) throw new Error('demo clock: the promise waits for something no timer will ever do');
      this.#fire(next);
    }
  }
}
