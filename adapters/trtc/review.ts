/**
 * The reading of the trtc catalog under the classification rule (docs/classification.md: who must
 * act decides severity, retry and strategy), against `trtc-sdk-v5` 5.17.1 and `trtc-js-sdk` 4.15.22.
 * What the SDK does stays in each entry's own note; a review says why its classification departs
 * from its unified code's default. Keyed by `family:vendorName`.
 * @module
 */
import type { EntryReview } from '../../src/index.js';

const REJOIN =
  "the SDK's own reconnection gave up and it has left the room: entering the room again is a rejoin, which this library carries out (the error event still reports it as fatal, the room being left).";
const ABORTED =
  "Same constant as Agora's OPERATION_ABORT(ED), classified alike: the call was superseded, usually by the app's own leave or a repeated call; nothing to retry.";
const ENCODE =
  "Same constant as agora-ng's exception VIDEO_ENCODE_FAILED, classified differently on purpose: TRTC reports it when publishing has stopped (publish-state-changed 'stopped', reason 'error'), so the app must restart its local track; agora-ng's is a passing warning the SDK gets over by itself.";
const SDK_GOES_ON = 'the SDK reports it while the session goes on and gets past it by itself: we wait.';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'v5:SERVER_ERROR': {},
  'v5:OPERATION_FAILED': { actor: 'library', severity: 'recoverable' },
  'v5:REJOIN_FAILED': { actor: 'library', severity: 'recoverable' },
  'v5:OPERATION_ABORT': { actor: 'app', severity: 'fatal', strategy: 'none' },
  'v4:ErrorCode.API_CALL_ABORTED': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
  },
  'v5:DEVICE_INVALID_STATE_ERROR': {
    actor: 'app',
    strategy: 'none',
  },
  'v5:FIREWALL_RESTRICTION': {
    actor: 'user',
  },
  'v5:VIDEO_ENCODE_FAILED': { actor: 'app' },
  'v5:AUDIO_ENCODE_FAILED': {
    actor: 'app',
  },
  'v4:ErrorCode.VIDEO_ENCODE_FAILED': { actor: 'app' },
  'v4:ErrorCode.AUDIO_ENCODE_FAILED': {
    actor: 'app',
  },
  'v5:VIDEO_DECODE_FAILED': { actor: 'sdk' },
  'v5:AUDIO_DECODE_FAILED': { actor: 'sdk' },
  'v4:ErrorCode.SIGNAL_CHANNEL_SETUP_FAILED': {
    actor: 'app',
  },
  'v4:ErrorCode.CREATE_OFFER_FAILED': {
    actor: 'library',
    severity: 'recoverable',
  },
  'v4:ErrorCode.SIGNAL_CHANNEL_RECONNECTION_FAILED': {
    actor: 'library',
    severity: 'recoverable',
  },
  'v4:ErrorCode.UPLINK_RECONNECTION_FAILED': {
    actor: 'library',
    severity: 'recoverable',
  },
  'v4:ErrorCode.DOWNLINK_RECONNECTION_FAILED': {
    actor: 'library',
    severity: 'recoverable',
  },
  'v4:ErrorCode.REMOTE_STREAM_NOT_EXIST': {
    actor: 'nobody',
  },
  'server:SERVER_ERROR.70002': {
    actor: 'app',
  },
  'server:SERVER_ERROR.70050': {
    actor: 'app',
  },
  'event:kicked-out:user_time_out': {
    actor: 'library',
    severity: 'recoverable',
  },
  'event:publish-state-changed:timeout': {
    actor: 'sdk',
  },
};
