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

interface Window {
  readonly timer: TimerHandle;
  count: number;
  last: RtcError;
}

/** Holds the windows of one wrapped client. */
export class Coalescer {
  readonly #windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
    private readonly filter: (error: RtcError) => boolean,
    private readonly key: (error: RtcError) => string,
    private readonly emit: (error: RtcError) => void,
  ) {}

  /** Reports `error` now, or counts it in its open window. */
  push(error: RtcError): void {
    if (this.windowMs <= 0 || !this.safe(() => this.filter(error), false)) {
      this.emit(error);
      return;
    }
    const key = this.safe(() => this.key(error), coalesceKey(error));
    const open = this.#windows.get(key);
    if (open) {
      open.count += 1;
      open.last = error;
      return;
    }
    const timer = this.clock.setTimeout(() => this.close(key), this.windowMs);
    unrefTimer(timer);
    this.#windows.set(key, { timer, count: 0, last: error });
    this.emit(error);
  }

  private close(key: string): void {
    const window = this.#windows.get(key);
    this.#windows.delete(key);
    if (!window || window.count === 0) return;
    const last = window.last;
    this.emit(withChanges(last, { context: { ...last.context, count: window.count, windowMs: this.windowMs } }));
  }

  /** Drops every open window without reporting it. */
  clear(): void {
    for (const window of this.#windows.values()) this.clock.clearTimeout(window.timer);
    this.#windows.clear();
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
