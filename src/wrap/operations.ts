/**
 * Operation running: an operation called through the wrap runs under its retry policy, each
 * attempt under its deadline; an attempt given up on (timed out, aborted) is undone so that it
 * leaves no ghost session; a superseding operation (`leave`) ends the runs it supersedes.
 * @module
 */
import { isAbortedByApp, withContext } from '../retry/errors.js';
import { callSafely } from '../retry/report.js';
import { retry } from '../retry/retry.js';
import { anySignal } from '../retry/sleep.js';
import type { RtcError } from '../RtcError.js';
import { callOnce, RawFailure, type Outcome } from './invoke.js';
import type { Deadline } from './deadlines.js';
import { Listening } from './listening.js';
import { ControllerRun, RunList, SupersededError } from './runs.js';
import { sessionRole, type SessionRole } from './session.js';
import type { AnyFunction, RunOptions } from './sink.js';
import type { OperationSpec } from './surface.js';
import { attemptDeadline, lateSuccessError, timeoutError, type AttemptDeadline } from './timeouts.js';
import { withToken } from './tokens.js';
import { usageError } from './usage.js';

/** The attempt of a run in progress, if the SDK is still at it, and how to stop waiting on its deadline. */
interface AttemptTrack {
  attempt: Promise<unknown> | undefined;
  stopClock: (() => void) | undefined;
}

/** Kinds of operation that leave state behind when they succeed (a session, a published track). */
const STATEFUL: ReadonlySet<string> = /*#__PURE__*/ new Set(['join', 'publish', 'subscribe']);

/** Operation running on top of event listening. */
export class Operations extends Listening {
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
    this.supersede(name, spec);
    const role = sessionRole(this.config.surface, name);
    const start = (): Promise<Outcome> =>
      this.retryRun(name, spec, fn, thisArg, args, options.signals ?? [], undefined, options.timeoutMs);
    return role !== undefined ? this.runSession(name, role, start) : start();
  }

  /** Tells the handles that ask (telemetry spans) that operation `name` started, settling as `result`. */
  watch<T>(name: string, result: Promise<T>): Promise<T> {
    for (const sink of this.sinks) if (sink.operation) callSafely(() => sink.operation?.(name, result));
    return result;
  }

  /** Runs a session operation, telling the sinks when it starts and when it succeeds (health). */
  protected runSession<T>(name: string, role: SessionRole, run: (at: number) => Promise<T>): Promise<T> {
    const at = this.clock.now();
    this.tellSession({ operation: name, role, phase: 'start', at });
    const promise = run(at);
    promise.then(
      () => this.tellSession({ operation: name, role, phase: 'success' }),
      () => undefined,
    );
    return promise;
  }

  /** The runs of `name` in progress. */
  protected runs(name: string): RunList {
    let running = this.running.get(name);
    if (!running) {
      running = new RunList();
      this.running.set(name, running);
    }
    return running;
  }

  /** The operation that undoes `name` (`leave` for `join`, `unpublish` for `publish`): the most specific one that supersedes it. */
  protected undoOf(name: string): string | undefined {
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
  protected abandon(
    name: string,
    spec: OperationSpec,
    thisArg: unknown,
    args: readonly unknown[],
    pending: Promise<unknown>,
  ): Promise<void> {
    const stateful = STATEFUL.has(spec.kind ?? 'default');
    const undoName = stateful ? this.undoOf(name) : undefined;
    const undo = (): Promise<void> => {
      if (undoName === undefined) return Promise.resolve();
      const undoFn = this.original(undoName);
      if (!undoFn) return Promise.resolve();
      const undoSpec = this.spec(undoName);
      const undoArgs = spec.kind === 'join' ? [] : [...args];
      return callOnce(undoSpec, undoFn, thisArg, undoArgs, this.waitForEvent, () => undefined).then(
        () => undefined,
        () => undefined,
      );
    };
    const late = (context: Record<string, string | number | boolean>, error: RtcError): void => {
      if (!this.installed) return;
      this.report(
        withContext(error, { late: true, ...context, ...(undoName !== undefined ? { undoneBy: undoName } : {}) }),
      );
    };
    const runs = this.runs(name);
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

  /**
   * One attempt with a deadline: settles like `pending`, or, when the deadline passes first, gives
   * the attempt up ({@link abandon}) and rejects with a `network_timeout`.
   */
  protected withDeadline(
    name: string,
    spec: OperationSpec,
    thisArg: unknown,
    args: readonly unknown[],
    pending: Promise<Outcome>,
    limit: AttemptDeadline | undefined,
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
          const fail = (): void => reject(new RawFailure(timeoutError(name, limit.ms, limit.budget)));
          this.abandon(name, spec, thisArg, args, pending).then(fail, fail);
        },
      };
      this.attemptQueue.add(deadline, this.clock.now() + limit.ms);
      track.stopClock = () => this.attemptQueue.remove(deadline);
      // settled before the deadline: the deadline goes, the outcome is passed on
      const inTime =
        <V>(settle: (value: V) => void) =>
        (value: V): void => {
          if (!deadline.queued) return;
          this.attemptQueue.remove(deadline);
          this.deadlines.idle();
          done();
          settle(value);
        };
      pending.then(inTime(resolve), inTime(reject));
    });
  }

  /**
   * The retry machinery around an operation (already superseding what it supersedes). With
   * `first`, the first attempt has already been made and failed with `first.raw` (once `first.after`
   * settles: a timed-out first attempt is undone first).
   */
  protected retryRun(
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
    const running = this.runs(name);
    const entry = new ControllerRun(own);
    running.add(entry);
    const combined = anySignal([own.signal, ...signals]);
    this.inFlight += 1;
    const release = (failure?: RtcError): void => {
      combined.release();
      running.remove(entry);
      this.settled(failure);
      // a timer left with nothing to wait for is cleared (not on the fast path: re-arming costs)
      this.deadlines.idle();
    };
    const onLate = (raw: unknown): RtcError => this.reportFailure(raw, name);
    const policy = this.config.policyFor(name, spec.kind ?? 'default');
    const budgetEnd = (first?.start ?? this.clock.now()) + policy.budgetMs;
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
        const pending = callOnce(spec, fn, thisArg, current, this.waitForEvent, onLate);
        return this.withDeadline(
          name,
          spec,
          thisArg,
          current,
          pending,
          attemptDeadline(limit, budgetEnd - this.clock.now()),
          track,
        );
      },
      policy,
      {
        operation: name,
        startedAt: first?.start ?? budgetEnd - policy.budgetMs,
        attemptsBounded: true,
        ...(combined.signal ? { signal: combined.signal } : {}),
        normalize: (raw) => this.normalize(raw, name),
        onRetry: (event) => this.each((sink) => sink.retry(event)),
        onGiveUp: (event) => this.each((sink) => sink.giveup(event)),
        onSaved: (event) => this.each((sink) => sink.saved?.(event)),
        recover: (error) =>
          this.renewForOperation(name, spec, error, (token) => {
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
          void this.abandon(name, spec, thisArg, current, track.attempt);
        }
        release(aborted ? undefined : error);
        if (!aborted) this.report(error);
        throw error;
      },
    );
  }

  /** Ends the pending runs of the operations `spec` supersedes (and records the call). */
  protected supersede(name: string, spec: OperationSpec): void {
    this.lastOperation = name; // for event translators: a state change after the app's leave() is not an error
    const supersedes = spec.supersedes;
    if (supersedes === undefined) return;
    for (const other of supersedes) {
      for (const run of this.running.get(other)?.snapshot() ?? []) {
        run.abort(new SupersededError(name));
      }
    }
  }
}
