/**
 * Runs in progress: each operation's list of them (so that `dispose()` or a superseding operation
 * can end them), and the fast-path run of a patched method's first attempt.
 * @module
 */
import { abortedError } from '../retry/errors.js';
import type { Deadline } from './deadlines.js';
import { RawFailure, type Outcome } from './invoke.js';
import type { AnyFunction } from './sink.js';
import type { OperationSpec } from './surface.js';
import { timeoutError, type AttemptDeadline } from './timeouts.js';

/** A run in progress, as a superseding operation or `dispose()` ends it. */
export interface Abortable {
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
export class RunList {
  /** Attempts of the operation started so far (a late success is undone only if none started since). */
  started = 0;
  /** The oldest run, when it started with nothing else in progress. */
  private only: Abortable | undefined = undefined;
  private head: Abortable | undefined = undefined;

  add(run: Abortable): void {
    run.listed = true;
    if (this.only === undefined && this.head === undefined) {
      this.only = run;
      return;
    }
    run.prev = undefined;
    run.next = this.head;
    if (this.head) this.head.prev = run;
    this.head = run;
  }

  remove(run: Abortable): void {
    if (!run.listed) return;
    run.listed = false;
    if (this.only === run) {
      this.only = undefined;
      return;
    }
    if (run.prev) run.prev.next = run.next;
    else this.head = run.next;
    if (run.next) run.next.prev = run.prev;
    run.prev = undefined;
    run.next = undefined;
  }

  /** The runs now, oldest first (to abort them while they remove themselves). */
  snapshot(): Abortable[] {
    const runs: Abortable[] = [];
    for (let run = this.head; run; run = run.next) runs.unshift(run);
    if (this.only !== undefined) runs.unshift(this.only);
    return runs;
  }
}

/** A run with the retry machinery, ended through its `AbortController`. */
export class ControllerRun implements Abortable {
  prev: Abortable | undefined = undefined;
  next: Abortable | undefined = undefined;
  listed = false;
  constructor(readonly controller: AbortController) {}
  abort(reason: unknown): void {
    this.controller.abort(reason);
  }
}

/** What the fast path of one patched method needs (made once per method). */
export interface FastOperation<T> {
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
  /** How its runs end (`Instrumentation.fastEnd`). */
  readonly end: FastEnd<T>;
  /** The deadline of the first attempt: its timeout or time budget; `undefined`: none. */
  readonly deadline: AttemptDeadline | undefined;
}

/** How a {@link FastRun} reports its end to its instrumentation (see `Instrumentation.fastEnd`). */
export type FastEnd<T> = (
  run: FastRun<T>,
  failed: { readonly raw: unknown; readonly timedOut?: boolean } | undefined,
  abortReason?: unknown,
) => void;

/** The result of a promise-style operation from the outcome of its retries. */
export const outcomeValue = (outcome: Outcome): unknown => outcome.value;

// The resolving functions of the promise last made with `captureResolvers` as its executor.
export let capturedResolve: (value: never) => void = () => undefined;
export let capturedReject: (reason: unknown) => void = () => undefined;

/** A promise executor made once: `new Promise(captureResolvers)` needs no closure per promise. */
export function captureResolvers(resolve: (value: never) => void, reject: (reason: unknown) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

/**
 * A run on the fast path (see `Instrumentation.runFast`): its first attempt, before anything
 * failed. Ends once: with the attempt's value, with an abort, or by handing over to the retries.
 */
export class FastRun<T> implements Abortable, Deadline {
  prev: Abortable | undefined = undefined;
  next: Abortable | undefined = undefined;
  /** In its operation's runs in progress: not ended yet (it is listed as soon as it is made). */
  listed = false;
  // its place among the attempts' deadlines
  at = 0;
  prevDeadline: Deadline | undefined = undefined;
  nextDeadline: Deadline | undefined = undefined;
  queued = false;

  constructor(
    readonly op: FastOperation<T>,
    readonly thisArg: unknown,
    readonly args: readonly unknown[],
    /** The SDK's attempt. */
    readonly pending: Promise<unknown>,
    readonly start: number,
    /** The resolving functions of the promise the caller got. */
    readonly resolve: (value: T) => void,
    readonly reject: (error: unknown) => void,
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
    const { ms, budget } = this.op.deadline ?? { ms: 0, budget: false };
    this.op.end(this, { raw: timeoutError(this.op.name, ms, budget), timedOut: true });
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
export function unwrapFailure(raw: unknown): unknown {
  try {
    return raw instanceof RawFailure ? raw.raw : raw;
  } catch {
    return raw;
  }
}
