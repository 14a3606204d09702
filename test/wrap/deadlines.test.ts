/** The client's one timer and its queues of deadlines. */
import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/index.js';
import { Deadlines, type Deadline } from '../../src/wrap/deadlines.js';

class TestClock implements Clock {
  time = 0;
  readonly timers = new Map<number, { at: number; fn: () => void }>();
  #id = 0;
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): number {
    this.#id += 1;
    this.timers.set(this.#id, { at: this.time + ms, fn });
    return this.#id;
  }
  clearTimeout(h: unknown): void {
    this.timers.delete(h as number);
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
  }
}

const entry = (log: string[], name: string): Deadline => ({
  at: 0,
  prevDeadline: undefined,
  nextDeadline: undefined,
  queued: false,
  expire: () => log.push(name),
});

describe('Deadlines', () => {
  it('expires entries in order of their deadlines, whatever the order they were added in, on one timer', () => {
    const clock = new TestClock();
    const deadlines = new Deadlines(clock);
    const q = deadlines.queue(0);
    const log: string[] = [];
    q.add(entry(log, 'c'), 300);
    q.add(entry(log, 'a'), 100);
    q.add(entry(log, 'd'), 400);
    q.add(entry(log, 'b'), 200);
    expect(clock.timers.size).toBe(1);
    clock.advance(250);
    expect(log).toEqual(['a', 'b']);
    clock.advance(1_000);
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    expect(clock.timers.size).toBe(0);
  });

  it('a removed entry never expires; idle() clears a timer with nothing left to wait for', () => {
    const clock = new TestClock();
    const deadlines = new Deadlines(clock);
    const windows = deadlines.queue(1_000);
    const held = deadlines.queue(500);
    const log: string[] = [];
    const w = entry(log, 'window');
    const h = entry(log, 'held');
    windows.add(w);
    held.add(h);
    expect(clock.timers.size).toBe(1);
    windows.remove(w);
    clock.advance(2_000);
    expect(log).toEqual(['held']);
    windows.add(w);
    windows.remove(w);
    deadlines.idle();
    expect(clock.timers.size).toBe(0);
  });
});
