/**
 * Recognizers of the raw values Agora Web SDK 3.x hands to apps (read off the 3.6.11 bundle):
 *
 * - `onFailure` strings: error-table values (`"INVALID_OPERATION"`, `"110"`), gateway names
 *   (`"ERR_NO_AUTHORIZED"`, `"K_TIMESTAMP_EXPIRED"`), `"UNKNOW_ERROR_<n>"` for unmapped gateway
 *   numbers, `"Get server node failed [NAME]"` from the access point;
 * - bare numbers (server codes, resolved with the catalog's family preference);
 * - `Stream.init` failures `{type: 'error' | 'warning', msg, info}` whose `msg` is an SDK code or
 *   a browser media error name (refined by core from `detail`);
 * - thrown `Error`s whose message is a code (`new Error("INVALID_CLIENT_MODE")`) or one of the
 *   SDK's parameter/state checks (`"Invalid string param: ..."`);
 * - `AgoraRTCException` objects of the bundle's newer modules (`{name, code, message, data}`, not
 *   `Error` instances), `ChannelMediaError` `{code, message}` of the media relay, and event payloads
 *   (`{type: 'error', reason}`, `{code, msg, uid}`) when they are passed to `normalize` directly.
 *
 * Values not recognizably this SDK's are left alone (`undefined`).
 * @module
 */
import {
  clip,
  isErrorLike,
  isMediaErrorName,
  readCode,
  readProp,
  readText,
  type CatalogEntry,
  type Recognition,
  type RecognizeContext,
  type RtcErrorCode,
} from '../../src/index.js';
import { CATALOG, lookupIn } from './lookup.js';

/** How deep `{type:'error', reason}` wrappers are followed. */
const MAX_DEPTH = 3;

const CODE_TEXT = /^[A-Za-z][A-Za-z0-9_]{1,80}$/;
const THROWN_CODE = /^[A-Z][A-Z0-9_]{1,80}$/;
const NUMERIC_TEXT = /^-?\d{1,10}$/;
const UNKNOWN_GATEWAY = /^UNKNOW_ERROR_(-?\d{1,10})$/;
const BRACKETED = /^(?:Get server node failed|Get String Uid failed) \[([A-Za-z0-9_]{1,80})\]$/i;

/** Messages of the SDK's own argument checks (its `throw new Error(...)`s), matched from the start. */
const PARAM_CHECKS: readonly RegExp[] = [
  /Invalid [\w .]{1,80}: (Length of the string|The value range is|The value is of the boolean type|Token is of the string type)/,
  /Invalid param: /,
  /Invalid (channelName|uid|token) (in (Src|Dest)ChannelInfo|when invoke)/,
  /Invalid (Profile|lighteningContrastLevel)\b/,
  /\[(String|Number) (uid|streamID)\] /,
  /Param (user)?\[.{0,200}\] is inValid$/,
  /[\w.[\]]{1,80} cannot be (empty|null)$/,
  /[\w.[\]]{1,80} is of the object type/,
  /[\w.[\]]{1,80} should be an array$/,
  /[\w.[\]]{1,80} can only be set as /,
  /(udp|tcp)port should not be /,
  /Only aes-128-gcm2 and /,
  /Do not set the proxyServer parameter as empty$/,
  /Can not set excludedArea to 'GLOBAL'$/,
];

/** Messages of the SDK's call-order checks, matched from the start. */
const STATE_CHECKS: readonly RegExp[] = [
  /(Set proxy server|Set turn server|Start proxy server) before join channel$/,
  /Stop proxy server after leave channel$/,
  /You have already set the (local )?proxy$/,
  /Failed to init (video|audio) context\. (Local Stream not initialized|Already inited)$/,
];

/**
 * A test of whether the text starts with a match of any of `patterns`: one pattern joined from
 * them all, anchored at the start (one attempt at the start of the text, not one per pattern).
 */
function anyOf(patterns: readonly RegExp[]): (text: string) => boolean {
  const joined = new RegExp(`^(?:${patterns.map((p) => `(?:${p.source})`).join('|')})`);
  return (text) => joined.test(text);
}
const anyParamCheck = anyOf(PARAM_CHECKS);
const anyStateCheck = anyOf(STATE_CHECKS);

/** The preferred entry whose value, name or alias is exactly `text`. */
function exactly(text: string): CatalogEntry | undefined {
  return CATALOG.lookupAll(text).find(
    (e) => String(e.vendorCode) === text || e.vendorName === text || (e.aliases ?? []).includes(text),
  );
}

function fromEntry(entry: CatalogEntry, reported: string | number, detail?: string): Recognition {
  return {
    entry,
    vendorCode: reported,
    ...(detail !== undefined && detail !== String(reported) ? { detail } : {}),
  };
}

/**
 * A code as the SDK reports it (string or number) → recognition, or `undefined` when the catalog
 * does not know it. Strings must match a value, name or alias exactly: the SDK reports its codes
 * verbatim, so `"timeout"` is someone else's word, not `TIMEOUT` (the catalog's own `lookup` stays
 * case-insensitive for people typing codes). Shared numbers resolve in family preference order.
 */
export function recognizeCode(code: unknown, detail?: string): Recognition | undefined {
  if (typeof code === 'number') {
    if (!Number.isFinite(code)) return undefined;
    const entry = CATALOG.lookup(code);
    return entry ? fromEntry(entry, code, detail) : undefined;
  }
  if (typeof code !== 'string') return undefined;
  const text = clip(code, 256).trim();
  if (text.length === 0) return undefined;
  if (CODE_TEXT.test(text) || NUMERIC_TEXT.test(text)) {
    const entry = exactly(text);
    if (entry) return fromEntry(entry, text, detail);
  }
  const unknownGateway = UNKNOWN_GATEWAY.exec(text);
  if (unknownGateway?.[1]) {
    const entry = exactly(unknownGateway[1]);
    if (entry) return { entry, vendorCode: text, detail: detail ?? text };
    return {
      code: 'server_error',
      vendorCode: text,
      message: 'The gateway reported an error code the SDK has no name for.',
      detail: detail ?? text,
    };
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed?.[1]) {
    const entry = exactly(bracketed[1]);
    if (entry) return { entry, vendorCode: bracketed[1], detail: text };
  }
  return undefined;
}

/** A `Stream.init` failure `{type, msg, info}`. */
function recognizeInitFailure(raw: object, type: string): Recognition | undefined {
  const msgValue = readProp(raw, 'msg');
  const msg = typeof msgValue === 'string' ? clip(msgValue, 512) : undefined;
  if (msg === undefined || msg.length === 0) return undefined;
  const info = readText(raw, 'info');
  const detail = info ? `${msg}: ${info}` : msg;
  const kind = type === 'warning' ? 'warning' : 'error';
  const known = recognizeCode(msg, detail);
  if (known) return { ...known, kind };
  let code: RtcErrorCode = 'internal_error';
  if (isMediaErrorName(msg)) code = 'device_failure';
  else if (/does not support/i.test(msg)) code = 'not_supported';
  return {
    code,
    vendorCode: msg,
    vendorName: msg,
    kind,
    message: 'Stream initialization failed.',
    detail,
    operation: 'init',
  };
}

/** A thrown `Error`: a code as its message, or one of the SDK's checks. */
function recognizeError(raw: object): Recognition | undefined {
  const message = readText(raw, 'message');
  if (message === undefined) return undefined;
  const text = message.trim();
  // The SDK throws its codes verbatim (upper case); a lower-case word is someone else's message.
  if (THROWN_CODE.test(text)) {
    const known = recognizeCode(text);
    if (known) return known;
  }
  if (anyParamCheck(text)) {
    return { code: 'invalid_params', detail: text };
  }
  if (anyStateCheck(text)) {
    return { code: 'invalid_state', detail: text };
  }
  return undefined;
}

/** `AgoraRTCException` of the bundle's newer modules: `{name, code, message, data}`. */
function recognizeException(raw: object): Recognition | undefined {
  const code = readCode(raw, 'code');
  if (typeof code !== 'string') return undefined;
  const known = recognizeCode(code, readText(raw, 'message'));
  if (known) return known;
  return {
    code: 'unknown',
    vendorCode: code,
    vendorName: code,
    ...(readText(raw, 'message') !== undefined ? { detail: readText(raw, 'message') } : {}),
  };
}

/**
 * A playback failure: `Stream.play`'s `StreamPlayError` `{status, reason}` or a
 * `player-status-change` payload with `isErrorState`. `paused` can be resumed by a user gesture
 * (autoplay policy); `aborted` means the player was removed before playing.
 */
export function recognizePlayFailure(raw: unknown): Recognition | undefined {
  const status = readText(raw, 'status', 32);
  const reason = readText(raw, 'reason', 64);
  if ((status !== 'paused' && status !== 'aborted') || reason === undefined) return undefined;
  const mediaType = readText(raw, 'mediaType', 16);
  const context = { playerStatus: status, playerReason: reason, ...(mediaType !== undefined ? { mediaType } : {}) };
  if (status === 'aborted') {
    return {
      code: 'operation_aborted',
      strategy: 'none',
      vendorCode: status,
      message: 'The player was removed before the stream started playing.',
      action: 'Call Stream.play again if the stream should still be shown.',
      detail: `${status}: ${reason}`,
      operation: 'play',
      context,
    };
  }
  return {
    code: 'autoplay_blocked',
    vendorCode: status,
    message: 'The stream player was paused, usually by the browser autoplay policy.',
    action: 'Show a button; call Stream.resume when the user clicks it.',
    detail: `${status}: ${reason}`,
    operation: 'play',
    context,
  };
}

function recognizeAt(raw: unknown, depth: number): Recognition | undefined {
  if (typeof raw === 'number' || (typeof raw === 'string' && NUMERIC_TEXT.test(raw.trim()))) {
    const rec = recognizeCode(raw);
    // a number alone: normalize weighs it against the other adapters it was given
    return rec ? { ...rec, evidence: 'bare-number' } : undefined;
  }
  if (typeof raw === 'string') return recognizeCode(raw);
  if (typeof raw !== 'object' || raw === null || depth > MAX_DEPTH) return undefined;
  if (readProp(raw, 'name') === 'AgoraRTCException') return recognizeException(raw);
  if (isErrorLike(raw)) return recognizeError(raw);
  const type = readProp(raw, 'type');
  if (type === 'error' || type === 'warning') {
    const reason = readProp(raw, 'reason');
    if (reason !== undefined) return recognizeAt(reason, depth + 1);
    return recognizeInitFailure(raw, type);
  }
  const play = recognizePlayFailure(raw);
  if (play) return play;
  const code = readCode(raw, 'code');
  if (typeof code === 'number') {
    // ChannelMediaError {code, message: 'SERVER_NO_RESPONSE'}
    const message = readText(raw, 'message', 128);
    const relay = lookupIn('RELAY', code);
    if (relay && message !== undefined && (relay.vendorName === message || relay.aliases?.includes(message))) {
      return { entry: relay, vendorCode: code, operation: 'channelMediaRelay' };
    }
    // exception event payload {code, msg, uid}
    const msg = readText(raw, 'msg', 128);
    const exception = lookupIn('EXCEPTION', code);
    if (exception && msg === exception.vendorName) return { entry: exception, vendorCode: code };
  }
  return undefined;
}

/**
 * A `TypeError` the SDK throws from its own state during an operation. Captured from 3.6.11:
 * `client.publish` before `join` (with or without `init`) throws
 * `TypeError: Cannot read properties of undefined (reading 'stringUid')` instead of calling
 * `onFailure`. Claimed only when the caller names the SDK operation (wrapClient always does).
 */
function recognizeSdkCrash(raw: unknown, ctx?: RecognizeContext): Recognition | undefined {
  if (ctx?.operation === undefined || readProp(raw, 'name') !== 'TypeError' || !isErrorLike(raw)) return undefined;
  const message = readText(raw, 'message');
  if (message !== undefined && /reading 'stringUid'|stringUid/.test(message)) {
    return {
      code: 'not_joined',
      vendorCode: 'TypeError',
      message: 'The SDK failed because the client has not joined a channel.',
      detail: message,
      context: { sdkQuirk: 'typeerror-before-join' },
    };
  }
  return {
    code: 'invalid_params',
    vendorCode: 'TypeError',
    message: 'The SDK failed on an argument of the wrong type or an object in the wrong state.',
    ...(message !== undefined ? { detail: message } : {}),
    retryable: false,
  };
}

/**
 * Recognizes a value the SDK threw, called back or emitted. Returns `undefined` for values that
 * are not recognizably this SDK's (core then tries browser media errors, then `unknown`).
 */
export function recognizeAgoraWeb(raw: unknown, ctx?: RecognizeContext): Recognition | undefined {
  const rec = recognizeAt(raw, 0) ?? recognizeSdkCrash(raw, ctx);
  // The caller knows the operation better than the value's shape does.
  if (rec && ctx?.operation !== undefined) return { ...rec, operation: ctx.operation };
  return rec;
}
