/**
 * Timeouts of wrapped operations: how long one attempt may take before it counts as a
 * `network_timeout`, by operation name or kind, with RTC defaults.
 * @module
 */
import type { OperationKind } from '../retry/policy.js';
import { ownValue } from '../own.js';
import { RtcError } from '../RtcError.js';
import type { OperationSpec } from './surface.js';

/** `timeoutMs` of `wrapClient`: one limit for every operation, `false` for none, or limits by operation name or kind. */
export type TimeoutSetting = number | false | Readonly<Record<string, number | false>>;

/**
 * Default limit of one attempt, by kind of operation, in milliseconds. The SDKs' own limits are
 * longer or absent: the web SDKs keep a join pending while they cycle through their gateways with
 * the network cut (observed for minutes), so a join that has not connected within 15 s is
 * treated as timed out and retried under the join policy; publish and subscribe and every other
 * promise or callback operation get 10 s. Synchronous operations have none (they cannot hang).
 */
export const RTC_TIMEOUT_DEFAULTS: Readonly<Record<OperationKind, number>> = /*#__PURE__*/ Object.freeze({
  join: 15_000,
  publish: 10_000,
  subscribe: 10_000,
  default: 10_000,
});

/** Whether `value` is a limit of one attempt: milliseconds above 0, `Infinity` for none. */
export function isTimeoutMs(value: unknown): value is number {
  return typeof value === 'number' && value > 0;
}

/** The limit of one attempt of `operation` (`undefined`: none). `perCall` wins over the setting. */
export function timeoutOf(
  operation: string,
  spec: OperationSpec,
  setting: TimeoutSetting | undefined,
  perCall?: number,
): number | undefined {
  if (spec.style === 'sync' || spec.style === 'return-code') return undefined;
  let limit: number | false | undefined = perCall;
  if (limit === undefined) {
    if (typeof setting === 'number' || setting === false) limit = setting;
    else if (setting !== undefined) {
      limit = ownValue(setting, operation) ?? ownValue(setting, spec.kind ?? 'default');
    }
  }
  if (limit === undefined) limit = spec.timeoutMs ?? RTC_TIMEOUT_DEFAULTS[spec.kind ?? 'default'];
  if (limit === false || !Number.isFinite(limit) || limit <= 0) return undefined;
  return limit;
}

/** When one attempt is given up on, from its start; `budget`: it is what is left of the time budget. */
export interface AttemptDeadline {
  readonly ms: number;
  readonly budget: boolean;
}

/**
 * The deadline of an attempt: its own limit (`undefined`: none), or what is left of the time
 * budget when that is shorter; `undefined` when there is neither.
 */
export function attemptDeadline(limit: number | undefined, budgetLeft: number): AttemptDeadline | undefined {
  if (limit === undefined && !Number.isFinite(budgetLeft)) return undefined;
  if (limit === undefined || budgetLeft < limit) return { ms: Math.max(0, budgetLeft), budget: true };
  return { ms: limit, budget: false };
}

/**
 * The error of an attempt that did not settle in time: a recoverable `network_timeout` (retried
 * like any network timeout), the operation and the limit in its context.
 */
export function timeoutError(operation: string, limitMs: number, budget: boolean): RtcError {
  const what = budget ? `its time budget (${limitMs} ms)` : `${limitMs} ms`;
  return new RtcError({
    code: 'network_timeout',
    message: `${operation}() did not settle within ${what}.`,
    detail: `${operation}() did not settle within ${what}`,
    severity: 'recoverable',
    retry: { retryable: true, strategy: 'backoff' },
    operation,
    context: { timedOut: true, timeoutMs: limitMs, ...(budget ? { budget: true } : {}), operation },
  });
}

/**
 * What the app is told when an attempt that was given up on (timed out, or aborted) succeeds after
 * all: a recoverable `network_timeout` with `context.late`, reported through `error`. A stateful
 * operation has then been undone again (`context.undoneBy`).
 */
export function lateSuccessError(operation: string): RtcError {
  return new RtcError({
    code: 'network_timeout',
    message: `${operation}() succeeded after it had been given up on.`,
    detail: `${operation}() succeeded late`,
    operation,
    context: { operation },
  });
}
