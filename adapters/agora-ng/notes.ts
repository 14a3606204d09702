/**
 * Maintainer notes of the agora-ng catalog: each entry's remarks (disagreements between docs and
 * SDK, the SDK's own use of a code) and the finding and reason of each classification review
 * (the rows carry the reviewed classification). They are not runtime data (no bundle carries
 * them): the docs generator, the command line and the tests read them through `../notes.ts`.
 * Keyed `family:vendorName` (`reviewKey`).
 * @module
 */
import type { CatalogNotes } from '../notes.js';

const LICENSE_NOTE = 'Marked @ignore in the SDK typings (licence-based deployments).';
const NO_ACTION_IN_DOC = 'The error page gives no remedy for this code.';

export const NOTES: CatalogNotes = {
  entries: {
    'AgoraRTCErrorCode:UNEXPECTED_ERROR': NO_ACTION_IN_DOC,
    'AgoraRTCErrorCode:UNEXPECTED_RESPONSE': `${NO_ACTION_IN_DOC} The SDK wraps gateway refusals in it ("ERR_DYNAMIC_KEY_EXPIRED: ...", "K_UID_BANNED: ..."); the recognizer splits them by that reason.`,
    'AgoraRTCErrorCode:NETWORK_ERROR': NO_ACTION_IN_DOC,
    'AgoraRTCErrorCode:NETWORK_RESPONSE_ERROR':
      'The detail is the HTTP status; the recognizer maps 5xx to server_error (backoff) and 429 to rate_limited.',
    'AgoraRTCErrorCode:ENUMERATE_DEVICES_FAILED': NO_ACTION_IN_DOC,
    'AgoraRTCErrorCode:CAN_NOT_GET_PROXY_SERVER': NO_ACTION_IN_DOC,
    'AgoraRTCErrorCode:CAN_NOT_GET_GATEWAY_SERVER': `${NO_ACTION_IN_DOC} Overloaded: the detail/data.desc carries the access-point reason ("dynamic key expired", "invalid vendor key, can not find appid", "no active status"...), split by the recognizer; data.retry is the SDK's own retry hint.`,
    'AgoraRTCErrorCode:CROSS_CHANNEL_FAILED_JOIN_SRC':
      'The SDK enum member CROSS_CHANNEL_FAILED_JOIN_SRC has the value "CROSS_CHANNEL_FAILED_JOIN_SEC" (sic); the error carries the value.',
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.SERVER_ERROR':
      "Same constant name as trtc's 5400 SERVER_ERROR, classified differently on purpose: here the connection was dropped and is joined again; TRTC's 5400 carries a server result code for the app to fix.",
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.FALLBACK': 'Marked @ignore in the SDK typings.',
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.LICENSE_MISSING': LICENSE_NOTE,
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.LICENSE_EXPIRED': LICENSE_NOTE,
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.LICENSE_MINUTES_EXCEEDED': LICENSE_NOTE,
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.LICENSE_PERIOD_INVALID': LICENSE_NOTE,
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.LICENSE_MULTIPLE_SDK_SERVICE': LICENSE_NOTE,
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.LICENSE_ILLEGAL': LICENSE_NOTE,
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.FALLBACK_TO_HLS':
      'Marked @ignore in the SDK typings (VOS fallback to HLS).',
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.UID_CONFLICT': 'Marked @ignore in the SDK typings.',
    'exception:exception.VIDEO_ENCODE_FAILED':
      "Emitted by the bundle, not listed in the event documentation. Same constant as trtc's VIDEO_ENCODE_FAILED, classified differently on purpose: here a passing warning while frames are still captured; TRTC reports it when publishing has stopped.",
    'exception:exception.RECV_AUDIO_DECODE_FAILED':
      'Listed in the event documentation (with 4005) but never emitted by the 4.24.8 bundle.',
  },
  review: {
    'AgoraRTCErrorCode:OPERATION_ABORTED': {
      finding: 'sdk-use',
      why: 'the bundle throws it as "cancel token canceled" when leave() cancels a pending request, and "... cancelled because it left the channel"; the document\'s "retry" would undo the app\'s own leave().',
    },
    'AgoraRTCErrorCode:EXTERNAL_SIGNAL_ABORT': {
      finding: 'app-action',
      why: 'the request was aborted through the signal the app passed: the app asked for it.',
    },
    'AgoraRTCErrorCode:DISCONNECT_P2P': {
      finding: 'rule',
      why: 'the peer connection was torn down under the operation by a reconnect; trying again with backoff fits.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_TASK_CONFLICT': {
      finding: 'rule',
      why: 'a second task on the same URL: the app must stop the first one.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_INVALID_ARGUMENT': {
      finding: 'rule',
      why: 'bad arguments to startLiveStreaming: fixed in the app.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED': {
      finding: 'rule',
      why: 'the push URL is in use: the app must choose another.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED': {
      finding: 'rule',
      why: 'a configuration mistake of the app.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT': {
      finding: 'rule',
      why: 'too many pushes: the app must stop one.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE': {
      finding: 'rule',
      why: 'the push goes on without the watermark image: a warning the SDK carries on from.',
    },
    'AgoraRTCErrorCode:LIVE_STREAMING_INVALID_RAW_STREAM': {
      finding: 'sdk-use',
      why: 'the bundle throws it from startLiveStreaming without transcoding for "raw streaming is only support h264" and "can not find stream to ..." (a codec or call-order mistake), not the document\'s push timeout: retrying never helps.',
    },
    'AgoraRTCErrorCode:IMAGE_MODERATION_UPLOAD_FAILED': {
      finding: 'self-retry',
      why: 'the SDK uploads again at the next interval by itself.',
    },
    'AgoraRTCErrorCode:WS_DISCONNECT': {
      finding: 'self-retry',
      why: 'the SDK reconnects its websocket by itself (connection-state-change RECONNECTING): we wait. Same constant as agora-web, classified alike.',
    },
    'AgoraRTCErrorCode:NETWORK_RESPONSE_ERROR': {
      finding: 'shared',
      why: 'Same constant as agora-web, classified alike: an HTTP response failure without a status is a transient server failure; with a 4xx status the recognizer still makes it request_rejected.',
    },
    'ConnectionDisconnectedReason:ConnectionDisconnectedReason.NETWORK_ERROR': {
      finding: 'shared',
      why: 'Same constant as AgoraRTCErrorCode.NETWORK_ERROR (agora-web, agora-ng) but a different situation: as a disconnect reason the SDK has given up reconnecting, so the session is joined again (rejoin) rather than the request retried.',
    },
    'AgoraRTCErrorCode:NETWORK_ERROR': {
      finding: 'shared',
      why: 'Same constant as the disconnect reason NETWORK_ERROR, which is rejoined instead (see its note).',
    },
    'AgoraRTCErrorCode:MEDIA_OPTION_INVALID': {
      finding: 'shared',
      why: 'Same constant as agora-web, classified differently on purpose: the NG bundle (_M) throws it for "Starting video failed", OverconstrainedError and TrackStartError after retrying by itself, with the browser name in the detail, which refines it (device_in_use, constraint_not_satisfied); agora-web 3.x uses it for TrackStartError alone.',
    },
    'event:event.media-reconnect-start': {
      finding: 'self-retry',
      why: 'the SDK re-establishes the media connection by itself (media-reconnect-end follows).',
    },
    'ChannelMediaRelayEvent:ChannelMediaRelayEvent.NETWORK_DISCONNECTED': {
      finding: 'self-retry',
      why: 'the relay reconnects by itself: we wait.',
    },
  },
};
