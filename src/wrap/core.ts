/**
 * The state every layer of an instrumentation shares (see instrument.ts), and how it reports:
 * each error once to every handle, and device errors from events held while an operation is in
 * flight (the SDK fails the operation with the same failure right after).
 * @module
 */
import { normalize } from '../normalize.js';
import { ownValue } from '../own.js';
import { callSafely } from '../retry/report.js';
import { systemClock, type Clock } from '../retry/clock.js';
import type { RtcError } from '../RtcError.js';
import { readProp } from '../safe.js';
import { RawFailure } from './invoke.js';
import { Deadlines, type Deadline, type DeadlineQueue } from './deadlines.js';
import type { RepeatSlot } from './repeats.js';
import type { RunList } from './runs.js';
import type { SessionEvent } from './session.js';
import type { AnyFunction, InstrumentConfig, Sink } from './sink.js';
import type { OperationSpec } from './surface.js';

/** Most device events held at once; the oldest is reported early when one more comes. */
const MAX_HELD = 32;

/** A device error from an event, held while an operation is in flight, and its repeats meanwhile. */
export class HeldEvent implements Deadline {
  at = 0;
  prevDeadline: Deadline | undefined = undefined;
  nextDeadline: Deadline | undefined = undefined;
  queued = false;
  count = 0;
  lastRaw: readonly unknown[] | undefined = undefined;
  make: ((raw: readonly unknown[]) => RtcError | undefined) | undefined = undefined;
  constructor(
    readonly error: RtcError,
    readonly release: (held: HeldEvent) => void,
  ) {}
  expire(): void {
    this.release(this);
  }
}

/**
 * How long a device error from an event is held while an operation is in flight. SDKs emit a
 * device event and then fail the capture call with the same failure (Alibaba's
 * `localDeviceException` before `startAudioCapture` rejects; Agora 3.x's `accessDenied` before
 * `stream.init` fails): when the operation fails with a device error, that one is reported and the
 * held event is dropped; otherwise the event is reported when the operation settles, or after this.
 */
const DEVICE_EVENT_HOLD_MS = 1_000;

const DEFAULT_SPEC: OperationSpec = { style: 'promise' };

/** The shared state of an instrumentation, and its reporting (the base of the layers). */
export class InstrumentationCore {
  readonly sinks = new Set<Sink>();
  protected readonly originals = new Map<string, AnyFunction>();
  protected readonly restores: (() => void)[] = [];
  protected readonly waits = new Set<() => void>();
  /** Runs in progress by operation, so that a superseding operation can end them. */
  protected readonly running = new Map<string, RunList>();
  protected renewing = false;
  protected installed = false;
  /**
   * Codes of conditions the SDK's events have reported and not yet cleared. A `recovered` signal is
   * passed on only for one of these: SDKs also send "all good" notices periodically (Alibaba's
   * network quality ticks), which clear nothing.
   */
  protected readonly activeCodes = new Set<string>();
  /** Changes whenever a code leaves {@link activeCodes}. */
  protected cleared = 0;
  /** Errors already delivered: an SDK method that calls another wrapped method fails with the same one. */
  protected readonly reported = new WeakSet<RtcError>();
  /** Device errors from events, held while an operation is in flight (see DEVICE_EVENT_HOLD_MS), oldest first. */
  protected readonly heldEvents = new Set<HeldEvent>();
  protected readonly deadlines: Deadlines;
  protected readonly holdQueue: DeadlineQueue;
  /** Deadlines of attempts (timeouts and time budgets), in order of expiry. */
  protected readonly attemptQueue: DeadlineQueue;
  protected inFlight = 0;
  /** Per event listened to, the warnings whose repeats are counted without translation. */
  protected readonly slots: RepeatSlot[] = [];

  constructor(
    readonly target: object,
    readonly config: InstrumentConfig,
  ) {
    this.deadlines = config.deadlines ?? new Deadlines(config.clock ?? systemClock);
    this.holdQueue = this.deadlines.queue(DEVICE_EVENT_HOLD_MS);
    this.attemptQueue = this.deadlines.queue(0);
  }

  /** The last operation the app called through the wrapped client (see `EventState`). */
  protected lastOperation: string | undefined = undefined;

  normalize(raw: unknown, operation: string | undefined): RtcError {
    const value = raw instanceof RawFailure ? raw.raw : raw;
    return normalize(value, this.config.adapter, operation !== undefined ? { operation } : undefined);
  }

  /** Delivers an error to every handle, once. `fromEvent`: it comes from an SDK event. */
  report(error: RtcError, fromEvent = false): void {
    if (this.reported.has(error)) return;
    this.reported.add(error);
    this.each((sink) => sink.error(error, fromEvent));
  }

  /** Normalizes a raw failure of `operation` and delivers it (see {@link report}); returns the error. */
  reportFailure(raw: unknown, operation: string): RtcError {
    const error = this.normalize(raw, operation);
    this.report(error);
    return error;
  }

  protected get clock(): Clock {
    return this.config.clock ?? systemClock;
  }

  /** `true` when every handle coalesces: repeats may then be counted instead of reported one by one. */
  protected get coalescing(): boolean {
    if (this.sinks.size === 0) return false;
    for (const sink of this.sinks) if (sink.coalesces !== true || !sink.hold) return false;
    return true;
  }

  /**
   * Holds a device error from an event while an operation is in flight; reports it otherwise.
   * Returns the hold, if it was held.
   */
  protected reportEventError(error: RtcError): HeldEvent | undefined {
    if (this.inFlight === 0 || error.category !== 'device') {
      this.report(error, true);
      return undefined;
    }
    if (this.coalescing) {
      // the same device error again while it is held: counted in that hold
      for (const held of this.heldEvents) {
        const h = held.error;
        if (h.code === error.code && h.vendorCode === error.vendorCode && h.vendor === error.vendor) {
          held.count += 1;
          held.lastRaw = undefined;
          held.make = () => error;
          return held;
        }
      }
    }
    if (this.heldEvents.size >= MAX_HELD) {
      const oldest = this.heldEvents.values().next().value;
      if (oldest) this.release(oldest);
    }
    const held = new HeldEvent(error, this.release);
    this.heldEvents.add(held);
    this.holdQueue.add(held);
    return held;
  }

  /** Reports a held device error (and its repeats, counted in each handle's window). */
  protected readonly release = (held: HeldEvent): void => {
    if (!this.heldEvents.delete(held)) return;
    this.holdQueue.remove(held);
    if (!this.installed) return;
    this.report(held.error, true);
    if (held.count === 0) return;
    for (const sink of [...this.sinks]) {
      const holder = sink.hold?.(held.error);
      if (!holder) continue;
      holder.count += held.count;
      holder.lastRaw = held.lastRaw ?? [];
      holder.make = held.make;
    }
  };

  /** An operation settled: a device failure supersedes the held device events; the rest go out. */
  protected settled(failure: RtcError | undefined): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (failure?.category === 'device') {
      for (const held of this.heldEvents) this.holdQueue.remove(held);
      this.heldEvents.clear();
      return;
    }
    if (this.inFlight === 0 && this.heldEvents.size > 0) for (const held of [...this.heldEvents]) this.release(held);
  }

  protected each(fn: (sink: Sink) => void): void {
    for (const sink of [...this.sinks]) callSafely(() => fn(sink));
  }

  /** Tells the handles that a session operation (`join`, `leave`) started or succeeded (connection health). */
  protected tellSession(event: SessionEvent): void {
    this.each((sink) => sink.session?.(event));
  }

  /** The SDK's own method (before patching). */
  original(name: string): AnyFunction | undefined {
    const saved = this.originals.get(name);
    if (saved) return saved;
    const current = readProp(this.target, name);
    return typeof current === 'function' ? (current as AnyFunction) : undefined;
  }

  /** The surface's description of an operation; unknown methods are taken as promise-returning. */
  spec(name: string): OperationSpec {
    return ownValue(this.config.surface.operations, name) ?? DEFAULT_SPEC;
  }
}
