/**
 * Recognizing what TRTC rejects with, throws or emits, by structure (the SDKs' error classes are not
 * exported at run time and their constructor names are minified):
 * - v5 (`trtc-sdk-v5`): `code` 5000–5999 with at least one of its own fields — `extraCode`,
 *   `functionName`, `originError`, `handler`, or `name` equal to the top-level code's name;
 * - 4.x (`trtc-js-sdk`), and the internal errors a v5 error wraps as `originError`: `getCode()` (or
 *   `code_`) and `getExtraCode()` (or `extraCode_` / `extraCode`).
 * @module
 */
import {
  isObjectLike,
  readProp,
  readText,
  recognizeMediaError,
  type CatalogEntry,
  type Recognition,
  type RtcErrorContext,
} from '../../src/index.js';
import { serverEntry, v4Entry, v5Entry } from './catalog.js';
import { toHex } from './entry.js';

/** A recognition being built. */
type Draft = { -readonly [K in keyof Recognition]: Recognition[K] };

// 4.x codes this file names
const JOIN_ROOM_FAILED = 0x4004;
const SIGNAL_CHANNEL_SETUP_FAILED = 0x4001;
const SERVER_TIMEOUT = 0x4041;
const SCHEDULE_FAILED = 0x404c;
const SWITCH_ROOM_FAILED = 0x4050;
const DEVICE_NOT_FOUND = 0x1003;
const INITIALIZE_FAILED = 0x1004;
const DEVICE_AUTO_RECOVER_FAILED = 0x4044;

/** 4.x codes whose extra code is a server result code. */
const CARRIES_SERVER_CODE: ReadonlySet<number> = new Set([
  JOIN_ROOM_FAILED,
  SIGNAL_CHANNEL_SETUP_FAILED,
  SCHEDULE_FAILED,
  SWITCH_ROOM_FAILED,
]);
/** 4.x codes whose `name` is the browser's media error. */
const NAMED_BY_MEDIA: ReadonlySet<number> = new Set([DEVICE_NOT_FOUND, INITIALIZE_FAILED, DEVICE_AUTO_RECOVER_FAILED]);

function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** Calls a getter method of an untrusted value; `undefined` if it is missing or throws. */
function callGetter(value: unknown, key: string): unknown {
  const fn = readProp(value, key);
  if (typeof fn !== 'function') return undefined;
  try {
    return (fn as () => unknown).call(value);
  } catch {
    return undefined;
  }
}

function has(value: object, key: string): boolean {
  try {
    return key in value;
  } catch {
    return false;
  }
}

/**
 * The code of a 4.x-style error: `getCode()`, or its field (`code_` in 4.x; `code` in the internal
 * copy inside v5, read only where the value is known to be a v5 error's `originError`).
 */
export function v4Code(raw: unknown, plainCode = false): number | undefined {
  if (!isObjectLike(raw)) return undefined;
  const code =
    int(callGetter(raw, 'getCode')) ??
    int(readProp(raw, 'code_')) ??
    (plainCode ? int(readProp(raw, 'code')) : undefined);
  return code !== undefined && code >= 0x1000 && code <= 0xffff ? code : undefined;
}

function v4Extra(raw: unknown): number | undefined {
  return int(callGetter(raw, 'getExtraCode')) ?? int(readProp(raw, 'extraCode_')) ?? int(readProp(raw, 'extraCode'));
}

/** `true` for a v5 `RtcError` (or a copy of one with its fields). */
export function isV5Error(raw: unknown): boolean {
  if (!isObjectLike(raw)) return false;
  const code = int(readProp(raw, 'code'));
  if (code === undefined || code < 5000 || code > 5999) return false;
  if (typeof readProp(raw, 'functionName') === 'string' || has(raw, 'extraCode') || has(raw, 'originError'))
    return true;
  if (typeof readProp(raw, 'handler') === 'function') return true;
  const name = readProp(raw, 'name');
  return typeof name === 'string' && v5Entry(Math.floor(code / 100) * 100)?.vendorName === name;
}

/** A server result code's entry, the code kept in the context either way. */
function applyServerCode(rec: Draft, context: RtcErrorContext, serverCode: number): void {
  context.serverCode = serverCode;
  const entry = serverEntry(serverCode);
  if (entry) {
    rec.entry = entry;
    rec.vendorName = entry.vendorName;
  }
}

/** What the inner `originError` adds: its codes, its browser error, the server code it carries. */
function readOrigin(rec: Draft, context: RtcErrorContext, origin: unknown, code: number): void {
  if (!isObjectLike(origin)) return;
  const inner = v4Code(origin, true);
  const name = readText(origin, 'name', 64);
  if (inner !== undefined) {
    context.innerCode = toHex(inner);
    const innerName = v4Entry(inner)?.vendorName;
    if (innerName) context.innerName = innerName.slice('ErrorCode.'.length);
    const extra = v4Extra(origin);
    if (extra !== undefined && extra !== 0 && CARRIES_SERVER_CODE.has(inner) && context.serverCode === undefined) {
      applyServerCode(rec, context, extra);
    }
    if (code === 5400 && inner === SERVER_TIMEOUT) {
      rec.code = 'network_timeout';
    } else if (inner === JOIN_ROOM_FAILED && /rejoin/i.test(readText(origin, 'message', 256) ?? '')) {
      // a failed automatic rejoin: the SDK has left the room (see the 5502 entry's note)
      rec.code = 'media_connection_failed';
      rec.severity = 'fatal';
      rec.strategy = 'rejoin';
      context.rejoinFailed = true;
    } else if (code === 5500 && inner === SCHEDULE_FAILED && context.serverCode === undefined) {
      rec.code = 'gateway_unreachable';
      if (readProp(origin, 'noRetry') === true) rec.retryable = false;
    }
  } else if (name !== undefined && name !== 'Error') {
    context.originError = name;
  }
}

/** Recognizes a v5 `RtcError`. */
export function recognizeV5(raw: unknown): Recognition | undefined {
  if (!isV5Error(raw)) return undefined;
  const code = readProp(raw, 'code') as number;
  const extra = int(readProp(raw, 'extraCode'));
  const context: RtcErrorContext = {};
  const top = v5Entry(Math.floor(code / 100) * 100) ?? (v5Entry(5999) as CatalogEntry);
  let entry: CatalogEntry = v5Entry(code) ?? top;
  const rec: Draft = { entry, vendorCode: code, vendorName: entry.vendorName, context };
  if (entry !== v5Entry(code)) context.unknownCode = code;
  if (extra !== undefined) {
    context.extraCode = extra;
    if (code === 5400) {
      if (extra !== 0) applyServerCode(rec, context, extra);
    } else {
      const extraEntry = v5Entry(extra);
      if (extraEntry && Math.floor(extra / 100) === Math.floor(code / 100)) {
        entry = extraEntry;
        rec.entry = entry;
        rec.vendorName = entry.vendorName;
      }
    }
  }
  const message = readText(raw, 'message');
  if (message !== undefined && message.trim() !== '') rec.detail = message;
  const fn = readText(raw, 'functionName', 64);
  if (fn) rec.operation = fn;
  readOrigin(rec, context, readProp(raw, 'originError'), code);
  if (!fn && (rec.code === 'gateway_unreachable' || rec.code === 'network_timeout') && rec.retryable !== false) {
    // No API call named: the room itself failed. trtc-sdk-v5 reports that only on its `error`
    // event, after it has left the room and with no retry after it: the way back is to enter again.
    rec.strategy = 'rejoin';
    context.roomFailure = true;
  }
  if (extra === 5302 || (code === 5300 && context.originError === 'NotAllowedError')) {
    const originText = readText(readProp(raw, 'originError'), 'message', 256) ?? '';
    context.deniedBy = typeof readProp(raw, 'handler') === 'function' || /system/i.test(originText) ? 'system' : 'user';
    if (typeof readProp(raw, 'handler') === 'function') context.openSystemSettings = true;
  }
  if (code === 5998) context.aborted = true;
  const userId = readText(raw, 'userId', 128);
  if (userId !== undefined) context.userId = userId;
  const streamType = readText(raw, 'streamType', 32);
  if (streamType !== undefined) context.streamType = streamType;
  return rec;
}

/** Recognizes a 4.x error (or the internal error a v5 error wraps). */
export function recognizeV4(raw: unknown): Recognition | undefined {
  const code = v4Code(raw);
  if (code === undefined) return undefined;
  const context: RtcErrorContext = {};
  const entry = v4Entry(code);
  const rec: Draft = { vendorCode: code, context };
  if (entry) rec.entry = entry;
  else {
    rec.code = 'unknown';
    context.unknownCode = toHex(code);
  }
  const extra = v4Extra(raw);
  if (extra !== undefined && extra !== 0) {
    context.extraCode = extra;
    if (CARRIES_SERVER_CODE.has(code) && serverEntry(extra)) applyServerCode(rec, context, extra);
  }
  const message = readText(raw, 'message_') ?? readText(raw, 'message');
  if (message !== undefined && message.trim() !== '') rec.detail = message;
  if (NAMED_BY_MEDIA.has(code)) {
    const media = recognizeMediaError(raw);
    if (media?.code) {
      rec.code = media.code;
      Object.assign(context, media.context);
    }
  }
  return rec;
}

/** The adapter's recognizer: a v5 error first, then a 4.x one. */
export function recognize(raw: unknown): Recognition | undefined {
  return recognizeV5(raw) ?? recognizeV4(raw);
}
