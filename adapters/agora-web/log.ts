/**
 * How Agora Web SDK 3.x prints codes in browser console logs, for `rtc-errors scan`.
 * Read off agora-rtc-sdk 3.6.11 (`AgoraRTCSDK.min.js`): the logger prefixes every line with
 * `HH:MM:SS:ms Agora-SDK [LEVEL]:`; failures print the code the `onFailure` callback gets.
 *
 * Many `[ERROR]` lines carry no code, only a sentence. The phrases below were read off console logs
 * captured from the real SDK (`fixtures/logs/agora-web-console-*.log`, `scripts/capture/console.mjs`)
 * and map to the vendor entry or unified code they mean; the line itself is kept as detail.
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

const CODE = '(?<code>[A-Z][A-Z0-9_]+)';

/** Log formats of agora-web. */
export const AGORA_WEB_LOG_PATTERNS: readonly LogPattern[] = [
  // `[client-id] User join failed [ERR_DYNAMIC_KEY_TIMEOUT]`
  { needle: 'User join failed [', regex: new RegExp(`\\bUser join failed \\[${CODE}\\]`) },
  // `Publish Failed: CODE`, `[client-id] Subscribe remote stream Failed: CODE, closing stream`
  { needle: ' Failed: ', regex: new RegExp(`\\b(?:Publish|Subscribe remote stream) Failed: ${CODE}\\b`) },
  // `Failed to renew token CODE`
  { needle: 'Failed to renew token ', regex: new RegExp(`\\bFailed to renew token ${CODE}\\b`) },
  // An app logging the `error` event: `{type: "error", reason: "SOCKET_DISCONNECTED"}`.
  {
    needle: 'reason',
    regex: new RegExp(`\\btype["']?\\s*:\\s*["']error["']\\s*,\\s*["']?reason["']?\\s*:\\s*["']${CODE}["']`),
  },
  // An app logging the `exception` event: `{code: 1001, msg: "FRAMERATE_INPUT_TOO_LOW", uid: 123}`.
  {
    needle: 'msg',
    regex: new RegExp(`\\bcode["']?\\s*:\\s*\\d{4}\\s*,\\s*["']?msg["']?\\s*:\\s*["']${CODE}["']`),
    kind: 'warning',
  },
  // `Agora-SDK [ERROR]: Invalid parameter setting MODE: bogus CODEC: vp8 ERROR INVALID_CLIENT_MODE`
  {
    needle: 'Invalid parameter setting',
    regex: new RegExp(`\\bInvalid parameter setting\\b.*?\\bERROR ${CODE}`),
    lineDetail: true,
  },
  // `Agora-SDK [ERROR]: [9DDB2]  INVALID_GATEWAYCLIENT`: publish, unpublish or leave before a join
  // made the gateway client (SDK 3.6.11 prints it for each of them); no catalog entry has this name.
  {
    needle: 'INVALID_GATEWAYCLIENT',
    regex: /Agora-SDK \[ERROR\]: \[\w+\]\s+(?<code>INVALID_GATEWAYCLIENT)\b/,
    unified: 'not_joined',
    lineDetail: true,
  },
  // `Agora-SDK [ERROR]: [9DDB2]  SOME_CODE`: any other bare code after the client id.
  {
    needle: 'Agora-SDK [ERROR]: [',
    regex: new RegExp(`Agora-SDK \\[ERROR\\]: \\[\\w+\\]\\s+(?!INVALID_GATEWAYCLIENT\\b)${CODE}\\s*$`),
  },
  // `Agora-SDK [ERROR]: [C2097] Connect choose server error https://webrtc2-2.ap.sd-rtn.com/... undefined`:
  // the request for the gateway list failed (printed once per server tried, every retry).
  {
    needle: 'Connect choose server error',
    regex: /\bConnect choose server error\b/,
    unified: 'gateway_unreachable',
    name: 'Connect choose server error',
    lineDetail: true,
  },
  // `Agora-SDK [ERROR]: [16A77] User is not in the session`: a call that needs a joined client.
  {
    needle: 'User is not in the session',
    regex: /\bUser is not in the session\b/,
    unified: 'not_joined',
    name: 'User is not in the session',
    lineDetail: true,
  },
  // `Agora-SDK [ERROR]: Failed to GetUserMedia NotFoundError 8 Requested device not found ...` and
  // `Agora-SDK [ERROR]: [1]  Media access NotAllowedError: Permission denied`: the browser's
  // DOMException name in the line decides the code (NotFoundError: device_not_found, ...).
  {
    needle: 'Agora-SDK [ERROR]:',
    regex: /Agora-SDK \[ERROR\]:.*?\b(?:Failed to GetUserMedia|Media access) (?=\w*Error\b)/,
    unified: 'device_failure',
    name: 'getUserMedia failed',
    lineDetail: true,
  },
];
