/**
 * The second reading of the agora-web catalog (issue 14): entries whose classification changed
 * under the rule of `docs/classification.md` (who must act decides severity, retry and strategy),
 * against the SDK's own use and against agora-ng and agora-native, which share constants with it.
 * Keyed by `family:vendorName`.
 *
 * The reason of each review is a maintainer note, in `notes.ts` under the same key (not runtime
 * data: the docs and `rtc-errors explain` show it after the entry's own note).
 * @module
 */
import type { EntryReview } from '../../src/index.js';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'ERR:ERR_FAILED': {
    actor: 'library',
    severity: 'recoverable',
    strategy: 'backoff',
  },
  'ERR:ERR_NO_AUTHORIZED': {
    actor: 'library',
  },
  'AP:NO_AUTHORIZED': {
    actor: 'library',
  },
  'ERR:ERR_STATIC_USE_DYANMIC_KE': {
    actor: 'app',
  },
  'AP:STATIC_USE_DYANMIC_KEY': {
    actor: 'app',
  },
  'K:K_CERTIFICATE_INVALID': {
    actor: 'app',
  },
  'RTC:TOKEN_GENERATOR_FUNCTION_ERROR': {
    actor: 'app',
  },
  'ERR:ERR_JOIN_BY_MULTI_IP': {
    actor: 'sdk',
  },
  'ERR:ERR_SET_CLIENT_ROLE_ALREADY_IN_USE': {
    actor: 'nobody',
  },
  'ERR:ERR_PUBLISH_REQUEST_INVALID': {
    actor: 'app',
  },
  'ERR:ERR_SUBSCRIBE_REQUEST_INVALID': {
    actor: 'app',
  },
  'WARN:WARN_LOOKUP_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'WARN:WARN_OPEN_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'CLIENT:LOOKUP_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'CLIENT:OPEN_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'ERR:ERR_VOM_SERVICE_UNAVAILABLE': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_NO_AVAILABLE_CHANNEL': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_LOOKUP_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_OPEN_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_REQUEST_DEFERRED': { actor: 'sdk', strategy: 'none' },
  'CLIENT:NO_AVAILABLE_CHANNEL': { actor: 'sdk', strategy: 'none' },
  'CLIENT:LOOKUP_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none' },
  'CLIENT:OPEN_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none' },
  'CLIENT:REQUEST_DEFERRED': { actor: 'sdk', strategy: 'none' },
  'RTC:WS_DISCONNECT': {
    actor: 'sdk',
    strategy: 'none',
  },
  'WARN:WARN_REPEAT_JOIN': {
    actor: 'app',
    severity: 'fatal',
  },
  'WARN:WARN_REPEAT_JOIN_2012': {
    actor: 'app',
    severity: 'fatal',
  },
  'RTC:OPERATION_ABORT': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    action: "Nothing to retry: the operation was cancelled, usually by the app's own leave().",
  },
  'RTC:ABORT_OTHER_INIT': {
    actor: 'app',
    severity: 'fatal',
  },
  'RTC:WS_ABORT': {
    actor: 'library',
    code: 'signaling_failed',
    strategy: 'wait-for-network',
  },
  'RTC:LIVE_STREAMING_TASK_CONFLICT': {
    actor: 'app',
  },
  'RTC:LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED': {
    actor: 'app',
  },
  'RTC:LIVE_STREAMING_TRANSCODING_NOT_SUPPORT': {
    actor: 'app',
  },
  'RTC:LIVE_STREAMING_INVALID_RAW_STREAM': {
    actor: 'app',
  },
  'RTC:LIVE_STREAMING_INVALID_ARGUMENT': {
    actor: 'app',
    code: 'live_streaming_failed',
    severity: 'fatal',
    strategy: 'none',
  },
  'RTC:LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT': {
    actor: 'app',
    severity: 'fatal',
  },
  'RTC:LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE': {
    actor: 'sdk',
  },
  'CALLBACK:LEAVE_MSG_TIMEOUT': {
    actor: 'nobody',
  },
  'CALLBACK:REQUEST_ABORT': {
    actor: 'sdk',
  },
  'RTC:UNEXPECTED_RESPONSE': {
    actor: 'app',
    code: 'request_rejected',
    severity: 'fatal',
    strategy: 'none',
  },
  'RTC:NETWORK_RESPONSE_ERROR': {
    actor: 'library',
  },
  'RTC:NETWORK_ERROR': {},
  'RTC:MEDIA_OPTION_INVALID': {},
  'RTC:SENDER_NOT_FOUND': {
    actor: 'library',
    code: 'publish_failed',
    severity: 'recoverable',
    strategy: 'republish',
  },
  'RTC:SENDER_REPLACE_FAILED': {
    actor: 'library',
    code: 'publish_failed',
    severity: 'recoverable',
    strategy: 'republish',
  },
  'RTC:CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS': {
    actor: 'app',
    code: 'already_published',
  },
  'RTC:INVALID_REMOTE_USER': { actor: 'app', code: 'remote_not_published' },
  'RTC:CUSTOM_REPORT_SEND_FAILED': { actor: 'library', code: 'network_timeout' },
  'RTC:WEBGL_INTERNAL_ERROR': { actor: 'app', code: 'not_supported' },
  'EXCEPTION:FRAMERATE_INPUT_TOO_LOW': { actor: 'sdk', code: 'device_warning' },
  'EXCEPTION:FRAMERATE_SENT_TOO_LOW': { actor: 'sdk', code: 'stream_interrupted' },
  'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW': {
    actor: 'sdk',
    code: 'stream_interrupted',
  },
  'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW': {
    actor: 'sdk',
    code: 'stream_interrupted',
  },
  'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW': {
    actor: 'sdk',
    code: 'stream_interrupted',
  },
  'EXCEPTION:FRAMERATE_INPUT_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'device_warning',
  },
  'EXCEPTION:FRAMERATE_SENT_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
  },
  'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
  },
  'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
  },
  'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
  },
  'EXCEPTION:AUDIO_INPUT_LEVEL_TOO_LOW_RECOVER': {
    actor: 'nobody',
  },
  'EXCEPTION:RECV_VIDEO_DECODE_FAILED_RECOVER': {
    actor: 'nobody',
  },
  'EXCEPTION:RECV_AUDIO_DECODE_FAILED_RECOVER': {
    actor: 'nobody',
  },
};
