/**
 * Recognizing raw agora-native values by shape: the numbers native methods return and callbacks
 * pass, numeric strings, code names, and the few objects wrappers build around them (Flutter's
 * `AgoraRtcException {code, message}`, a `PlatformException` with a numeric code, plain
 * `{code, message}`, `{err, msg}` and `{warn, msg}` objects).
 * @module
 */
import { isMediaErrorName, type CatalogEntry, type Recognition, type RecognizeContext } from '../../src/index.js';
import { constructorName, isObjectLike, isPlainObject, readCode, readProp, readText } from '../../src/safe.js';
import { inFamily, NATIVE_CATALOG, type NativeEntry } from './catalog.js';

/** Codes are signed 32-bit integers: from -2^31 (INT32_MIN) up to 2^31 - 1. */
const MAX_CODE = 2 ** 31;
const NUMERIC = /^\s*[-+]?\d{1,10}\s*$/;
const NAME = /^[A-Za-z][A-Za-z0-9_.:]{1,127}$/;

function asInteger(value: string | number): number | undefined {
  const n = typeof value === 'number' ? value : NUMERIC.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= -MAX_CODE && n < MAX_CODE ? n : undefined;
}

function withEntry(
  entry: NativeEntry,
  reported: string | number,
  detail: string | undefined,
  negative: boolean,
): Recognition {
  return {
    entry,
    vendorCode: reported,
    ...(detail !== undefined ? { detail } : {}),
    context: negative ? { family: entry.family, returnValue: Number(reported) } : { family: entry.family },
  };
}

/**
 * A code as a number or numeric string. Negative values are what a failed native method returns:
 * `-n` is the `ERR` code `n`. Otherwise the preferred family wins (`ERR`, then `WARN`, then the
 * state-change reasons). A well-formed code the catalog lacks is still this vendor's: `unknown`.
 */
export function recognizeCode(
  reported: string | number,
  detail?: string,
  kind?: 'error' | 'warning',
): Recognition | undefined {
  const n = asInteger(reported);
  if (n === undefined) return undefined;
  const negative = n < 0;
  const entry = negative
    ? inFamily('ERR', -n)
    : kind === 'warning'
      ? inFamily('WARN', n)
      : kind === 'error'
        ? inFamily('ERR', n)
        : (NATIVE_CATALOG.lookup(n) as NativeEntry | undefined);
  if (entry) return withEntry(entry, reported, detail, negative);
  return {
    code: 'unknown',
    vendorCode: reported,
    ...(kind === 'warning' ? { kind, severity: 'recoverable' as const } : {}),
    detail: detail ?? (negative ? `A native method returned ${n}.` : `Unlisted agora-native code ${n}.`),
    context: negative ? { returnValue: n } : {},
  };
}

function recognizeName(text: string, detail?: string): Recognition | undefined {
  const trimmed = text.trim();
  if (!NAME.test(trimmed)) return undefined;
  const entry = NATIVE_CATALOG.lookup(trimmed) as NativeEntry | undefined;
  return entry ? withEntry(entry, entry.vendorCode, detail, false) : undefined;
}

const DOM_EXCEPTION = /DOMException/;
const WRAPPER = /Agora|PlatformException/i;
/** Matches wherever DOM_EXCEPTION or WRAPPER does (and, case-insensitive, maybe more): made from both. */
const EITHER = new RegExp(`${DOM_EXCEPTION.source}|${WRAPPER.source}`, 'i');

/**
 * Which objects are worth reading: `wrapper` for the wrappers' own exception classes, `plain` for
 * plain objects, `undefined` for everything else (a `DOMException` has a numeric `code` too).
 */
function shapeOf(raw: object): 'wrapper' | 'plain' | undefined {
  const name = readProp(raw, 'name');
  if (isMediaErrorName(name)) return undefined;
  const ctor = constructorName(raw) ?? '';
  const own = typeof name === 'string' ? name : '';
  // Each name tested alone (no pattern spans the space that would join them): no string built.
  // Names that neither pattern could match (the usual `Error`) are told apart in one test each.
  if (EITHER.test(ctor) || EITHER.test(own)) {
    if (DOM_EXCEPTION.test(ctor) || DOM_EXCEPTION.test(own)) return undefined;
    if (WRAPPER.test(ctor) || WRAPPER.test(own)) return 'wrapper';
  }
  return isPlainObject(raw) ? 'plain' : undefined;
}

function recognizeObject(raw: object): Recognition | undefined {
  const shape = shapeOf(raw);
  if (!shape) return undefined;
  const detail = readText(raw, 'message') ?? readText(raw, 'msg');
  const err = readCode(raw, 'err');
  if (err !== undefined) return recognizeCode(err, detail, 'error');
  const warn = readCode(raw, 'warn');
  if (warn !== undefined) return recognizeCode(warn, detail, 'warning');
  const code = readCode(raw, 'code') ?? readCode(raw, 'errorCode');
  if (code === undefined) return undefined;
  if (typeof code === 'number' || NUMERIC.test(code)) {
    const rec = recognizeCode(code, detail);
    if (shape === 'wrapper') return rec;
    // A plain `{code, message}` with a code nobody lists could be anyone's: only claim known codes,
    // and a known one only as a bare number unless the message names it.
    if (!rec?.entry) return undefined;
    return detail !== undefined && namesEntry(detail, rec.entry) ? rec : { ...rec, evidence: 'bare-number' };
  }
  return recognizeName(code, detail);
}

/** `true` when `text` names the entry (its name or an alias, as a word). */
function namesEntry(text: string, entry: CatalogEntry): boolean {
  return [entry.vendorName, ...(entry.aliases ?? [])].some((name) => text.includes(name));
}

function bare(rec: Recognition | undefined): Recognition | undefined {
  return rec ? { ...rec, evidence: 'bare-number' } : undefined;
}

/**
 * The adapter's `recognize`: numbers, numeric strings, code names and wrapper objects. A number
 * alone is marked as such (`evidence: 'bare-number'`): normalize weighs it against other adapters.
 */
export function recognizeNative(raw: unknown, _ctx: RecognizeContext): Recognition | undefined {
  if (typeof raw === 'number') return bare(recognizeCode(raw));
  if (typeof raw === 'string') {
    if (raw.length > 256) return undefined;
    return NUMERIC.test(raw) ? bare(recognizeCode(raw)) : recognizeName(raw);
  }
  if (isObjectLike(raw)) return recognizeObject(raw);
  return undefined;
}
