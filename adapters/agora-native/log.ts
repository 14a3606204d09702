/**
 * How apps on the Agora native SDKs log the SDK's numeric codes, for `rtc-errors scan`.
 * - Agora's Android API-Example logs every callback with
 *   `String.format("onError code %d message %s", err, RtcEngine.getErrorDescription(err))` (and the
 *   same for `onWarning`), so logcat shows `E Tag: onError code 110 message ...`.
 * - react-native-agora 4.6.4 in debug mode logs every event as
 *   `onEvent RtcEngineEventHandler_onError_<hash> {"err":110,"msg":"..."}` (`IrisApiEngine.ts`)
 *   and failed calls as `callApi RtcEngine_joinChannel_<hash> {...} {"result":-17}` (`call.ts`):
 *   a negative return value is the error code negated.
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

const NUMBER = '(?<code>-?\\d{1,5})\\b';

/** Log formats of agora-native. */
export const AGORA_NATIVE_LOG_PATTERNS: readonly LogPattern[] = [
  // `onError code 110 message ...`, `onError: 110`, `onError(110, "...")`, `onError err=110`
  {
    needle: 'onError',
    regex: new RegExp(`\\bonError\\b\\W{0,3}(?:code|err|error)?\\s*[:=]?\\s*${NUMBER}`),
    family: 'ERR',
  },
  {
    needle: 'onWarning',
    regex: new RegExp(`\\bonWarning\\b\\W{0,3}(?:code|warn|warning)?\\s*[:=]?\\s*${NUMBER}`),
    family: 'WARN',
  },
  // react-native-agora debug: `onEvent RtcEngineEventHandler_onError_d26c0fd {"err":110,"msg":"..."}`
  {
    needle: 'RtcEngineEventHandler_onError',
    regex: new RegExp(`\\bRtcEngineEventHandler_onError\\w*\\s+\\{[^}]*"err"\\s*:\\s*${NUMBER}`),
    family: 'ERR',
  },
  // `onConnectionStateChanged state 5 reason 8`, RN: `..._onConnectionStateChanged_... {"state":5,"reason":8}`
  {
    needle: 'onConnectionStateChanged',
    regex: /(?<![A-Za-z0-9])onConnectionStateChanged\w*\b.*?\breason\W{0,3}(?<code>\d{1,3})\b/,
    family: 'CONNECTION_CHANGED_REASON',
  },
  // react-native-agora debug: `callApi RtcEngine_joinChannel_cdbb747 {...} {"result":-17}`
  {
    needle: 'callApi ',
    regex: /\bcallApi \w+ .*"result"\s*:\s*(?<code>-\d{1,5})\b/,
    family: 'ERR',
    toCode: (printed) => -Number(printed),
  },
];
