/**
 * `normalize`: any value an SDK throws, rejects with, calls back or emits → one {@link RtcError}.
 * Total: it never throws, whatever it is given.
 * @module
 */
import type { Adapter, Recognition, RecognizeContext } from './adapter.js';
import { CODES, type RtcErrorCode } from './codes.js';
import { findMediaErrorInText, recognizeMediaError } from './media.js';
import { isRtcError, RtcError } from './RtcError.js';
import { clip, describe, isErrorLike, isObjectLike, readProp } from './safe.js';
import { RETRYING_STRATEGIES, type RtcErrorContext, type VendorId } from './types.js';

/** Context given by the caller: flat values; `operation` becomes `RtcError.operation`. */
export type NormalizeContext = { readonly operation?: string } & Readonly<Record<string, string | number | boolean | undefined>>;

/** How many `cause` links are followed to find a recognizable vendor value. */
const MAX_CAUSE_DEPTH = 8;
const MAX_CONTEXT_KEYS = 32;

/** Codes whose vendor text may name a browser media error that says more than the vendor code. */
function refinableByMediaText(code: RtcErrorCode): boolean {
  const category = CODES[code].category;
  return category === 'device' || code === 'unknown' || code === 'internal_error' || code === 'screen_share_failed';
}

function cleanContext(...sources: (Readonly<Record<string, unknown>> | undefined)[]): RtcErrorContext {
  const out: RtcErrorContext = {};
  let count = 0;
  for (const source of sources) {
    if (!source) continue;
    let keys: string[];
    try {
      keys = Object.keys(source);
    } catch {
      continue;
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
  }
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
  let rec = recognition;
  const entry = rec.entry;
  let code: RtcErrorCode = rec.code ?? entry?.code ?? 'unknown';
  if (refinableByMediaText(code) && vendor !== 'browser') {
    const media = findMediaErrorInText(rec.detail);
    if (media?.code) {
      code = media.code;
      rec = { ...rec, context: { ...media.context, ...rec.context }, ...(media.code !== (rec.code ?? entry?.code) ? { message: media.message } : {}) };
    }
  }
  const info = CODES[code];
  const entryApplies = entry !== undefined && entry.code === code;
  let severity = rec.severity ?? (entryApplies ? entry.severity : undefined) ?? info.severity;
  let strategy = rec.strategy ?? (entryApplies ? entry.strategy : undefined) ?? info.strategy;
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
  return new RtcError({
    code,
    severity,
    retry: delayMs !== undefined ? { retryable, strategy, delayMs } : { retryable, strategy },
    vendor,
    ...(vendorCode !== undefined ? { vendorCode } : {}),
    ...(vendorName !== undefined ? { vendorName } : {}),
    kind: rec.kind ?? entry?.kind ?? 'error',
    message: rec.message ?? (entryApplies ? entry.message : info.message),
    action: rec.action ?? (entryApplies ? entry.action : info.action),
    ...(rec.detail !== undefined ? { detail: clip(rec.detail) } : {}),
    ...(typeof operation === 'string' ? { operation } : {}),
    context: cleanContext(rec.context, context),
    cause: raw,
  });
}

function adapterList(adapters: unknown): readonly Adapter[] {
  try {
    if (Array.isArray(adapters)) return adapters.filter((a): a is Adapter => isObjectLike(a) && typeof readProp(a, 'recognize') === 'function');
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

function vendorOf(adapter: Adapter): VendorId {
  const id = readProp(adapter, 'id');
  return typeof id === 'string' ? (id as VendorId) : 'unknown';
}

function normalizeUnguarded(raw: unknown, adapters: readonly Adapter[], context?: NormalizeContext): RtcError {
  if (isRtcError(raw)) return raw;
  const ctx: RecognizeContext = typeof context?.operation === 'string' ? { operation: context.operation } : {};
  let candidate: unknown = raw;
  for (let depth = 0; depth <= MAX_CAUSE_DEPTH; depth += 1) {
    if (depth > 0 && isRtcError(candidate)) {
      const inner = candidate;
      return fromRecognition(
        {
          code: inner.code,
          severity: inner.severity,
          strategy: inner.retry.strategy,
          retryable: inner.retry.retryable,
          kind: inner.kind,
          message: inner.message,
          action: inner.action,
          ...(inner.vendorCode !== undefined ? { vendorCode: inner.vendorCode } : {}),
          ...(inner.vendorName !== undefined ? { vendorName: inner.vendorName } : {}),
          ...(inner.detail !== undefined ? { detail: inner.detail } : {}),
          ...(inner.operation !== undefined ? { operation: inner.operation } : {}),
          context: inner.context,
        },
        inner.vendor,
        raw,
        context,
      );
    }
    for (const adapter of adapters) {
      const rec = tryRecognize(adapter, candidate, ctx);
      if (rec) return fromRecognition(rec, vendorOf(adapter), raw, context);
    }
    const media = recognizeMediaError(candidate);
    if (media) return fromRecognition(media, 'browser', raw, context);
    const next = readProp(candidate, 'cause');
    if (!isObjectLike(next)) break;
    candidate = next;
  }
  const detail = describe(raw);
  return fromRecognition(
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
export function normalize(
  raw: unknown,
  adapters: Adapter | readonly Adapter[],
  context?: NormalizeContext,
): RtcError {
  try {
    return normalizeUnguarded(raw, adapterList(adapters), context);
  } catch (failure) {
    // Last line of defence: something unforeseen threw. Keep the value and say what happened.
    try {
      return new RtcError({ code: 'unknown', vendor: 'unknown', detail: `normalize could not read this value: ${describe(failure)}`, cause: raw });
    } catch {
      return new RtcError({ code: 'unknown', cause: raw });
    }
  }
}
