/**
 * The instrumentation of one SDK object (a client, a track, the SDK's global object): its methods
 * patched as own properties, its error events listened to, its operations run under retry
 * policies. One per object, shared by every `wrapClient` handle that uses the object, so wrapping
 * twice never reports twice; removed when the last handle lets go.
 * @module
 */
import type { Adapter, EventTranslator } from '../adapter.js';
import { normalize } from '../normalize.js';
import { abortedError, isAbortedByApp } from '../retry/errors.js';
import type { OperationKind, RetryPolicy } from '../retry/policy.js';
import { callSafely, reportOutOfBand } from '../retry/report.js';
import { retry, type GiveUpEvent, type RetryEvent } from '../retry/retry.js';
import { anySignal } from '../retry/sleep.js';
import { systemClock, unrefTimer, type Clock, type TimerHandle } from '../retry/clock.js';
import type { RtcError } from '../RtcError.js';
import { describe, readProp } from '../safe.js';
import { translateEvent, translateWith, translatorOf, type RecoveredEvent, type RtcSignal } from '../signals.js';
import { callOnce, RawFailure, splitCallbacks, type EventWaiter, type Outcome } from './invoke.js';
import type { RepeatHolder } from './coalesce.js';
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
  error(error: RtcError): void;
  recovered(event: RecoveredEvent): void;
  retry(event: RetryEvent): void;
  giveup(event: GiveUpEvent): void;
  /**
   * The coalescing window `error` (just delivered) is counted in, if any: later repeats of the
   * same event are counted there without being translated.
   */
  hold?(error: RtcError): RepeatHolder | undefined;
}

/** A warning event whose repeats are counted without being translated (see {@link Instrumentation}). */
interface RepeatRecord {
  /** The event's arguments, flattened (see `flatten`). */
  readonly flat: readonly unknown[];
  readonly code: string;
  /** {@link Instrumentation}'s count of cleared codes when `code` was last made active. */
  cleared: number;
  /** A device error: held, not counted, while an operation is in flight (see DEVICE_EVENT_HOLD_MS). */
  readonly device: boolean;
  /** One per sink. */
  readonly holders: readonly RepeatHolder[];
  /** Builds the error of a repeat, when it is the last of its window. */
  readonly make: (raw: readonly unknown[]) => RtcError | undefined;
}

/** What the listener of one event keeps: its translator, and its {@link RepeatRecord}. */
interface RepeatSlot {
  readonly name: string;
  /** The adapter's translator of the event, looked up once. */
  readonly translator: EventTranslator | undefined;
  record: RepeatRecord | undefined;
}

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
function flatten(args: readonly unknown[]): unknown[] | undefined {
  if (args.length > REPEAT_MAX_ARGS) return undefined;
  const flat: unknown[] = [args.length];
  try {
    for (const arg of args) {
      if (isPrimitive(arg)) {
        flat.push(arg);
        continue;
      }
      if (typeof arg !== 'object' || arg === null) return undefined;
      const proto: unknown = Object.getPrototypeOf(arg);
      if (proto !== Object.prototype && proto !== null) return undefined;
      flat.push(OBJECT, proto);
      let fields = 0;
      const record = arg as Record<string, unknown>;
      for (const key in record) {
        const value = record[key];
        if (!isPrimitive(value) || (fields += 1) > REPEAT_MAX_FIELDS) return undefined;
        flat.push(key, value);
      }
      flat.push(END);
    }
  } catch {
    return undefined;
  }
  return flat;
}

/**
 * `true` when `args` flatten to `flat`, without building the list. Value positions of `flat` hold
 * primitives only, so `===` against them also rejects an object in their place.
 */
function sameArgs(flat: readonly unknown[], args: readonly unknown[]): boolean {
  const n = args.length;
  if (flat[0] !== n) return false;
  let i = 1;
  try {
    for (let a = 0; a < n; a += 1) {
      const arg = args[a];
      const expected = flat[i++];
      if (expected === arg) continue;
      if (expected !== OBJECT || typeof arg !== 'object' || arg === null) return false;
      if (flat[i++] !== Object.getPrototypeOf(arg)) return false;
      const record = arg as Record<string, unknown>;
      for (const key in record) {
        if (flat[i] !== key || flat[i + 1] !== record[key]) return false;
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

export class Instrumentation {
  readonly sinks = new Set<Sink>();
  readonly #originals = new Map<string, AnyFunction>();
  readonly #restores: (() => void)[] = [];
  readonly #pending = new Set<() => void>();
  /** Runs in progress by operation, so that a superseding operation can end them. */
  readonly #running = new Map<string, RunList>();
  readonly #controller = new AbortController();
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
  /** Device errors from events, held while an operation is in flight (see DEVICE_EVENT_HOLD_MS). */
  readonly #held = new Map<RtcError, TimerHandle>();
  #inFlight = 0;
  /** Per event listened to, the last warning whose repeats are counted without translation. */
  readonly #slots: RepeatSlot[] = [];

  constructor(
    readonly target: object,
    readonly config: InstrumentConfig,
  ) {}

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

  /** Removes every patch and listener, and aborts what is still running. */
  uninstall(): void {
    if (!this.#installed) return;
    this.#installed = false;
    const reason = new Error('the wrapped client was disposed');
    this.#controller.abort(reason);
    // runs on the fast path have no signal: they are ended one by one
    for (const running of [...this.#running.values()]) for (const run of running.snapshot()) run.abort(reason);
    this.#undo();
    this.sinks.clear();
  }

  #undo(): void {
    for (const slot of this.#slots) slot.record = undefined;
    for (const timer of this.#held.values()) this.#clock.clearTimeout(timer);
    this.#held.clear();
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

  /** Delivers an error to every handle, once. */
  report(error: RtcError): void {
    if (this.#reported.has(error)) return;
    this.#reported.add(error);
    for (const sink of [...this.sinks]) callSafely(() => sink.error(error));
  }

  get #clock(): Clock {
    return this.config.clock ?? systemClock;
  }

  /** Holds a device error from an event while an operation is in flight; reports it otherwise. */
  #reportEventError(error: RtcError): void {
    if (this.#inFlight === 0 || error.category !== 'device') {
      this.report(error);
      return;
    }
    const timer = this.#clock.setTimeout(() => this.#release(error), DEVICE_EVENT_HOLD_MS);
    unrefTimer(timer);
    this.#held.set(error, timer);
  }

  #release(error: RtcError): void {
    const timer = this.#held.get(error);
    if (timer === undefined) return;
    this.#clock.clearTimeout(timer);
    this.#held.delete(error);
    if (this.#installed) this.report(error);
  }

  /** An operation settled: a device failure supersedes the held device events; the rest go out. */
  #settled(failure: RtcError | undefined): void {
    this.#inFlight = Math.max(0, this.#inFlight - 1);
    if (failure?.category === 'device') {
      for (const [held, timer] of [...this.#held]) {
        this.#clock.clearTimeout(timer);
        this.#held.delete(held);
      }
      return;
    }
    if (this.#inFlight === 0 && this.#held.size > 0) for (const held of [...this.#held.keys()]) this.#release(held);
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
   * RtcError, which has then been reported once (an abort by the app is not reported).
   */
  run(
    name: string,
    thisArg: unknown,
    args: readonly unknown[],
    signals: readonly (AbortSignal | undefined)[] = [],
  ): Promise<Outcome> {
    const spec = this.spec(name);
    const fn = this.original(name);
    if (!fn) {
      const error = this.normalize(new TypeError(`${name} is not a function of this object`), name);
      this.report(error);
      return Promise.reject(error);
    }
    this.#supersede(name, spec);
    return this.#retry(name, spec, fn, thisArg, args, signals, undefined);
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

  /**
   * The retry machinery around an operation (already superseding what it supersedes). With
   * `first`, the first attempt has already been made and failed with `first.raw`.
   */
  #retry(
    name: string,
    spec: OperationSpec,
    fn: AnyFunction,
    thisArg: unknown,
    args: readonly unknown[],
    signals: readonly (AbortSignal | undefined)[],
    first: { readonly raw: unknown } | undefined,
  ): Promise<Outcome> {
    let current = [...args];
    const own = new AbortController();
    const running = this.#runs(name);
    const entry = new ControllerRun(own);
    running.add(entry);
    const combined = anySignal([this.#controller.signal, own.signal, ...signals]);
    this.#inFlight += 1;
    const release = (failure?: RtcError): void => {
      combined.release();
      running.remove(entry);
      this.#settled(failure);
    };
    const onLate = (raw: unknown): void => this.report(this.normalize(raw, name));
    let failedFirst = first;
    const promise = retry(
      (/* attempt */) => {
        if (failedFirst) {
          const raw = failedFirst.raw;
          failedFirst = undefined;
          return Promise.reject(new RawFailure(raw));
        }
        return callOnce(spec, fn, thisArg, current, this.#waitForEvent, onLate);
      },
      this.config.policyFor(name, spec.kind ?? 'default'),
      {
        operation: name,
        ...(combined.signal ? { signal: combined.signal } : {}),
        normalize: (raw) => this.normalize(raw, name),
        onRetry: (event) => this.#each((sink) => sink.retry(event)),
        onGiveUp: (event) => this.#each((sink) => sink.giveup(event)),
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
        release(isAbortedByApp(error) ? undefined : error);
        if (!isAbortedByApp(error)) this.report(error);
        throw error;
      },
    );
  }

  /**
   * An operation called through its patched method: the first attempt is made at once, with no
   * more than an entry in the runs in progress (so that `dispose()` or a superseding operation
   * still ends it promptly); the retry machinery is set up only if that attempt fails.
   * `callback`: the operation is callback-style (the first attempt through `callOnce`).
   * `later` turns the outcome of the retries into the result.
   */
  #runFast<T>(op: FastOperation<T>, thisArg: unknown, args: unknown[]): Promise<T> {
    if (op.spec.supersedes !== undefined) this.#supersede(op.name, op.spec);
    // in flight from the call on: a device event the SDK emits during the call is held
    this.#inFlight += 1;
    let result: unknown;
    try {
      result = op.callback
        ? callOnce(op.spec, op.fn, thisArg, args, this.#waitForEvent, op.onLate)
        : op.fn.apply(thisArg, args);
    } catch (raw) {
      this.#inFlight -= 1;
      return this.#retry(op.name, op.spec, op.fn, thisArg, args, [], { raw }).then(op.later);
    }
    const run = new FastRun<T>(op, thisArg, args);
    // the shared executor hands the resolving functions over: no closure made for it per call
    const promise = new Promise<T>(captureResolvers);
    run.resolve = capturedResolve as (value: T) => void;
    run.reject = capturedReject;
    op.running.add(run);
    Promise.resolve(result).then(
      (value) => run.succeed(value as T),
      (raw: unknown) => run.fail(raw),
    );
    return promise;
  }

  /** How a {@link FastRun} ends: succeeded or aborted (no failure), or failed first (retries take over). */
  readonly #fastEnd = (run: FastRun<unknown>, failed: { readonly raw: unknown } | undefined): void => {
    if (!failed) {
      this.#settled(undefined);
      return;
    }
    // the retries take this run over (no settling in between: held device events stay held)
    this.#inFlight -= 1;
    const op = run.op;
    this.#retry(op.name, op.spec, op.fn, run.thisArg, run.args, [], failed).then(
      (outcome) => run.resolve(op.later(outcome)),
      run.reject,
    );
  };

  /** Ends the pending runs of the operations `spec` supersedes. */
  #supersede(name: string, spec: OperationSpec): void {
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
    });
    const callBack = (thisArg: unknown, args: unknown[]): Promise<Outcome> =>
      this.#runFast((callbackOp ??= operation(true, (outcome) => outcome)), thisArg, args);
    const fail = (raw: unknown): RtcError => {
      const error = this.normalize(raw, name);
      this.report(error);
      return error;
    };
    switch (spec.style) {
      case 'promise':
        return function patched(this: unknown, ...args: unknown[]) {
          if (!self.#installed) return original.apply(this, args);
          return self.#runFast((promiseOp ??= operation(false, outcomeValue)), this, args);
        };
      case 'sync':
      case 'return-code': {
        const failed = spec.style === 'return-code' ? (spec.failed ?? isNegativeNumber) : undefined;
        return function patched(this: unknown, ...args: unknown[]) {
          if (!installed()) return original.apply(this, args);
          supersede();
          let value: unknown;
          try {
            value = original.apply(this, args);
          } catch (raw) {
            throw fail(raw);
          }
          if (failed && safeTest(() => failed(value))) fail(value);
          return value;
        };
      }
      case 'callback':
        return function patched(this: unknown, ...args: unknown[]) {
          if (!installed()) return original.apply(this, args);
          const call = splitCallbacks(spec, args);
          callBack(this, call.head).then(
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
    const slot: RepeatSlot = { name, translator: translatorOf(this.config.adapter, name), record: undefined };
    this.#slots.push(slot);
    return slot;
  }

  #onEvent(args: readonly unknown[], slot: RepeatSlot): void {
    if (!this.#installed) return;
    const repeat = slot.record;
    if (repeat !== undefined) {
      if (this.#countRepeat(repeat, args)) return;
      slot.record = undefined;
    }
    const translator = slot.translator;
    if (translator === undefined) return;
    const name = slot.name;
    try {
      const signals = translateWith(this.config.adapter, name, translator, args);
      // the usual case, an event that means nothing (a state change that is not an error): done
      if (signals.length === 0) return;
      for (const signal of signals) {
        if (signal.type === 'error') {
          this.#active.add(signal.error.code);
          this.#reportEventError(signal.error);
          this.#renewFromEvent(signal.error);
        } else if (this.#active.delete(signal.recovered.code)) {
          this.#cleared += 1;
          this.#each((sink) => sink.recovered(signal.recovered));
        }
      }
      slot.record = this.#holdRepeats(name, args, signals);
    } catch (failure) {
      // never into the SDK's dispatch
      reportOutOfBand(failure);
    }
  }

  /**
   * A repeat of the event `record` stands for (the same arguments, while every handle's window for
   * it is open) is counted in those windows without being translated: the error it would become is
   * built only if it is the last of its window. Same outcome as the full path, at a fraction.
   */
  #countRepeat(record: RepeatRecord, args: readonly unknown[]): boolean {
    const holders = record.holders;
    const n = holders.length;
    if (n !== this.sinks.size || (record.device && this.#inFlight > 0)) return false;
    if (!sameArgs(record.flat, args)) return false;
    for (let h = 0; h < n; h += 1) if (!holders[h]!.open) return false;
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
   * After an event was translated into one coalesced error: remembers its arguments so that its
   * repeats can be counted by {@link #countRepeat}. Not for token errors (they renew the token).
   */
  #holdRepeats(name: string, args: readonly unknown[], signals: readonly RtcSignal[]): RepeatRecord | undefined {
    if (signals.length !== 1 || this.sinks.size === 0) return undefined;
    const signal = signals[0];
    if (signal?.type !== 'error') return undefined;
    const error = signal.error;
    if (error.code.startsWith('token_')) return undefined;
    const holders: RepeatHolder[] = [];
    for (const sink of this.sinks) {
      const holder = sink.hold?.(error);
      if (!holder) return undefined;
      holders.push(holder);
    }
    const flat = flatten(args);
    if (!flat) return undefined;
    // every handle's window that closes on the same last repeat gets the same error, as before
    let memo: { raw: readonly unknown[]; error: RtcError | undefined } | undefined;
    const make = (raw: readonly unknown[]): RtcError | undefined => {
      if (memo?.raw !== raw) {
        const [again] = translateEvent(this.config.adapter, name, raw);
        memo = { raw, error: again?.type === 'error' ? again.error : undefined };
      }
      return memo.error;
    };
    return { flat, code: error.code, cleared: this.#cleared, device: error.category === 'device', holders, make };
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
}

/** How a {@link FastRun} reports its end to its instrumentation (see `Instrumentation.#fastEnd`). */
type FastEnd<T> = (run: FastRun<T>, failed: { readonly raw: unknown } | undefined) => void;

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
class FastRun<T> implements Abortable {
  prev: Abortable | undefined = undefined;
  next: Abortable | undefined = undefined;
  /** In its operation's runs in progress: not ended yet (it is listed as soon as it is made). */
  listed = false;
  // handed over by the promise's executor, before anything can call them
  resolve!: (value: T) => void;
  reject!: (error: unknown) => void;

  constructor(
    readonly op: FastOperation<T>,
    readonly thisArg: unknown,
    readonly args: readonly unknown[],
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

  abort(reason: unknown): void {
    if (!this.finish()) return;
    this.op.end(this, undefined);
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
