/**
 * The reading of the trtc catalog under the classification rule (docs/classification.md: who must
 * act decides severity, retry and strategy), against `trtc-sdk-v5` 5.17.1 and `trtc-js-sdk` 4.15.22.
 * What the SDK does stays in each entry's own note; a review departs from its unified code's
 * default. Keyed by `family:vendorName`.
 *
 * The reason of each review is a maintainer note, in `notes.ts` under the same key (not runtime
 * data: the docs and `rtc-errors explain` show it after the entry's own note).
 * @module
 */
import type { EntryReview } from '../../src/index.js';

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
