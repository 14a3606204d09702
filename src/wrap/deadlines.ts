/**
 * Deadlines of one wrapped client on one timer: coalescing windows, held device events and
 * operation timeouts are entries of fixed-delay queues, and the client keeps a single platform
 * timer armed for the earliest of them, whatever the number of entries (a storm of distinct
 * warnings or a thousand pending calls costs no timer each).
 * @module
 */
import { unrefTimer, type Clock, type TimerHandle } from '../retry/clock.js';
import { reportOutOfBand } from '../retry/report.js';

/** An entry of a {@link DeadlineQueue}: `expire()` runs when its deadline passes. */
export interface Deadline {
  /** When it expires, on the clock (set by {@link DeadlineQueue.add}). */
  at: number;
  /** Neighbours in its queue; `queued` is `false` once removed or expired. */
  prevDeadline: Deadline | undefined;
  nextDeadline: Deadline | undefined;
  queued: boolean;
  expire(): void;
}

/**
 * Entries that all wait the same delay, so that they expire in the order they were added: a
 * doubly linked list (O(1) to add and to remove, nothing left behind by an entry that is removed).
 */
export class DeadlineQueue {
  head: Deadline | undefined = undefined;
  private tail: Deadline | undefined = undefined;

  constructor(
    readonly timers: Deadlines,
    readonly delayMs: number,
  ) {}

  /** Queues `entry` to expire `delayMs` from now (or at `at` when given), in order of expiry. */
  add(entry: Deadline, at = this.timers.clock.now() + this.delayMs): void {
    if (entry.queued) this.remove(entry);
    entry.at = at;
    entry.queued = true;
    // in order of expiry: from the tail back (with one delay per queue, the tail is the place)
    let after = this.tail;
    while (after && after.at > at) after = after.prevDeadline;
    const before = after ? after.nextDeadline : this.head;
    entry.prevDeadline = after;
    entry.nextDeadline = before;
    if (after) after.nextDeadline = entry;
    else this.head = entry;
    if (before) before.prevDeadline = entry;
    else this.tail = entry;
    if (this.head === entry) this.timers.arm(at);
  }

  remove(entry: Deadline): void {
    if (!entry.queued) return;
    entry.queued = false;
    const { prevDeadline: prev, nextDeadline: next } = entry;
    if (prev) prev.nextDeadline = next;
    else this.head = next;
    if (next) next.prevDeadline = prev;
    else this.tail = prev;
    entry.prevDeadline = undefined;
    entry.nextDeadline = undefined;
  }

  /** Removes every entry without expiring it. */
  clear(): void {
    while (this.head) this.remove(this.head);
  }

  /** Expires the entries due at `now`, oldest first. */
  expireDue(now: number): void {
    for (let entry = this.head; entry && entry.at <= now; entry = this.head) {
      this.remove(entry);
      try {
        entry.expire();
      } catch (failure) {
        reportOutOfBand(failure);
      }
    }
  }
}

/** The single timer of a wrapped client and the queues it serves. */
export class Deadlines {
  private readonly queues: DeadlineQueue[] = [];
  private timer: TimerHandle | undefined = undefined;
  private timerAt = Infinity;

  constructor(readonly clock: Clock) {}

  /** A queue whose entries expire `delayMs` after they are added. */
  queue(delayMs: number): DeadlineQueue {
    for (const q of this.queues) if (q.delayMs === delayMs) return q;
    const q = new DeadlineQueue(this, delayMs);
    this.queues.push(q);
    return q;
  }

  /** Makes sure the timer fires by `at`. */
  arm(at: number): void {
    if (this.timer !== undefined && this.timerAt <= at) return;
    this.stopTimer();
    this.timerAt = at;
    const timer = this.clock.setTimeout(() => this.fire(), Math.max(0, at - this.clock.now()));
    this.timer = timer;
    unrefTimer(timer);
  }

  /** Timers armed now (0 or 1; for tests). */
  get armed(): number {
    return this.timer === undefined ? 0 : 1;
  }

  /** Clears the timer when no queue has an entry left (a timer that would find nothing due). */
  idle(): void {
    for (const q of this.queues) if (q.head) return;
    this.stopTimer();
  }

  /** Clears every queue and the timer. */
  clear(): void {
    for (const q of this.queues) q.clear();
    this.stopTimer();
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private fire(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.clock.now();
    for (const q of this.queues) q.expireDue(now);
    let next = Infinity;
    for (const q of this.queues) if (q.head && q.head.at < next) next = q.head.at;
    if (next !== Infinity && this.timer === undefined) this.arm(next);
  }
}
