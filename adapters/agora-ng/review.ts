/**
 * The second reading of the agora-ng catalog (issue 14): entries whose classification changed
 * under the rule of `docs/classification.md` (who must act decides severity, retry and strategy),
 * against the SDK bundle's own use of each code and against agora-web, which shares constants.
 * Keyed by `family:vendorName`.
 *
 * The reason of each review is a maintainer note, in `notes.ts` under the same key (not runtime
 * data: the docs and `rtc-errors explain` show it after the entry's own note).
 * @module
 */
import type { EntryReview } from '../../src/index.js';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'AgoraRTCErrorCode:OPERATION_ABORTED': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    action: "Nothing to retry: the operation was cancelled, usually by the app's own leave().",
  },
  'AgoraRTCErrorCode:EXTERNAL_SIGNAL_ABORT': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    action: 'Nothing to retry: the request was aborted through the signal the app passed.',
  },
  'AgoraRTCErrorCode:DISCONNECT_P2P': {
    actor: 'library',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_TASK_CONFLICT': {
    actor: 'app',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_INVALID_ARGUMENT': {
    actor: 'app',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED': {
    actor: 'app',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED': {
    actor: 'app',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT': {
    actor: 'app',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE': {
    actor: 'sdk',
  },
  'AgoraRTCErrorCode:LIVE_STREAMING_INVALID_RAW_STREAM': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
  },
  'AgoraRTCErrorCode:IMAGE_MODERATION_UPLOAD_FAILED': {
    actor: 'sdk',
  },
  'AgoraRTCErrorCode:WS_DISCONNECT': {
    actor: 'sdk',
    strategy: 'none',
  },
  'AgoraRTCErrorCode:NETWORK_RESPONSE_ERROR': {
    actor: 'library',
    code: 'server_error',
    severity: 'recoverable',
    strategy: 'backoff',
  },
  'ConnectionDisconnectedReason:ConnectionDisconnectedReason.NETWORK_ERROR': {},
  'AgoraRTCErrorCode:NETWORK_ERROR': {},
  'AgoraRTCErrorCode:MEDIA_OPTION_INVALID': {},
  'event:event.media-reconnect-start': {
    actor: 'sdk',
  },
  'ChannelMediaRelayEvent:ChannelMediaRelayEvent.NETWORK_DISCONNECTED': {
    actor: 'sdk',
    strategy: 'none',
  },
};
