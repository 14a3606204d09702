/**
 * The errors the retry machinery itself produces: an abort requested by the app, and the error a
 * policy gives up with.
 * @module
 */
import type { RtcError } from '../RtcError.js';
import { completeRtcError, isRtcError, type CompleteRtcErrorInit, type RtcErrorInit } from '../RtcErrorBase.js';
import { describe } from '../safe.js';
import type { RtcErrorContext } from '../types.js';

/** Why a policy stopped retrying an error it could otherwise have retried. */
export type GiveUpReason = 'attempts' | 'time-budget' | 'retry-budget';

/** A copy of `error` with some fields replaced; `cause` (the SDK's value) is kept untouched. */
export function withChanges(error: RtcError, changes: Partial<RtcErrorInit>): RtcError {
  const init: CompleteRtcErrorInit = {
    code: error.code,
    category: error.category,
    severity: error.severity,
    retry: error.retry,
    vendor: error.vendor,
    vendorCode: error.vendorCode,
    vendorName: error.vendorName,
    kind: error.kind,
    message: error.message,
    detail: error.detail,
    action: error.action,
    operation: error.operation,
    context: error.context,
    ...changes,
  };
  if (!('cause' in changes) && error.cause !== undefined) init.cause = error.cause;
  return completeRtcError(init);
}

/** A copy of `error` with `added` merged into its context. */
export function withContext(error: RtcError, added: RtcErrorContext): RtcError {
  return withChanges(error, { context: { ...error.context, ...added } });
}

/** What the action of a given-up error says first, by reason. */
const GIVE_UP_LEAD: Record<GiveUpReason, (attempts: string) => string> = {
  attempts: (attempts) => `Retrying did not get past it (${attempts}, the policy's limit)`,
  'time-budget': (attempts) => `Retrying did not get past it within the time budget (${attempts})`,
  'retry-budget': () => 'Not retried again: the shared retry budget is empty (too many retries across clients)',
};

/** When calling the operation again makes sense, by category of the error. */
function whenAgain(error: RtcError): string {
  switch (error.category) {
    case 'network':
      return 'once the network is back';
    case 'server':
      return 'later (the service is failing or overloaded)';
    default:
      return 'later';
  }
}

/** The action of a given-up error: what to do now that this library has stopped retrying. */
function giveUpAction(error: RtcError, attempts: number, reason: GiveUpReason): string {
  const operation = error.operation !== undefined ? `\`${error.operation}\`` : 'the operation';
  const counted = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  return `${GIVE_UP_LEAD[reason](counted)}. Tell the user it failed, and call ${operation} again ${whenAgain(error)}, for example when the user asks.`;
}

/**
 * The error a policy gives up with: the last error, now fatal and not retryable, and reading so
 * throughout (it can no longer be got past without the app): `retry` is
 * `{ retryable: false, strategy: 'none' }` and `action` says what to do now. The hint it had is
 * kept for diagnosis in `context.retryStrategy`, `context.retryDelayMs` and `context.retryAction`,
 * beside `context.attempts`, `context.giveUpReason` and a readable `context.giveUpDetail`.
 */
export function gaveUp(error: RtcError, attempts: number, reason: GiveUpReason, detail: string): RtcError {
  const hint = error.retry;
  const context: RtcErrorContext = {
    ...error.context,
    attempts,
    giveUpReason: reason,
    giveUpDetail: detail,
    retryStrategy: hint.strategy,
    ...(hint.delayMs !== undefined ? { retryDelayMs: hint.delayMs } : {}),
    retryAction: error.action,
  };
  return withChanges(error, {
    severity: 'fatal',
    retry: { retryable: false, strategy: 'none' },
    action: giveUpAction(error, attempts, reason),
    context,
  });
}

/**
 * The error an operation aborted by the app settles with: `operation_aborted`, but fatal and not
 * retryable (the unified code's default is recoverable, for aborts the SDK reports by itself: an
 * abort the app asked for must not be retried). `context.aborted` is `true`; `cause` is the
 * signal's reason.
 */
export function abortedError(reason: unknown, operation?: string): RtcError {
  return completeRtcError({
    code: 'operation_aborted',
    category: 'state',
    severity: 'fatal',
    retry: { retryable: false, strategy: 'none' },
    message: 'The operation was aborted before it finished.',
    action: 'Nothing to do: the application aborted the operation.',
    detail: reason === undefined ? 'aborted' : describe(reason),
    operation,
    context: { aborted: true, ...supersededBy(reason) },
    cause: reason,
  });
}

function supersededBy(reason: unknown): { supersededBy?: string } {
  if (typeof reason !== 'object' || reason === null) return {};
  const by = (reason as { by?: unknown }).by;
  return (reason as { name?: unknown }).name === 'SupersededError' && typeof by === 'string'
    ? { supersededBy: by }
    : {};
}

/**
 * What {@link retry} makes of a failure when no `normalize` is given and the failure is not an
 * `RtcError`: one `unknown` error, recoverable and retryable with backoff (nothing says it is
 * not), with `context.unclassified === true` and the failure as `cause`, untouched. No table is
 * consulted: that is what keeps `retry` alone small.
 */
export function unclassified(raw: unknown, operation?: string): RtcError {
  return completeRtcError({
    code: 'unknown',
    category: 'internal',
    severity: 'recoverable',
    retry: { retryable: true, strategy: 'backoff' },
    message: 'The operation failed; no classifier was given to retry().',
    action: 'Retried under the policy. Pass `normalize` to retry() to get the unified code and hints.',
    detail: describe(raw),
    operation,
    context: { unclassified: true },
    cause: raw,
  });
}

/** `true` for an error made by {@link abortedError}. */
export function isAbortedByApp(error: unknown): boolean {
  return isRtcError(error) && error.code === 'operation_aborted' && error.context.aborted === true;
}
