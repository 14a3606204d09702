/**
 * Shared vocabulary of the library: categories, severities, retry strategies and vendor ids.
 * @module
 */
import type { GiveUpReason } from './retry/errors.js';

/** Broad family of an error: what part of the system it comes from. */
export type RtcErrorCategory =
  'auth' | 'params' | 'state' | 'network' | 'server' | 'device' | 'media' | 'environment' | 'internal';

/**
 * Can this be got past without the app or the user doing something?
 * `recoverable`: the SDK or this library can get past it (retry, back off, wait for the network).
 * `fatal`: it needs a code fix, a new token, a user's permission or a new client.
 */
export type Severity = 'fatal' | 'recoverable';

/** How an operation that failed with this error can be retried, if at all. */
export type RetryStrategy =
  | 'none'
  | 'backoff'
  | 'immediate'
  | 'renew-token'
  | 'rejoin'
  | 'republish'
  | 'resubscribe'
  | 'wait-for-network'
  | 'user-action'
  | 'recreate-client';

/** The vendor ids of this package's own adapters, plus `browser` (media errors) and `unknown`. */
export type KnownVendorId = 'agora-web' | 'agora-ng' | 'agora-native' | 'aliyun' | 'trtc' | 'browser' | 'unknown';

/**
 * Which SDK (or the browser itself) reported the error: one of {@link KnownVendorId}, or the id a
 * third-party adapter picked (`defineAdapter({ id: 'acme', ... })`, no cast needed). Editors still
 * offer the known ids.
 */
// `string & {}` keeps the known ids from being absorbed into `string` (completion still lists them).
export type VendorId = KnownVendorId | (string & {});

/** How the vendor itself classed the value. */
export type ErrorKind = 'error' | 'warning';

/** Languages the catalogs are written in. */
export type Locale = 'en' | 'zh';

/** Retry hint carried by every {@link RtcError}. */
export interface RetryHint {
  /** `true` when this library may retry the failed operation by itself. */
  readonly retryable: boolean;
  /** What kind of retry fits. */
  readonly strategy: RetryStrategy;
  /** A delay suggested by the vendor or the catalog, in milliseconds. */
  readonly delayMs?: number;
}

/**
 * Flat, serializable context of one occurrence. The fields below are the ones this library itself
 * sets, typed; an adapter adds the vendor's own (uid, channel, device kind, state...), which stay
 * open: any other key holds a string, a number or a boolean.
 *
 * @example
 * ```ts
 * rtc.on('giveup', ({ error }) => {
 *   const reason: GiveUpReason | undefined = error.context.giveUpReason; // no cast
 *   console.log(`gave up after ${error.context.attempts} attempts (${reason})`);
 * });
 * ```
 */
export interface RtcErrorContext {
  /** A retry policy gave up: attempts made, the first call included. */
  attempts?: number;
  /** A retry policy gave up: why it stopped (attempts used up, time budget, shared retry budget). */
  giveUpReason?: GiveUpReason;
  /** A retry policy gave up: the same, in words (`"5 of 5 attempts"`...). */
  giveUpDetail?: string;
  /**
   * A retry policy gave up: the retry strategy the error had before (`retry.strategy` is then
   * `none`), kept for diagnosis.
   */
  retryStrategy?: RetryStrategy;
  /** A retry policy gave up: the delay the error suggested before, in milliseconds, if any. */
  retryDelayMs?: number;
  /** A retry policy gave up: the action text the error had before (its `action` now says what to do next). */
  retryAction?: string;
  /** `true` on the `operation_aborted` error of an operation the app aborted (signal, `dispose()`, a superseding call). */
  aborted?: boolean;
  /** The operation whose call ended this one (`leave` ending a retrying `join`). */
  supersededBy?: string;
  /** A coalesced warning: how many identical occurrences this one report stands for. */
  count?: number;
  /** A coalesced warning: the window, in milliseconds. */
  windowMs?: number;
  /** A coalesced warning: when the first occurrence of the window came (the clock's milliseconds). */
  firstAt?: number;
  /** A coalesced warning: when the last occurrence of the window came (the clock's milliseconds). */
  lastAt?: number;
  /** A timed-out operation: the timeout, in milliseconds. */
  timeoutMs?: number;
  /** `true` for a failure that arrived after its operation had already timed out (reported, not retried). */
  late?: boolean;
  /** On a `recovered` event: `true` when the condition ended because the token was renewed. */
  renewed?: boolean;
  /** A browser media error: its `name` (`NotAllowedError`, `NotFoundError`...). */
  mediaError?: string;
  /** A denied device permission: by the user, the operating system, or a policy (`SecurityError`). */
  deniedBy?: 'user' | 'system' | 'policy';
  /** An `OverconstrainedError`: the constraint that could not be satisfied. */
  constraint?: string;
  /** Anything else: the vendor's own fields and the app's (`normalize(raw, adapter, { channel })`). */
  [key: string]: string | number | boolean | undefined;
}

/** Strategies under which this library retries by itself (when the error is recoverable). */
export const RETRYING_STRATEGIES: ReadonlySet<RetryStrategy> = new Set<RetryStrategy>([
  'backoff',
  'immediate',
  'rejoin',
  'republish',
  'resubscribe',
  'wait-for-network',
]);
