/**
 * Maintainer notes of the trtc catalog: each entry's remarks (disagreements between docs and
 * SDK, the SDK's own use of a code) and the finding and reason of each classification review
 * (the rows carry the reviewed classification). They are not runtime data (no bundle carries
 * them): the docs generator, the command line and the tests read them through `../notes.ts`.
 * Keyed `family:vendorName` (`reviewKey`).
 * @module
 */
import type { CatalogNotes } from '../notes.js';

const V5_INNER =
  'Defined only in the internal copy of this enum inside trtc-sdk-v5: seen as the originError of a v5 error, never as a 4.x code.';
/** Defined in the enum and given a message, but nothing in the bundle or its plugins reports it. */
const NEVER_EMITTED =
  'Never emitted: trtc-sdk-v5 5.17.1 defines this code (and a message for it) but neither the SDK bundle nor its plugins report it.';
const REJOIN =
  "the SDK's own reconnection gave up and it has left the room: entering the room again is a rejoin, which this library carries out (the error event reports it as normalize does, with context.roomExited: the SDK left the room before emitting it and does not retry after).";
const ABORTED =
  "Same constant as Agora's OPERATION_ABORT(ED), classified alike: the call was superseded, usually by the app's own leave or a repeated call; nothing to retry.";
const ENCODE =
  "Same constant as agora-ng's exception VIDEO_ENCODE_FAILED, classified differently on purpose: TRTC reports it when publishing has stopped (publish-state-changed 'stopped', reason 'error'), so the app must restart its local track; agora-ng's is a passing warning the SDK gets over by itself.";
const V4_TABLE =
  'From the account table of the TRTC Web 4.x error code page (fixtures/vendor-docs/tencent-account-trtc-v4-*.json).';
/** The server codes whose only source is that table (the rest of the table is in other pages too). */
const FROM_V4_TABLE = [
  70007, 70008, 70010, 70015, 70017, 70018, 70052, 70101, 70102, 70103, 70104, 70105, 70106, 70113, 70114, 70115, 70140,
  70145, 70169, 70201, 70202, 70203, 70204, 70205, 70206, 70207, 70208, 70209, 70210, 70211, 70212, 70213, 70214, 70221,
  70222, 70225, 70231, 70236, 70308, 70346, 70347, 70348, 70362, 70401, 70402, 70403,
];

const SDK_GOES_ON = 'the SDK reports it while the session goes on and gets past it by itself: we wait.';

export const NOTES: CatalogNotes = {
  entries: {
    ...Object.fromEntries(FROM_V4_TABLE.map((code) => [`server:SERVER_ERROR.${code}`, V4_TABLE])),
    'server:SERVER_ERROR.70019': `${V4_TABLE} Like 70002: an empty userSig is not renewed.`,
    'server:SERVER_ERROR.70107':
      'The TRTC Web 4.x account table gives it as "userId was not registered"; the account table of cloud.tencent.com/document/product/679/131708 as an account not imported into IM.',
    'v5:INVALID_PARAMETER':
      'The SDK reports most argument checks as 5000 without an extraCode: its older validator throws an internal 0x1000 error that RtcError.convertFrom turns into a bare 5000 (the text still names the check, e.g. "<INVALID_PARAMETER 0x1000>").',
    'v5:SERVER_ERROR':
      'Tencent documents 5400 as server-side failures to be handled during development (fatal). The SDK also reports its own server timeout (inner 0x4041 SERVER_TIMEOUT) and a failed automatic rejoin (inner 0x4004, extraCode 0) as 5400: the recognizer classes those by the inner error.',
    'v5:OPERATION_FAILED':
      'The SDK has already retried by itself: not retried again. The typings say the error event carries 5501 or 5502, but the SDK reports a lost connection it could not restore (signalling, uplink or downlink reconnection failed) as 5500 with no extraCode, after it has left the room.',
    'v5:INVALID_ELEMENT_ID_TYPE': NEVER_EMITTED,
    'v5:INVALID_STREAM_ID': 'Reported only by the CDNStreaming plugin, not by the core SDK.',
    'v5:INVALID_ROOM_ID_STRING':
      'The ERROR_CODE page swaps 5012 and 5013 (it gives 5012 as "roomId out of [1, 4294967294]" and 5013 as "strRoomId not a legal string"); the SDK throws 5012 for an invalid strRoomId, as the enum name says.',
    'v5:INVALID_ROOM_ID_INTEGER':
      'See 5012: the page and the SDK disagree on which of the two is which; the SDK decides.',
    'v5:INVALID_OPERATION_NEED_VIDEO': NEVER_EMITTED,
    'v5:NOT_SUPPORTED_HTTP':
      'Captured from 5.17.1: startLocalAudio/startLocalVideo reject with it with an empty functionName.',
    'v5:NOT_SUPPORTED_WEBRTC': 'Reported only by the LEBPlayer plugin, not by the core SDK.',
    'v5:NOT_SUPPORTED_SMALL_VIDEO': `${NEVER_EMITTED} (The SDK only logs "small stream is not supported" and drops the option.)`,
    'v5:NOT_SUPPORTED_WEBGL': NEVER_EMITTED,
    'v5:NOT_SUPPORTED_CHROME_VERSION': NEVER_EMITTED,
    'v5:CAMERA_RECOVER_FAILED': 'Emitted through the error event (not a rejection), while the user stays in the room.',
    'v5:MICROPHONE_RECOVER_FAILED':
      'Emitted through the error event (not a rejection), while the user stays in the room.',
    'v5:NEED_TO_BUY': 'Reported only by plugins (VoiceChanger).',
    'v5:FIREWALL_RESTRICTION': 'Emitted through the error event; the SDK stays in the room and keeps trying.',
    'v5:REJOIN_FAILED': `${NEVER_EMITTED} The typings name it for the error event, but a failed automatic rejoin arrives as 5400 (extraCode 0, inner 0x4004 "reJoin room ... failed") and a failed reconnection as 5500 without extraCode.`,
    'v5:EVENT_HANDLER_ERROR': NEVER_EMITTED,
    'v5:VIDEO_ENCODE_FAILED':
      'Never reaches the app: RtcError.convertFrom sets 5505 and then falls through to the audio case, so a video encode failure is reported with extraCode 5506.',
    'v5:AUDIO_ENCODE_FAILED': 'Also carries video encode failures (see 5505).',
    'v5:VIDEO_DECODE_FAILED': 'Emitted through the error event, the session goes on.',
    'v5:AUDIO_DECODE_FAILED': 'Emitted through the error event, the session goes on.',
    'v4:ErrorCode.SIGNAL_CHANNEL_ERROR': 'Deprecated since 4.6.5 (documented, still in the enum).',
    'v4:ErrorCode.ICE_TRANSPORT_ERROR':
      'Deprecated since 4.6.6. Both SDKs filter it out before the app: they reconnect by themselves.',
    'v4:ErrorCode.SIGNAL_CHANNEL_RECONNECTION_FAILED': 'The SDK has already retried by itself.',
    'v4:ErrorCode.UPLINK_RECONNECTION_FAILED': 'The SDK has already retried by itself.',
    'v4:ErrorCode.DOWNLINK_RECONNECTION_FAILED': 'The SDK has already retried by itself.',
    'v4:ErrorCode.CLIENT_BANNED':
      'Reported through the client-banned event, whose reason (kick, banned, room_disband) says more.',
    'v4:ErrorCode.SCHEDULE_FAILED': 'In the bundle, not in the typings or the 4.x page.',
    'v4:ErrorCode.API_CALL_ABORTED': 'In the bundle, not in the typings or the 4.x page.',
    'v4:ErrorCode.SPC_INITIALIZED_FAILED': V5_INNER,
    'v4:ErrorCode.VIDEO_MANAGER_ERROR': V5_INNER,
    'v4:ErrorCode.SWITCH_ROOM_FAILED': V5_INNER,
    'v4:ErrorCode.VIDEO_ENCODE_FAILED': V5_INNER,
    'v4:ErrorCode.AUDIO_ENCODE_FAILED': V5_INNER,
    'v4:ErrorCode.WHIP_REQUEST_FAILED': V5_INNER,
    'server:SERVER_ERROR.70002':
      'An empty userSig is an app bug: renewing cannot help unless the token source is fixed, so it is not renewed.',
    'server:SERVER_ERROR.70050': 'Retrying the same wrong userSig would only extend the limit: not retried.',
    'server:ACCOUNT_NO_MONEY':
      'In the v5 SDK enum with its own message, but the SDK never uses that message: a 5400 always gets the generic SERVER_ERROR text, and -100013 is only the extraCode.',
    'event:autoplay-failed':
      'The SDK resumes by itself at the next click on the page; resume() (v5.9+) restores one stream at once.',
    'event:kicked-out:user_time_out':
      'In the SDK enum (BannedReason.USER_TIME_OUT) but excluded from the event typings; the 4.x SDK drops it silently.',
    'event:connection-state-changed:RECONNECTING':
      'v5 reports it as state CONNECTING with isReconnecting: true; 4.x as state RECONNECTING.',
  },
  review: {
    'v5:SERVER_ERROR': {
      finding: 'shared',
      why: "Same constant name as agora-ng's disconnect reason SERVER_ERROR, classified differently on purpose: TRTC's 5400 carries a server result code (userSig, account, service) for the app to fix; the SDK's own timeouts and failed rejoins under 5400 are classed by their inner error.",
    },
    'v5:OPERATION_FAILED': { finding: 'rule', why: REJOIN },
    'v5:REJOIN_FAILED': { finding: 'rule', why: REJOIN },
    'v5:OPERATION_ABORT': { finding: 'shared', why: ABORTED },
    'v4:ErrorCode.API_CALL_ABORTED': {
      finding: 'rule',
      why: "the call was superseded, usually by the app's own repeated call: nothing to retry.",
    },
    'v5:DEVICE_INVALID_STATE_ERROR': {
      finding: 'rule',
      why: "capture must be started from a user gesture: the app's code places the call, not the user.",
    },
    'v5:FIREWALL_RESTRICTION': {
      finding: 'rule',
      why: 'a firewall the SDK cannot pass: only the user (another network) or the deployment (TURN, proxy) can change it.',
    },
    'v5:VIDEO_ENCODE_FAILED': { finding: 'shared', why: ENCODE },
    'v5:AUDIO_ENCODE_FAILED': { finding: 'rule', why: 'publishing has stopped: the app must restart its local track.' },
    'v4:ErrorCode.VIDEO_ENCODE_FAILED': { finding: 'shared', why: ENCODE },
    'v4:ErrorCode.AUDIO_ENCODE_FAILED': {
      finding: 'rule',
      why: 'publishing has stopped: the app must restart its local track.',
    },
    'v5:VIDEO_DECODE_FAILED': { finding: 'rule', why: SDK_GOES_ON },
    'v5:AUDIO_DECODE_FAILED': { finding: 'rule', why: SDK_GOES_ON },
    'v4:ErrorCode.SIGNAL_CHANNEL_SETUP_FAILED': {
      finding: 'rule',
      why: 'its extra code is mostly an account error (-8, 70001...) the app must fix; a network failure of the setup is reported as a join failure.',
    },
    'v4:ErrorCode.CREATE_OFFER_FAILED': {
      finding: 'shared',
      why: "Same constant as Agora's CREATE_OFFER_FAILED, classified alike: a failed offer is joined again, which this library does.",
    },
    'v4:ErrorCode.SIGNAL_CHANNEL_RECONNECTION_FAILED': { finding: 'rule', why: REJOIN },
    'v4:ErrorCode.UPLINK_RECONNECTION_FAILED': {
      finding: 'rule',
      why: "the SDK's own uplink reconnection gave up: publishing again is a republish, which this library carries out.",
    },
    'v4:ErrorCode.DOWNLINK_RECONNECTION_FAILED': { finding: 'rule', why: REJOIN },
    'v4:ErrorCode.REMOTE_STREAM_NOT_EXIST': {
      finding: 'notice',
      why: 'a normal race (the remote stopped publishing first): nothing is wrong.',
    },
    'server:SERVER_ERROR.70002': {
      finding: 'rule',
      why: 'an empty userSig is a bug of the token source: renewing cannot help until the app fixes it.',
    },
    'server:SERVER_ERROR.70019': {
      finding: 'rule',
      why: 'an empty userSig (the credential field) is a bug of the token source: renewing cannot help until the app fixes it.',
    },
    'server:SERVER_ERROR.70050': {
      finding: 'rule',
      why: 'too many wrong userSigs: retrying the same one only extends the limit; the app must fix the userSig.',
    },
    'event:kicked-out:user_time_out': {
      finding: 'rule',
      why: 'the server dropped the user after losing its heartbeat: entering the room again is a rejoin, which this library carries out.',
    },
    'event:publish-state-changed:timeout': {
      finding: 'self-retry',
      why: 'the SDK keeps retrying the publish by itself: we wait.',
    },
  },
};
