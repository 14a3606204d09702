/**
 * How Alibaba Cloud RTC codes appear in logs, for `rtc-errors scan`. The SDK reports decimal codes
 * (aliyun-rtc-sdk 7.3.3 defines them as numbers, e.g. `ERR_MIC_OPEN_FAIL = 17040388`, and logs
 * `HH:MM:ss.l [WARN] [AliRtcEngine] startDefaultDevices failed 17040388 ...`); the docs and native
 * logs write them in hex (`0x01040404`). Hex is turned into the decimal value the catalog holds.
 *
 * Most failures of the web SDK print no code. The sentences below were read off console logs captured
 * from aliyun-rtc-sdk 7.3.3 (`fixtures/logs/aliyun-console-*.log`, `scripts/capture/console.mjs`) and
 * map to the unified code they mean; the line itself is kept as detail (redacted: the WebSocket URL
 * carries the token and nonce).
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

/** Log formats of aliyun. */
export const ALIYUN_LOG_PATTERNS: readonly LogPattern[] = [
  // `0x01040404` (8 hex digits; 7 where a leading zero was dropped, as in the docs' `0x1020204`)
  { needle: '0x', regex: /\b(?<code>0x[0-9a-fA-F]{7,8})\b/, toCode: (printed) => parseInt(printed, 16) },
  // `errorCode: 16908812`, `_code: 17040388`, `code=33620229`, iOS `onOccurError:16908812 message:...`,
  // an app logging the `occurError` event: `occurError 17040388`
  {
    // Case-insensitive: every match holds one of these as written in practice (`cOdE` would be missed).
    needle: ['code', 'Code', 'CODE', 'Error', 'ERROR', 'Warning', 'WARNING'],
    regex:
      /\b(?:errorCode|error_code|_code|code|onOccurError|onOccurWarning|occurError)["']?\s*[:=]?\s*(?<code>\d{5,8})\b/i,
  },
  // web SDK: `[WARN] [AliRtcEngine] startDefaultDevices failed 17040388 failed to open audio ...`
  { needle: 'startDefaultDevices failed ', regex: /\bstartDefaultDevices failed (?<code>\d{5,8})\b(?<detail>.*)/ },
  // `GetServerTime error Error: Network Error` then `Failed to fetch server time, should try again`:
  // the SDK's clock sync (an HTTP request made before every join) could not reach its server.
  {
    needle: 'GetServerTime error',
    regex: /\bGetServerTime error\b/,
    unified: 'network_unavailable',
    name: 'GetServerTime error',
    lineDetail: true,
  },
  {
    needle: 'Failed to fetch server time',
    regex: /\bFailed to fetch server time\b/,
    unified: 'network_unavailable',
    name: 'Failed to fetch server time',
    lineDetail: true,
  },
  // Chromium's `WebSocket connection to 'wss://rs.rtn.aliyuncs.com/roomserver/v1/ws?appid=...&token=...'
  // failed`, and the SDK's `[WARN] [RSMessageCenter] onConnectFail` / `onError Event` after it.
  {
    needle: 'WebSocket connection to ',
    regex: /\bWebSocket connection to '?wss?:\/\/[^\s'/]*\.aliyuncs\.com\b/,
    unified: 'signaling_failed',
    name: 'WebSocket connection failed',
    lineDetail: true,
  },
  {
    needle: '[RSMessageCenter] ',
    regex: /\[RSMessageCenter\] (?:onConnectFail|onError Event)\b/,
    unified: 'signaling_failed',
    name: 'RSMessageCenter connect failed',
    lineDetail: true,
  },
  // `<error> [ARE] [AliRtcEngine] joinChannel 76ms _W: signal error: code - -1; description - Signaling connect failed.`
  {
    needle: 'signal error: code - ',
    regex: /\bsignal error: code - -?\d+; description - /,
    unified: 'signaling_failed',
    name: 'signal error',
    lineDetail: true,
  },
  // `<error> [ARE] [AliRtcEngine] joinChannel 13ms _W: no appId founded` (empty auth info) and
  // `... _W: authInfo is invalid: Unexpected token 'g', "garbage" is not valid JSON` (a bad token string).
  {
    needle: '[AliRtcEngine] ',
    regex: /\[AliRtcEngine\] \w+ \d+ms _W: (?:no appId founded|authInfo is invalid)\b/,
    unified: 'invalid_params',
    name: 'authInfo is invalid',
    lineDetail: true,
  },
  // A browser DOMException named in an engine line: `[AliRtcEngine] startPreview 3ms _W: NotAllowedError: ...`.
  {
    needle: '[AliRtcEngine]',
    regex: /\[AliRtcEngine\].*?\b(?:NotAllowed|NotFound|NotReadable|Overconstrained|Security|Abort)Error\b/,
    unified: 'device_failure',
    name: 'media device error',
    lineDetail: true,
  },
];
