/**
 * The second reading of the agora-native catalog (issue 14): entries whose classification changed
 * under the rule of `docs/classification.md` (who must act decides severity, retry and strategy),
 * against the document (seed 002), react-native-agora's definitions and agora-web, which shares
 * the gateway's numbers (ERR 1, WARN 104–107). Keyed by `family:vendorName`.
 *
 * The reason of each review is a maintainer note, in `notes.ts` under the same key (not runtime
 * data: the docs and `rtc-errors explain` show it after the entry's own note).
 * @module
 */
import type { EntryReview } from '../../src/index.js';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'ERR:ERR_FAILED': {
    actor: 'library',
  },
  'ERR:ERR_CANCELED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'ERR:ERR_ABORTED': { actor: 'library' },
  'ERR:ERR_RESOURCE_LIMITED': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
  },
  'ERR:ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED': {
    actor: 'app',
    strategy: 'none',
  },
  'ERR:ERR_RDT_USER_NOT_READY': {
    actor: 'library',
  },
  'ERR:ERR_NET_DOWN': { actor: 'sdk', strategy: 'none' },
  'ERR:ERR_CONNECTION_INTERRUPTED': { actor: 'sdk', strategy: 'none' },
  'ERR:ERR_CONNECTION_LOST': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_INVALID_VIEW': {
    actor: 'app',
    severity: 'fatal',
  },
  'WARN:WARN_PENDING': { actor: 'sdk' },
  'WARN:WARN_LOOKUP_CHANNEL_TIMEOUT': {
    actor: 'sdk',
    strategy: 'none',
  },
  'WARN:WARN_OPEN_CHANNEL_TIMEOUT': {
    actor: 'sdk',
    strategy: 'none',
  },
  'WARN:WARN_LOOKUP_CHANNEL_REJECTED': {
    actor: 'sdk',
  },
  'WARN:WARN_OPEN_CHANNEL_REJECTED': {
    actor: 'sdk',
  },
  'WARN:WARN_NO_AVAILABLE_CHANNEL': {
    actor: 'sdk',
    strategy: 'none',
  },
  'WARN:WARN_SWITCH_LIVE_VIDEO_TIMEOUT': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_OPEN_CHANNEL_INVALID_TICKET': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_OPEN_CHANNEL_TRY_NEXT_VOS': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_CHANNEL_SOCKET_ERROR': { actor: 'sdk', strategy: 'none' },
  'WARN:WARN_AUDIO_MIXING_OPEN_ERROR': {
    actor: 'app',
    severity: 'fatal',
  },
  'WARN:WARN_ADM_WIN_CORE_NO_RECORDING_DEVICE': {
    actor: 'user',
    severity: 'fatal',
    strategy: 'user-action',
  },
  'WARN:WARN_ADM_WIN_CORE_NO_PLAYOUT_DEVICE': {
    actor: 'user',
    severity: 'fatal',
    strategy: 'user-action',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_CONNECTING': {
    actor: 'nobody',
    strategy: 'none',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_SUCCESS': {
    actor: 'nobody',
    strategy: 'none',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_REJOIN_SUCCESS': {
    actor: 'nobody',
    strategy: 'none',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LEAVE_CHANNEL': {
    actor: 'nobody',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_ECHO_TEST': { actor: 'nobody' },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_INTERRUPTED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_KEEP_ALIVE_TIMEOUT': {
    actor: 'sdk',
    strategy: 'none',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LOST': {
    actor: 'sdk',
    strategy: 'none',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_FAILED': {
    actor: 'user',
  },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_EXCLUDE_WINDOW_FAILED': {
    actor: 'sdk',
    strategy: 'none',
  },
  'ERR:ERR_OK': {
    actor: 'nobody',
    severity: 'recoverable',
  },
  'LOCAL_AUDIO_STREAM_REASON:LOCAL_AUDIO_STREAM_REASON_OK': { actor: 'nobody' },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_OK': { actor: 'nobody' },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_HIDDEN': {
    actor: 'nobody',
  },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_MINIMIZED': {
    actor: 'nobody',
  },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_RESUMED': {
    actor: 'nobody',
  },
};
