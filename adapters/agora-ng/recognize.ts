/**
 * Recognizing what `agora-rtc-sdk-ng` throws or rejects with, by shape: an `AgoraRTCError`
 * (`name` "AgoraRTCException", `code`, `message` "AgoraRTCError CODE: detail", optional `data`
 * such as `{ retry: false, desc, csIp }`), its serialized or stringified form, and the few
 * `TypeError`/`RangeError`s of the WebRTC shim bundled in the SDK.
 * @module
 */
import {
  CODES,
  isErrorLike,
  isObjectLike,
  readProp,
  readText,
  type CatalogEntry,
  type Recognition,
  type RecognizeContext,
  type RetryStrategy,
  type RtcErrorContext,
} from '../../src/index.js';
import { entryIn } from './catalog.js';
import { findReason } from './reasons.js';
import { RETRYING_STRATEGIES } from '../../src/types.js';

/** The error name every `AgoraRTCError` carries. */
export const AGORA_ERROR_NAME = 'AgoraRTCException';

const FAMILY = 'AgoraRTCErrorCode';
/** The head of an `AgoraRTCError` message, "AgoraRTCError CODE:"; a space and the detail may follow. */
const HEAD = /^AgoraRTCError ([A-Z0-9_]+):/;
/** Other keys a copy of an error may carry its code under (after `code`). */
const CODE_KEYS = ['errorCode', 'reason', 'msg'] as const;
/** Codes whose detail names the server's reason, which says more than the code. */
const SPLIT_BY_REASON = new Set(['CAN_NOT_GET_GATEWAY_SERVER', 'UNEXPECTED_RESPONSE', 'UPDATE_TICKET_FAILED']);
const HTTP_STATUS = /^\s*([1-5]\d\d)\s*$/;
/** INVALID_OPERATION details that say the client has not joined (4.24.8 bundle). */
const NOT_JOINED = /haven't joined|, not joined/i;

/** The argument checks of the WebRTC shim inside the SDK bundle (`addTransceiver`, data channel `send`). */
const SHIM_ERRORS: readonly RegExp[] = [
  /^Invalid RID value provided\.$/,
  /^scale_resolution_down_by must be >= 1\.0$/,
  /^max_framerate must be >= 0\.0$/,
  /^Message too large \(can send a maximum of \d+ bytes\)$/,
];

/**
 * An `AgoraRTCError` message, "AgoraRTCError CODE: detail", as `[code, detail]` (`detail` undefined
 * for "AgoraRTCError CODE:"); `undefined` for other text. The detail is cut off the head rather
 * than matched, so a long one costs no scan.
 */
function splitMessage(message: string): readonly [code: string, detail: string | undefined] | undefined {
  const head = message.startsWith('AgoraRTCError ') ? HEAD.exec(message) : null;
  if (!head) return undefined;
  const end = head[0].length;
  if (end === message.length) return [head[1] as string, undefined];
  return message.charCodeAt(end) === 0x20 ? [head[1] as string, message.slice(end + 1)] : undefined;
}

function errorEntry(code: unknown): CatalogEntry | undefined {
  return entryIn(FAMILY, code);
}

function descText(desc: unknown): string | undefined {
  if (typeof desc === 'string') return desc;
  if (!Array.isArray(desc)) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < Math.min(desc.length, 16); i += 1) {
    const part = readProp(desc, i);
    if (typeof part === 'string') parts.push(part);
  }
  return parts.length > 0 ? parts.join(' | ') : undefined;
}

function httpRecognition(status: number): Partial<Recognition> {
  if (status === 429) return { code: 'rate_limited', retryable: true };
  if (status >= 500) return { code: 'server_error', severity: 'recoverable', strategy: 'backoff' };
  if (status >= 400) return { code: 'request_rejected', retryable: false };
  return {};
}

/** Strategies that fit an error the vendor says may be retried: those this library retries by itself, and renewing the token. */
const RETRY_FITS: ReadonlySet<RetryStrategy> = new Set<RetryStrategy>([...RETRYING_STRATEGIES, 'renew-token']);

/** A recognition being built: every field writable, stored in place rather than spread. */
type Draft = { -readonly [K in keyof Recognition]: Recognition[K] };

/** What the vendor's retry hint (`data.retry`) makes of a recognition (changed in place). */
function applyRetryHint(rec: Draft, retry: unknown): void {
  if (retry === false) {
    rec.retryable = false;
    return;
  }
  if (retry !== true) return;
  const code = rec.code ?? rec.entry?.code ?? 'unknown';
  const entryStrategy = rec.entry !== undefined && rec.entry.code === code ? rec.entry.strategy : undefined;
  const strategy = rec.strategy ?? entryStrategy ?? CODES[code].strategy;
  rec.retryable = true;
  rec.severity = 'recoverable';
  rec.strategy = RETRY_FITS.has(strategy) ? strategy : 'backoff';
}

/**
 * Recognizes an `AgoraRTCError` (live instance, a copy with the same fields, or its message text).
 * Returns `undefined` for anything else.
 */
export function recognizeAgoraError(raw: unknown): Recognition | undefined {
  let message: string | undefined;
  let code: unknown;
  let data: unknown;
  if (typeof raw === 'string') {
    message = raw;
  } else {
    code = readProp(raw, 'code');
    message = readText(raw, 'message');
    // A copy that crossed a worker, a JSON log or a fake may keep the code under another key.
    if (errorEntry(code) === undefined) {
      for (const key of CODE_KEYS) {
        const other = readProp(raw, key);
        if (typeof other === 'string' && errorEntry(other) !== undefined) {
          code = other;
          break;
        }
      }
    }
  }
  const prefixed = message !== undefined ? splitMessage(message) : undefined;
  let entry = errorEntry(code);
  // The text names the same code as `code` (the usual case): no second lookup.
  const prefixEntry = prefixed ? (prefixed[0] === code ? entry : errorEntry(prefixed[0])) : undefined;
  if (entry === undefined) entry = prefixEntry;
  if (!entry) return undefined;
  // A string that is only a code name (no "AgoraRTCError" head) is taken when it is one exactly:
  // with this adapter given, a symbolic name is evidence enough, whatever the value's class.
  if (typeof raw === 'string' && !prefixed && raw !== entry.vendorName) return undefined;
  if (typeof raw !== 'string') data = readProp(raw, 'data');

  let detail: string | undefined;
  if (prefixed && prefixEntry === entry) detail = prefixed[1];
  else if (message !== undefined) detail = message;
  if (detail !== undefined && detail.trim() === '') detail = undefined;

  const context: RtcErrorContext = {};
  let desc: string | undefined;
  let retry: unknown;
  if (isObjectLike(data)) {
    const csIp = readProp(data, 'csIp');
    if (typeof csIp === 'string') context.csIp = csIp;
    const serverCode = readProp(data, 'code');
    if (typeof serverCode === 'number' || typeof serverCode === 'string') context.serverCode = serverCode;
    desc = descText(readProp(data, 'desc'));
    if (desc !== undefined) context.serverReason = desc;
    retry = readProp(data, 'retry');
  }

  const rec: Draft = { entry, context };
  if (detail !== undefined) rec.detail = detail;

  if (SPLIT_BY_REASON.has(entry.vendorName)) {
    const text = desc === undefined ? (detail ?? '') : detail === undefined ? desc : `${desc} | ${detail}`;
    const reason = findReason(text);
    if (reason && reason.code !== entry.code) {
      rec.code = reason.code;
      if (desc === undefined) context.serverReason = reason.matched;
    }
  } else if (entry.vendorName === 'INVALID_OPERATION' && detail !== undefined && NOT_JOINED.test(detail)) {
    // "Can't publish stream, haven't joined yet!": the call order the 3.x adapter calls not_joined
    rec.code = 'not_joined';
  } else if (entry.vendorName === 'NETWORK_RESPONSE_ERROR' && detail !== undefined) {
    const status = HTTP_STATUS.exec(detail)?.[1];
    if (status !== undefined) {
      const n = Number(status);
      Object.assign(rec, httpRecognition(n));
      context.httpStatus = n;
    }
  }
  applyRetryHint(rec, retry);
  return rec;
}

/** Recognizes the argument errors of the SDK's bundled WebRTC shim; nothing else. */
export function recognizeShimError(raw: unknown): Recognition | undefined {
  const name = readProp(raw, 'name');
  if (name !== 'TypeError' && name !== 'RangeError') return undefined;
  const message = readText(raw, 'message');
  if (message === undefined || !SHIM_ERRORS.some((p) => p.test(message))) return undefined;
  return { code: 'invalid_params', vendorCode: name, detail: message, retryable: false };
}

/**
 * A `TypeError` an SDK operation threw or rejected with. The SDK checks most arguments itself
 * (`INVALID_PARAMS`), but a wrong-typed one can crash it first: captured from 4.24.8, `join` with a
 * numeric App ID rejects with `TypeError: e.replace is not a function`. Claimed only when the caller
 * says which SDK operation failed (wrapClient always does); a TypeError from elsewhere is not ours.
 */
export function recognizeOperationTypeError(raw: unknown, ctx?: RecognizeContext): Recognition | undefined {
  if (ctx?.operation === undefined || readProp(raw, 'name') !== 'TypeError' || !isErrorLike(raw)) return undefined;
  const detail = readText(raw, 'message');
  return {
    code: 'invalid_params',
    vendorCode: 'TypeError',
    message: 'The SDK failed on an argument of the wrong type.',
    action: 'Check the types of the arguments passed to this SDK method (for example the App ID must be a string).',
    ...(detail !== undefined ? { detail } : {}),
    retryable: false,
    operation: ctx.operation,
  };
}

/** The adapter's recognizer: an `AgoraRTCError` first, then the shim's argument errors, then SDK TypeErrors. */
export function recognize(raw: unknown, ctx?: RecognizeContext): Recognition | undefined {
  return recognizeAgoraError(raw) ?? recognizeShimError(raw) ?? recognizeOperationTypeError(raw, ctx);
}
