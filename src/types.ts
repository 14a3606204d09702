/**
 * Shared vocabulary of the library: categories, severities, retry strategies and vendor ids.
 * @module
 */

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

/** Which SDK (or the browser itself) reported the error. */
export type VendorId = 'agora-web' | 'agora-ng' | 'agora-native' | 'aliyun' | 'trtc' | 'browser' | 'unknown';

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

/** Flat, serializable context of one occurrence: uid, channel, device kind, state... */
export type RtcErrorContext = Record<string, string | number | boolean>;

/** Strategies under which this library retries by itself (when the error is recoverable). */
export const RETRYING_STRATEGIES: ReadonlySet<RetryStrategy> = new Set<RetryStrategy>([
  'backoff',
  'immediate',
  'rejoin',
  'republish',
  'resubscribe',
  'wait-for-network',
]);
