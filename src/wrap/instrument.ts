/**
 * The instrumentation of one SDK object (a client, a track, the SDK's global object): its methods
 * patched as own properties, its error events listened to, its operations run under retry
 * policies. One per object, shared by every `wrapClient` handle that uses the object, so wrapping
 * twice never reports twice; removed when the last handle lets go.
 * @module
 */
import { callSafely, reportOutOfBand } from '../retry/report.js';
import { describe, readProp } from '../safe.js';
import { callOnce, RawFailure, safeTest, splitCallbacks, type Outcome } from './invoke.js';
import { Operations } from './operations.js';
import { sessionRole } from './session.js';
import {
  captureResolvers,
  capturedReject,
  capturedResolve,
  FastRun,
  outcomeValue,
  SupersededError,
  type FastEnd,
  type FastOperation,
} from './runs.js';
import type { AnyFunction } from './sink.js';
import { isNegativeNumber } from './surface.js';
import { attemptDeadline } from './timeouts.js';

export type { RenewedToken, RenewToken, Sink, TokenRequest, InstrumentConfig, RunOptions } from './sink.js';
export { SupersededError } from './runs.js';

/**
 * The instrumentation of one SDK object, in layers, each a class in a file of one concept and each
 * extending the one before: `InstrumentationCore` (core.ts: the shared state, reporting, held
 * device events) ← `TokenRenewal` (tokens.ts) ← `Listening` (listening.ts: events, repeats) ←
 * `Operations` (operations.ts: retries, deadlines, undoing abandoned attempts) ← this class: install
 * and uninstall, and method patching with its fast path (a first attempt made without the retry
 * machinery, which is set up only if that attempt fails; see docs/performance.md for what it saves).
 * The layers share their state as `protected` members.
 */
export class Instrumentation extends Operations {
  get active(): boolean {
    return this.installed;
  }

  /** Patches the operations and subscribes to the events; all or nothing. */
  install(): void {
    try {
      this.patchAll();
      this.listen();
      this.installed = true;
    } catch (error) {
      this.undoAll();
      throw error;
    }
  }

  /** Removes every patch and listener, and aborts what is still running (stopping the SDK's attempt). */
  uninstall(): void {
    if (!this.installed) return;
    this.installed = false;
    const reason = new Error('the wrapped client was disposed');
    for (const running of [...this.running.values()]) for (const run of running.snapshot()) run.abort(reason);
    this.undoAll();
    this.sinks.clear();
  }

  protected undoAll(): void {
    for (const slot of this.slots) slot.records = [];
    for (const held of this.heldEvents) this.holdQueue.remove(held);
    this.heldEvents.clear();
    this.deadlines.idle();
    for (const cancel of [...this.waits]) cancel();
    this.waits.clear();
    for (const restore of this.restores.splice(0).reverse()) {
      try {
        restore();
      } catch (failure) {
        reportOutOfBand(failure);
      }
    }
  }

  /**
   * An operation called through its patched method: the first attempt is made at once, with no
   * more than an entry in the runs in progress (so that `dispose()` or a superseding operation
   * still ends it promptly) and its deadline; the retry machinery is set up only if that attempt
   * fails or times out. `callback`: the operation is callback-style (the first attempt through
   * `callOnce`; a synchronous throw of the SDK is thrown back, as an RtcError).
   * `later` turns the outcome of the retries into the result.
   */
  protected runFast<T>(op: FastOperation<T>, thisArg: unknown, args: unknown[], start = this.clock.now()): Promise<T> {
    this.supersede(op.name, op.spec);
    // in flight from the call on: a device event the SDK emits during the call is held
    this.inFlight += 1;
    op.running.started += 1;
    let result: unknown;
    try {
      result = op.callback
        ? callOnce(op.spec, op.fn, thisArg, args, this.waitForEvent, op.onLate, true)
        : op.fn.apply(thisArg, args);
    } catch (raw) {
      if (op.callback && raw instanceof RawFailure) {
        // the SDK threw at once (a call it refuses, such as publish before join): thrown back
        const error = this.normalize(raw, op.name);
        this.settled(error);
        this.report(error);
        throw error;
      }
      this.inFlight -= 1;
      return this.retryRun(op.name, op.spec, op.fn, thisArg, args, [], { raw, start }).then(op.later);
    }
    // the shared executor hands the resolving functions over: no closure made for it per call
    const promise = new Promise<T>(captureResolvers);
    const resolve = capturedResolve as (value: T) => void;
    const run = new FastRun<T>(op, thisArg, args, Promise.resolve(result), start, resolve, capturedReject);
    op.running.add(run);
    if (op.deadline) this.attemptQueue.add(run, start + op.deadline.ms);
    run.pending.then(
      (value) => run.succeed(value as T),
      (raw: unknown) => run.fail(raw),
    );
    return promise;
  }

  /** How a {@link FastRun} ends: succeeded or aborted (no failure), or failed first (retries take over). */
  protected readonly fastEnd = (
    run: FastRun<unknown>,
    failed: { readonly raw: unknown; readonly timedOut?: boolean } | undefined,
    abortReason?: unknown,
  ): void => {
    this.attemptQueue.remove(run);
    const op = run.op;
    if (!failed) {
      if (abortReason !== undefined && !(abortReason instanceof SupersededError)) {
        // dispose() while the SDK is still at it: the SDK's attempt is stopped too
        void this.abandon(op.name, op.spec, run.thisArg, run.args, run.pending);
      }
      this.settled(undefined);
      if (abortReason !== undefined) this.deadlines.idle();
      return;
    }
    // the retries take this run over (no settling in between: held device events stay held)
    this.inFlight -= 1;
    this.deadlines.idle();
    const after = failed.timedOut ? this.abandon(op.name, op.spec, run.thisArg, run.args, run.pending) : undefined;
    this.retryRun(op.name, op.spec, op.fn, run.thisArg, run.args, [], {
      raw: failed.raw,
      start: run.start,
      ...(after ? { after } : {}),
    }).then((outcome) => run.resolve(op.later(outcome)), run.reject);
  };

  protected patchAll(): void {
    const target = this.target as Record<string, unknown>;
    for (const name of Object.keys(this.config.surface.operations)) {
      const original = readProp(target, name);
      if (typeof original !== 'function') continue;
      const fn = original as AnyFunction;
      this.originals.set(name, fn);
      const patched = this.makePatched(name, fn);
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
          this.restores.push(() => {
            target[name] = own.value;
          });
        } else {
          Object.defineProperty(target, name, {
            value: patched,
            writable: true,
            configurable: true,
            enumerable: own?.enumerable ?? false,
          });
          this.restores.push(() => {
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

  protected makePatched(name: string, original: AnyFunction): AnyFunction {
    const spec = this.spec(name);
    const role = sessionRole(this.config.surface, name);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the patched methods need the SDK's `this`
    const self = this;
    // made at the first call: wrapping stays cheap for the many operations an app never calls
    let promiseOp: FastOperation<unknown> | undefined;
    let callbackOp: FastOperation<Outcome> | undefined;
    const operation = <T>(callback: boolean, later: (outcome: Outcome) => T): FastOperation<T> => ({
      name,
      spec,
      fn: original,
      callback,
      later,
      running: this.runs(name),
      onLate: (raw) => this.reportFailure(raw, name),
      end: this.fastEnd as FastEnd<T>,
      // the time budget is whole at the start of a first attempt
      deadline: attemptDeadline(
        this.config.timeoutFor?.(name, spec),
        this.config.policyFor(name, spec.kind ?? 'default').budgetMs,
      ),
    });
    const callBack = (thisArg: unknown, args: unknown[], at?: number): Promise<Outcome> =>
      this.watch(name, this.runFast((callbackOp ??= operation(true, (outcome) => outcome)), thisArg, args, at));
    switch (spec.style) {
      case 'promise':
        return function patched(this: unknown, ...args: unknown[]) {
          if (!self.installed) return original.apply(this, args);
          const op = (promiseOp ??= operation(false, outcomeValue));
          if (role !== undefined)
            return self.watch(
              name,
              self.runSession(name, role, (at) => self.runFast(op, this, args, at)),
            );
          return self.watch(name, self.runFast(op, this, args));
        };
      case 'sync':
      case 'return-code': {
        const failed = spec.style === 'return-code' ? (spec.failed ?? isNegativeNumber) : undefined;
        return function patched(this: unknown, ...args: unknown[]) {
          if (!self.installed) return original.apply(this, args);
          self.supersede(name, spec);
          if (role !== undefined) self.tellSession({ operation: name, role, phase: 'start' });
          let value: unknown;
          try {
            value = original.apply(this, args);
          } catch (raw) {
            throw self.reportFailure(raw, name);
          }
          if (failed && safeTest(() => failed(value))) self.reportFailure(value, name);
          else if (role !== undefined) self.tellSession({ operation: name, role, phase: 'success' });
          return value;
        };
      }
      case 'callback':
        return function patched(this: unknown, ...args: unknown[]) {
          if (!self.installed) return original.apply(this, args);
          const call = splitCallbacks(spec, args);
          (role !== undefined
            ? self.runSession(name, role, (at) => callBack(this, call.head, at))
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
}
