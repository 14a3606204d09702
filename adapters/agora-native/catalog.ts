/**
 * The agora-native catalog: every code of the native docs (seed 002) and of react-native-agora
 * 4.6.x (`ErrorCodeType`, `WarnCodeType`, `ConnectionChangedReasonType`, `LocalAudioStreamReason`,
 * `LocalVideoStreamReason`), mapped to unified codes.
 *
 * Names: `vendorName` is the UPPER_SNAKE form of the SDK member (`ErrInvalidAppId` →
 * `ERR_INVALID_APP_ID`, the name the C++/Java/Objective-C headers use); `aliases` hold the SDK
 * member name and the docs' name where it differs (`ERR_INVALID_VENDOR_KEY`, `WARN_ADM_HOWLING`).
 * Docs-only codes keep the docs' name. Lookups accept numbers, numeric strings, every name in any
 * case, iOS names (`AgoraErrorCodeInvalidAppId`), `ErrorCodeType.ErrInvalidAppId`, family-qualified
 * numbers (`WARN:20`) and negative return values (`-2` → `ERR:2`).
 * @module
 */
import { withUnifiedText } from '../../src/catalog.js';
import { createCatalog, type Catalog, type CatalogEntry, type RtcErrorCode } from '../../src/index.js';
import { ERR_ROWS } from './err.js';
import { CONNECTION_ROWS, LOCAL_AUDIO_ROWS, LOCAL_VIDEO_ROWS } from './reasons.js';
import { snakeName, type NativeFamily, type NativeRow, type ReasonSignal } from './rows.js';
import { WARN_ROWS } from './warn.js';

/** A catalog entry of this adapter: its family is always set; reasons say what signal they give. */
export interface NativeEntry extends CatalogEntry {
  readonly vendorCode: number;
  readonly family: NativeFamily;
  /** `error` (default), `recovered` or `none`; see `reasons.ts`. */
  readonly signal: ReasonSignal;
  /** For `recovered` reasons: the codes whose conditions are over. */
  readonly clears?: readonly RtcErrorCode[];
}

function nameOf(family: NativeFamily, row: NativeRow): string {
  return row.sdk !== undefined ? snakeName(row.sdk) : (row.doc ?? `${family}_${row.n}`);
}

/** The entries of one family, frozen (the rows carry the classification review; its reasons are in `notes.ts`). */
function build(family: NativeFamily, rows: readonly NativeRow[]): NativeEntry[] {
  const names = new Set(rows.map((row) => nameOf(family, row)));
  return rows.map((row) => {
    const vendorName = nameOf(family, row);
    const aliases: string[] = [];
    if (row.sdk !== undefined) aliases.push(row.sdk);
    // The docs' name is an alias, except where the docs reuse another code's name (1031).
    if (row.doc !== undefined && row.doc !== vendorName && !names.has(row.doc)) aliases.push(row.doc);
    const kind = row.kind ?? (family === 'WARN' ? 'warning' : 'error');
    const entry: NativeEntry = {
      vendorCode: row.n,
      vendorName,
      code: row.code,
      kind,
      // Warnings are informative: the SDK can get past them.
      ...(row.severity !== undefined
        ? { severity: row.severity }
        : kind === 'warning'
          ? { severity: 'recoverable' }
          : {}),
      ...(row.strategy !== undefined ? { strategy: row.strategy } : {}),
      ...(row.actor !== undefined ? { actor: row.actor } : {}),
      message: row.msg,
      action: row.act,
      family,
      source: row.sdk === undefined ? 'docs' : row.doc !== undefined ? 'sdk+docs' : 'sdk',
      aliases,
      signal: row.signal ?? 'error',
      ...(row.clears !== undefined ? { clears: row.clears } : {}),
    };
    return Object.freeze(withUnifiedText(entry));
  });
}

/** Entries by family, in SDK order. */
export const FAMILIES: Readonly<Record<NativeFamily, readonly NativeEntry[]>> = {
  ERR: build('ERR', ERR_ROWS),
  WARN: build('WARN', WARN_ROWS),
  CONNECTION_CHANGED_REASON: build('CONNECTION_CHANGED_REASON', CONNECTION_ROWS),
  LOCAL_AUDIO_STREAM_REASON: build('LOCAL_AUDIO_STREAM_REASON', LOCAL_AUDIO_ROWS),
  LOCAL_VIDEO_STREAM_REASON: build('LOCAL_VIDEO_STREAM_REASON', LOCAL_VIDEO_ROWS),
};

/**
 * Every entry of the agora-native catalog, English text. Family order is the preference order of
 * a bare number: `ERR`, then `WARN`, then the state-change reasons.
 */
export const ENTRIES: readonly NativeEntry[] = [
  ...FAMILIES.ERR,
  ...FAMILIES.WARN,
  ...FAMILIES.CONNECTION_CHANGED_REASON,
  ...FAMILIES.LOCAL_AUDIO_STREAM_REASON,
  ...FAMILIES.LOCAL_VIDEO_STREAM_REASON,
];

/** The preferred entry of `value` in `family` (the first declared when the SDK reuses a value). */
export function inFamily(family: NativeFamily, value: number): NativeEntry | undefined {
  return FAMILIES[family].find((e) => e.vendorCode === value);
}

/** Prefixes of other spellings of the same names, and what they stand for. */
const PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^(?:ErrorCodeType|WarnCodeType|ConnectionChangedReasonType|LocalAudioStreamReason|LocalVideoStreamReason)\./, ''],
  [/^AgoraErrorCode(?=[A-Z])/, 'Err'],
  [/^AgoraWarningCode(?=[A-Z])/, 'Warn'],
  [/^AgoraConnectionChangedReason(?=[A-Z])/, 'ConnectionChanged'],
  [/^AgoraLocalAudioStreamReason(?=[A-Z])/, 'LocalAudioStreamReason'],
  [/^AgoraLocalVideoStreamReason(?=[A-Z])/, 'LocalVideoStreamReason'],
];

const FAMILY_QUALIFIED = /^([A-Z_]+):(\d{1,10})$/;

/** The keys a query is tried under (see the module comment). */
export function nativeQueryKeys(code: string | number): string[] {
  // An integer (the common query): its digits, and for a negative one the ERR code it returns.
  // The same keys the general path below finds for it, without its dozen regular expressions.
  if (typeof code === 'number' && Number.isSafeInteger(code)) {
    const digits = String(code);
    return code < 0 && digits.length <= 11 ? [digits, `ERR:${digits.slice(1)}`] : [digits];
  }
  const text = String(code).trim().slice(0, 256);
  const keys = [text];
  const add = (key: string): void => {
    if (key.length > 0 && !keys.includes(key)) keys.push(key);
  };
  if (/^-\d{1,10}$/.test(text)) add(`ERR:${text.slice(1)}`);
  if (/^\+?\d{1,10}$/.test(text)) add(String(Number(text)));
  let name = text;
  for (const [pattern, replacement] of PREFIXES) name = name.replace(pattern, replacement);
  add(name);
  add(name.toUpperCase());
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(name)) add(snakeName(name));
  const qualified = FAMILY_QUALIFIED.exec(text.toUpperCase());
  if (qualified) add(`${qualified[1]}:${Number(qualified[2])}`);
  return keys;
}

/** The catalog, with the lookups described in the module comment. */
export const NATIVE_CATALOG: Catalog = createCatalog(ENTRIES, {
  entryKeys: (entry) => [`${entry.family}:${entry.vendorCode}`],
  queryKeys: nativeQueryKeys,
});
