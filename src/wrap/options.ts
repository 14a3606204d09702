/**
 * Options of {@link wrapClient}, and their checks.
 * @module
 */
import type { RetryBudget } from '../retry/budget.js';
import type { Clock } from '../retry/clock.js';
import {
  isRetryPolicy,
  retryPolicy,
  RTC_RETRY_DEFAULTS,
  type RetryPolicy,
  type RetryPolicyOptions,
} from '../retry/policy.js';
import { readProp } from '../safe.js';
import {
  checkClock,
  checkFunction,
  checkNonNegative,
  checkObject,
  checkRetryBudget,
  invalidOption,
} from '../retry/validate.js';
import type { CoalesceOptions } from './coalesce.js';
import type { RtcEventName } from './events.js';
import type { RenewToken } from './instrument.js';
import type { ClientSurface } from './surface.js';
import { isTimeoutMs, type TimeoutSetting } from './timeouts.js';

/** Retry settings of one operation or kind of operation: options merged over its defaults, a policy, or `false` (no retry). */
export type RetrySetting = RetryPolicyOptions | RetryPolicy | false;

/**
 * Retry settings by operation name or kind. `Key` is what `wrapClient` accepts for the client
 * and adapter it is given (see `RetryKey`): a misspelt operation is a compile error.
 */
export type RetryTable<Key extends string = string> = { readonly [K in Key]?: RetrySetting };

/**
 * Options of `wrapClient`. Every field is optional. `Key` types the keys of `retry` (inferred by
 * `wrapClient` from the client and the adapter; `string` when used on its own).
 */
export interface WrapOptions<Key extends string = string> {
  /**
   * Retry settings by operation name (`join`, `joinChannel`, `publish`...) or by kind (`join`,
   * `publish`, `subscribe`, `default`); an operation's own name wins over its kind. Options given
   * are merged over the RTC defaults of the kind (see `RTC_RETRY_DEFAULTS`): join 5 attempts in
   * 30 s, publish and subscribe 3 in 10 s, others none. `false` disables every retry.
   * A key must be a kind, a method of the client, or an operation of the adapter's surface
   * (checked at compile time from the types, and again at run time: a method a newer SDK adds is
   * accepted because the client has it).
   * Default: the RTC defaults.
   */
  readonly retry?: false | RetryTable<Key>;
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
   * Coalescing of repeated errors from the SDK's events: the first is reported at once, the
   * repeats inside the window as one more report whose `context.count` is how many were folded
   * into it. `false` disables it. Default: `{ windowMs: 5000, maxWindows: 64 }`, every error from
   * an event (warnings and fatal errors), grouped by code (see {@link CoalesceOptions}).
   */
  readonly coalesce?: false | CoalesceOptions;
  /**
   * How long one attempt of an operation may take before it counts as a recoverable
   * `network_timeout` (retried under the operation's policy; a stateful operation is undone first,
   * see the README): one limit in milliseconds, `false` for none, or limits by operation name or
   * kind (`{ join: 20_000, publish: false }`). The time budget of the retry policy also bounds
   * each attempt. Default: by kind (`RTC_TIMEOUT_DEFAULTS`): join 15 s, every other promise or
   * callback operation 10 s, synchronous operations none.
   */
  readonly timeoutMs?: TimeoutSetting;
  /** Time source for retries and coalescing. Default: the platform clock. */
  readonly clock?: Clock;
  /** Randomness for backoff jitter, in `[0, 1)`. Default: `Math.random`. */
  readonly random?: () => number;
  /** The SDK's surface, overriding the adapter's (`adapter.client`). Default: the adapter's. */
  readonly surface?: ClientSurface;
  /**
   * Receives an exception thrown by one of this handle's listeners (the other listeners still run),
   * every time. Default: `globalThis.reportError` where it exists (browsers, Deno, Bun), otherwise
   * `console.error` (Node.js, React Native). Never rethrown.
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

const KNOWN = /*#__PURE__*/ new Set([
  'retry',
  'retryBudget',
  'renewToken',
  'coalesce',
  'clock',
  'random',
  'surface',
  'onListenerError',
  'timeoutMs',
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
  checkRetryBudget('retryBudget', opts.retryBudget);
  if (opts.coalesce !== undefined && opts.coalesce !== false) {
    const c = checkObject('coalesce', opts.coalesce) ?? {};
    checkNonNegative('coalesce.windowMs', c.windowMs);
    checkFunction('coalesce.filter', c.filter);
    checkFunction('coalesce.key', c.key);
    if (
      c.maxWindows !== undefined &&
      (typeof c.maxWindows !== 'number' || !Number.isInteger(c.maxWindows) || c.maxWindows < 1)
    ) {
      invalidOption('coalesce.maxWindows', 'an integer of at least 1', c.maxWindows);
    }
  }
  checkTimeouts(opts.timeoutMs);
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

function checkTimeoutValue(name: string, value: unknown): void {
  if (value === undefined || value === false) return;
  if (!isTimeoutMs(value)) {
    invalidOption(name, 'a number of milliseconds above 0 (Infinity: none) or false', value);
  }
}

function checkTimeouts(setting: unknown): void {
  if (setting === undefined || setting === false || typeof setting === 'number') {
    checkTimeoutValue('timeoutMs', setting);
    return;
  }
  const table = checkObject('timeoutMs', setting) ?? {};
  for (const [key, value] of Object.entries(table)) checkTimeoutValue(`timeoutMs.${key}`, value);
}
/**
 * Checks the keys of the `retry` option against the client being wrapped, as its types do at
 * compile time: each must be an operation kind (`join`, `publish`, `subscribe`, `default`), a
 * method of the client (a method a newer SDK adds is accepted: the client has it), or an operation
 * of the surface (the client's, or of a target `attach` takes). Throws a `TypeError` naming the
 * option: a misspelt key would otherwise be silently ignored.
 */
export function checkRetryKeys(retry: WrapOptions['retry'], client: object, surface: ClientSurface): void {
  if (retry === undefined || retry === false) return;
  const has = (table: object | undefined, key: string): boolean =>
    table !== undefined && Object.prototype.hasOwnProperty.call(table, key);
  for (const key of Object.keys(retry)) {
    if (has(RTC_RETRY_DEFAULTS, key) || typeof readProp(client, key) === 'function') continue;
    if (has(surface.client.operations, key)) continue;
    if (Object.values(surface.targets ?? {}).some((target) => has(target.operations, key))) continue;
    throw new TypeError(
      `rtc-errors: unknown operation in option "retry.${key}": not a method of this client, an operation of the adapter's surface, nor a kind (${Object.keys(RTC_RETRY_DEFAULTS).join(', ')})`,
    );
  }
}
