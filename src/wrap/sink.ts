/**
 * What an instrumentation is told (its configuration, the app's token source) and what it tells
 * each `wrapClient` handle (a {@link Sink}).
 * @module
 */
import type { Adapter } from '../adapter.js';
import type { OperationKind, RetryPolicy } from '../retry/policy.js';
import type { GiveUpEvent, RetrySavedEvent, RetryEvent } from '../retry/retry.js';
import type { Clock } from '../retry/clock.js';
import type { RtcError } from '../RtcError.js';
import type { RecoveredEvent } from '../signals.js';
import type { RepeatHolder } from './coalesce.js';
import type { Deadlines } from './deadlines.js';
import type { SessionEvent } from './session.js';
import type { OperationSpec, TargetSurface } from './surface.js';

export type AnyFunction = (...args: unknown[]) => unknown;

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
