/**
 * Recognizers of the raw values the aliyun SDK produces, by shape (the SDK is never imported):
 *
 * - its error class (`AliRtcError`, minified to another name; `name` is `'Error'`): `code`, `reason`
 *   and `extra` are getters on the prototype over own fields `_code` and `_extra`; signaling failures
 *   read `"signal error: code - -1; description - Signaling connect failed."`;
 * - the media-device / RTS error objects `{errorCode, errorCodeName, message, traceId, relatedLink}`
 *   and media-device's `DeviceError` `{code, reason, relatedLink}`;
 * - bare codes: numbers, decimal strings, hex strings in any case, and names.
 *
 * Every read goes through the safe readers: raw values may be hostile.
 * @module
 */
import {
  isErrorLike,
  isObjectLike,
  readCode,
  readProp,
  readText,
  type CatalogEntry,
  type Recognition,
  type RtcErrorCode,
  type RtcErrorContext,
} from '../../src/index.js';
import { familyLabel, familyOf, isHexText, parseCode, toHex } from './decode.js';
import { EVENT_FAMILIES } from './families.js';
import { CATALOG } from './lookup.js';

/** Codes that announce that an earlier condition is over, and the unified code they clear. */
export const RECOVERY_CODES: ReadonlyMap<number, RtcErrorCode> = new Map<number, RtcErrorCode>([
  [258, 'network_degraded'], // SDK_WARNING_NETWORK_RECOVERY clears 257 network weak
  [261, 'network_unavailable'], // SDK_WARNING_LOCAL_NETWORK_CONNECT clears 259
  [262, 'remote_network_lost'], // SDK_WARNING_REMOTE_NETWORK_CONNECT clears 260
  [0x01060102, 'low_performance'], // performance restored clears 0x01060101
]);

/** Success values that sit inside the SDK's error enums. */
const SUCCESS_CODES: ReadonlySet<number> = new Set([0]);

/** The entries a code may denote as a raw error (event-only families left out), preferred first. */
export function codeEntries(code: string | number): readonly CatalogEntry[] {
  return CATALOG.lookupAll(code).filter((e) => e.family === undefined || !EVENT_FAMILIES.has(e.family));
}

function numericContext(value: number | undefined): RtcErrorContext {
  const context: RtcErrorContext = {};
  if (value === undefined) return context;
  if (value > 0xffff || value < 0) context.hex = toHex(value);
  if (SUCCESS_CODES.has(value)) context.success = true;
  if (RECOVERY_CODES.has(value)) context.recovered = true;
  return context;
}

/**
 * Recognizes a bare code: a number, a decimal or hex string, or a name. A number missing from every
 * table but inside a known family is inferred from it. `undefined` when the code means nothing here.
 */
export function recognizeCode(raw: unknown): Recognition | undefined {
  if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  if (typeof raw === 'number' && !Number.isFinite(raw)) return undefined;
  const key = typeof raw === 'string' ? raw.trim().slice(0, 128) : raw;
  if (key === '') return undefined;
  const value = parseCode(key);
  const entry = codeEntries(key)[0];
  const vendorCode = typeof raw === 'string' ? key : raw;
  if (entry)
    return {
      entry,
      vendorCode,
      context: numericContext(value ?? (typeof entry.vendorCode === 'number' ? entry.vendorCode : undefined)),
    };
  if (value === undefined) return undefined;
  const family = familyOf(value);
  if (!family) return undefined;
  return {
    code: family.code,
    vendorCode,
    kind: family.kind ?? 'error',
    message: family.message,
    ...(family.severity ? { severity: family.severity } : {}),
    ...(family.strategy ? { strategy: family.strategy } : {}),
    context: { hex: toHex(value), inferred: true, family: familyLabel(family.prefix) },
  };
}

/** A recognition being built: every field writable, stored in place rather than spread. */
type Draft = { -readonly [K in keyof Recognition]: Recognition[K] };

const SIGNAL_ERROR = /^signal error: code - (-?\w+); description - ([\s\S]*)$/;

/** Splits the SDK's catch-all ERR_INNER (-1) by its text. First match wins. */
const INNER_RULES: readonly (readonly [RegExp, RtcErrorCode])[] = [
  [/no message center|no signaling/i, 'not_joined'],
  [/signal(?:ing)? (?:re)?connect(?:ion)? failed|reconnect failed, code/i, 'signaling_failed'],
  [/rts not connected|data channel is not ready/i, 'media_connection_failed'],
  [/should publish first|stream is not publishing/i, 'not_published'],
  [/in audio only mode|in call\b|publish is not enabled/i, 'invalid_state'],
  [/at the same time|video && screen together|should not be equal|no remote user\(/i, 'invalid_params'],
  [/transcoding request failed/i, 'live_streaming_failed'],
];

/** media-device's own texts (DeviceErrorDescription) found in the SDK's device error messages. */
const DEVICE_TEXT_RULES: readonly (readonly [RegExp, RtcErrorCode])[] = [
  [/\bpermission denied\b|\bnot allowed\b/i, 'permission_denied'],
  [/requested device not found/i, 'device_not_found'],
  [/could not start (?:audio|video) source/i, 'device_in_use'],
];

function refine(
  entry: CatalogEntry | undefined,
  text: string | undefined,
  signalCode: number | undefined,
): Partial<Recognition> {
  if (!entry || !text) return {};
  const serverFault = signalCode !== undefined && signalCode >= 500 && signalCode < 600;
  if (entry.vendorName === 'ERR_INNER') {
    for (const [pattern, code] of INNER_RULES) if (pattern.test(text)) return { code };
    if (serverFault) return { code: 'server_error' };
    if (signalCode !== undefined && signalCode >= 400 && signalCode < 500) return { code: 'request_rejected' };
    return {};
  }
  // A join the room server failed with a 5xx is the server's fault, not a rejection: retry later.
  if (entry.vendorName === 'ERR_JOIN_CHANNEL_FAILED' && serverFault) return { code: 'server_error' };
  // Captured from 7.3.3 offline: 16974338 "signal error: code - -1; description - Signaling connect
  // failed." — the signaling channel never opened, which a retry with backoff can get past.
  if (entry.vendorName === 'ERR_JOIN_CHANNEL_FAILED' && /signal(?:ing)? (?:re)?connect(?:ion)? failed/i.test(text))
    return { code: 'signaling_failed' };
  if (entry.code === 'device_in_use' || entry.code === 'device_failure') {
    for (const [pattern, code] of DEVICE_TEXT_RULES) {
      if (pattern.test(text)) {
        return code === 'permission_denied'
          ? { code, context: { deniedBy: /by system/i.test(text) ? 'system' : 'user' } }
          : { code };
      }
    }
  }
  return {};
}

/** The entry a name picks among the entries of a number (10501 is two codes in two layers). */
function byName(code: number, name: string | undefined): CatalogEntry | undefined {
  if (!name) return undefined;
  return codeEntries(name).find((e) => e.vendorCode === code);
}

function contextFrom(value: unknown, keys: readonly string[]): RtcErrorContext {
  const out: RtcErrorContext = {};
  for (const key of keys) {
    const text = readText(value, key, 256);
    if (text !== undefined && text !== '') out[key] = text;
  }
  return out;
}

function build(
  code: number,
  name: string | undefined,
  message: string | undefined,
  extraContext: RtcErrorContext,
): Recognition {
  let detail = message;
  let signalCode: number | undefined;
  const signal = message !== undefined ? SIGNAL_ERROR.exec(message) : null;
  const context: RtcErrorContext = Object.assign(numericContext(code), extraContext);
  if (signal) {
    detail = signal[2];
    const parsed = Number(signal[1]);
    signalCode = Number.isFinite(parsed) ? parsed : undefined;
    context.signalCode = signalCode ?? (signal[1] as string);
  }
  const named = byName(code, name);
  const base: Recognition | undefined = named ? { entry: named, vendorCode: code } : recognizeCode(code);
  // Built in place rather than with spreads: this is the path of every error the SDK throws.
  if (!base) {
    const unknown: Draft = { code: 'unknown', vendorCode: code };
    if (name) unknown.vendorName = name;
    if (detail !== undefined) unknown.detail = detail;
    unknown.context = context;
    return unknown;
  }
  const refined = refine(base.entry, detail, signalCode);
  // `base` and `context` are this call's own: completed in place rather than copied.
  const rec = base as Draft;
  if (refined.code !== undefined) rec.code = refined.code;
  if (detail !== undefined) rec.detail = detail;
  const merged: RtcErrorContext = base.context === undefined ? context : Object.assign({}, base.context, context);
  if (refined.context !== undefined) Object.assign(merged, refined.context);
  rec.context = merged;
  return rec;
}

/** Recognizes the SDK's error class (and media-device's `DeviceError`): a numeric `code` and a `_code` or `reason`. */
export function recognizeErrorClass(raw: unknown): Recognition | undefined {
  if (!isObjectLike(raw)) return undefined;
  const code = readProp(raw, 'code');
  if (typeof code !== 'number' || !Number.isFinite(code)) return undefined;
  const ownCode = readProp(raw, '_code');
  const reason = readText(raw, 'reason');
  if (ownCode === undefined && reason === undefined) return undefined;
  if (ownCode === undefined && !isErrorLike(raw) && readProp(raw, 'relatedLink') === undefined) return undefined;
  const message = readText(raw, 'message') ?? reason;
  const extra = readProp(raw, '_extra') ?? readProp(raw, 'extra');
  const context: RtcErrorContext = Object.assign(
    contextFrom(extra, ['errorCodeName', 'traceId']),
    contextFrom(raw, ['relatedLink']),
  );
  const extraName = readText(extra, 'name', 64);
  let text = message;
  // A wrapped browser error (AliRtcError.fromError(domException, code)) keeps its name in `extra`.
  if (extraName && isErrorLike(extra) && text !== undefined && !text.includes(extraName))
    text = `${extraName}: ${text}`;
  return build(code, typeof context.errorCodeName === 'string' ? context.errorCodeName : undefined, text, context);
}

/** Recognizes the media-device / RTS error objects `{errorCode, errorCodeName, message, traceId, relatedLink}`. */
export function recognizeErrorObject(raw: unknown): Recognition | undefined {
  if (!isObjectLike(raw)) return undefined;
  const code = readCode(raw, 'errorCode');
  if (typeof code !== 'number') return undefined;
  const name = readText(raw, 'errorCodeName', 128);
  if (name === undefined && readProp(raw, 'traceId') === undefined && readProp(raw, 'relatedLink') === undefined)
    return undefined;
  const context = contextFrom(raw, ['errorCodeName', 'traceId', 'relatedLink']);
  return build(code, name, readText(raw, 'message'), context);
}

/** A number alone (decimal): normalize weighs it against the other adapters it was given. */
function bareNumber(rec: Recognition | undefined): Recognition | undefined {
  return rec ? { ...rec, evidence: 'bare-number' } : undefined;
}

/** The adapter's recognizer: error class, error objects, then bare codes. */
export function recognize(raw: unknown): Recognition | undefined {
  if (typeof raw === 'number') return bareNumber(recognizeCode(raw));
  if (typeof raw === 'string') {
    const text = raw.trim();
    // Decimal and hex strings, and names the catalog knows; other text is not ours.
    if (/^[-+]?\d{1,12}$/.test(text)) return bareNumber(recognizeCode(text));
    if (parseCode(text) !== undefined || isHexText(text) || codeEntries(text).length > 0) return recognizeCode(text);
    return undefined;
  }
  return recognizeErrorClass(raw) ?? recognizeErrorObject(raw);
}
