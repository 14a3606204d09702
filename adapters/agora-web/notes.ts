/**
 * Maintainer notes of the agora-web catalog: each entry's remarks (disagreements between docs and
 * SDK, the SDK's own use of a code) and the finding and reason of each classification review
 * (the rows carry the reviewed classification). They are not runtime data (no bundle carries
 * them): the docs generator, the command line and the tests read them through `../notes.ts`.
 * Keyed `family:vendorName` (`reviewKey`).
 * @module
 */
import type { CatalogNotes } from '../notes.js';

const SDK_RETRIES = 'the SDK retries this by itself (its own text says so): we wait, and do not retry on top.';
const ALIGNED_NG = 'Same constant as agora-ng, classified alike (the NG SDK throws it in the same situation).';

export const NOTES: CatalogNotes = {
  entries: {
    'ERR:ERR_INVALID_DYNAMIC_KEY':
      'The SDK error table gives the value "110" to ERR_INVALID_DYNAMIC_KEY, while the gateway table and the docs name 110 ERR_NO_AUTHORIZED; lookup("110") prefers this name because it is the SDK table\'s own value.',
    'ERR:ERR_NO_AUTHORIZED': 'Same number as ERR_INVALID_DYNAMIC_KEY; the gateway reports this one by name.',
    'ERR:ERR_STATIC_USE_DYANMIC_KE':
      'The docs spell it ERR_STATIC_USE_DYNAMIC_KEY; the SDK gateway table ERR_STATIC_USE_DYANMIC_KE (SDK spelling kept as the name, docs spelling as alias).',
    'ERR:ERR_DYNAMIC_USE_STATIC_KE':
      'The docs spell it ERR_DYNAMIC_USE_STATIC_KEY; the SDK gateway table ERR_DYNAMIC_USE_STATIC_KE.',
    'ERR:ERR_INVALID_VENDOR_KEY_2013':
      'The gateway table names both 101 and 2013 ERR_INVALID_VENDOR_KEY; the name alone resolves to 101.',
    'ERR:ERR_INVALID_CHANNEL_NAME_2014': 'The gateway table names both 102 and 2014 ERR_INVALID_CHANNEL_NAME.',
    'ERR:ERR_TOO_MANY_USERS_2016': 'The gateway table names both 113 and 2016 ERR_TOO_MANY_USERS.',
    'ERR:ERR_SET_CLIENT_ROLE_ALREADY_IN_USE': 'The SDK calls back success for this code.',
    'WARN:WARN_REQUEST_DEFERRED': 'The English doc shows a mis-encoded apostrophe (userâ€™s).',
    'WARN:WARN_REPEAT_JOIN_2012': 'The gateway table names both 2003 and 2012 WARN_REPEAT_JOIN.',
    'K:K_CHANNEL_NOT_FOUND': 'The English doc spells it "channnel".',
    'CLIENT:INVALID_OPERATION': 'Also a member of the AgoraRTCErrorCode enum with the same value.',
    'CLIENT:DYNAMIC_KEY_TIMEOUT': 'The access-point code 2010010 is reported under this same name.',
    'CLIENT:NO_VOS_AVAILABLE': 'The SDK value is "ERR_NO_VOS_AVAILABLE", not the name.',
    'CLIENT:JOIN_CHANNEL_TIMEOUT': 'The SDK value is "ERR_JOIN_CHANNEL_TIMEOUT", not the name.',
    'CLIENT:LOW_STREAM_NOT_YET_PUBLISHED':
      'SDK bug: the constant LOW_STREAM_NOT_YET_PUBLISHED has the value "LOW_STREAM_ALREADY_PUBLISHED", so that value is looked up as LOW_STREAM_ALREADY_PUBLISHED first.',
    'CLIENT:HIGH_STREAM_NOT_VIDEO_TRACE':
      'The English doc says "channel of the high stream"; the SDK means its video track.',
    'RTC:STREAM_ALREADY_INITIALIZED':
      'Stream.init calls back {type: "warning", msg: "STREAM_ALREADY_INITIALIZED"}; the recognizer keeps that warning kind.',
    'RTC:UID_CONFLICT': 'Documented as a join onFailure reason in index.d.ts.',
    'RTC:LIVE_STREAMING_TRANSCODING_NOT_SUPPORT':
      'index.d.ts documents it as LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED; the SDK value has no trailing D.',
    'RTC:CROSS_CHANNEL_FAILED_JOIN_SRC':
      'SDK value typo: CROSS_CHANNEL_FAILED_JOIN_SRC has the value "CROSS_CHANNEL_FAILED_JOIN_SEC".',
    'CALLBACK:ERR_REPEAT_JOIN':
      'Documented in index.d.ts for join; the 3.6.11 bundle reports WARN_REPEAT_JOIN instead.',
    'EXCEPTION:FRAMERATE_INPUT_TOO_LOW_RECOVER':
      'Recovery code: the exception translator turns it into a recovered signal clearing 1001.',
    'EXCEPTION:FRAMERATE_SENT_TOO_LOW_RECOVER': 'Recovery code of 1002.',
    'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW_RECOVER': 'Recovery code of 1003.',
    'EXCEPTION:RECV_VIDEO_DECODE_FAILED_RECOVER': 'Recovery code of 1005.',
    'EXCEPTION:AUDIO_INPUT_LEVEL_TOO_LOW_RECOVER': 'Recovery code of 2001.',
    'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW_RECOVER': 'Recovery code of 2002.',
    'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW_RECOVER': 'Recovery code of 2003.',
    'EXCEPTION:RECV_AUDIO_DECODE_FAILED_RECOVER': 'Recovery code of 2005.',
    'RELAY:RELAY_INTERNAL_ERROR':
      'The SDK message is INTERNAL_ERROR; renamed here because the access-point table has an INTERNAL_ERROR too.',
  },
  review: {
    'ERR:ERR_FAILED': {
      finding: 'shared',
      why: 'code 1 means the same general failure as agora-native ERR_FAILED, whose document says to call the method again; both now back off.',
    },
    'ERR:ERR_NO_AUTHORIZED': { finding: 'rule', why: 'a token without the right privileges is renewed (renew-token).' },
    'AP:NO_AUTHORIZED': { finding: 'rule', why: 'a token without the right privileges is renewed (renew-token).' },
    'ERR:ERR_STATIC_USE_DYANMIC_KE': {
      finding: 'rule',
      why: 'a project configuration mistake (token given, certificate off): the app must change, no new token helps.',
    },
    'AP:STATIC_USE_DYANMIC_KEY': {
      finding: 'rule',
      why: 'a project configuration mistake (token given, certificate off): the app must change.',
    },
    'K:K_CERTIFICATE_INVALID': {
      finding: 'rule',
      why: 'the token server uses a wrong App Certificate: renewing from the same server cannot help.',
    },
    'RTC:TOKEN_GENERATOR_FUNCTION_ERROR': {
      finding: 'rule',
      why: "the app's token generator function failed: the app's code must be fixed.",
    },
    'ERR:ERR_JOIN_BY_MULTI_IP': {
      finding: 'notice',
      why: 'the SDK reports it as a notice (onMultiIP) and carries on.',
    },
    'ERR:ERR_SET_CLIENT_ROLE_ALREADY_IN_USE': { finding: 'notice', why: 'the SDK treats it as success.' },
    'ERR:ERR_PUBLISH_REQUEST_INVALID': {
      finding: 'rule',
      why: 'an invalid publish request (role, stream) is fixed in the app; its action says so, and it was already fatal.',
    },
    'ERR:ERR_SUBSCRIBE_REQUEST_INVALID': {
      finding: 'rule',
      why: 'subscribing to a stream not announced is a call-order mistake of the app.',
    },
    'WARN:WARN_LOOKUP_CHANNEL_REJECTED': {
      finding: 'self-retry',
      why: `the SDK tries the next server; ${SDK_RETRIES}`,
    },
    'WARN:WARN_OPEN_CHANNEL_REJECTED': { finding: 'self-retry', why: `the SDK tries the next server; ${SDK_RETRIES}` },
    'CLIENT:LOOKUP_CHANNEL_REJECTED': { finding: 'self-retry', why: `the SDK tries the next server; ${SDK_RETRIES}` },
    'CLIENT:OPEN_CHANNEL_REJECTED': { finding: 'self-retry', why: `the SDK tries the next server; ${SDK_RETRIES}` },
    'ERR:ERR_VOM_SERVICE_UNAVAILABLE': { finding: 'self-retry', why: SDK_RETRIES },
    'WARN:WARN_NO_AVAILABLE_CHANNEL': { finding: 'self-retry', why: SDK_RETRIES },
    'WARN:WARN_LOOKUP_CHANNEL_TIMEOUT': { finding: 'self-retry', why: SDK_RETRIES },
    'WARN:WARN_OPEN_CHANNEL_TIMEOUT': { finding: 'self-retry', why: SDK_RETRIES },
    'WARN:WARN_REQUEST_DEFERRED': { finding: 'self-retry', why: SDK_RETRIES },
    'CLIENT:NO_AVAILABLE_CHANNEL': { finding: 'self-retry', why: SDK_RETRIES },
    'CLIENT:LOOKUP_CHANNEL_TIMEOUT': { finding: 'self-retry', why: SDK_RETRIES },
    'CLIENT:OPEN_CHANNEL_TIMEOUT': { finding: 'self-retry', why: SDK_RETRIES },
    'CLIENT:REQUEST_DEFERRED': { finding: 'self-retry', why: SDK_RETRIES },
    'RTC:WS_DISCONNECT': { finding: 'self-retry', why: `${SDK_RETRIES} Same constant as agora-ng, classified alike.` },
    'WARN:WARN_REPEAT_JOIN': {
      finding: 'rule',
      why: 'the second join call is ignored: a call-order mistake of the app, never retried.',
    },
    'WARN:WARN_REPEAT_JOIN_2012': {
      finding: 'rule',
      why: 'the second join call is ignored: a call-order mistake of the app, never retried.',
    },
    'RTC:OPERATION_ABORT': {
      finding: 'app-action',
      why: "the SDK aborts a pending request when the app leaves; retrying it would undo the app's own leave().",
    },
    'RTC:ABORT_OTHER_INIT': {
      finding: 'rule',
      why: 'a second Stream.init while one runs is a call-order mistake of the app.',
    },
    'RTC:WS_ABORT': {
      finding: 'shared',
      why: `${ALIGNED_NG} The websocket to the server was cut; was operation_aborted with backoff.`,
    },
    'RTC:LIVE_STREAMING_TASK_CONFLICT': {
      finding: 'rule',
      why: 'a second task on the same URL: the app must stop the first one.',
    },
    'RTC:LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED': {
      finding: 'rule',
      why: 'the push URL is in use: the app must choose another.',
    },
    'RTC:LIVE_STREAMING_TRANSCODING_NOT_SUPPORT': { finding: 'rule', why: 'a configuration mistake of the app.' },
    'RTC:LIVE_STREAMING_INVALID_RAW_STREAM': {
      finding: 'sdk-use',
      why: 'the SDK raises it when there is no stream to push or the codec is not h264: a configuration mistake, never retried.',
    },
    'RTC:LIVE_STREAMING_INVALID_ARGUMENT': { finding: 'shared', why: ALIGNED_NG },
    'RTC:LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT': {
      finding: 'shared',
      why: `too many pushes: the app must stop one. ${ALIGNED_NG}`,
    },
    'RTC:LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE': {
      finding: 'rule',
      why: 'the push goes on without the watermark image: a warning the SDK carries on from.',
    },
    'CALLBACK:LEAVE_MSG_TIMEOUT': { finding: 'notice', why: 'the client has left anyway: nothing is wrong.' },
    'CALLBACK:REQUEST_ABORT': { finding: 'self-retry', why: 'the SDK rejoins by itself after it aborted the request.' },
    'RTC:UNEXPECTED_RESPONSE': {
      finding: 'shared',
      why: `${ALIGNED_NG} The gateway's refusals (token, App ID, ban) are not transient.`,
    },
    'RTC:NETWORK_RESPONSE_ERROR': {
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
    'RTC:SENDER_NOT_FOUND': { finding: 'shared', why: ALIGNED_NG },
    'RTC:SENDER_REPLACE_FAILED': { finding: 'shared', why: ALIGNED_NG },
    'RTC:CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS': { finding: 'shared', why: ALIGNED_NG },
    'RTC:INVALID_REMOTE_USER': { finding: 'shared', why: ALIGNED_NG },
    'RTC:CUSTOM_REPORT_SEND_FAILED': { finding: 'shared', why: ALIGNED_NG },
    'RTC:WEBGL_INTERNAL_ERROR': { finding: 'shared', why: ALIGNED_NG },
    'EXCEPTION:FRAMERATE_INPUT_TOO_LOW': { finding: 'shared', why: ALIGNED_NG },
    'EXCEPTION:FRAMERATE_SENT_TOO_LOW': { finding: 'shared', why: ALIGNED_NG },
    'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW': { finding: 'shared', why: ALIGNED_NG },
    'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW': { finding: 'shared', why: ALIGNED_NG },
    'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW': { finding: 'shared', why: ALIGNED_NG },
    'EXCEPTION:FRAMERATE_INPUT_TOO_LOW_RECOVER': {
      finding: 'notice',
      why: `a back-to-normal notice (a recovered event), under the code it clears. ${ALIGNED_NG}`,
    },
    'EXCEPTION:FRAMERATE_SENT_TOO_LOW_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
    'EXCEPTION:SEND_VIDEO_BITRATE_TOO_LOW_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
    'EXCEPTION:AUDIO_OUTPUT_LEVEL_TOO_LOW_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
    'EXCEPTION:SEND_AUDIO_BITRATE_TOO_LOW_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
    'EXCEPTION:AUDIO_INPUT_LEVEL_TOO_LOW_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
    'EXCEPTION:RECV_VIDEO_DECODE_FAILED_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
    'EXCEPTION:RECV_AUDIO_DECODE_FAILED_RECOVER': {
      finding: 'notice',
      why: 'a back-to-normal notice (a recovered event), under the code it clears.',
    },
  },
};
