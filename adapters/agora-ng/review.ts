/**
 * The second reading of the agora-ng catalog (issue 14): entries whose classification changed
 * under the rule of `docs/classification.md` (who must act decides severity, retry and strategy),
 * against the SDK bundle's own use of each code and against agora-web, which shares constants.
 * Keyed by `family:vendorName`; each reason is added to the entry's note.
 * @module
 */
import type { EntryReview } from '../../src/index.js';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'AgoraRTCErrorCode:OPERATION_ABORTED': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    action: "Nothing to retry: the operation was cancelled, usually by the app's own leave().",
    finding: 'sdk-use',
    why: 'the bundle throws it as "cancel token canceled" when leave() cancels a pending request, and "... cancelled because it left the channel"; the document\'s "retry" would undo the app\'s own leave().',
  },
  'AgoraRTCErrorCode:EXTERNAL_SIGNAL_ABORT': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    action: 'Nothing to retry: the request was aborted through the signal the app passed.',
    finding: 'app-action',
    why: 'the request was aborted through the signal the app passed: the app asked for it.',
  },
  'AgoraRTCErrorCode:DISCONNECT_P2P': {
    actor: 'library',
    finding: 'rule',
    why: 'the peer connection was torn down under the operation by a reconnect; trying again with backoff fits.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_TASK_CONFLICT': {
    actor: 'app',
    finding: 'rule',
    why: 'a second task on the same URL: the app must stop the first one.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_INVALID_ARGUMENT': {
    actor: 'app',
    finding: 'rule',
    why: 'bad arguments to startLiveStreaming: fixed in the app.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED': {
    actor: 'app',
    finding: 'rule',
    why: 'the push URL is in use: the app must choose another.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED': {
    actor: 'app',
    finding: 'rule',
    why: 'a configuration mistake of the app.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT': {
    actor: 'app',
    finding: 'rule',
    why: 'too many pushes: the app must stop one.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE': {
    actor: 'sdk',
    finding: 'rule',
    why: 'the push goes on without the watermark image: a warning the SDK carries on from.',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_INVALID_RAW_STREAM': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    finding: 'sdk-use',
    why: 'the bundle throws it from startLiveStreaming without transcoding for "raw streaming is only support h264" and "can not find stream to ..." (a codec or call-order mistake), not the document\'s push timeout: retrying never helps.',
  },
  'AgoraRTCErrorCode:IMAGE_MODERATION_UPLOAD_FAILED': {
    actor: 'sdk',
    finding: 'self-retry',
    why: 'the SDK uploads again at the next interval by itself.',
  },
  'AgoraRTCErrorCode:WS_DISCONNECT': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: 'the SDK reconnects its websocket by itself (connection-state-change RECONNECTING): we wait. Same constant as agora-web, classified alike.',
  },
  'AgoraRTCErrorCode:NETWORK_RESPONSE_ERROR': {
    actor: 'library',
    code: 'server_error',
    severity: 'recoverable',
    strategy: 'backoff',
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
    actor: 'sdk',
    finding: 'self-retry',
    why: 'the SDK re-establishes the media connection by itself (media-reconnect-end follows).',
  },
  'ChannelMediaRelayEvent:ChannelMediaRelayEvent.NETWORK_DISCONNECTED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: 'the relay reconnects by itself: we wait.',
  },
};
