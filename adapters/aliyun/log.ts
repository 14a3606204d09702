/**
 * How Alibaba Cloud RTC codes appear in logs, for `rtc-errors scan`. The SDK reports decimal codes
 * (aliyun-rtc-sdk 7.3.3 defines them as numbers, e.g. `ERR_MIC_OPEN_FAIL = 17040388`, and logs
 * `HH:MM:ss.l [WARN] [AliRtcEngine] startDefaultDevices failed 17040388 ...`); the docs and native
 * logs write them in hex (`0x01040404`). Hex is turned into the decimal value the catalog holds.
 * @module
 */
import type { LogPattern } from '../../src/cli/types.js';

/** Log formats of aliyun. */
export const ALIYUN_LOG_PATTERNS: readonly LogPattern[] = [
  // `0x01040404` (8 hex digits; 7 where a leading zero was dropped, as in the docs' `0x1020204`)
  { regex: /\b(?<code>0x[0-9a-fA-F]{7,8})\b/, toCode: (printed) => parseInt(printed, 16) },
  // `errorCode: 16908812`, `_code: 17040388`, `code=33620229`, iOS `onOccurError:16908812 message:...`,
  // an app logging the `occurError` event: `occurError 17040388`
  {
    regex:
      /\b(?:errorCode|error_code|_code|code|onOccurError|onOccurWarning|occurError)["']?\s*[:=]?\s*(?<code>\d{5,8})\b/i,
  },
  // web SDK: `[WARN] [AliRtcEngine] startDefaultDevices failed 17040388 failed to open audio ...`
  { regex: /\bstartDefaultDevices failed (?<code>\d{5,8})\b(?<detail>.*)/ },
];
