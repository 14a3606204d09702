/**
 * `normalize`: any value an SDK throws, rejects with, calls back or emits → one {@link RtcError}.
 * Total: it never throws, whatever it is given.
 * @module
 */
import {
  errorRecognition,
  type Adapter,
  type EventTranslator,
  type Recognition,
  type RecognizeContext,
} from './adapter.js';
import { CODES, type RtcErrorCode } from './codes.js';
import { findMediaErrorInText, isMediaErrorName, recognizeMediaError } from './media.js';
import { browserOffline, isUnreachableCode } from './offline.js';
import { buildRtcError, isRtcError, RtcError, type RtcErrorInit } from './RtcError.js';
import { beginReads, clip, describe, endReads, isErrorLike, isObjectLike, MAX_TEXT, readProp } from './safe.js';
import { RETRYING_STRATEGIES, type RtcErrorContext, type VendorId } from './types.js';

/**
 * Context given by the caller: flat values; `operation` becomes `RtcError.operation`; `event`
 * names the SDK event the value came with (its argument list, or the argument that carries the
 * error), which is then read as that event's payload.
 */
export type NormalizeContext = { readonly operation?: string; readonly event?: string } & Readonly<
  Record<string, string | number | boolean | undefined>
>;

/** How many `cause` links are followed to find a recognizable vendor value. */
const MAX_CAUSE_DEPTH = 8;
const MAX_CONTEXT_KEYS = 32;
/** Longest raw string handed to adapters: twice what `detail` keeps, so a prefix still leaves it whole. */
const MAX_RAW_TEXT = 2 * MAX_TEXT;

/** Whether `value` is a real `DOMException` (never throws, whatever `value` is). */
function isDomException(value: unknown): boolean {
  try {
    return typeof DOMException === 'function' && value instanceof DOMException;
  } catch {
    return false;
  }
}

/** Codes whose vendor text may name a browser media error that says more than the vendor code. */
function refinableByMediaText(code: RtcErrorCode): boolean {
  const category = CODES[code].category;
  return category === 'device' || code === 'unknown' || code === 'internal_error' || code === 'screen_share_failed';
}

function addContext(
  out: RtcErrorContext,
  source: Readonly<Record<string, unknown>> | undefined,
  count: number,
): number {
  if (!source) return count;
  let keys: string[];
  try {
    keys = Object.keys(source);
  } catch {
    return count;
  }
  for (const key of keys) {
    if (key === 'operation' || count >= MAX_CONTEXT_KEYS) continue;
    const value = readProp(source, key);
    if (typeof value === 'string') out[key] = clip(value, 256);
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (typeof value === 'boolean') out[key] = value;
    else continue;
    count += 1;
  }
  return count;
}

/** The recognition's context, then the caller's: flat values only, at most 32 keys. */
function cleanContext(
  own: Readonly<Record<string, unknown>> | undefined,
  caller: Readonly<Record<string, unknown>> | undefined,
): RtcErrorContext {
  const out: RtcErrorContext = {};
  addContext(out, caller, addContext(out, own, 0));
  return out;
}

/**
 * Builds an {@link RtcError} from an adapter's {@link Recognition}: what the recognition leaves
 * out comes from its catalog entry (when the entry's code is the error's code), then from the
 * unified code table. Browser media errors named in the detail refine device-type codes.
 */
export function fromRecognition(
  recognition: Recognition,
  vendor: VendorId,
  raw: unknown,
  context?: NormalizeContext,
): RtcError {
  return new RtcError(initFromRecognition(recognition, vendor, raw, context));
}

const SCREEN_OPERATION = /screen|display/i;

/**
 * `true` when the error comes from sharing the screen: the operation says so
 * (`createScreenVideoTrack`, `startScreenShare`...) or the caller's context has `screen: true`
 * (Agora Web 3.x, whose `Stream.init` serves camera and screen alike).
 */
function isScreenShare(rec: Recognition, context: NormalizeContext | undefined): boolean {
  const operation = rec.operation ?? context?.operation;
  return (typeof operation === 'string' && SCREEN_OPERATION.test(operation)) || context?.screen === true;
}

/** What {@link fromRecognition} builds its error from. */
function initFromRecognition(
  recognition: Recognition,
  vendor: VendorId,
  raw: unknown,
  context?: NormalizeContext,
): RtcErrorInit {
  const rec = recognition;
  const entry = rec.entry;
  let code: RtcErrorCode = rec.code ?? entry?.code ?? 'unknown';
  let recContext = rec.context;
  let recMessage = rec.message;
  let recAction = rec.action;
  if (vendor !== 'browser' && rec.detail !== undefined && refinableByMediaText(code)) {
    const media = findMediaErrorInText(rec.detail);
    if (media?.code) {
      code = media.code;
      recContext = Object.assign({}, media.context, recContext);
      if (media.code !== (rec.code ?? entry?.code)) recMessage = media.message;
    }
  }
  // A screen picker the user closed: NotAllowedError from getDisplayMedia is not a denied permission.
  let cancelled = false;
  if (code === 'permission_denied' && isScreenShare(rec, context)) {
    const deniedBy = recContext?.deniedBy;
    if (deniedBy === undefined || deniedBy === 'user') {
      cancelled = true;
      code = 'operation_aborted';
      recMessage = 'The user closed the screen picker without choosing what to share.';
      recAction = 'Nothing failed: let the user start sharing again when they want to.';
      recContext = Object.assign({}, recContext, { screenShare: 'cancelled' });
    }
  }
  // The browser says it is offline: a failure to reach the servers is the network being gone.
  let offline = false;
  if (isUnreachableCode(code) && rec.retryable !== false && browserOffline()) {
    offline = true;
    if (code !== 'network_unavailable') recMessage = undefined;
    code = 'network_unavailable';
    recContext = Object.assign({}, recContext, { online: false });
  }
  const info = CODES[code];
  const entryApplies = entry !== undefined && entry.code === code;
  let severity = rec.severity ?? (entryApplies ? entry.severity : undefined) ?? info.severity;
  let strategy = rec.strategy ?? (entryApplies ? entry.strategy : undefined) ?? info.strategy;
  if (offline) {
    severity = 'recoverable';
    strategy = 'wait-for-network';
  }
  if (cancelled) {
    // the user's own choice: nothing failed, nothing to retry
    severity = 'fatal';
    strategy = 'none';
  }
  let retryable: boolean;
  if (rec.retryable === false) {
    severity = 'fatal';
    if (RETRYING_STRATEGIES.has(strategy)) strategy = 'none';
    retryable = false;
  } else {
    retryable = rec.retryable ?? (severity === 'recoverable' && RETRYING_STRATEGIES.has(strategy));
  }
  const delayMs = rec.delayMs ?? entry?.delayMs;
  const vendorCode = rec.vendorCode ?? entry?.vendorCode;
  const vendorName = rec.vendorName ?? entry?.vendorName;
  const operation = rec.operation ?? context?.operation;
  // Built field by field rather than with conditional spreads: this is the hot path of every error.
  const init: RtcErrorInit = {
    code,
    severity,
    retry: delayMs !== undefined ? { retryable, strategy, delayMs } : { retryable, strategy },
    vendor,
    kind: rec.kind ?? entry?.kind ?? 'error',
    message: recMessage ?? (entryApplies ? entry.message : info.message),
    action: recAction ?? (entryApplies ? entry.action : info.action),
    context: cleanContext(recContext, context),
    cause: raw,
  };
  if (vendorCode !== undefined) init.vendorCode = vendorCode;
  if (vendorName !== undefined) init.vendorName = vendorName;
  if (rec.detail !== undefined) init.detail = clip(rec.detail);
  if (typeof operation === 'string') init.operation = operation;
  return init;
}

function adapterList(adapters: unknown): readonly Adapter[] {
  try {
    if (Array.isArray(adapters))
      return adapters.filter((a): a is Adapter => isObjectLike(a) && typeof readProp(a, 'recognize') === 'function');
    if (isObjectLike(adapters) && typeof readProp(adapters, 'recognize') === 'function') return [adapters as Adapter];
  } catch {
    // a hostile adapters argument is treated as none
  }
  return [];
}

function tryRecognize(adapter: Adapter, value: unknown, ctx: RecognizeContext): Recognition | undefined {
  try {
    const rec = adapter.recognize(value, ctx);
    return isObjectLike(rec) ? rec : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The recognition of an event payload by the adapter's translator of that event: the same reading
 * the wrapped client's events get. `undefined` when the adapter has no such event, or the payload
 * is not an error there.
 */
function recognizeEventPayload(adapter: Adapter, event: string, raw: unknown): Recognition | undefined {
  try {
    const events = readProp(adapter, 'events');
    if (!isObjectLike(events) || !Object.prototype.hasOwnProperty.call(events, event)) return undefined;
    const translator = readProp(events, event);
    if (typeof translator !== 'function') return undefined;
    return errorRecognition((translator as EventTranslator)(Array.isArray(raw) ? raw : [raw]));
  } catch {
    // a translator that throws is the same as one that does not know the payload
  }
  return undefined;
}

/** Below this, a bare number is common to many tables (HTTP statuses, DOMException codes, small enums). */
const SMALL_NUMBER = 100_000;

function isSmallNumber(rec: Recognition): boolean {
  const value = rec.vendorCode ?? rec.entry?.vendorCode;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return !Number.isFinite(n) || Math.abs(n) < SMALL_NUMBER;
}

/**
 * What bare-number recognitions alone come to: the one adapter given decides; a large number only
 * one adapter knows is that adapter's; otherwise `unknown`, with every candidate in its context.
 */
function fromBareNumbers(
  all: readonly { adapter: Adapter; rec: Recognition }[],
  adapterCount: number,
  raw: unknown,
  context?: NormalizeContext,
): RtcErrorInit {
  // an adapter that only says "a well-formed code of mine I do not know" is no candidate beside one that knows it
  const knowing = all.filter(
    ({ rec }) => rec.entry !== undefined || (rec.code !== undefined && rec.code !== 'unknown'),
  );
  const found = knowing.length > 0 ? knowing : all;
  const first = found[0] as { adapter: Adapter; rec: Recognition };
  if (adapterCount === 1 || (found.length === 1 && !isSmallNumber(first.rec))) {
    return initFromRecognition(first.rec, vendorOf(first.adapter), raw, context);
  }
  const candidates = found
    .map(
      ({ adapter, rec }) => `${vendorOf(adapter)}:${rec.vendorName ?? rec.entry?.vendorName ?? String(rec.vendorCode)}`,
    )
    .join(', ');
  return initFromRecognition(
    {
      code: 'unknown',
      vendorCode: first.rec.vendorCode ?? first.rec.entry?.vendorCode,
      detail: `A bare number with nothing to say whose it is; candidates: ${candidates}.`,
      context: { candidates },
    },
    'unknown',
    raw,
    context,
  );
}

function vendorOf(adapter: Adapter): VendorId {
  const id = readProp(adapter, 'id');
  return typeof id === 'string' ? (id as VendorId) : 'unknown';
}

/** The error to build for `raw`, or `raw` itself when it is an RtcError already. */
function normalizeUnguarded(
  raw: unknown,
  adapters: readonly Adapter[],
  context?: NormalizeContext,
): RtcError | RtcErrorInit {
  if (isRtcError(raw)) return raw;
  const event = typeof context?.event === 'string' ? context.event : undefined;
  const ctx: { operation?: string; event?: string } = {};
  if (typeof context?.operation === 'string') ctx.operation = context.operation;
  if (event !== undefined) ctx.event = event;
  if (event !== undefined) {
    for (const adapter of adapters) {
      const rec = recognizeEventPayload(adapter, event, raw);
      if (rec) return initFromRecognition(rec, vendorOf(adapter), raw, context);
    }
  }
  // Adapters see a long string cut to a bound (the original stays the cause): no vendor code or
  // message comes near it, and it keeps the work on a 10 MB string as small as on a short one.
  let candidate: unknown = typeof raw === 'string' ? clip(raw, MAX_RAW_TEXT) : raw;
  for (let depth = 0; depth <= MAX_CAUSE_DEPTH; depth += 1) {
    if (depth > 0 && isRtcError(candidate)) {
      const inner = candidate;
      return initFromRecognition(
        {
          code: inner.code,
          severity: inner.severity,
          strategy: inner.retry.strategy,
          retryable: inner.retry.retryable,
          kind: inner.kind,
          message: inner.message,
          action: inner.action,
          vendorCode: inner.vendorCode,
          vendorName: inner.vendorName,
          detail: inner.detail,
          operation: inner.operation,
          context: inner.context,
        },
        inner.vendor,
        raw,
        context,
      );
    }
    const mediaNamed = isMediaErrorName(readProp(candidate, 'name'));
    // 1. A browser media error (a real DOMException) by its name, whatever its numeric `code` says.
    if (mediaNamed && isDomException(candidate)) {
      const media = recognizeMediaError(candidate);
      if (media) return initFromRecognition(media, 'browser', raw, context);
    }
    // 2. A name, a vendor field or a message beats a number: the first adapter with such evidence.
    // (An SDK error that copies a DOMException's name, such as TRTC 4.x's, is its vendor's; the
    // media name in its text still refines the unified code.)
    let bare: { adapter: Adapter; rec: Recognition }[] | undefined;
    for (const adapter of adapters) {
      const rec = tryRecognize(adapter, candidate, ctx);
      if (!rec) continue;
      if (rec.evidence !== 'bare-number') return initFromRecognition(rec, vendorOf(adapter), raw, context);
      (bare ??= []).push({ adapter, rec });
    }
    // 1'. Named like a DOMException and claimed by no adapter's own fields: a browser media error.
    if (mediaNamed) {
      const media = recognizeMediaError(candidate);
      if (media) return initFromRecognition(media, 'browser', raw, context);
    }
    // 3. A bare number alone needs the adapter given alone, or a number only one adapter knows.
    if (bare) return fromBareNumbers(bare, adapters.length, raw, context);
    const media = recognizeMediaError(candidate);
    if (media) return initFromRecognition(media, 'browser', raw, context);
    const next = readProp(candidate, 'cause');
    if (!isObjectLike(next)) break;
    candidate = next;
  }
  const detail = describe(raw);
  return initFromRecognition(
    { code: isErrorLike(raw) ? 'internal_error' : 'unknown', detail },
    'unknown',
    raw,
    context,
  );
}

/**
 * Turns any raw value into an {@link RtcError}. Never throws.
 *
 * The adapters are asked in order; the first that recognizes the value wins. Browser media errors
 * (`NotAllowedError`...) are recognized for every adapter. A value nobody recognizes becomes
 * `unknown` (`internal_error` for an `Error`), with what could be read of it in `detail`.
 * The original value is always kept as `cause`, untouched.
 *
 * @example
 * ```ts
 * import { normalize } from 'rtc-errors';
 * import { agoraNgAdapter } from 'rtc-errors/agora-ng';
 * try { await client.join(appId, channel, token); }
 * catch (raw) { const err = normalize(raw, agoraNgAdapter, { operation: 'join' }); }
 * ```
 */
export function normalize(raw: unknown, adapters: Adapter | readonly Adapter[], context?: NormalizeContext): RtcError {
  // Reading the value and recognizing it run with stack capture off (hostile values throw from
  // their getters and Proxy traps; each error they build would capture a stack, most of the cost
  // of an error, only to be caught and dropped), in a read session (a read that threw is not tried
  // again). The error is built here, with capture on, so its stack is the caller's, as for
  // `new Error()` there.
  const limit = ErrorWithLimit.stackTraceLimit;
  const mute = typeof limit === 'number' && limit !== 0 && setStackTraceLimit(0);
  const session = beginReads();
  let result: RtcError | RtcErrorInit;
  try {
    result = normalizeGuarded(raw, adapters, context);
  } finally {
    endReads(session);
    if (mute) setStackTraceLimit(limit as number);
  }
  if (result === raw) return raw as RtcError;
  try {
    const init = result as RtcErrorInit;
    // What `new RtcError(init)` here would build, at the cost of a plain `Error` (see buildRtcError).
    const message = init.message ?? (CODES[init.code] ?? CODES.unknown).message;
    return buildRtcError(init, new Error(message, 'cause' in init ? { cause: init.cause } : undefined));
  } catch {
    return new RtcError({ code: 'unknown', cause: raw });
  }
}

function normalizeGuarded(raw: unknown, adapters: unknown, context?: NormalizeContext): RtcError | RtcErrorInit {
  try {
    return normalizeUnguarded(raw, adapterList(adapters), context);
  } catch (failure) {
    // Last line of defence: something unforeseen threw. Keep the value and say what happened
    // (`describe` never throws, whatever it is given).
    return {
      code: 'unknown',
      vendor: 'unknown',
      detail: `normalize could not read this value: ${describe(failure)}`,
      cause: raw,
    };
  }
}

type ErrorConstructorWithLimit = ErrorConstructor & { stackTraceLimit?: number };
const ErrorWithLimit = Error as ErrorConstructorWithLimit;

/** Sets `Error.stackTraceLimit` where the engine has it; `false` when it cannot (frozen intrinsics). */
function setStackTraceLimit(limit: number): boolean {
  try {
    ErrorWithLimit.stackTraceLimit = limit;
    return true;
  } catch {
    return false;
  }
}
