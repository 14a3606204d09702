/**
 * The second reading of the agora-native catalog (issue 14): entries whose classification changed
 * under the rule of `docs/classification.md` (who must act decides severity, retry and strategy),
 * against the document (seed 002), react-native-agora's definitions and agora-web, which shares
 * the gateway's numbers (ERR 1, WARN 104–107). Keyed by `family:vendorName`.
 * @module
 */
import type { EntryReview } from '../../src/index.js';

const RECONNECTS = 'the SDK reconnects by itself (its text says so): we wait (recoverable, no retry on top).';
const SUCCESS = 'a state-change reason that reports success or normal operation: not an error.';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'ERR:ERR_FAILED': {
    actor: 'library',
    finding: 'shared',
    why: 'the document says to call the method again; agora-web ERR_FAILED (the same code 1) now agrees.',
  },
  'ERR:ERR_CANCELED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'rule',
    why: 'internal to the SDK (its own text): nothing for this library to retry.',
  },
  'ERR:ERR_ABORTED': { actor: 'library', finding: 'rule', why: 'the document says to retry later with backoff.' },
  'ERR:ERR_RESOURCE_LIMITED': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    finding: 'rule',
    why: 'the app must release resources first; retrying alone does not help.',
  },
  'ERR:ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED': {
    actor: 'app',
    strategy: 'none',
    finding: 'rule',
    why: 'fatal, yet its strategy was rejoin: the app must join again before switching the role; this library does not.',
  },
  'ERR:ERR_RDT_USER_NOT_READY': {
    actor: 'library',
    finding: 'rule',
    why: 'the remote user is not ready yet: trying again with backoff fits.',
  },
  'ERR:ERR_NET_DOWN': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'ERR:ERR_CONNECTION_INTERRUPTED': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'ERR:ERR_CONNECTION_LOST': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'WARN:WARN_INVALID_VIEW': {
    actor: 'app',
    severity: 'fatal',
    finding: 'rule',
    why: 'an invalid view is a parameter mistake of the app.',
  },
  'WARN:WARN_PENDING': { actor: 'sdk', finding: 'rule', why: 'the request is pending in the SDK: nothing to do.' },
  'WARN:WARN_LOOKUP_CHANNEL_TIMEOUT': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `${RECONNECTS} Same code as agora-web WARN 104, classified alike.`,
  },
  'WARN:WARN_OPEN_CHANNEL_TIMEOUT': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `${RECONNECTS} Same code as agora-web WARN 106, classified alike.`,
  },
  'WARN:WARN_LOOKUP_CHANNEL_REJECTED': {
    actor: 'sdk',
    finding: 'self-retry',
    why: 'the SDK tries another server by itself. Same code as agora-web WARN 105, classified alike.',
  },
  'WARN:WARN_OPEN_CHANNEL_REJECTED': {
    actor: 'sdk',
    finding: 'self-retry',
    why: 'the SDK tries another server by itself. Same code as agora-web WARN 107, classified alike.',
  },
  'WARN:WARN_NO_AVAILABLE_CHANNEL': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: `${RECONNECTS} Same code as agora-web WARN 103, classified alike.`,
  },
  'WARN:WARN_SWITCH_LIVE_VIDEO_TIMEOUT': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'WARN:WARN_OPEN_CHANNEL_INVALID_TICKET': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'WARN:WARN_OPEN_CHANNEL_TRY_NEXT_VOS': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'WARN:WARN_CHANNEL_SOCKET_ERROR': { actor: 'sdk', strategy: 'none', finding: 'self-retry', why: RECONNECTS },
  'WARN:WARN_AUDIO_MIXING_OPEN_ERROR': {
    actor: 'app',
    severity: 'fatal',
    finding: 'rule',
    why: 'a wrong path or format of the mixing file is fixed in the app.',
  },
  'WARN:WARN_ADM_WIN_CORE_NO_RECORDING_DEVICE': {
    actor: 'user',
    severity: 'fatal',
    strategy: 'user-action',
    finding: 'rule',
    why: 'no microphone: the user must connect one (its action says so).',
  },
  'WARN:WARN_ADM_WIN_CORE_NO_PLAYOUT_DEVICE': {
    actor: 'user',
    severity: 'fatal',
    strategy: 'user-action',
    finding: 'rule',
    why: 'no speaker: the user must connect one (its action says so).',
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_CONNECTING': {
    actor: 'nobody',
    strategy: 'none',
    finding: 'notice',
    why: SUCCESS,
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_SUCCESS': {
    actor: 'nobody',
    strategy: 'none',
    finding: 'notice',
    why: SUCCESS,
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_REJOIN_SUCCESS': {
    actor: 'nobody',
    strategy: 'none',
    finding: 'notice',
    why: SUCCESS,
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LEAVE_CHANNEL': {
    actor: 'nobody',
    finding: 'app-action',
    why: "the app's own leaveChannel(): not an error.",
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_ECHO_TEST': { actor: 'nobody', finding: 'notice', why: SUCCESS },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_INTERRUPTED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: RECONNECTS,
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_KEEP_ALIVE_TIMEOUT': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: RECONNECTS,
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LOST': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'self-retry',
    why: RECONNECTS,
  },
  'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_FAILED': {
    actor: 'user',
    finding: 'rule',
    why: 'the SDK has given up joining after its own retries: the user must change networks (its action says so).',
  },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_EXCLUDE_WINDOW_FAILED': {
    actor: 'sdk',
    strategy: 'none',
    finding: 'rule',
    why: 'sharing continues: a warning, no user action is required.',
  },
  'ERR:ERR_OK': {
    actor: 'nobody',
    severity: 'recoverable',
    finding: 'notice',
    why: 'success (0): not an error; it was fatal.',
  },
  'LOCAL_AUDIO_STREAM_REASON:LOCAL_AUDIO_STREAM_REASON_OK': { actor: 'nobody', finding: 'notice', why: SUCCESS },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_OK': { actor: 'nobody', finding: 'notice', why: SUCCESS },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_HIDDEN': {
    actor: 'nobody',
    finding: 'notice',
    why: 'sharing is back to normal.',
  },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_MINIMIZED': {
    actor: 'nobody',
    finding: 'notice',
    why: 'sharing is back to normal.',
  },
  'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_RESUMED': {
    actor: 'nobody',
    finding: 'notice',
    why: 'sharing is back to normal.',
  },
};
