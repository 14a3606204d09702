/**
 * The instrumentation of one SDK object (a client, a track, the SDK's global object): its methods
 * patched as own properties, its error events listened to, its operations run under retry
 * policies. One per object, shared by every `wrapClient` handle that uses the object, so wrapping
 * twice never reports twice; removed when the last handle lets go.
 * @module
 */
import type { Adapter, EventTranslator } from '../adapter.js';
import { normalize } from '../normalize.js';
import { abortedError, isAbortedByApp, withChanges } from '../retry/errors.js';
import type { OperationKind, RetryPolicy } from '../retry/policy.js';
import { callSafely, reportOutOfBand } from '../retry/report.js';
import { retry, type GiveUpEvent, type RetrySavedEvent, type RetryEvent } from '../retry/retry.js';
import { anySignal } from '../retry/sleep.js';
import { systemClock, type Clock } from '../retry/clock.js';
import type { RtcError } from '../RtcError.js';
import { describe, readProp } from '../safe.js';
import { translateEvent, translateWith, translatorOf, type RecoveredEvent, type RtcSignal } from '../signals.js';
import { callOnce, RawFailure, splitCallbacks, type EventWaiter, type Outcome } from './invoke.js';
import type { RepeatHolder } from './coalesce.js';
import { Deadlines, type Deadline, type DeadlineQueue } from './deadlines.js';
import { lateSuccessError, timeoutError } from './timeouts.js';
import { usageError } from './usage.js';
import { sessionRole, type SessionEvent, type SessionRole } from './session.js';
import { isNegativeNumber, type OperationSpec, type TargetSurface } from './surface.js';

type AnyFunction = (...args: unknown[]) => unknown;

/** A shallow copy of an options argument with its token property replaced (see `OperationSpec.tokenKey`). */
function withToken(options: unknown, key: string, token: RenewedToken): unknown {
  return { ...(typeof options === 'object' && options !== null ? options : {}), [key]: token };
}

/** A token as the SDK takes it: a string, or a vendor's auth-info object. */
export type RenewedToken = string | object;

/** What `renewToken` is told. */
export interface TokenRequest {
  /** `expiring`: the SDK warned ahead; `expired`: it has expired; `rejected`: an operation failed with it. */
  readonly reason: 'expiring' | 'expired' | 'rejected';
  /** The error that asked for it. */
  readonly error: RtcError;
  /** The operation that failed, for `rejected`. */
  readonly operation?: string;
}

/** The app's token source. */
export type RenewToken = (request: TokenRequest) => RenewedToken | PromiseLike<RenewedToken>;

/** Where an instrumentation delivers what it produces (one per `wrapClient` handle). */
export interface Sink {
  /** `fromEvent`: the error comes from an SDK event (coalesced), not from an operation's failure. */
  error(error: RtcError, fromEvent?: boolean): void;
  /** `true` when this handle coalesces repeated event errors. */
  readonly coalesces?: boolean;
  recovered(event: RecoveredEvent): void;
  retry(event: RetryEvent): void;
  giveup(event: GiveUpEvent): void;
  /** An operation succeeded after one or more retries (a retry save). */
  saved?(event: RetrySavedEvent): void;
  /** An operation started; `result` is what the caller gets (see {@link Instrumentation.watch}). */
  operation?(name: string, result: Promise<unknown>): void;
  /**
   * The coalescing window `error` (just delivered) is counted in, if any: later repeats of the
   * same event are counted there without being translated.
   */
  hold?(error: RtcError): RepeatHolder | undefined;
  /** A session operation (`join`, `leave`: see session.ts) started or succeeded; for connection health. */
  session?(event: SessionEvent): void;
}

/** A warning event whose repeats are counted without being translated (see {@link Instrumentation}). */
interface RepeatRecord {
  /** The event's arguments, flattened (see `flatten`). */
  readonly flat: readonly unknown[];
  /** Positions of `flat` that hold values (the others: markers, prototypes, keys). */
  readonly values: readonly boolean[];
  /**
   * Value positions whose value may differ in a repeat: another event that differed there was
   * translated and landed in the same windows (the same warning about another uid, say).
   */
  free: boolean[] | undefined;
  readonly code: string;
  /** {@link Instrumentation}'s count of cleared codes when `code` was last made active. */
  cleared: number;
  /** One per sink: the windows the repeats are counted in (none when `held` is set). */
  readonly holders: readonly RepeatHolder[];
  /** The held device event the repeats are counted in, while an operation is in flight. */
  readonly held: HeldEvent | undefined;
  /** Builds the error of a repeat, when it is the last of its window. */
  readonly make: (raw: readonly unknown[]) => RtcError | undefined;
}

/** What the listener of one event keeps: its translator, and its {@link RepeatRecord}s. */
interface RepeatSlot {
  readonly name: string;
  /** The adapter's translator of the event, looked up once. */
  readonly translator: EventTranslator | undefined;
  /** The warnings of this event whose repeats are counted (several: two warnings may alternate). */
  records: RepeatRecord[];
}

/** Most {@link RepeatRecord}s per event; the oldest goes when one more is needed. */
const RECORDS_PER_EVENT = 4;
/** Most device events held at once; the oldest is reported early when one more comes. */
const MAX_HELD = 32;

/** Most arguments, and most fields of an object argument, that a repeat is recognized by. */
const REPEAT_MAX_ARGS = 8;
const REPEAT_MAX_FIELDS = 32;
const END = Symbol('end');
const OBJECT = Symbol('object');

function isPrimitive(value: unknown): boolean {
  return (typeof value !== 'object' || value === null) && typeof value !== 'function';
}

/**
 * The event's arguments as a flat list: the count, then each primitive; for a plain object a
 * marker, its prototype, each enumerable key and primitive value, and an end marker. `undefined`
 * when they are not only primitives and plain objects of primitives (then a repeat is not
 * recognized by its arguments).
 */
function flatten(args: readonly unknown[]): { flat: unknown[]; values: boolean[] } | undefined {
  if (args.length > REPEAT_MAX_ARGS) return undefined;
  const flat: unknown[] = [args.length];
  const values: boolean[] = [false];
  try {
    for (const arg of args) {
      if (isPrimitive(arg)) {
        flat.push(arg);
        values.push(true);
        continue;
      }
      if (typeof arg !== 'object' || arg === null) return undefined;
      const proto: unknown = Object.getPrototypeOf(arg);
      if (proto !== Object.prototype && proto !== null) return undefined;
      flat.push(OBJECT, proto);
      values.push(false, false);
      let fields = 0;
      const record = arg as Record<string, unknown>;
      for (const key in record) {
        const value = record[key];
        if (!isPrimitive(value) || (fields += 1) > REPEAT_MAX_FIELDS) return undefined;
        flat.push(key, value);
        values.push(false, true);
      }
      flat.push(END);
      values.push(false);
    }
  } catch {
    return undefined;
  }
  return { flat, values };
}

/**
 * The value positions where `other` differs from `record`, when they have the same shape (same
 * arguments, keys and prototypes); `undefined` otherwise.
 */
function valueDiff(record: RepeatRecord, other: { flat: readonly unknown[] }): number[] | undefined {
  const a = record.flat;
  const b = other.flat;
  if (a.length !== b.length) return undefined;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (!record.values[i]) return undefined;
    diff.push(i);
  }
  return diff;
}

/**
 * `true` when `args` flatten to `flat`, without building the list. Value positions of `flat` hold
 * primitives only, so `===` against them also rejects an object in their place.
 */
function sameArgs(flat: readonly unknown[], args: readonly unknown[], free: readonly boolean[] | undefined): boolean {
  const n = args.length;
  if (flat[0] !== n) return false;
  let i = 1;
  try {
    for (let a = 0; a < n; a += 1) {
      const arg = args[a];
      const expected = flat[i++];
      if (expected === arg) continue;
      if (free !== undefined && free[i - 1] === true && isPrimitive(arg)) continue;
      if (expected !== OBJECT || typeof arg !== 'object' || arg === null) return false;
      if (flat[i++] !== Object.getPrototypeOf(arg)) return false;
      const record = arg as Record<string, unknown>;
      for (const key in record) {
        if (flat[i] !== key) return false;
        const value = record[key];
        if (flat[i + 1] !== value && !(free !== undefined && free[i + 1] === true && isPrimitive(value))) return false;
        i += 2;
      }
      if (flat[i++] !== END) return false;
    }
  } catch {
    return false;
  }
  return i === flat.length;
}

/** How an object is instrumented. */
export interface InstrumentConfig {
  readonly adapter: Adapter;
  readonly surface: TargetSurface;
  /** Listen to every translated event except these (the client: events other targets own). */
  readonly eventFilter: (name: string) => boolean;
  readonly policyFor: (operation: string, kind: OperationKind) => RetryPolicy;
  readonly renewToken?: RenewToken;
  /** Time source of the hold on device errors from events. Default: the platform clock. */
  readonly clock?: Clock;
  /** The client's one timer (held events, timeouts). Default: one of its own. */
  readonly deadlines?: Deadlines;
  /** The limit of one attempt of an operation (`perCall`: the call's own `timeoutMs`); `undefined`: none. */
  readonly timeoutFor?: (operation: string, spec: OperationSpec, perCall?: number) => number | undefined;
}

/** How one call of {@link Instrumentation.run} is made. */
export interface RunOptions {
  readonly signals?: readonly (AbortSignal | undefined)[];
  /** The call's own limit of one attempt. */
  readonly timeoutMs?: number;
}

/** A device error from an event, held while an operation is in flight, and its repeats meanwhile. */
class HeldEvent implements Deadline {
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

/** The attempt of a run in progress, if the SDK is still at it, and how to stop waiting on its deadline. */
interface AttemptTrack {
  attempt: Promise<unknown> | undefined;
  stopClock: (() => void) | undefined;
}

/** Kinds of operation that leave state behind when they succeed (a session, a published track). */
const STATEFUL: ReadonlySet<string> = new Set(['join', 'publish', 'subscribe']);

/**
 * How long a device error from an event is held while an operation is in flight. SDKs emit a
 * device event and then fail the capture call with the same failure (Alibaba's
 * `localDeviceException` before `startAudioCapture` rejects; Agora 3.x's `accessDenied` before
 * `stream.init` fails): when the operation fails with a device error, that one is reported and the
 * held event is dropped; otherwise the event is reported when the operation settles, or after this.
 */
const DEVICE_EVENT_HOLD_MS = 1_000;

const DEFAULT_SPEC: OperationSpec = { style: 'promise' };

export class Instrumentation {
  readonly sinks = new Set<Sink>();
  readonly #originals = new Map<string, AnyFunction>();
  readonly #restores: (() => void)[] = [];
  readonly #pending = new Set<() => void>();
  /** Runs in progress by operation, so that a superseding operation can end them. */
  readonly #running = new Map<string, RunList>();
  #renewing = false;
  #installed = false;
  /**
   * Codes of conditions the SDK's events have reported and not yet cleared. A `recovered` signal is
   * passed on only for one of these: SDKs also send "all good" notices periodically (Alibaba's
   * network quality ticks), which clear nothing.
   */
  readonly #active = new Set<string>();
  /** Changes whenever a code leaves {@link #active}. */
  #cleared = 0;
  /** Errors already delivered: an SDK method that calls another wrapped method fails with the same one. */
  readonly #reported = new WeakSet<RtcError>();
  /** Device errors from events, held while an operation is in flight (see DEVICE_EVENT_HOLD_MS), oldest first. */
  readonly #held = new Set<HeldEvent>();
  readonly #deadlines: Deadlines;
  readonly #holdQueue: DeadlineQueue;
  /** Deadlines of attempts (timeouts and time budgets), in order of expiry. */
  readonly #attemptQueue: DeadlineQueue;
  #inFlight = 0;
  /** Per event listened to, the warnings whose repeats are counted without translation. */
  readonly #slots: RepeatSlot[] = [];

  constructor(
    readonly target: object,
    readonly config: InstrumentConfig,
  ) {
    this.#deadlines = config.deadlines ?? new Deadlines(config.clock ?? systemClock);
    this.#holdQueue = this.#deadlines.queue(DEVICE_EVENT_HOLD_MS);
    this.#attemptQueue = this.#deadlines.queue(0);
  }

  get active(): boolean {
    return this.#installed;
  }

  /** Patches the operations and subscribes to the events; all or nothing. */
  install(): void {
    try {
      this.#patchAll();
      this.#listen();
      this.#installed = true;
    } catch (error) {
      this.#undo();
      throw error;
    }
  }

  /** Removes every patch and listener, and aborts what is still running (stopping the SDK's attempt). */
  uninstall(): void {
    if (!this.#installed) return;
    this.#installed = false;
    const reason = new Error('the wrapped client was disposed');
    for (const running of [...this.#running.values()]) for (const run of running.snapshot()) run.abort(reason);
    this.#undo();
    this.sinks.clear();
  }

  #undo(): void {
    for (const slot of this.#slots) slot.records = [];
    for (const held of this.#held) this.#holdQueue.remove(held);
    this.#held.clear();
    this.#deadlines.idle();
    for (const cancel of [...this.#pending]) cancel();
    this.#pending.clear();
    for (const restore of this.#restores.splice(0).reverse()) {
      try {
        restore();
      } catch (failure) {
        reportOutOfBand(failure);
      }
    }
  }

  normalize(raw: unknown, operation: string | undefined): RtcError {
    const value = raw instanceof RawFailure ? raw.raw : raw;
    return normalize(value, this.config.adapter, operation !== undefined ? { operation } : undefined);
  }

  /** Delivers an error to every handle, once. `fromEvent`: it comes from an SDK event. */
  report(error: RtcError, fromEvent = false): void {
    if (this.#reported.has(error)) return;
    this.#reported.add(error);
    for (const sink of [...this.sinks]) callSafely(() => sink.error(error, fromEvent));
  }

  get #clock(): Clock {
    return this.config.clock ?? systemClock;
  }

  /** `true` when every handle coalesces: repeats may then be counted instead of reported one by one. */
  get #coalescing(): boolean {
    if (this.sinks.size === 0) return false;
    for (const sink of this.sinks) if (sink.coalesces !== true || !sink.hold) return false;
    return true;
  }

  /**
   * Holds a device error from an event while an operation is in flight; reports it otherwise.
   * Returns the hold, if it was held.
   */
  #reportEventError(error: RtcError): HeldEvent | undefined {
    if (this.#inFlight === 0 || error.category !== 'device') {
      this.report(error, true);
      return undefined;
    }
    if (this.#coalescing) {
      // the same device error again while it is held: counted in that hold
      for (const held of this.#held) {
        const h = held.error;
        if (h.code === error.code && h.vendorCode === error.vendorCode && h.vendor === error.vendor) {
          held.count += 1;
          held.lastRaw = undefined;
          held.make = () => error;
          return held;
        }
      }
    }
    if (this.#held.size >= MAX_HELD) {
      const oldest = this.#held.values().next().value;
      if (oldest) this.#release(oldest);
    }
    const held = new HeldEvent(error, this.#release);
    this.#held.add(held);
    this.#holdQueue.add(held);
    return held;
  }

  /** Reports a held device error (and its repeats, counted in each handle's window). */
  readonly #release = (held: HeldEvent): void => {
    if (!this.#held.delete(held)) return;
    this.#holdQueue.remove(held);
    if (!this.#installed) return;
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
  #settled(failure: RtcError | undefined): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (failure?.category === 'device') {
      for (const held of this.#held) this.#holdQueue.remove(held);
      this.#held.clear();
      return;
    }
    if (this.#inFlight === 0 && this.#held.size > 0) for (const held of [...this.#held]) this.#release(held);
  }

  #each(fn: (sink: Sink) => void): void {
    for (const sink of [...this.sinks]) callSafely(() => fn(sink));
  }

  /** The SDK's own method (before patching). */
  original(name: string): AnyFunction | undefined {
    const saved = this.#originals.get(name);
    if (saved) return saved;
    const current = readProp(this.target, name);
    return typeof current === 'function' ? (current as AnyFunction) : undefined;
  }

  /** The surface's description of an operation; unknown methods are taken as promise-returning. */
  spec(name: string): OperationSpec {
    const ops = this.config.surface.operations;
    return Object.prototype.hasOwnProperty.call(ops, name) ? (ops[name] ?? DEFAULT_SPEC) : DEFAULT_SPEC;
  }

  /**
   * Runs an operation under its retry policy. Settles with the outcome, or rejects with the final
   * RtcError, which has then been reported once (an abort by the app is not reported, nor is an
   * unknown operation: that is an `invalid_usage` of this library, not an SDK failure).
   */
  run(name: string, thisArg: unknown, args: readonly unknown[], options: RunOptions = {}): Promise<Outcome> {
    const spec = this.spec(name);
    const fn = this.original(name);
    if (!fn) {
      return Promise.reject(usageError(`'${name}' is not an operation of this client (no method of that name)`, name));
    }
    this.#supersede(name, spec);
    const role = sessionRole(this.config.surface, name);
    if (role !== undefined)
      return this.#session(name, role, () =>
        this.#retry(name, spec, fn, thisArg, args, options.signals ?? [], undefined, options.timeoutMs),
      );
    return this.#retry(name, spec, fn, thisArg, args, options.signals ?? [], undefined, options.timeoutMs);
  }

  /** Tells the handles that ask (telemetry spans) that operation `name` started, settling as `result`. */
  watch<T>(name: string, result: Promise<T>): Promise<T> {
    for (const sink of this.sinks) if (sink.operation) callSafely(() => sink.operation?.(name, result));
    return result;
  }

  /** Runs a session operation, telling the sinks when it starts and when it succeeds (health). */
  #session<T>(name: string, role: SessionRole, run: () => Promise<T>): Promise<T> {
    this.#each((sink) => sink.session?.({ operation: name, role, phase: 'start' }));
    const promise = run();
    promise.then(
      () => this.#each((sink) => sink.session?.({ operation: name, role, phase: 'success' })),
      () => undefined,
    );
    return promise;
  }

  /** The runs of `name` in progress. */
  #runs(name: string): RunList {
    let running = this.#running.get(name);
    if (!running) {
      running = new RunList();
      this.#running.set(name, running);
    }
    return running;
  }

  /** The operation that undoes `name` (`leave` for `join`, `unpublish` for `publish`): the most specific one that supersedes it. */
  #undoOf(name: string): string | undefined {
    let best: string | undefined;
    let width = Infinity;
    for (const [other, spec] of Object.entries(this.config.surface.operations)) {
      const list = spec?.supersedes;
      if (list?.includes(name) && list.length < width && this.original(other)) {
        best = other;
        width = list.length;
      }
    }
    return best;
  }

  /**
   * An attempt of `name` that was given up on (timed out, or aborted while the SDK was still at
   * it) must not leave a ghost: a stateful operation is undone at once when it can be (its undo
   * operation called on the SDK: `leave` for a join, `unpublish` for a publish, with the same
   * arguments except for a join), and undone again if it still succeeds later while no other
   * attempt of the operation has started. Its late outcome is
   * reported through `error` with `context.late` (never an unhandled rejection). Settles when the
   * attempt can be followed by another: the undo settled, or, for a stateful operation that cannot
   * be undone, the attempt itself settled.
   */
  #abandon(
    name: string,
    spec: OperationSpec,
    thisArg: unknown,
    args: readonly unknown[],
    pending: Promise<unknown>,
  ): Promise<void> {
    const stateful = STATEFUL.has(spec.kind ?? 'default');
    const undoName = stateful ? this.#undoOf(name) : undefined;
    const undo = (): Promise<void> => {
      if (undoName === undefined) return Promise.resolve();
      const undoFn = this.original(undoName);
      if (!undoFn) return Promise.resolve();
      const undoSpec = this.spec(undoName);
      const undoArgs = spec.kind === 'join' ? [] : [...args];
      return callOnce(undoSpec, undoFn, thisArg, undoArgs, this.#waitForEvent, () => undefined).then(
        () => undefined,
        () => undefined,
      );
    };
    const late = (context: Record<string, string | number | boolean>, error: RtcError): void => {
      if (!this.#installed) return;
      this.report(
        withLate(error, { late: true, ...context, ...(undoName !== undefined ? { undoneBy: undoName } : {}) }),
      );
    };
    const runs = this.#runs(name);
    const generation = runs.started;
    const settled = pending.then(
      () => {
        // undone again, unless another attempt of the operation started since (it may hold the session now)
        if (undoName !== undefined && runs.started === generation) void undo();
        late({ lateOutcome: 'succeeded' }, lateSuccessError(name));
      },
      (raw: unknown) => late({ lateOutcome: 'failed' }, this.normalize(raw, name)),
    );
    if (!stateful) return Promise.resolve();
    if (undoName !== undefined) return undo();
    return settled;
  }

  /** The deadline of an attempt starting now: its own limit, or what is left of the time budget. */
  #attemptLimit(limit: number | undefined, budgetEnd: number): { ms: number; budget: boolean } | undefined {
    const left = budgetEnd - this.#clock.now();
    if (limit === undefined && !Number.isFinite(left)) return undefined;
    if (limit === undefined || left < limit) return { ms: Math.max(0, left), budget: true };
    return { ms: limit, budget: false };
  }

  /**
   * One attempt with a deadline: settles like `pending`, or, when the deadline passes first, gives
   * the attempt up ({@link #abandon}) and rejects with a `network_timeout`.
   */
  #withDeadline(
    name: string,
    spec: OperationSpec,
    thisArg: unknown,
    args: readonly unknown[],
    pending: Promise<Outcome>,
    limit: { ms: number; budget: boolean } | undefined,
    track: AttemptTrack,
  ): Promise<Outcome> {
    track.attempt = pending;
    const done = (): void => {
      if (track.attempt === pending) track.attempt = undefined;
    };
    if (limit === undefined) {
      pending.then(done, done);
      return pending;
    }
    return new Promise<Outcome>((resolve, reject) => {
      const deadline: Deadline = {
        at: 0,
        prevDeadline: undefined,
        nextDeadline: undefined,
        queued: false,
        expire: () => {
          done();
          const error = timeoutError(name, limit.ms, limit.budget);
          this.#abandon(name, spec, thisArg, args, pending).then(
            () => reject(new RawFailure(error)),
            () => reject(new RawFailure(error)),
          );
        },
      };
      this.#attemptQueue.add(deadline, this.#clock.now() + limit.ms);
      track.stopClock = () => this.#attemptQueue.remove(deadline);
      pending.then(
        (outcome) => {
          if (!deadline.queued) return;
          this.#attemptQueue.remove(deadline);
          this.#deadlines.idle();
          done();
          resolve(outcome);
        },
        (raw: unknown) => {
          if (!deadline.queued) return;
          this.#attemptQueue.remove(deadline);
          this.#deadlines.idle();
          done();
          reject(raw);
        },
      );
    });
  }

  /**
   * The retry machinery around an operation (already superseding what it supersedes). With
   * `first`, the first attempt has already been made and failed with `first.raw` (once `first.after`
   * settles: a timed-out first attempt is undone first).
   */
  #retry(
    name: string,
    spec: OperationSpec,
    fn: AnyFunction,
    thisArg: unknown,
    args: readonly unknown[],
    signals: readonly (AbortSignal | undefined)[],
    first: { readonly raw: unknown; readonly after?: Promise<void>; readonly start?: number } | undefined,
    perCallTimeout?: number,
  ): Promise<Outcome> {
    let current = [...args];
    const own = new AbortController();
    const running = this.#runs(name);
    const entry = new ControllerRun(own);
    running.add(entry);
    const combined = anySignal([own.signal, ...signals]);
    this.#inFlight += 1;
    const release = (failure?: RtcError): void => {
      combined.release();
      running.remove(entry);
      this.#settled(failure);
      // a timer left with nothing to wait for is cleared (not on the fast path: re-arming costs)
      this.#deadlines.idle();
    };
    const onLate = (raw: unknown): void => this.report(this.normalize(raw, name));
    const policy = this.config.policyFor(name, spec.kind ?? 'default');
    const budgetEnd = (first?.start ?? this.#clock.now()) + policy.budgetMs;
    const limit = this.config.timeoutFor?.(name, spec, perCallTimeout);
    const track: AttemptTrack = { attempt: undefined, stopClock: undefined };
    let failedFirst = first;
    const promise = retry(
      (/* attempt */) => {
        if (failedFirst) {
          const { raw, after } = failedFirst;
          failedFirst = undefined;
          const failure = new RawFailure(raw);
          return after ? after.then(() => Promise.reject(failure)) : Promise.reject(failure);
        }
        running.started += 1;
        const pending = callOnce(spec, fn, thisArg, current, this.#waitForEvent, onLate);
        return this.#withDeadline(name, spec, thisArg, current, pending, this.#attemptLimit(limit, budgetEnd), track);
      },
      policy,
      {
        operation: name,
        startedAt: first?.start ?? budgetEnd - policy.budgetMs,
        attemptsBounded: true,
        ...(combined.signal ? { signal: combined.signal } : {}),
        normalize: (raw) => this.normalize(raw, name),
        onRetry: (event) => this.#each((sink) => sink.retry(event)),
        onGiveUp: (event) => this.#each((sink) => sink.giveup(event)),
        onSaved: (event) => this.#each((sink) => sink.saved?.(event)),
        recover: (error) =>
          this.#renewForOperation(name, spec, error, (token) => {
            if (spec.tokenArg === undefined) return;
            current = [...current];
            while (current.length <= spec.tokenArg) current.push(undefined);
            current[spec.tokenArg] =
              spec.tokenKey === undefined ? token : withToken(current[spec.tokenArg], spec.tokenKey, token);
          }),
      },
    );
    return promise.then(
      (outcome) => {
        release();
        return outcome;
      },
      (error: RtcError) => {
        const aborted = isAbortedByApp(error);
        track.stopClock?.();
        // aborted while the SDK was still at it (not by a superseding call, which ends it itself)
        if (aborted && track.attempt && !(error.cause instanceof SupersededError)) {
          void this.#abandon(name, spec, thisArg, current, track.attempt);
        }
        release(aborted ? undefined : error);
        if (!aborted) this.report(error);
        throw error;
      },
    );
  }

  /**
   * An operation called through its patched method: the first attempt is made at once, with no
   * more than an entry in the runs in progress (so that `dispose()` or a superseding operation
   * still ends it promptly) and its deadline; the retry machinery is set up only if that attempt
   * fails or times out. `callback`: the operation is callback-style (the first attempt through
   * `callOnce`; a synchronous throw of the SDK is thrown back, as an RtcError).
   * `later` turns the outcome of the retries into the result.
   */
  #runFast<T>(op: FastOperation<T>, thisArg: unknown, args: unknown[]): Promise<T> {
    this.#supersede(op.name, op.spec);
    // in flight from the call on: a device event the SDK emits during the call is held
    this.#inFlight += 1;
    op.running.started += 1;
    const start = this.#clock.now();
    let result: unknown;
    try {
      result = op.callback
        ? callOnce(op.spec, op.fn, thisArg, args, this.#waitForEvent, op.onLate, true)
        : op.fn.apply(thisArg, args);
    } catch (raw) {
      if (op.callback && raw instanceof RawFailure) {
        // the SDK threw at once (a call it refuses, such as publish before join): thrown back
        const error = this.normalize(raw, op.name);
        this.#settled(error);
        this.report(error);
        throw error;
      }
      this.#inFlight -= 1;
      return this.#retry(op.name, op.spec, op.fn, thisArg, args, [], { raw, start }).then(op.later);
    }
    const run = new FastRun<T>(op, thisArg, args, Promise.resolve(result), start);
    // the shared executor hands the resolving functions over: no closure made for it per call
    const promise = new Promise<T>(captureResolvers);
    run.resolve = capturedResolve as (value: T) => void;
    run.reject = capturedReject;
    op.running.add(run);
    const limit = op.limit;
    if (limit !== undefined) this.#attemptQueue.add(run, start + limit);
    run.pending.then(
      (value) => run.succeed(value as T),
      (raw: unknown) => run.fail(raw),
    );
    return promise;
  }

  /** How a {@link FastRun} ends: succeeded or aborted (no failure), or failed first (retries take over). */
  readonly #fastEnd = (
    run: FastRun<unknown>,
    failed: { readonly raw: unknown; readonly timedOut?: boolean } | undefined,
    abortReason?: unknown,
  ): void => {
    this.#attemptQueue.remove(run);
    const op = run.op;
    if (!failed) {
      if (abortReason !== undefined && !(abortReason instanceof SupersededError)) {
        // dispose() while the SDK is still at it: the SDK's attempt is stopped too
        void this.#abandon(op.name, op.spec, run.thisArg, run.args, run.pending);
      }
      this.#settled(undefined);
      if (abortReason !== undefined) this.#deadlines.idle();
      return;
    }
    // the retries take this run over (no settling in between: held device events stay held)
    this.#inFlight -= 1;
    this.#deadlines.idle();
    const after = failed.timedOut ? this.#abandon(op.name, op.spec, run.thisArg, run.args, run.pending) : undefined;
    this.#retry(op.name, op.spec, op.fn, run.thisArg, run.args, [], {
      raw: failed.raw,
      start: run.start,
      ...(after ? { after } : {}),
    }).then((outcome) => run.resolve(op.later(outcome)), run.reject);
  };

  /** The deadline of a first attempt on the fast path: its timeout, or the time budget if shorter. */
  #fastLimit(name: string, spec: OperationSpec): { limit: number | undefined; limitIsBudget?: boolean } {
    const timeout = this.config.timeoutFor?.(name, spec);
    const budget = this.config.policyFor(name, spec.kind ?? 'default').budgetMs;
    if (Number.isFinite(budget) && (timeout === undefined || budget < timeout))
      return { limit: budget, limitIsBudget: true };
    return { limit: timeout };
  }

  /** The last operation the app called through the wrapped client (see `EventState`). */
  #lastOperation: string | undefined;

  /** Ends the pending runs of the operations `spec` supersedes (and records the call). */
  #supersede(name: string, spec: OperationSpec): void {
    this.#lastOperation = name; // for event translators: a state change after the app's leave() is not an error
    const supersedes = spec.supersedes;
    if (supersedes === undefined) return;
    for (const other of supersedes) {
      for (const run of this.#running.get(other)?.snapshot() ?? []) {
        run.abort(new SupersededError(name));
      }
    }
  }
  #patchAll(): void {
    const target = this.target as Record<string, unknown>;
    for (const name of Object.keys(this.config.surface.operations)) {
      const original = readProp(target, name);
      if (typeof original !== 'function') continue;
      const fn = original as AnyFunction;
      this.#originals.set(name, fn);
      const patched = this.#makePatched(name, fn);
      try {
        Object.defineProperty(patched, 'name', { value: fn.name, configurable: true });
      } catch {
        // a name is cosmetic
      }
      const own = Object.getOwnPropertyDescriptor(target, name);
      try {
        if (own && !own.configurable) {
          if (!own.writable) throw new TypeError('the property is read-only');
          target[name] = patched;
          this.#restores.push(() => {
            target[name] = own.value;
          });
        } else {
          Object.defineProperty(target, name, {
            value: patched,
            writable: true,
            configurable: true,
            enumerable: own?.enumerable ?? false,
          });
          this.#restores.push(() => {
            if (own) Object.defineProperty(target, name, own);
            else delete target[name];
          });
        }
      } catch (failure) {
        throw new TypeError(
          `rtc-errors: cannot patch method '${name}' of this object (${describe(failure)}); wrapClient needs an object whose methods can be replaced`,
          { cause: failure },
        );
      }
    }
  }

  #makePatched(name: string, original: AnyFunction): AnyFunction {
    const spec = this.spec(name);
    const role = sessionRole(this.config.surface, name);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched methods need the SDK's `this`
    const self = this;
    const installed = (): boolean => this.#installed;
    const supersede = (): void => this.#supersede(name, spec);
    // made at the first call: wrapping stays cheap for the many operations an app never calls
    let promiseOp: FastOperation<unknown> | undefined;
    let callbackOp: FastOperation<Outcome> | undefined;
    const operation = <T>(callback: boolean, later: (outcome: Outcome) => T): FastOperation<T> => ({
      name,
      spec,
      fn: original,
      callback,
      later,
      running: this.#runs(name),
      onLate: (raw) => this.report(this.normalize(raw, name)),
      end: this.#fastEnd as FastEnd<T>,
      ...this.#fastLimit(name, spec),
    });
    const callBack = (thisArg: unknown, args: unknown[]): Promise<Outcome> =>
      this.watch(name, this.#runFast((callbackOp ??= operation(true, (outcome) => outcome)), thisArg, args));
    const fail = (raw: unknown): RtcError => {
      const error = this.normalize(raw, name);
      this.report(error);
      return error;
    };
    switch (spec.style) {
      case 'promise':
        return function patched(this: unknown, ...args: unknown[]) {
          if (!self.#installed) return original.apply(this, args);
          const op = (promiseOp ??= operation(false, outcomeValue));
          if (role !== undefined)
            return self.watch(
              name,
              self.#session(name, role, () => self.#runFast(op, this, args)),
            );
          return self.watch(name, self.#runFast(op, this, args));
        };
      case 'sync':
      case 'return-code': {
        const failed = spec.style === 'return-code' ? (spec.failed ?? isNegativeNumber) : undefined;
        return function patched(this: unknown, ...args: unknown[]) {
          if (!installed()) return original.apply(this, args);
          supersede();
          if (role !== undefined) self.#each((sink) => sink.session?.({ operation: name, role, phase: 'start' }));
          let value: unknown;
          try {
            value = original.apply(this, args);
          } catch (raw) {
            throw fail(raw);
          }
          if (failed && safeTest(() => failed(value))) fail(value);
          else if (role !== undefined)
            self.#each((sink) => sink.session?.({ operation: name, role, phase: 'success' }));
          return value;
        };
      }
      case 'callback':
        return function patched(this: unknown, ...args: unknown[]) {
          if (!installed()) return original.apply(this, args);
          const call = splitCallbacks(spec, args);
          (role !== undefined
            ? self.#session(name, role, () => callBack(this, call.head))
            : callBack(this, call.head)
          ).then(
            (outcome) => {
              if (call.onSuccess) callSafely(() => call.onSuccess?.apply(this, [...outcome.callbackArgs]));
            },
            (error: unknown) => {
              if (call.onFailure) callSafely(() => call.onFailure?.call(this, error));
            },
          );
          return undefined;
        };
    }
  }

  #eventApi(): { on: AnyFunction; off: AnyFunction } | undefined {
    const sub = this.config.surface.events;
    if (sub?.style !== 'emitter') return undefined;
    const on = readProp(this.target, sub.on);
    const off = readProp(this.target, sub.off);
    if (typeof on !== 'function' || typeof off !== 'function') {
      throw new TypeError(
        `rtc-errors: cannot listen to this object's events: it has no ${sub.on}()/${sub.off}() methods`,
      );
    }
    return { on: on as AnyFunction, off: off as AnyFunction };
  }

  #listen(): void {
    const sub = this.config.surface.events;
    if (!sub) return;
    const names = Object.keys(this.config.adapter.events).filter((name) => this.config.eventFilter(name));
    if (names.length === 0) return;
    const target = this.target;
    if (sub.style === 'emitter') {
      const api = this.#eventApi();
      if (!api) return;
      for (const name of names) {
        const slot = this.#slot(name);
        const listener = (...args: unknown[]): void => this.#onEvent(args, slot);
        api.on.call(target, name, listener);
        this.#restores.push(() => api.off.call(target, name, listener));
      }
      return;
    }
    const register = readProp(target, sub.register);
    const unregister = readProp(target, sub.unregister);
    if (typeof register !== 'function' || typeof unregister !== 'function') {
      throw new TypeError(
        `rtc-errors: cannot listen to this object's events: it has no ${sub.register}()/${sub.unregister}() methods`,
      );
    }
    const handler: Record<string, AnyFunction> = {};
    for (const name of names) {
      const slot = this.#slot(name);
      handler[name] = (...args: unknown[]) => this.#onEvent(args, slot);
    }
    (register as AnyFunction).call(target, handler);
    this.#restores.push(() => (unregister as AnyFunction).call(target, handler));
  }

  #slot(name: string): RepeatSlot {
    const slot: RepeatSlot = { name, translator: translatorOf(this.config.adapter, name), records: [] };
    this.#slots.push(slot);
    return slot;
  }

  #onEvent(args: readonly unknown[], slot: RepeatSlot): void {
    if (!this.#installed) return;
    const records = slot.records;
    for (let r = 0; r < records.length; r += 1) {
      const record = records[r]!;
      const counted = this.#countRepeat(record, args);
      if (counted === true) return;
      if (counted === undefined) {
        // its windows closed (or its hold ended): forgotten
        records.splice(r, 1);
        r -= 1;
      }
    }
    const translator = slot.translator;
    if (translator === undefined) return;
    const name = slot.name;
    try {
      const state = this.#lastOperation !== undefined ? { lastOperation: this.#lastOperation } : undefined;
      const signals = translateWith(this.config.adapter, name, translator, args, undefined, state);
      // the usual case, an event that means nothing (a state change that is not an error): done
      if (signals.length === 0) return;
      let held: HeldEvent | undefined;
      for (const signal of signals) {
        if (signal.type === 'error') {
          this.#active.add(signal.error.code);
          held = this.#reportEventError(signal.error);
          this.#renewFromEvent(signal.error);
        } else if (this.#active.delete(signal.recovered.code)) {
          this.#cleared += 1;
          this.#each((sink) => sink.recovered(signal.recovered));
        }
      }
      this.#holdRepeats(slot, args, signals, held);
    } catch (failure) {
      // never into the SDK's dispatch
      reportOutOfBand(failure);
    }
  }

  /**
   * A repeat of the event `record` stands for (the same arguments, except at positions learnt to
   * vary, while every handle's window for it is open or its hold lasts) is counted there without
   * being translated: the error it would become is built only if it is the last of its window.
   * Same outcome as the full path, at a fraction. `false`: not a repeat; `undefined`: the record is
   * over (its windows closed).
   */
  #countRepeat(record: RepeatRecord, args: readonly unknown[]): boolean | undefined {
    const held = record.held;
    if (held !== undefined) {
      if (!held.queued) return undefined;
      if (!sameArgs(record.flat, args, record.free)) return false;
      held.count += 1;
      held.lastRaw = args;
      held.make = record.make;
      return true;
    }
    const holders = record.holders;
    const n = holders.length;
    if (n !== this.sinks.size) return undefined;
    for (let h = 0; h < n; h += 1) if (!holders[h]!.open) return undefined;
    if (!sameArgs(record.flat, args, record.free)) return false;
    if (record.cleared !== this.#cleared) {
      this.#active.add(record.code);
      record.cleared = this.#cleared;
    }
    for (let h = 0; h < n; h += 1) {
      const holder = holders[h]!;
      holder.count += 1;
      holder.lastRaw = args;
      holder.make = record.make;
    }
    return true;
  }

  /**
   * After an event was translated into one coalesced (or held) error: remembers its arguments so
   * that its repeats can be counted by {@link #countRepeat}. When it differs from a remembered
   * event only in some values and went into the same windows (or hold), those values are learnt to
   * vary instead (a warning about another uid is counted with the others, untranslated). Not for
   * token errors (they renew the token).
   */
  #holdRepeats(
    slot: RepeatSlot,
    args: readonly unknown[],
    signals: readonly RtcSignal[],
    held: HeldEvent | undefined,
  ): void {
    if (signals.length !== 1 || !this.#coalescing) return;
    const signal = signals[0];
    if (signal?.type !== 'error') return;
    const error = signal.error;
    if (error.code.startsWith('token_')) return;
    const holders: RepeatHolder[] = [];
    if (held === undefined) {
      for (const sink of this.sinks) {
        const holder = sink.hold?.(error);
        if (!holder) return;
        holders.push(holder);
      }
    }
    const flat = flatten(args);
    if (!flat) return;
    for (const record of slot.records) {
      const same =
        held !== undefined
          ? record.held === held
          : record.held === undefined && record.holders.every((holder, h) => holder === holders[h]);
      if (!same) continue;
      const diff = valueDiff(record, flat);
      if (diff === undefined) continue;
      const free = (record.free ??= []);
      for (const i of diff) free[i] = true;
      return;
    }
    const name = slot.name;
    // every handle's window that closes on the same last repeat gets the same error, as before
    let memo: { raw: readonly unknown[]; error: RtcError | undefined } | undefined;
    const make = (raw: readonly unknown[]): RtcError | undefined => {
      if (memo?.raw !== raw) {
        const [again] = translateEvent(this.config.adapter, name, raw);
        memo = { raw, error: again?.type === 'error' ? again.error : undefined };
      }
      return memo.error;
    };
    if (slot.records.length >= RECORDS_PER_EVENT) slot.records.shift();
    slot.records.push({
      flat: flat.flat,
      values: flat.values,
      free: undefined,
      code: error.code,
      cleared: this.#cleared,
      holders,
      held,
      make,
    });
  }

  readonly #waitForEvent: EventWaiter = (event, match) => {
    const api = this.#eventApi();
    if (!api) return undefined;
    const target = this.target;
    let stop = (): void => undefined;
    const promise = new Promise<readonly unknown[]>((resolve, reject) => {
      const listener = (...args: unknown[]): void => {
        if (!match(args)) return;
        detach();
        resolve(args);
      };
      const detach = (): void => {
        this.#pending.delete(stop);
        try {
          api.off.call(target, event, listener);
        } catch (failure) {
          reportOutOfBand(failure);
        }
      };
      stop = () => {
        detach();
        reject(new Error('no longer waiting'));
      };
      this.#pending.add(stop);
      api.on.call(target, event, listener);
    });
    promise.catch(() => undefined);
    return { promise, cancel: () => stop() };
  };

  async #callRenew(token: RenewedToken): Promise<void> {
    const renew = this.config.surface.renew;
    if (!renew) return;
    const fn = this.original(renew.method);
    if (!fn) throw new TypeError(`${renew.method} is not a function of this object`);
    await callOnce(
      { style: renew.style },
      fn,
      this.target,
      [token],
      () => undefined,
      () => undefined,
    );
  }

  async #renewForOperation(
    name: string,
    spec: OperationSpec,
    error: RtcError,
    setToken: (token: RenewedToken) => void,
  ): Promise<boolean> {
    const renewToken = this.config.renewToken;
    const renew = this.config.surface.renew;
    if (!renewToken || (error.code !== 'token_expired' && error.code !== 'token_invalid')) return false;
    if (spec.tokenArg === undefined && !renew) return false;
    const step = spec.tokenArg !== undefined ? 'renewToken' : (renew?.method ?? 'renewToken');
    try {
      const token = await renewToken({ reason: 'rejected', error, operation: name });
      if (spec.tokenArg !== undefined) setToken(token);
      else await this.#callRenew(token);
      return true;
    } catch (raw) {
      if (this.#installed) this.report(this.normalize(raw, step));
      return false;
    }
  }

  #renewFromEvent(error: RtcError): void {
    const renewToken = this.config.renewToken;
    const renew = this.config.surface.renew;
    if (!renewToken || !renew || this.#renewing) return;
    const expiring = error.code === 'token_expiring';
    const expired = error.code === 'token_expired' && renew.afterExpiry === true;
    if (!expiring && !expired) return;
    this.#renewing = true;
    let step = 'renewToken';
    void (async () => {
      try {
        const token = await renewToken({ reason: expiring ? 'expiring' : 'expired', error });
        if (!this.#installed) return;
        step = renew.method;
        await this.#callRenew(token);
        if (!this.#installed) return;
        const recovered: RecoveredEvent = {
          code: error.code,
          vendor: error.vendor,
          ...(error.vendorCode !== undefined ? { vendorCode: error.vendorCode } : {}),
          ...(error.vendorName !== undefined ? { vendorName: error.vendorName } : {}),
          detail: `token renewed with ${renew.method}()`,
          context: { renewed: true },
          cause: error.cause,
        };
        this.#each((sink) => sink.recovered(recovered));
      } catch (raw) {
        if (this.#installed) this.report(this.normalize(raw, step));
      } finally {
        this.#renewing = false;
      }
    })();
  }
}

/** A run in progress, as a superseding operation or `dispose()` ends it. */
interface Abortable {
  abort(reason: unknown): void;
  /** Neighbours in the {@link RunList} it is in. */
  prev: Abortable | undefined;
  next: Abortable | undefined;
  listed: boolean;
}

/**
 * The runs of one operation in progress. The usual case, one run at a time, is a single slot (two
 * writes per run); runs that overlap it go into a doubly linked list (no hashing per run, unlike a Set).
 */
class RunList {
  /** Attempts of the operation started so far (a late success is undone only if none started since). */
  started = 0;
  /** The oldest run, when it started with nothing else in progress. */
  #only: Abortable | undefined;
  #head: Abortable | undefined;

  add(run: Abortable): void {
    run.listed = true;
    if (this.#only === undefined && this.#head === undefined) {
      this.#only = run;
      return;
    }
    run.prev = undefined;
    run.next = this.#head;
    if (this.#head) this.#head.prev = run;
    this.#head = run;
  }

  remove(run: Abortable): void {
    if (!run.listed) return;
    run.listed = false;
    if (this.#only === run) {
      this.#only = undefined;
      return;
    }
    if (run.prev) run.prev.next = run.next;
    else this.#head = run.next;
    if (run.next) run.next.prev = run.prev;
    run.prev = undefined;
    run.next = undefined;
  }

  /** The runs now, oldest first (to abort them while they remove themselves). */
  snapshot(): Abortable[] {
    const runs: Abortable[] = [];
    for (let run = this.#head; run; run = run.next) runs.unshift(run);
    if (this.#only !== undefined) runs.unshift(this.#only);
    return runs;
  }
}

/** A run with the retry machinery, ended through its `AbortController`. */
class ControllerRun implements Abortable {
  prev: Abortable | undefined = undefined;
  next: Abortable | undefined = undefined;
  listed = false;
  constructor(readonly controller: AbortController) {}
  abort(reason: unknown): void {
    this.controller.abort(reason);
  }
}

/** What the fast path of one patched method needs (made once per method). */
interface FastOperation<T> {
  readonly name: string;
  readonly spec: OperationSpec;
  readonly fn: AnyFunction;
  /** Callback-style: the first attempt goes through `callOnce`. */
  readonly callback: boolean;
  /** The result from the outcome of the retries. */
  readonly later: (outcome: Outcome) => T;
  readonly running: RunList;
  /** A failure callback after success. */
  readonly onLate: (raw: unknown) => void;
  /** How its runs end (`Instrumentation.#fastEnd`). */
  readonly end: FastEnd<T>;
  /** The deadline of the first attempt, from its start: its timeout or time budget; `undefined`: none. */
  readonly limit: number | undefined;
  /** `true` when `limit` is the time budget (shorter than the timeout). */
  readonly limitIsBudget?: boolean;
}

/** How a {@link FastRun} reports its end to its instrumentation (see `Instrumentation.#fastEnd`). */
type FastEnd<T> = (
  run: FastRun<T>,
  failed: { readonly raw: unknown; readonly timedOut?: boolean } | undefined,
  abortReason?: unknown,
) => void;

/** The result of a promise-style operation from the outcome of its retries. */
const outcomeValue = (outcome: Outcome): unknown => outcome.value;

// The resolving functions of the promise last made with `captureResolvers` as its executor.
let capturedResolve: (value: never) => void = () => undefined;
let capturedReject: (reason: unknown) => void = () => undefined;

/** A promise executor made once: `new Promise(captureResolvers)` needs no closure per promise. */
function captureResolvers(resolve: (value: never) => void, reject: (reason: unknown) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

/**
 * A run on the fast path (see `Instrumentation.#runFast`): its first attempt, before anything
 * failed. Ends once: with the attempt's value, with an abort, or by handing over to the retries.
 */
class FastRun<T> implements Abortable, Deadline {
  prev: Abortable | undefined = undefined;
  next: Abortable | undefined = undefined;
  /** In its operation's runs in progress: not ended yet (it is listed as soon as it is made). */
  listed = false;
  // its place among the attempts' deadlines
  at = 0;
  prevDeadline: Deadline | undefined = undefined;
  nextDeadline: Deadline | undefined = undefined;
  queued = false;
  // handed over by the promise's executor, before anything can call them
  resolve!: (value: T) => void;
  reject!: (error: unknown) => void;

  constructor(
    readonly op: FastOperation<T>,
    readonly thisArg: unknown,
    readonly args: readonly unknown[],
    /** The SDK's attempt. */
    readonly pending: Promise<unknown>,
    readonly start: number,
  ) {}

  succeed(value: T): void {
    if (!this.finish()) return;
    this.op.end(this, undefined);
    this.resolve(value);
  }

  fail(raw: unknown): void {
    if (!this.finish()) return;
    this.op.end(this, { raw: unwrapFailure(raw) });
  }

  /** The deadline passed before the SDK settled. */
  expire(): void {
    if (!this.finish()) return;
    const limit = this.op.limit ?? 0;
    const budget = this.op.limitIsBudget === true;
    this.op.end(this, { raw: timeoutError(this.op.name, limit, budget), timedOut: true });
  }

  abort(reason: unknown): void {
    if (!this.finish()) return;
    this.op.end(this, undefined, reason ?? new Error('aborted'));
    this.reject(abortedError(reason, this.op.name));
  }

  /** Takes the run off its operation's runs in progress; `false` when it had ended already. */
  finish(): boolean {
    if (!this.listed) return false;
    this.op.running.remove(this);
    return true;
  }
}

/** The abort reason of a run ended by another operation (`leave` ending a retrying `join`). */
export class SupersededError extends Error {
  constructor(readonly by: string) {
    super(`superseded by ${by}()`);
    this.name = 'SupersededError';
  }
}

/** The raw value of a {@link RawFailure}; any other value as is (even one `instanceof` throws on). */
function unwrapFailure(raw: unknown): unknown {
  try {
    return raw instanceof RawFailure ? raw.raw : raw;
  } catch {
    return raw;
  }
}

function safeTest(test: () => boolean): boolean {
  try {
    return test() === true;
  } catch {
    return false;
  }
}

/** `error` with `context` added (a late outcome of an attempt that was given up on). */
function withLate(error: RtcError, context: Record<string, string | number | boolean>): RtcError {
  return withChanges(error, { context: { ...error.context, ...context } });
}
