/**
 * How Agora Web SDK 4.x (NG) prints codes in browser console logs, for `rtc-errors scan`.
 * Read off agora-rtc-sdk-ng 4.24.8 (`AgoraRTC_N-production.js`): every `AgoraRTCError` has the
 * message `"AgoraRTCError CODE: detail"`, printed by its `print()` and by the SDK logger as
 * `HH:MM:SS:ms Agora-SDK [ERROR]: [client-id] ... AgoraRTCError CODE: detail` (in a captured console,
 * with the `%c` of its CSS styling: `%cAgora-SDK [WARNING]: color: #FB8C00; font-weight: bold; ...`).
 * A browser `DOMException` is printed inside the detail (`AgoraRTCError PERMISSION_DENIED:
 * NotAllowedError: Permission denied`) and the adapter's recognizer reads it there. Sentences without
 * a code were read off consoles captured from the real SDK (`fixtures/logs/agora-ng-console-*.log`).
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

/** Rebuilds the `AgoraRTCError` the line printed, so the adapter splits overloaded codes by detail. */
function agoraRtcError(groups: Readonly<Record<string, string | undefined>>): Error {
  const code = groups.code ?? '';
  const error = new Error(`AgoraRTCError ${code}: ${groups.detail ?? ''}`.trim());
  Object.defineProperty(error, 'name', { value: 'AgoraRTCException' });
  return Object.assign(error, { code });
}

/** Log formats of agora-ng. */
export const AGORA_NG_LOG_PATTERNS: readonly LogPattern[] = [
  // `AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid vendor key, can not find appid`; the
  // detail runs to the end of the line or to the ` | ` that joins several gateway failures.
  {
    needle: 'AgoraRTCError ',
    regex: /\bAgoraRTCError (?<code>[A-Z][A-Z0-9_]*)(?::[ \t]*(?<detail>[^|\r\n]*))?/,
    raw: agoraRtcError,
  },
  // An app logging the `exception` event: `{code: 1001, msg: "FRAMERATE_INPUT_TOO_LOW", uid: 123}`.
  {
    needle: 'msg',
    regex: /\bcode["']?\s*:\s*\d{4}\s*,\s*["']?msg["']?\s*:\s*["'](?<code>[A-Z][A-Z0-9_]+)["']/,
    kind: 'warning',
  },
  // `Agora-SDK [ERROR]: ... Invalid Channel Name 频道`: printed by `join` before it rejects with
  // INVALID_PARAMS (the rejection itself is not logged).
  {
    needle: 'Invalid Channel Name',
    regex: /Agora-SDK \[ERROR\]:.*?\bInvalid Channel Name\b/,
    unified: 'invalid_channel_name',
    name: 'Invalid Channel Name',
    lineDetail: true,
  },
];
