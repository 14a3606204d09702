/**
 * The code families of the TRTC catalog, and the hex form of a code. Each table writes its rows with
 * `catalogRow` through one helper per code family, so it reads as data.
 * @module
 */

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

/** `0x4043` for 16451: the form Tencent's 4.x pages and the SDK's own messages print. */
export function toHex(value: number): string {
  return `0x${value.toString(16)}`;
}
