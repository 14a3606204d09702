/**
 * The second reading of the agora-web catalog (issue 14): entries whose classification changed
 * under the rule of `docs/classification.md` (who must act decides severity, retry and strategy),
 * against the SDK's own use and against agora-ng and agora-native, which share constants with it.
 * Keyed by `family:vendorName`; each reason is added to the entry's note.
 * @module
 */
import type { EntryReview } from '../../src/index.js';

const SDK_RETRIES = 'the SDK retries this by itself (its own text says so): we wait, and do not retry on top.';
const ALIGNED_NG = 'Same constant as agora-ng, classified alike (the NG SDK throws it in the same situation).';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'ERR:ERR_FAILED': {
    actor: 'library',
    severity: 'recoverable',
    strategy: 'backoff',
    finding: 'shared',
    why: 'code 1 means the same general failure as agora-native ERR_FAILED, whose document says to call the method again; both now back off.',
  },
  'ERR:ERR_NO_AUTHORIZED': {
    actor: 'library',
    finding: 'rule',
    why: 'a token without the right privileges is renewed (renew-token).',
  },
  'AP:NO_AUTHORIZED': {
    actor: 'library',
    finding: 'rule',
    why: 'a token without the right privileges is renewed (renew-token).',
  },
  'ERR:ERR_STATIC_USE_DYANMIC_KE': {
    actor: 'app',
    finding: 'rule',
    why: 'a project configuration mistake (token given, certificate off): the app must change, no new token helps.',
  },
  'AP:STATIC_USE_DYANMIC_KEY': {
    actor: 'app',
    finding: 'rule',
    why: 'a project configuration mistake (token given, certificate off): the app must change.',
  },
  'K:K_CERTIFICATE_INVALID': {
    actor: 'app',
    finding: 'rule',
    why: 'the token server uses a wrong App Certificate: renewing from the same server cannot help.',
  },
  'RTC:TOKEN_GENERATOR_FUNCTION_ERROR': {
    actor: 'app',
    finding: 'rule',
    why: "the app's token generator function failed: the app's code must be fixed.",
  },
  'ERR:ERR_JOIN_BY_MULTI_IP': {
    actor: 'sdk',
    finding: 'notice',
    why: 'the SDK reports it as a notice (onMultiIP) and carries on.',
  },
  'ERR:ERR_SET_CLIENT_ROLE_ALREADY_IN_USE': {
    actor: 'nobody',
    finding: 'notice',
    why: 'the SDK treats it as success.',
  },
  'ERR:ERR_PUBLISH_REQUEST_INVALID': {
    actor: 'app',
    finding: 'rule',
    why: 'an invalid publish request (role, stream) is fixed in the app; its action says so, and it was already fatal.',
  },
  'ERR:ERR_SUBSCRIBE_REQUEST_INVALID': {
    actor: 'app',
    finding: 'rule',
    why: 'subscribing to a stream not announced is a call-order mistake of the app.',
  },
  'WARN:WARN_LOOKUP_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `the SDK tries the next server; ${SDK_RETRIES}`,
  },
  'WARN:WARN_OPEN_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `the SDK tries the next server; ${SDK_RETRIES}`,
  },
  'CLIENT:LOOKUP_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `the SDK tries the next server; ${SDK_RETRIES}`,
  },
  'CLIENT:OPEN_CHANNEL_REJECTED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `the SDK tries the next server; ${SDK_RETRIES}`,
  },
  'ERR:ERR_VOM_SERVICE_UNAVAILABLE': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'WARN:WARN_NO_AVAILABLE_CHANNEL': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'WARN:WARN_LOOKUP_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'WARN:WARN_OPEN_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'WARN:WARN_REQUEST_DEFERRED': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'CLIENT:NO_AVAILABLE_CHANNEL': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'CLIENT:LOOKUP_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'CLIENT:OPEN_CHANNEL_TIMEOUT': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'CLIENT:REQUEST_DEFERRED': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: SDK_RETRIES },
  'RTC:WS_DISCONNECT': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `${SDK_RETRIES} Same constant as agora-ng, classified alike.`,
  },
  'WARN:WARN_REPEAT_JOIN': {
    actor: 'app',
    severity: 'fatal',
    finding: 'rule',
    why: 'the second join call is ignored: a call-order mistake of the app, never retried.',
  },
  'WARN:WARN_REPEAT_JOIN_2012': {
    actor: 'app',
    severity: 'fatal',
    finding: 'rule',
    why: 'the second join call is ignored: a call-order mistake of the app, never retried.',
  },
  'RTC:OPERATION_ABORT': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    action: "Nothing to retry: the operation was cancelled, usually by the app's own leave().",
    finding: 'app-action',
    why: "the SDK aborts a pending request when the app leaves; retrying it would undo the app's own leave().",
  },
  'RTC:ABORT_OTHER_INIT': {
    actor: 'app',
    severity: 'fatal',
    finding: 'rule',
    why: 'a second Stream.init while one runs is a call-order mistake of the app.',
  },
  'RTC:WS_ABORT': {
    actor: 'library',
    code: 'signaling_failed',
    strategy: 'wait-for-network',
    finding: 'shared',
    why: `${ALIGNED_NG} The websocket to the server was cut; was operation_aborted with backoff.`,
  },
  'RTC:LIVE_STREAMING_TASK_CONFLICT': {
    actor: 'app',
    finding: 'rule',
    why: 'a second task on the same URL: the app must stop the first one.',
  },
  'RTC:LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED': {
    actor: 'app',
    finding: 'rule',
    why: 'the push URL is in use: the app must choose another.',
  },
  'RTC:LIVE_STREAMING_TRANSCODING_NOT_SUPPORT': {
    actor: 'app',
    finding: 'rule',
    why: 'a configuration mistake of the app.',
  },
  'RTC:LIVE_STREAMING_INVALID_RAW_STREAM': {
    actor: 'app',
    finding: 'sdk-use',
    why: 'the SDK raises it when there is no stream to push or the codec is not h264: a configuration mistake, never retried.',
  },
  'RTC:LIVE_STREAMING_INVALID_ARGUMENT': {
    actor: 'app',
    code: 'live_streaming_failed',
    severity: 'fatal',
    strategy: 'none',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'RTC:LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT': {
    actor: 'app',
    severity: 'fatal',
    finding: 'shared',
    why: `too many pushes: the app must stop one. ${ALIGNED_NG}`,
  },
  'RTC:LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE': {
    actor: 'sdk',
    finding: 'rule',
    why: 'the push goes on without the watermark image: a warning the SDK carries on from.',
  },
  'CALLBACK:LEAVE_MSG_TIMEOUT': {
    actor: 'nobody',
    finding: 'notice',
    why: 'the client has left anyway: nothing is wrong.',
  },
  'CALLBACK:REQUEST_ABORT': {
    actor: 'sdk',
    finding: 'self-retry',
    why: 'the SDK rejoins by itself after it aborted the request.',
  },
  'RTC:UNEXPECTED_RESPONSE': {
    actor: 'app',
    code: 'request_rejected',
    severity: 'fatal',
    strategy: 'none',
    finding: 'shared',
    why: `${ALIGNED_NG} The gateway's refusals (token, App ID, ban) are not transient.`,
  },
  'RTC:NETWORK_RESPONSE_ERROR': {
    actor: 'library',
    finding: 'shared',
    why: 'Same constant as agora-ng, classified alike: an HTTP response failure without a status is taken as a transient server failure.',
  },
  'RTC:NETWORK_ERROR': {
    finding: 'shared',
    why: "Same constant as agora-ng's AgoraRTCErrorCode.NETWORK_ERROR (classified alike); agora-ng's disconnect reason NETWORK_ERROR is rejoined instead, because the SDK has given up by then.",
  },
  'RTC:MEDIA_OPTION_INVALID': {
    finding: 'shared',
    why: 'Same constant as agora-ng, classified differently on purpose: the 3.x bundle sets it only for a TrackStartError that persists after its own retry without width and height (the device cannot start: device_in_use, user action); agora-ng uses it for OverconstrainedError too, and its detail names which.',
  },
  'RTC:SENDER_NOT_FOUND': {
    actor: 'library',
    code: 'publish_failed',
    severity: 'recoverable',
    strategy: 'republish',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'RTC:SENDER_REPLACE_FAILED': {
    actor: 'library',
    code: 'publish_failed',
    severity: 'recoverable',
    strategy: 'republish',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'RTC:CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS': {
    actor: 'app',
    code: 'already_published',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'RTC:INVALID_REMOTE_USER': { actor: 'app', code: 'remote_not_published', finding: 'shared', why: ALIGNED_NG },
  'RTC:CUSTOM_REPORT_SEND_FAILED': { actor: 'library', code: 'network_timeout', finding: 'shared', why: ALIGNED_NG },
  'RTC:WEBGL_INTERNAL_ERROR': { actor: 'app', code: 'not_supported', finding: 'shared', why: ALIGNED_NG },
  'EXCEPTION:FRAMERATE_INPUT_TOO_LOW': { actor: 'sdk', code: 'device_warning', finding: 'shared', why: ALIGNED_NG },
  'EXCEPTION:FRAMERATE_SENT_TOO_LOW': { actor: 'sdk', code: 'stream_interrupted', finding: 'shared', why: ALIGNED_NG },
  'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW': {
    actor: 'sdk',
    code: 'stream_interrupted',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW': {
    actor: 'sdk',
    code: 'stream_interrupted',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW': {
    actor: 'sdk',
    code: 'stream_interrupted',
    finding: 'shared',
    why: ALIGNED_NG,
  },
  'EXCEPTION:FRAMERATE_INPUT_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'device_warning',
    finding: 'notice',
    why: `a back-to-normal notice (a recovered event), under the code it clears. ${ALIGNED_NG}`,
  },
  'EXCEPTION:FRAMERATE_SENT_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
  'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
  'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
  'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW_RECOVER': {
    actor: 'nobody',
    code: 'stream_interrupted',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
  'EXCEPTION:AUDIO_INPUT_LEVEL_TOO_LOW_RECOVER': {
    actor: 'nobody',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
  'EXCEPTION:RECV_VIDEO_DECODE_FAILED_RECOVER': {
    actor: 'nobody',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
  'EXCEPTION:RECV_AUDIO_DECODE_FAILED_RECOVER': {
    actor: 'nobody',
    finding: 'notice',
    why: 'a back-to-normal notice (a recovered event), under the code it clears.',
  },
};
