/**
 * Enums the SDK's events carry (`connectionStatusChange` reasons, `localDeviceException` types,
 * `bye` codes) and the events that are errors by themselves. Their small numbers collide with each
 * other, so names are qualified (`AliRtcOnByeType.AliRtcOnByeBeKickedOut`) and the bare member names
 * are aliases. Only event translators use these families; a bare number never resolves to them.
 * @module
 */
import type { Actor, CatalogEntry, ErrorKind, RetryStrategy, RtcErrorCode, Severity } from '../../src/index.js';
import { catalogRow, UNIFIED_TEXT } from '../../src/catalog.js';
import { FAMILY } from './families.js';

interface Extra {
  readonly kind?: ErrorKind;
  readonly severity?: Severity;
  readonly strategy?: RetryStrategy;
  readonly actor?: Actor;
}

const make =
  (family: string) =>
  (
    vendorCode: number | string,
    member: string,
    code: RtcErrorCode,
    message: string,
    action: string,
    extra: Extra = {},
  ): CatalogEntry =>
    catalogRow(family, 'sdk', vendorCode, `${family}.${member}`, code, message, action, {
      aliases: [member],
      ...extra,
    });

const reason = make(FAMILY.connectionReason);
const exception = make(FAMILY.deviceException);
const bye = make(FAMILY.bye);
const event = make(FAMILY.event);

const INFO = { kind: 'warning', severity: 'recoverable', strategy: 'none' } as const;
const CHECK_NETWORK = 'Check that the network connection works.';

/** `AliRtcConnectionStatusChangeReason`: why the connection status changed. */
const CONNECTION_REASONS: readonly CatalogEntry[] = [
  reason(
    0,
    'AliRtcConnectionChangedDummyReason',
    'unknown',
    'The connection status changed for an unknown reason.',
    'Nothing specific to do.',
    {
      ...INFO,
      actor: 'nobody',
    },
  ),
  reason(
    1,
    'AliRtcConnectionMediaPathChanged',
    'network_degraded',
    'The media path changed.',
    'Nothing to do; the SDK switched paths.',
    INFO,
  ),
  reason(
    2,
    'AliRtcConnectionSignalingHeartbeatTimeout',
    'network_timeout',
    'The signaling heartbeat timed out.',
    CHECK_NETWORK,
    {
      strategy: 'wait-for-network',
    },
  ),
  reason(
    3,
    'AliRtcConnectionSignalingHeartbeatAlive',
    'network_unavailable',
    'The signaling heartbeat is back.',
    'Nothing to do.',
    {
      ...INFO,
      actor: 'nobody',
    },
  ),
  reason(
    4,
    'AliRtcConnectionSignalingHttpDnsResolved',
    'gateway_unreachable',
    'DNS resolution succeeded.',
    'Nothing to do.',
    {
      ...INFO,
      actor: 'nobody',
    },
  ),
  reason(
    5,
    'AliRtcConnectionSignalingHttpDnsFailure',
    'gateway_unreachable',
    'DNS resolution failed.',
    'Check the network and DNS settings.',
  ),
  reason(
    6,
    'AliRtcConnectionSignalingGslbFailure',
    'gateway_unreachable',
    'The GSLB (scheduling) request failed.',
    'Check the network, firewalls and proxies.',
  ),
  reason(
    7,
    'AliRtcConnectionSignalingGslbSuccess',
    'gateway_unreachable',
    'The GSLB (scheduling) request succeeded.',
    'Nothing to do.',
    {
      ...INFO,
      actor: 'nobody',
    },
  ),
  reason(
    8,
    'AliRtcConnectionSignalingJoinRoomFailure',
    'signaling_failed',
    'Joining the channel failed.',
    'See the error the join call rejected with.',
  ),
  reason(
    9,
    'AliRtcConnectionSignalingJoinRoomSuccess',
    'signaling_failed',
    'Joining the channel succeeded.',
    'Nothing to do.',
    {
      ...INFO,
      actor: 'nobody',
    },
  ),
  reason(10, 'AliRtcConnectionSignalingLeaveRoom', 'not_joined', 'The user left the channel.', 'Nothing to do.', {
    ...INFO,
    actor: 'nobody',
  }),
  reason(
    11,
    'AliRtcConnectionSignalingConnecting',
    'network_unavailable',
    'Signaling is connecting.',
    'Wait for the connection.',
    {
      ...INFO,
      strategy: 'wait-for-network',
    },
  ),
  reason(
    12,
    'AliRtcConnectionChangedNetworkInterrupted',
    'network_unavailable',
    'The network connection was interrupted.',
    'Wait for the SDK to reconnect; check the network.',
  ),
];

/** `AliRtcEngineLocalDeviceExceptionType`: what went wrong with a local device. */
const DEVICE_EXCEPTIONS: readonly CatalogEntry[] = [
  exception(
    0,
    'AliEngineLocalDeviceExceptionTypeUnknown',
    'device_failure',
    'Unknown local device exception.',
    'Check the camera and microphone.',
  ),
  exception(
    1,
    'AliEngineLocalDeviceExceptionTypeMicOpenFail',
    'device_in_use',
    'The microphone failed to open.',
    'Check that no other application holds the microphone.',
  ),
  exception(
    2,
    'AliEngineLocalDeviceExceptionTypeMicInterrupt',
    'device_failure',
    'The microphone was interrupted.',
    'Check the microphone; reconnect it or choose another one.',
  ),
  exception(
    3,
    'AliEngineLocalDeviceExceptionTypeMicAuthFail',
    'permission_denied',
    'No permission to use the microphone.',
    'Ask the user to allow microphone access, then try again.',
  ),
  exception(
    4,
    'AliEngineLocalDeviceExceptionTypeMicNotAvailable',
    'device_not_found',
    'No microphone is available.',
    'Ask the user to connect a microphone.',
  ),
  exception(
    5,
    'AliEngineLocalDeviceExceptionTypeSpeakerOpenFail',
    'device_in_use',
    'The speaker failed to open.',
    'Check that no other application holds the speaker.',
  ),
  exception(
    6,
    'AliEngineLocalDeviceExceptionTypeSpeakerInterrupt',
    'device_failure',
    'The speaker was interrupted.',
    'Check the speaker; reconnect it or choose another one.',
  ),
  exception(
    7,
    'AliEngineLocalDeviceExceptionTypeSpeakerNotAvailable',
    'device_not_found',
    'No speaker is available.',
    'Ask the user to connect a speaker or headset.',
  ),
  exception(
    8,
    'AliEngineLocalDeviceExceptionTypeAudioDeviceException',
    'device_failure',
    'An audio device failed.',
    'Check the audio devices.',
  ),
  exception(
    9,
    'AliEngineLocalDeviceExceptionTypeCameraOpenFail',
    'device_in_use',
    'The camera failed to open.',
    'Check that no other application holds the camera.',
  ),
  exception(
    10,
    'AliEngineLocalDeviceExceptionTypeCameraInterrupt',
    'device_failure',
    'The camera was interrupted (its track ended).',
    'Check the camera; reconnect it or choose another one.',
  ),
  exception(
    11,
    'AliEngineLocalDeviceExceptionTypeCameraAuthFail',
    'permission_denied',
    'No permission to use the camera.',
    'Ask the user to allow camera access, then try again.',
  ),
  exception(
    12,
    'AliEngineLocalDeviceExceptionTypeDisplayException',
    'screen_share_failed',
    'The display (screen share) failed or ended.',
    'Start screen sharing again if needed.',
  ),
  exception(
    13,
    'AliEngineLocalDeviceExceptionTypeVideoDeviceException',
    'device_failure',
    'A video device failed.',
    'Check the camera.',
  ),
];

/** `AliRtcOnByeType`: why the server removed the user (`bye` event). */
const BYE: readonly CatalogEntry[] = [
  bye(
    1,
    'AliRtcOnByeBeKickedOut',
    'kicked',
    'The user was kicked out of the channel.',
    'Tell the user they were removed; do not rejoin automatically.',
  ),
  bye(
    2,
    'AliRtcOnByeChannelTerminated',
    'session_removed',
    'The channel has ended; the user must leave.',
    'Tell the user the session ended.',
  ),
  bye(
    3,
    'AliRtcOnByeUserReplaced',
    'kicked',
    'The same user id joined the channel on another device, so this device was taken offline.',
    'Tell the user they signed in elsewhere; do not rejoin automatically.',
  ),
];

/** Events that are errors by themselves. `vendorCode` is the event name. */
const EVENTS: readonly CatalogEntry[] = [
  event(
    'authInfoWillExpire',
    'authInfoWillExpire',
    'token_expiring',
    'The authentication info expires in 30 seconds.',
    'Fetch new authentication info and call refreshAuthInfo.',
  ),
  event(
    'authInfoExpired',
    'authInfoExpired',
    'token_expired',
    'The authentication info has expired.',
    'Fetch new authentication info and join the channel again to stay in the call.',
  ),
  event(
    'remoteAudioAutoPlayFail',
    'remoteAudioAutoPlayFail',
    'autoplay_blocked',
    'The browser blocked autoplay of a remote user\u2019s audio.',
    'Show a prompt; once the user clicks the page the SDK plays again.',
  ),
  event(
    'remoteVideoAutoPlayFail',
    'remoteVideoAutoPlayFail',
    'autoplay_blocked',
    'The browser blocked autoplay of a remote user\u2019s video.',
    'Show a prompt; once the user clicks the page the SDK plays again.',
  ),
  event(
    'remoteAudioPlayError',
    'remoteAudioPlayError',
    'stream_interrupted',
    'Playing a remote user\u2019s audio failed.',
    'Wait for playback to resume; resubscribe if it does not.',
  ),
  event(
    'remoteVideoPlayError',
    'remoteVideoPlayError',
    'stream_interrupted',
    'Playing a remote user\u2019s video failed.',
    'Wait for playback to resume; resubscribe if it does not.',
  ),
  event(
    'sdkAdvisory',
    'sdkAdvisory.lowPerformanceDevice',
    'low_performance',
    'This device model is on the low-performance list.',
    'Lower the video profiles you publish and subscribe to.',
    {
      kind: 'warning',
    },
  ),
  event('networkQuality', 'networkQuality', 'network_degraded', 'The downlink network quality is bad.', UNIFIED_TEXT, {
    kind: 'warning',
  }),
  event(
    'remoteUserOffLineNotify',
    'remoteUserOffLineNotify.AliRtcUserOfflineDropped',
    'remote_network_lost',
    'A remote user dropped offline (no packets for too long).',
    UNIFIED_TEXT,
    {
      kind: 'warning',
    },
  ),
];

/** Every entry used by event translators only. */
export const EVENT_ENTRIES: readonly CatalogEntry[] = [...CONNECTION_REASONS, ...DEVICE_EXCEPTIONS, ...BYE, ...EVENTS];
