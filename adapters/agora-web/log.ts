/**
 * How Agora Web SDK 3.x prints codes in browser console logs, for `rtc-errors scan`.
 * Read off agora-rtc-sdk 3.6.11 (`AgoraRTCSDK.min.js`): the logger prefixes every line with
 * `HH:MM:SS:ms Agora-SDK [LEVEL]:`; failures print the code the `onFailure` callback gets.
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

const CODE = '(?<code>[A-Z][A-Z0-9_]+)';

/** Log formats of agora-web. */
export const AGORA_WEB_LOG_PATTERNS: readonly LogPattern[] = [
  // `[client-id] User join failed [ERR_DYNAMIC_KEY_TIMEOUT]`
  { regex: new RegExp(`\\bUser join failed \\[${CODE}\\]`) },
  // `Publish Failed: CODE`, `[client-id] Subscribe remote stream Failed: CODE, closing stream`
  { regex: new RegExp(`\\b(?:Publish|Subscribe remote stream) Failed: ${CODE}\\b`) },
  // `Failed to renew token CODE`
  { regex: new RegExp(`\\bFailed to renew token ${CODE}\\b`) },
  // An app logging the `error` event: `{type: "error", reason: "SOCKET_DISCONNECTED"}`.
  { regex: new RegExp(`\\btype["']?\\s*:\\s*["']error["']\\s*,\\s*["']?reason["']?\\s*:\\s*["']${CODE}["']`) },
  // An app logging the `exception` event: `{code: 1001, msg: "FRAMERATE_INPUT_TOO_LOW", uid: 123}`.
  { regex: new RegExp(`\\bcode["']?\\s*:\\s*\\d{4}\\s*,\\s*["']?msg["']?\\s*:\\s*["']${CODE}["']`), kind: 'warning' },
];
