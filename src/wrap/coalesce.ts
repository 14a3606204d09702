/**
 * Coalescing repeated warnings: the first occurrence is reported at once; identical ones inside
 * the window are counted, and when the window closes one more report carries the count
 * (`context.count`, with `context.windowMs`).
 * @module
 */
import { unrefTimer, type Clock, type TimerHandle } from '../retry/clock.js';
import { withChanges } from '../retry/errors.js';
import { reportOutOfBand } from '../retry/report.js';
import type { RtcError } from '../RtcError.js';

/** Options of coalescing (`wrapClient`'s `coalesce`). */
export interface CoalesceOptions {
  /** Length of the window in milliseconds, from the first occurrence. Default: 5 000 ms. */
  readonly windowMs?: number;
  /** Which errors are coalesced. Default: warnings (`kind === 'warning'`). */
  readonly filter?: (error: RtcError) => boolean;
  /**
   * What makes two errors identical. Default: code, vendor, vendor code, kind, operation and the
   * whole `context` (uid, channel, device...).
   */
  readonly key?: (error: RtcError) => string;
}

/** The default identity of an error for coalescing. */
export function coalesceKey(error: RtcError): string {
  const context = Object.keys(error.context)
    .sort()
    .map((k) => [k, error.context[k]]);
  return JSON.stringify([
    error.code,
    error.vendor,
    error.vendorCode ?? null,
    error.kind,
    error.operation ?? null,
    context,
  ]);
}

interface Window extends RepeatHolder {
  readonly key: string;
  readonly timer: TimerHandle;
  /** `false` once closed or cleared. */
  open: boolean;
  last: RtcError;
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

/** Holds the windows of one wrapped client. */
export class Coalescer {
  readonly #windows = new Map<string, Window>();
  /** The last error pushed and the window it went into. */
  #lastPushed: RtcError | undefined;
  #lastWindow: Window | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
    private readonly filter: (error: RtcError) => boolean,
    private readonly key: (error: RtcError) => string,
    private readonly emit: (error: RtcError) => void,
  ) {}

  /** Reports `error` now, or counts it in its open window. */
  push(error: RtcError): void {
    this.#lastPushed = undefined;
    this.#lastWindow = undefined;
    if (this.windowMs <= 0 || !this.safe(() => this.filter(error), false)) {
      this.emit(error);
      return;
    }
    const key = this.safe(() => this.key(error), coalesceKey(error));
    const open = this.#windows.get(key);
    if (open) {
      open.count += 1;
      open.last = error;
      open.lastRaw = undefined;
      open.make = undefined;
      this.#lastPushed = error;
      this.#lastWindow = open;
      return;
    }
    const timer = this.clock.setTimeout(() => this.close(key), this.windowMs);
    unrefTimer(timer);
    const window: Window = { key, timer, open: true, count: 0, last: error, lastRaw: undefined, make: undefined };
    this.#windows.set(key, window);
    this.#lastPushed = error;
    this.#lastWindow = window;
    this.emit(error);
  }

  /**
   * The window `error` (the error pushed last) is counted in, as a {@link RepeatHolder};
   * `undefined` when it was not coalesced.
   */
  holder(error: RtcError): RepeatHolder | undefined {
    const window = this.#lastWindow;
    if (this.#lastPushed !== error || !window?.open) return undefined;
    return window;
  }

  private close(key: string): void {
    const window = this.#windows.get(key);
    this.#windows.delete(key);
    if (!window) return;
    window.open = false;
    if (window.count === 0) return;
    let last = window.last;
    if (window.lastRaw !== undefined && window.make) {
      const raw = window.lastRaw;
      const make = window.make;
      last = this.safe(() => make(raw), undefined) ?? last;
    }
    this.emit(withChanges(last, { context: { ...last.context, count: window.count, windowMs: this.windowMs } }));
  }

  /** Drops every open window without reporting it. */
  clear(): void {
    for (const window of this.#windows.values()) {
      window.open = false;
      this.clock.clearTimeout(window.timer);
    }
    this.#windows.clear();
    this.#lastPushed = undefined;
    this.#lastWindow = undefined;
  }

  /** Open windows (for tests and diagnostics). */
  get size(): number {
    return this.#windows.size;
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
