/**
 * How a TRTC catalog row is written: one helper per code family, so each table reads as data.
 * @module
 */
import type {
  Actor,
  CatalogEntry,
  EntrySource,
  ErrorKind,
  RetryStrategy,
  RtcErrorCode,
  Severity,
} from '../../src/index.js';

/**
 * Code families of the catalog:
 * - `v5`: `RtcError.code` / `RtcError.extraCode` of `trtc-sdk-v5` (5000–5999, and the SDK's own
 *   `ACCOUNT_NO_MONEY` -100013);
 * - `v4`: `ErrorCode` of `trtc-js-sdk` 4.x, read with `getCode()` (hex `0x1000`…), also the inner
 *   `originError` of many v5 errors;
 * - `server`: the account-system and `userSig` result codes of Tencent's servers, which reach the app
 *   as the `extraCode` of a 5400 (or of the `originError` of a 5500).
 */
export const FAMILY = { v5: 'v5', v4: 'v4', server: 'server' } as const;

/** Optional fields of a row. */
export interface Extra {
  readonly kind?: ErrorKind;
  readonly severity?: Severity;
  readonly strategy?: RetryStrategy;
  readonly actor?: Actor;
  readonly aliases?: readonly string[];
}

/** One catalog row. */
export function row(
  family: string,
  source: EntrySource,
  vendorCode: number,
  vendorName: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra: Extra = {},
): CatalogEntry {
  return { vendorCode, vendorName, code, kind: extra.kind ?? 'error', message, action, family, source, ...extra };
}

/** `0x4043` for 16451: the form Tencent's 4.x pages and the SDK's own messages print. */
export function toHex(value: number): string {
  return `0x${value.toString(16)}`;
}
