/**
 * Maintainer notes of the agora-native catalog: each entry's remarks (disagreements between docs and
 * SDK, the SDK's own use of a code) and the finding and reason of each classification review
 * (the rows carry the reviewed classification). They are not runtime data (no bundle carries
 * them): the docs generator, the command line and the tests read them through `../notes.ts`.
 * Keyed `family:vendorName` (`reviewKey`).
 * @module
 */
import type { CatalogNotes } from '../notes.js';

const INTERNAL = 'The docs say the SDK uses it internally and does not report it through an API or callback.';
const INFO = 'Not an error: the event translator reports no signal for it.';
const RECONNECTS = 'the SDK reconnects by itself (its text says so): we wait (recoverable, no retry on top).';
const SUCCESS = 'a state-change reason that reports success or normal operation: not an error.';

export const NOTES: CatalogNotes = {
  entries: {
    'ERR:ERR_OK': 'Not an error: a method returning 0 succeeded, and onError never reports it.',
    'ERR:ERR_REFUSED': 'The docs say it is internal to the SDK; the SDK documents cases where methods return it.',
    'ERR:ERR_NO_PERMISSION': 'The docs call it an internal code; the SDK reports it when device permission is missing.',
    'ERR:ERR_CANCELED': INTERNAL,
    'ERR:ERR_TOO_OFTEN': INTERNAL,
    'ERR:ERR_BIND_SOCKET': INTERNAL,
    'ERR:ERR_NET_DOWN': INTERNAL,
    'ERR:ERR_NET_NOBUFS': `${INTERNAL} Listed in the docs only: react-native-agora 4.6.x defines no member for 15.`,
    'ERR:ERR_INVALID_APP_ID':
      'The docs (seed 002) call it ERR_INVALID_VENDOR_KEY; the SDK names it ErrInvalidAppId, and the SDK decides.',
    'ERR:ERR_TOKEN_EXPIRED':
      'Deprecated in the SDK: onConnectionStateChanged reports ConnectionChangedTokenExpired (9) instead.',
    'ERR:ERR_INVALID_TOKEN':
      'Deprecated in the SDK: onConnectionStateChanged reports ConnectionChangedInvalidToken (8) instead.',
    'ERR:ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED':
      'The docs list 119 as a warning, WARN_SET_CLIENT_ROLE_NOT_AUTHORIZED ("the user has no permission for this operation"); the SDK defines it as an error (ErrSetClientRoleNotAuthorized) and has no warning 119. The docs name resolves to this entry.',
    'ERR:ERR_MODULE_NOT_FOUND':
      'The SDK gives 157 two names: ErrModuleNotFound and ErrCertRaw. Two entries keep both meanings; lookup(157) prefers this one (declared first), lookupAll(157) returns both.',
    'ERR:ERR_CERT_RAW':
      'Same value as ErrModuleNotFound. The SDK TSDoc of ErrCertRaw reads "1001: Failed to load the media engine.", a copy of ErrLoadMediaEngine; the member name decides.',
    'ERR:ERR_START_CALL': 'Listed in the docs only: react-native-agora 4.6.x defines no member for 1002.',
    'ERR:ERR_ADM_JAVA_RESOURCE': 'Listed in the docs only: react-native-agora 4.6.x defines no member for 1006.',
    'ERR:ERR_ADM_SAMPLE_RATE': 'Listed in the docs only: react-native-agora 4.6.x defines no member for 1007.',
    'ERR:ERR_ADM_RUNTIME_PLAYOUT_ERROR':
      'Listed in the docs only (twice: the docs repeat the rows 1015-1027); react-native-agora 4.6.x defines no member for 1015.',
    'ERR:ERR_ADM_RUNTIME_RECORDING_ERROR':
      'Listed in the docs only (twice); react-native-agora 4.6.x defines no member for 1017.',
    'ERR:ERR_ADM_RECORD_AUDIO_FAILED':
      'Listed in the docs only (twice); react-native-agora 4.6.x defines no member for 1018.',
    'ERR:ERR_ADM_INIT_LOOPBACK':
      'Listed in the docs only (twice); react-native-agora 4.6.x defines no member for 1022.',
    'ERR:ERR_ADM_START_LOOPBACK':
      'Listed in the docs only (twice); react-native-agora 4.6.x defines no member for 1023.',
    'ERR:ERR_ADM_NO_PERMISSION':
      'Listed in the docs only (twice); react-native-agora 4.6.x defines no member for 1027.',
    'WARN:WARN_ADM_RECORD_AUDIO_LOWLEVEL':
      'The docs give 1031 the name WARN_ADM_RECORD_MALFUNCTION, already the name of 1021; the SDK calls 1031 WarnAdmRecordAudioLowlevel, and its name decides. WARN_ADM_RECORD_MALFUNCTION resolves to 1021 only.',
    'WARN:WARN_APM_HOWLING':
      'The docs (seed 002) call it WARN_ADM_HOWLING; the SDK names it WarnApmHowling, and the SDK decides.',
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_CONNECTING': INFO,
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_SUCCESS':
      'A recovered signal: clears network_unavailable and network_timeout.',
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LEAVE_CHANNEL': INFO,
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_REJECTED_BY_SERVER':
      'The SDK TSDoc opens with "This user is banned by the server" but describes a rejected join; mapped to request_rejected, not banned.',
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_SETTING_PROXY_SERVER': INFO,
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_RENEW_TOKEN': INFO,
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_REJOIN_SUCCESS':
      'A recovered signal: clears network_unavailable and network_timeout.',
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_ECHO_TEST': INFO,
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_CLIENT_IP_ADDRESS_CHANGED_BY_USER': INFO,
    'LOCAL_AUDIO_STREAM_REASON:LOCAL_AUDIO_STREAM_REASON_OK': `${INFO} With the state Failed (3) it is reported as a general device failure.`,
    'LOCAL_AUDIO_STREAM_REASON:LOCAL_AUDIO_STREAM_REASON_DEVICE_NO_PERMISSION':
      'Deprecated in the SDK: onPermissionError reports RecordAudio instead.',
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_OK': `${INFO} With the state Failed (3) it is reported as a general device failure.`,
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_DEVICE_NO_PERMISSION':
      'Deprecated in the SDK: onPermissionError reports Camera instead.',
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_AUTO_FALLBACK': INFO,
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_HIDDEN':
      'A recovered signal: clears stream_interrupted.',
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_MINIMIZED':
      'A recovered signal: clears stream_interrupted.',
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_RESUMED':
      'A recovered signal: clears stream_interrupted.',
  },
  review: {
    'ERR:ERR_FAILED': {
      finding: 'shared',
      why: 'the document says to call the method again; agora-web ERR_FAILED (the same code 1) now agrees.',
    },
    'ERR:ERR_CANCELED': {
      finding: 'rule',
      why: 'internal to the SDK (its own text): nothing for this library to retry.',
    },
    'ERR:ERR_ABORTED': { finding: 'rule', why: 'the document says to retry later with backoff.' },
    'ERR:ERR_RESOURCE_LIMITED': {
      finding: 'rule',
      why: 'the app must release resources first; retrying alone does not help.',
    },
    'ERR:ERR_SET_CLIENT_ROLE_NOT_AUTHORIZED': {
      finding: 'rule',
      why: 'fatal, yet its strategy was rejoin: the app must join again before switching the role; this library does not.',
    },
    'ERR:ERR_RDT_USER_NOT_READY': {
      finding: 'rule',
      why: 'the remote user is not ready yet: trying again with backoff fits.',
    },
    'ERR:ERR_NET_DOWN': { finding: 'self-retry', why: RECONNECTS },
    'ERR:ERR_CONNECTION_INTERRUPTED': { finding: 'self-retry', why: RECONNECTS },
    'ERR:ERR_CONNECTION_LOST': { finding: 'self-retry', why: RECONNECTS },
    'WARN:WARN_INVALID_VIEW': { finding: 'rule', why: 'an invalid view is a parameter mistake of the app.' },
    'WARN:WARN_PENDING': { finding: 'rule', why: 'the request is pending in the SDK: nothing to do.' },
    'WARN:WARN_LOOKUP_CHANNEL_TIMEOUT': {
      finding: 'self-retry',
      why: `${RECONNECTS} Same code as agora-web WARN 104, classified alike.`,
    },
    'WARN:WARN_OPEN_CHANNEL_TIMEOUT': {
      finding: 'self-retry',
      why: `${RECONNECTS} Same code as agora-web WARN 106, classified alike.`,
    },
    'WARN:WARN_LOOKUP_CHANNEL_REJECTED': {
      finding: 'self-retry',
      why: 'the SDK tries another server by itself. Same code as agora-web WARN 105, classified alike.',
    },
    'WARN:WARN_OPEN_CHANNEL_REJECTED': {
      finding: 'self-retry',
      why: 'the SDK tries another server by itself. Same code as agora-web WARN 107, classified alike.',
    },
    'WARN:WARN_NO_AVAILABLE_CHANNEL': {
      finding: 'self-retry',
      why: `${RECONNECTS} Same code as agora-web WARN 103, classified alike.`,
    },
    'WARN:WARN_SWITCH_LIVE_VIDEO_TIMEOUT': { finding: 'self-retry', why: RECONNECTS },
    'WARN:WARN_OPEN_CHANNEL_INVALID_TICKET': { finding: 'self-retry', why: RECONNECTS },
    'WARN:WARN_OPEN_CHANNEL_TRY_NEXT_VOS': { finding: 'self-retry', why: RECONNECTS },
    'WARN:WARN_CHANNEL_SOCKET_ERROR': { finding: 'self-retry', why: RECONNECTS },
    'WARN:WARN_AUDIO_MIXING_OPEN_ERROR': {
      finding: 'rule',
      why: 'a wrong path or format of the mixing file is fixed in the app.',
    },
    'WARN:WARN_ADM_WIN_CORE_NO_RECORDING_DEVICE': {
      finding: 'rule',
      why: 'no microphone: the user must connect one (its action says so).',
    },
    'WARN:WARN_ADM_WIN_CORE_NO_PLAYOUT_DEVICE': {
      finding: 'rule',
      why: 'no speaker: the user must connect one (its action says so).',
    },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_CONNECTING': { finding: 'notice', why: SUCCESS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_SUCCESS': { finding: 'notice', why: SUCCESS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_REJOIN_SUCCESS': { finding: 'notice', why: SUCCESS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LEAVE_CHANNEL': {
      finding: 'app-action',
      why: "the app's own leaveChannel(): not an error.",
    },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_ECHO_TEST': { finding: 'notice', why: SUCCESS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_INTERRUPTED': { finding: 'self-retry', why: RECONNECTS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_KEEP_ALIVE_TIMEOUT': { finding: 'self-retry', why: RECONNECTS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_LOST': { finding: 'self-retry', why: RECONNECTS },
    'CONNECTION_CHANGED_REASON:CONNECTION_CHANGED_JOIN_FAILED': {
      finding: 'rule',
      why: 'the SDK has given up joining after its own retries: the user must change networks (its action says so).',
    },
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_EXCLUDE_WINDOW_FAILED': {
      finding: 'rule',
      why: 'sharing continues: a warning, no user action is required.',
    },
    'ERR:ERR_OK': { finding: 'notice', why: 'success (0): not an error; it was fatal.' },
    'LOCAL_AUDIO_STREAM_REASON:LOCAL_AUDIO_STREAM_REASON_OK': { finding: 'notice', why: SUCCESS },
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_OK': { finding: 'notice', why: SUCCESS },
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_HIDDEN': {
      finding: 'notice',
      why: 'sharing is back to normal.',
    },
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_WINDOW_RECOVER_FROM_MINIMIZED': {
      finding: 'notice',
      why: 'sharing is back to normal.',
    },
    'LOCAL_VIDEO_STREAM_REASON:LOCAL_VIDEO_STREAM_REASON_SCREEN_CAPTURE_RESUMED': {
      finding: 'notice',
      why: 'sharing is back to normal.',
    },
  },
};
