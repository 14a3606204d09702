/**
 * Options of {@link wrapClient}, and their checks.
 * @module
 */
import type { RetryBudget } from '../retry/budget.js';
import type { Clock } from '../retry/clock.js';
import { isRetryPolicy, retryPolicy, type RetryPolicy, type RetryPolicyOptions } from '../retry/policy.js';
import { checkClock, checkFunction, checkNonNegative, checkObject, invalidOption } from '../retry/validate.js';
import type { CoalesceOptions } from './coalesce.js';
import type { RtcEventName } from './events.js';
import type { RenewToken } from './instrument.js';
import type { ClientSurface } from './surface.js';

/** Retry settings of one operation or kind of operation: options merged over its defaults, a policy, or `false` (no retry). */
export type RetrySetting = RetryPolicyOptions | RetryPolicy | false;

/** Options of `wrapClient`. Every field is optional. */
export interface WrapOptions {
  /**
   * Retry settings by operation name (`join`, `joinChannel`, `publish`...) or by kind (`join`,
   * `publish`, `subscribe`, `default`); an operation's own name wins over its kind. Options given
   * are merged over the RTC defaults of the kind (see `RTC_RETRY_DEFAULTS`): join 5 attempts in
   * 30 s, publish and subscribe 3 in 10 s, others none. `false` disables every retry.
   * Default: the RTC defaults.
   */
  readonly retry?: false | Readonly<Record<string, RetrySetting>>;
  /** A token bucket every retry of this client draws from; share it between clients. Default: none. */
  readonly retryBudget?: RetryBudget;
  /**
   * Returns a new token. When given: an operation failing with `token_expired` or
   * `token_invalid` is retried once with the new token, and a "token will expire" event (or an
   * "expired" one, where the SDK accepts it) renews the token through the SDK. Without it, token
   * errors are fatal and reported with their action text. Default: none.
   */
  readonly renewToken?: RenewToken;
  /**
   * Coalescing of repeated identical warnings: the first is reported at once, the repeats inside
   * the window as one more report whose `context.count` is how many were folded into it.
   * `false` disables it. Default: `{ windowMs: 5000 }`, warnings only.
   */
  readonly coalesce?: false | CoalesceOptions;
  /** Time source for retries and coalescing. Default: the platform clock. */
  readonly clock?: Clock;
  /** Randomness for backoff jitter, in `[0, 1)`. Default: `Math.random`. */
  readonly random?: () => number;
  /** The SDK's surface, overriding the adapter's (`adapter.client`). Default: the adapter's. */
  readonly surface?: ClientSurface;
  /**
   * Receives an exception thrown by one of this handle's listeners (the other listeners still run).
   * Default: reported like an event listener's exception (`reportError`, or rethrown in a microtask).
   */
  readonly onListenerError?: (error: unknown, event: RtcEventName) => void;
  /**
   * A name for this handle (`'camera'`, `'screen'`...), read back as `wrapped.label`; telemetry
   * reports it as `rtc.client.label`. Default: none.
   */
  readonly label?: string;
  /**
   * The SDK's version, read back as `wrapped.sdkVersion`. Default: what the client (or, once
   * attached, the SDK's global object) exposes (`VERSION`, `getSdkVersion()`, `getVersion()`), if anything.
   */
  readonly sdkVersion?: string;
}

const KNOWN = new Set([
  'retry',
  'retryBudget',
  'renewToken',
  'coalesce',
  'clock',
  'random',
  'surface',
  'onListenerError',
  'label',
  'sdkVersion',
]);

/** Checks every option; throws a `TypeError` naming the first bad one. */
export function checkWrapOptions(options: unknown): WrapOptions {
  const opts = checkObject('options', options) ?? {};
  for (const key of Object.keys(opts)) {
    if (!KNOWN.has(key))
      throw new TypeError(`rtc-errors: unknown option "${key}" (known options: ${[...KNOWN].join(', ')})`);
  }
  checkFunction('renewToken', opts.renewToken);
  checkFunction('random', opts.random);
  checkFunction('onListenerError', opts.onListenerError);
  checkClock('clock', opts.clock);
  for (const name of ['label', 'sdkVersion'] as const) {
    if (opts[name] !== undefined && typeof opts[name] !== 'string') invalidOption(name, 'a string', opts[name]);
  }
  const budget = opts.retryBudget as RetryBudget | undefined;
  if (
    budget !== undefined &&
    (typeof budget !== 'object' || budget === null || typeof budget.tryAcquire !== 'function')
  ) {
    invalidOption('retryBudget', 'a retry budget (see retryBudget())', budget);
  }
  if (opts.coalesce !== undefined && opts.coalesce !== false) {
    const c = checkObject('coalesce', opts.coalesce) ?? {};
    checkNonNegative('coalesce.windowMs', c.windowMs);
    checkFunction('coalesce.filter', c.filter);
    checkFunction('coalesce.key', c.key);
  }
  if (opts.surface !== undefined) {
    const surface = checkObject('surface', opts.surface) ?? {};
    const client = checkObject('surface.client', surface.client);
    if (!client) invalidOption('surface.client', 'an object', client);
    checkObject('surface.client.operations', client.operations);
  }
  if (opts.retry !== undefined && opts.retry !== false) {
    const table = checkObject('retry', opts.retry) ?? {};
    for (const [key, setting] of Object.entries(table)) {
      if (setting === false || isRetryPolicy(setting)) continue;
      retryPolicy(setting as RetryPolicyOptions, `retry.${key}`);
    }
  }
  return opts as WrapOptions;
}
