/**
 * Coalescing repeated errors from the SDK's events: the first occurrence is reported at once;
 * identical ones inside the window are counted, and when the window closes one more report carries
 * the count (`context.count`, with `context.windowMs`). Bounded whatever the storm: at most
 * `maxWindows` windows are open (the least recently hit one is closed early, with its count, to
 * make room), and every window waits on the client's one timer.
 * @module
 */
import type { Clock } from '../retry/clock.js';
import { withContext } from '../retry/errors.js';
import { reportOutOfBand } from '../retry/report.js';
import type { RtcError } from '../RtcError.js';
import { Deadlines, type Deadline, type DeadlineQueue } from './deadlines.js';

/** Options of coalescing (`wrapClient`'s `coalesce`). */
export interface CoalesceOptions {
  /** Length of the window in milliseconds, from the first occurrence. Default: 5 000 ms. */
  readonly windowMs?: number;
  /**
   * Which errors from the SDK's events are coalesced (an operation's failure never is: every call
   * that fails rejects and is reported on its own). Default: every error from an event, warnings
   * and fatal errors alike.
   */
  readonly filter?: (error: RtcError) => boolean;
  /**
   * What makes two errors the same. Default: code, vendor, vendor code, kind and operation (not
   * the context: the same warning about another uid or device is counted in the same window, and
   * the count report carries the context of the last one).
   */
  readonly key?: (error: RtcError) => string;
  /**
   * Most windows open at once. When one more is needed, the least recently hit window closes
   * early (its count reported, so nothing is undercounted). Default: 64.
   */
  readonly maxWindows?: number;
}

/** Default {@link CoalesceOptions.maxWindows}. */
export const DEFAULT_MAX_WINDOWS = 64;

/** The default identity of an error for coalescing: what it is, not whom it is about. */
export function coalesceKey(error: RtcError): string {
  return `${error.code}\u0000${error.vendor}\u0000${String(error.vendorCode ?? '')}\u0000${error.kind}\u0000${error.operation ?? ''}`;
}

/**
 * An open window that counts repeats of its error without the error being built: the caller has
 * recognized a repeat from the raw event arguments and records them here (count, arguments and
 * how to translate them), to be translated only if they are the last of the window when it closes.
 */
export interface RepeatHolder {
  /** `true` while the window is still open. */
  readonly open: boolean;
  /** Repeats counted so far. */
  count: number;
  /** The raw arguments of the last repeat counted, translated by `make` when the window closes. */
  lastRaw: readonly unknown[] | undefined;
  make: ((raw: readonly unknown[]) => RtcError | undefined) | undefined;
}

class Window implements RepeatHolder, Deadline {
  at = 0;
  prevDeadline: Deadline | undefined = undefined;
  nextDeadline: Deadline | undefined = undefined;
  queued = false;
  open = true;
  count = 0;
  lastRaw: readonly unknown[] | undefined = undefined;
  make: ((raw: readonly unknown[]) => RtcError | undefined) | undefined = undefined;

  constructor(
    readonly owner: Coalescer,
    readonly key: string,
    public last: RtcError,
  ) {}

  expire(): void {
    this.owner.close(this);
  }
}

/** Holds the windows of one wrapped client. */
export class Coalescer {
  /** Open windows, least recently hit first. */
  private readonly windows = new Map<string, Window>();
  private readonly queue: DeadlineQueue;
  /** The last error pushed and the window it went into. */
  private lastPushed: RtcError | undefined = undefined;
  private lastWindow: Window | undefined = undefined;

  constructor(
    readonly deadlines: Deadlines | Clock,
    private readonly windowMs: number,
    private readonly filter: (error: RtcError) => boolean,
    private readonly key: (error: RtcError) => string,
    private readonly emit: (error: RtcError) => void,
    private readonly maxWindows = DEFAULT_MAX_WINDOWS,
  ) {
    const timers = deadlines instanceof Deadlines ? deadlines : new Deadlines(deadlines);
    this.queue = timers.queue(windowMs);
  }

  /** Reports `error` now, or counts it in its open window. `fromEvent`: it comes from an SDK event. */
  push(error: RtcError, fromEvent = true): void {
    this.lastPushed = undefined;
    this.lastWindow = undefined;
    if (!fromEvent || this.windowMs <= 0 || !this.safe(() => this.filter(error), false)) {
      this.emit(error);
      return;
    }
    const key = this.safe(() => this.key(error), coalesceKey(error));
    const open = this.windows.get(key);
    if (open) {
      open.count += 1;
      open.last = error;
      open.lastRaw = undefined;
      open.make = undefined;
      // most recently hit: last in the map's order
      this.windows.delete(key);
      this.windows.set(key, open);
      this.lastPushed = error;
      this.lastWindow = open;
      return;
    }
    if (this.windows.size >= Math.max(1, this.maxWindows)) {
      const oldest = this.windows.values().next().value;
      if (oldest) this.close(oldest);
    }
    const window = new Window(this, key, error);
    this.windows.set(key, window);
    this.queue.add(window);
    this.lastPushed = error;
    this.lastWindow = window;
    this.emit(error);
  }

  /**
   * The window `error` (the error pushed last) is counted in, as a {@link RepeatHolder};
   * `undefined` when it was not coalesced.
   */
  holder(error: RtcError): RepeatHolder | undefined {
    const window = this.lastWindow;
    if (this.lastPushed !== error || !window?.open) return undefined;
    return window;
  }

  /** Closes `window` (its time is up, or room is needed): reports its count, if any. */
  close(window: Window): void {
    if (!window.open) return;
    window.open = false;
    this.queue.remove(window);
    if (this.windows.get(window.key) === window) this.windows.delete(window.key);
    if (window.count === 0) return;
    let last = window.last;
    if (window.lastRaw !== undefined && window.make) {
      const raw = window.lastRaw;
      const make = window.make;
      last = this.safe(() => make(raw), undefined) ?? last;
    }
    this.emit(withContext(last, { count: window.count, windowMs: this.windowMs }));
  }

  /** Drops every open window without reporting it. */
  clear(): void {
    for (const window of this.windows.values()) {
      window.open = false;
      this.queue.remove(window);
    }
    this.windows.clear();
    this.lastPushed = undefined;
    this.lastWindow = undefined;
    this.queue.timers.idle();
  }

  /** Open windows (for tests and diagnostics). */
  get size(): number {
    return this.windows.size;
  }

  private safe<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (failure) {
      reportOutOfBand(failure);
      return fallback;
    }
  }
}
