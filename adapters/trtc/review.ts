/**
 * The reading of the trtc catalog under the classification rule (docs/classification.md: who must
 * act decides severity, retry and strategy), against `trtc-sdk-v5` 5.17.1 and `trtc-js-sdk` 4.15.22.
 * What the SDK does stays in each entry's own note; a review says why its classification departs
 * from its unified code's default. Keyed by `family:vendorName`.
 * @module
 */
import type { EntryReview } from '../../src/index.js';

const REJOIN =
  "the SDK's own reconnection gave up and it has left the room: entering the room again is a rejoin, which this library carries out (the error event reports it as normalize does, with context.roomExited: the SDK left the room before emitting it and does not retry after).";
const ABORTED =
  "Same constant as Agora's OPERATION_ABORT(ED), classified alike: the call was superseded, usually by the app's own leave or a repeated call; nothing to retry.";
const ENCODE =
  "Same constant as agora-ng's exception VIDEO_ENCODE_FAILED, classified differently on purpose: TRTC reports it when publishing has stopped (publish-state-changed 'stopped', reason 'error'), so the app must restart its local track; agora-ng's is a passing warning the SDK gets over by itself.";
const SDK_GOES_ON = 'the SDK reports it while the session goes on and gets past it by itself: we wait.';

export const REVIEW: Readonly<Record<string, EntryReview>> = {
  'v5:SERVER_ERROR': {
    finding: 'shared',
    why: "Same constant name as agora-ng's disconnect reason SERVER_ERROR, classified differently on purpose: TRTC's 5400 carries a server result code (userSig, account, service) for the app to fix; the SDK's own timeouts and failed rejoins under 5400 are classed by their inner error.",
  },
  'v5:OPERATION_FAILED': { actor: 'library', severity: 'recoverable', finding: 'rule', why: REJOIN },
  'v5:REJOIN_FAILED': { actor: 'library', severity: 'recoverable', finding: 'rule', why: REJOIN },
  'v5:OPERATION_ABORT': { actor: 'app', severity: 'fatal', strategy: 'none', finding: 'shared', why: ABORTED },
  'v4:ErrorCode.API_CALL_ABORTED': {
    actor: 'app',
    severity: 'fatal',
    strategy: 'none',
    finding: 'rule',
    why: "the call was superseded, usually by the app's own repeated call: nothing to retry.",
  },
  'v5:DEVICE_INVALID_STATE_ERROR': {
    actor: 'app',
    strategy: 'none',
    finding: 'rule',
    why: "capture must be started from a user gesture: the app's code places the call, not the user.",
  },
  'v5:FIREWALL_RESTRICTION': {
    actor: 'user',
    finding: 'rule',
    why: 'a firewall the SDK cannot pass: only the user (another network) or the deployment (TURN, proxy) can change it.',
  },
  'v5:VIDEO_ENCODE_FAILED': { actor: 'app', finding: 'shared', why: ENCODE },
  'v5:AUDIO_ENCODE_FAILED': {
    actor: 'app',
    finding: 'rule',
    why: 'publishing has stopped: the app must restart its local track.',
  },
  'v4:ErrorCode.VIDEO_ENCODE_FAILED': { actor: 'app', finding: 'shared', why: ENCODE },
  'v4:ErrorCode.AUDIO_ENCODE_FAILED': {
    actor: 'app',
    finding: 'rule',
    why: 'publishing has stopped: the app must restart its local track.',
  },
  'v5:VIDEO_DECODE_FAILED': { actor: 'sdk', finding: 'rule', why: SDK_GOES_ON },
  'v5:AUDIO_DECODE_FAILED': { actor: 'sdk', finding: 'rule', why: SDK_GOES_ON },
  'v4:ErrorCode.SIGNAL_CHANNEL_SETUP_FAILED': {
    actor: 'app',
    finding: 'rule',
    why: 'its extra code is mostly an account error (-8, 70001...) the app must fix; a network failure of the setup is reported as a join failure.',
  },
  'v4:ErrorCode.CREATE_OFFER_FAILED': {
    actor: 'library',
    severity: 'recoverable',
    finding: 'shared',
    why: "Same constant as Agora's CREATE_OFFER_FAILED, classified alike: a failed offer is joined again, which this library does.",
  },
  'v4:ErrorCode.SIGNAL_CHANNEL_RECONNECTION_FAILED': {
    actor: 'library',
    severity: 'recoverable',
    finding: 'rule',
    why: REJOIN,
  },
  'v4:ErrorCode.UPLINK_RECONNECTION_FAILED': {
    actor: 'library',
    severity: 'recoverable',
    finding: 'rule',
    why: "the SDK's own uplink reconnection gave up: publishing again is a republish, which this library carries out.",
  },
  'v4:ErrorCode.DOWNLINK_RECONNECTION_FAILED': {
    actor: 'library',
    severity: 'recoverable',
    finding: 'rule',
    why: REJOIN,
  },
  'v4:ErrorCode.REMOTE_STREAM_NOT_EXIST': {
    actor: 'nobody',
    finding: 'notice',
    why: 'a normal race (the remote stopped publishing first): nothing is wrong.',
  },
  'server:SERVER_ERROR.70002': {
    actor: 'app',
    finding: 'rule',
    why: 'an empty userSig is a bug of the token source: renewing cannot help until the app fixes it.',
  },
  'server:SERVER_ERROR.70019': {
    actor: 'app',
    finding: 'rule',
    why: 'an empty userSig (the credential field) is a bug of the token source: renewing cannot help until the app fixes it.',
  },
  'server:SERVER_ERROR.70050': {
    actor: 'app',
    finding: 'rule',
    why: 'too many wrong userSigs: retrying the same one only extends the limit; the app must fix the userSig.',
  },
  'event:kicked-out:user_time_out': {
    actor: 'library',
    severity: 'recoverable',
    finding: 'rule',
    why: 'the server dropped the user after losing its heartbeat: entering the room again is a rejoin, which this library carries out.',
  },
  'event:publish-state-changed:timeout': {
    actor: 'sdk',
    finding: 'self-retry',
    why: 'the SDK keeps retrying the publish by itself: we wait.',
  },
};
