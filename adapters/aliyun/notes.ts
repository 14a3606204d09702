/**
 * Maintainer notes of the aliyun catalog: each entry's remarks (disagreements between docs and
 * SDK, the SDK's own use of a code) and the finding and reason of each classification review
 * (the rows carry the reviewed classification). They are not runtime data (no bundle carries
 * them): the docs generator, the command line and the tests read them through `../notes.ts`.
 * Keyed `family:vendorName` (`reviewKey`).
 * @module
 */
import type { CatalogNotes } from '../notes.js';

const SUCCESS = 'a success or normal-operation value: not an error.';
const INFORMATIONAL = 'Informational reason.';
const SIGNAL_TIMEOUT_DOC_ONLY = 'Documented as "signal request is timeout"; not defined by the web SDK.';

export const NOTES: CatalogNotes = {
  entries: {
    'AliRtcErrorCode:ERR_JOIN_TIMEOUT':
      'The docs write the hex as 0x1020204 (no leading zero); it is 0x01020204 = 16908804.',
    'AliRtcErrorCode:ERR_JOIN_ERR_JOIN_BAD_PARAMBAD':
      'SDK name has a doubled prefix and a typo (ERR_JOIN_ERR_JOIN_BAD_PARAMBAD); ERR_JOIN_BAD_PARAM is accepted too.',
    'AliRtcErrorCode:ERR_JOIN_CHANNEL_FAILED':
      'The web SDK raises it with message "signal error: code - <server code>; description - <reason>"; the server code goes to context.signalCode, and a 5xx code makes it server_error (retryable).',
    'AliRtcErrorCode:ERR_MIC_OPEN_FAIL':
      'Web SDK 7.3.x quirk: when auto-opening the microphone fails it always reports ERR_MIC_OPEN_FAIL (the permission branch is overwritten), so a text "Permission denied" in the detail is read as permission_denied.',
    'AliRtcErrorCode:ERR_SPEAKER_NOT_AVAILABLE':
      'Hex 0x01040410 = 17040400: the numbering skips 0x0104040A to 0x0104040F.',
    'AliRtcErrorCode:ERR_CAMERA_OPEN_FAIL':
      'Web SDK 7.3.x reports camera permission denial during auto-open as ERR_CAMERA_OPEN_FAIL too; a "Permission denied" detail is read as permission_denied.',
    'AliRtcErrorCode:ERR_VIDEO_DISPLAY_INTERRUPT':
      'The docs write the hex as 0x0104020 (seven digits). As written it is 0x00104020 = 1064992, the value the SDK defines, so hex and decimal agree; but the value sits outside the 0x010402xx render family of its neighbour ERR_VIDEO_DISPLAY_OPEN_FAIL (0x01040201), so the intended code was probably 0x01040202 (17039874). The SDK decides: 1064992. A native 0x01040202 is still decoded by its family (render) as inferred.',
    'AliRtcErrorCode:ERR_ICE_CONNECTION_RECONNECT_FAI':
      'SDK name is truncated (…_FAI); ERR_ICE_CONNECTION_RECONNECT_FAIL is accepted too.',
    'AliRtcErrorCode:ERR_LATENCY_LIVE_MEIDASETTING_FAILED':
      'SDK name has a typo (MEIDASETTING); ERR_LATENCY_LIVE_MEDIASETTING_FAILED is accepted too.',
    'AliRtcErrorCode:ERR_SDK_PUBLISH_INVAILD':
      'SDK name has a typo (INVAILD); ERR_SDK_PUBLISH_INVALID is accepted too. Docs: 0x01030305 "publish stream has error".',
    'AliRtcErrorCode:ERR_SDK_PUBLISH_SCEEN_SHARE_FAILED':
      'SDK name has a typo (SCEEN); ERR_SDK_PUBLISH_SCREEN_SHARE_FAILED is accepted too.',
    'AliRtcErrorCode:ERR_SDK_SUBSCRIBE_INVAILD':
      'SDK name has a typo (INVAILD); ERR_SDK_SUBSCRIBE_INVALID is accepted too. Docs: 0x01030404 "subscribe stream has error".',
    'AliRtcErrorCode:ERR_SDK_UPDATE_ROLE_CHANNEL':
      'Doc/SDK conflict: the docs list 0x01020201 (16908801) among the "signal request is timeout" codes; the SDK defines it as ERR_SDK_UPDATE_ROLE_CHANNEL. The SDK decides.',
    'AliRtcErrorCode:ERR_INNER':
      'The web SDK uses ERR_INNER (-1) for many unrelated failures; the detail text splits it (signaling connect failed → signaling_failed, "should publish first" → not_published...). -1 is also WARN_DEFAULT in the docs and AliRtcPluginErrorCodeFailed in the plugin enum; a bare -1 resolves to ERR_INNER.',
    'AliRtcErrorCode:ERR_SDK_MPU_TASK_PUBLISH_OK':
      'The SDK puts a success value (0) inside its error enum. normalize(0) cannot say "not an error" (it always returns an RtcError), so 0 maps to a recoverable, non-retryable warning coded unknown with context.success = true.',
    'AliRtcErrorCode:ERR_SDK_MPU_TASK_NOT_AUTHORIZED':
      'The SDK comment of this member says "MPU task published successfully", copied from PUBLISH_OK; the name says not authorized.',
    'media-device:ERROR_DEIVCE_CONSTRAINEDERROR':
      'SDK name has a typo (DEIVCE); ERROR_DEVICE_CONSTRAINEDERROR is accepted too.',
    'media-device:ERROR_SCREENSHARE_UNKNOWNERRO':
      'SDK name is truncated (UNKNOWNERRO); ERROR_SCREENSHARE_UNKNOWNERROR is accepted too.',
    'AliRTS.ErrorCode:ERROR_HEMLELEMENT_NOTMATCH':
      'SDK name has a typo (HEMLELEMENT); ERROR_HTMLELEMENT_NOTMATCH is accepted too.',
    'AliRTS.ErrorCode:ERROR_DATACHANNEL_OPEN':
      '10501 is also the documented native code ERROR_H5_COMPATIBLE_MODE (0x00002905); the web SDK decides for a bare 10501.',
    'AliRTS.ErrorCode:ERROR_PREERCONNECTION_UNKNOWN':
      'SDK name has a typo (PREERCONNECTION); ERROR_PEERCONNECTION_UNKNOWN is accepted too.',
    'AliRTS.DataChannelErrorCode:CORE_PUBLIST_EXCEED_ERROR':
      'SDK name has a typo (PUBLIST); CORE_PUBLISH_EXCEED_ERROR is accepted too.',
    'AliRtcPluginErrorCode:AliRtcPluginErrorCode.AliRtcPluginErrorCodeFailed':
      '-1 is ERR_INNER in AliRtcErrorCode; a bare -1 resolves to ERR_INNER.',
    'docs:0x01020202': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020203': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020205': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020206': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020207': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020208': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020209': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x0102020A': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x0102020B': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x0102020D': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x0102020E': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x0102020F': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020210': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020211': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020212': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020213': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020214': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020215': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020216': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020217': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020218': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020219': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020220': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020221': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01020222': SIGNAL_TIMEOUT_DOC_ONLY,
    'docs:0x01060102':
      'A notice that clears low performance (0x01060101). Event translators report it as a recovered signal; a bare normalize() marks it context.recovered = true.',
    'docs:0x05040002':
      'Several causes (balance, expired token, AppId/AppKey mismatch, wrong authentication); mapped to token_expired as the most common.',
    'docs:ERROR_ROOM_NOT_IN_THE_CHANNEL': 'The docs write the hex with an upper-case X (0X01010304).',
    'docs:SDK_WARNING_NETWORK_RECOVERY':
      'Clears SDK_WARNING_NETWORK_WEAK (257): a recovered signal in event translators.',
    'docs:SDK_WARNING_LOCAL_NETWORK_CONNECT':
      'Clears SDK_WARNING_LOCAL_NETWORK_DISCONNECT (259): a recovered signal in event translators.',
    'docs:SDK_WARNING_REMOTE_NETWORK_CONNECT':
      'Clears SDK_WARNING_REMOTE_NETWORK_DISCONNECT (260): a recovered signal in event translators.',
    'docs:SDK_AUDIO_INPUT_BUFFER_FULL':
      'No unified code for a full input buffer; rate_limited (slow down) is the closest. audio_input_overflow means clipping, not this.',
    'docs:SDK_RESULT_PUBLISH_WRONG_ROLE_ERROR': 'The docs write the hex in lower case (0x0103030d).',
    'docs:WARN_DEFAULT':
      'Documented as 0xFFFFFFFF / -1 (the signed 32-bit form). The SDK uses -1 for ERR_INNER, so a bare -1 resolves to ERR_INNER and only the hex 0xFFFFFFFF or the name resolves to WARN_DEFAULT.',
    'docs:ERROR_H5_COMPATIBLE_MODE':
      'Native SDK code. 10501 is also the web SDK’s RTS code ERROR_DATACHANNEL_OPEN; a bare 10501 resolves to the SDK’s meaning, the name or an errorCodeName picks the right one.',
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionChangedDummyReason':
      INFORMATIONAL,
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingHeartbeatAlive':
      'Recovery reason: with status Connected it clears network_unavailable.',
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingHttpDnsResolved':
      INFORMATIONAL,
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingGslbSuccess':
      INFORMATIONAL,
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingJoinRoomFailure':
      'The join call rejects with the precise error; the event translator does not report this reason again.',
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingJoinRoomSuccess':
      INFORMATIONAL,
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingLeaveRoom':
      INFORMATIONAL,
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingConnecting':
      'With status Reconnecting it means the connection dropped and the SDK is reconnecting.',
    'AliRtcEngineLocalDeviceExceptionType:AliRtcEngineLocalDeviceExceptionType.AliEngineLocalDeviceExceptionTypeMicOpenFail':
      'Web SDK 7.3.x quirk: its table from media-device codes to exception types is shifted, so a denied microphone (10003) is reported as MicOpenFail, a missing camera (10002) as MicAuthFail, a denied camera (10004) as VideoDeviceException and a busy microphone (10005) as CameraAuthFail. The translator corrects the combinations that can only come from that table (device Mic with CameraAuthFail, device Camera with MicAuthFail).',
    'AliRtcEngineLocalDeviceExceptionType:AliRtcEngineLocalDeviceExceptionType.AliEngineLocalDeviceExceptionTypeDisplayException':
      'The web SDK raises it when the screen share track ends or screen capture fails; native SDKs use it for the display device.',
  },
  review: {
    'AliRtcErrorCode:ERR_JOIN_BAD_CHANNEL': {
      finding: 'rule',
      why: 'the document says to join again: this library rejoins.',
    },
    'AliRtcErrorCode:ERR_LOG_ALREADY_INIT': {
      finding: 'notice',
      why: 'the log module is initialized already; the document says it can be ignored.',
    },
    'AliRtcErrorCode:ERR_LATENCY_LIVE_NEED_RESTART_AGAIN_LATER': {
      finding: 'rule',
      why: 'the app must destroy and recreate the engine (recreate-client), which this library does not do.',
    },
    'AliRtcErrorCode:ERR_LATENCY_LIVE_MEDIACONNECTION_INTERRUPTION': {
      finding: 'rule',
      why: 'the app must destroy and recreate the engine (recreate-client), which this library does not do.',
    },
    'AliRtcErrorCode:ERR_LATENCY_LIVE_SERVICE_UNAVAILABLE': {
      finding: 'rule',
      why: 'the service is not offered for this stream: the app must pull it another way.',
    },
    'AliRtcErrorCode:ERR_SDK_MPU_TASK_PUBLISH_OK': { finding: 'notice', why: SUCCESS },
    'AliRtcErrorCode:ERR_SDK_MPU_TASK_STREAM_NOT_FOUND': {
      finding: 'rule',
      why: 'wrong user or stream ids in the transcoding parameters: fixed in the app.',
    },
    'AliRtcErrorCode:ERR_SDK_MPU_TASK_STREAM_ALREADY_EXIST': {
      finding: 'rule',
      why: 'the task exists already: the app must stop it or use another id.',
    },
    'AliRtcErrorCode:ERR_SDK_MPU_TASK_RTMP_STREAM_URL_ERROR': {
      finding: 'rule',
      why: 'a wrong push URL is fixed in the app.',
    },
    'AliRtcErrorCode:ERR_SDK_CHANNEL_RELAY_JOIN_DEST_FAILED': {
      finding: 'rule',
      why: 'a wrong destination channel or profile is fixed in the app.',
    },
    'AliRTS.DataChannelErrorCode:CORE_IGNORE_SIGNAL_REQUEST': {
      finding: 'rule',
      why: 'the request was dropped while the connection settled: trying again with backoff fits.',
    },
    'AliRtcPluginErrorCode:AliRtcPluginErrorCode.AliRtcPluginErrorCodeSuccess': { finding: 'notice', why: SUCCESS },
    'docs:0x02010401': { finding: 'rule', why: 'the document says to publish again: this library republishes.' },
    'docs:0x02010402': { finding: 'rule', why: 'subscribing again fits (this library resubscribes).' },
    'docs:ERROR_ROOM_LEAVING_NOW': {
      finding: 'rule',
      why: 'the room is still being left: trying again after a backoff fits.',
    },
    'docs:SDK_AUDIO_INPUT_BUFFER_FULL': {
      finding: 'rule',
      why: 'the app pushes external audio too fast: its code must change.',
    },
    'docs:SDK_WARNING_LOCAL_NETWORK_CONNECT': {
      finding: 'notice',
      why: 'the local network is connected again: a back-to-normal notice, not a retryable failure.',
    },
    'docs:WARN_DEFAULT': { finding: 'rule', why: 'an unspecified warning the SDK carries on from.' },
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionChangedDummyReason': {
      finding: 'notice',
      why: SUCCESS,
    },
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingHeartbeatAlive': {
      finding: 'notice',
      why: 'the heartbeat is alive again: back to normal.',
    },
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingHttpDnsResolved': {
      finding: 'notice',
      why: SUCCESS,
    },
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingGslbSuccess': {
      finding: 'notice',
      why: SUCCESS,
    },
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingJoinRoomSuccess': {
      finding: 'notice',
      why: 'the join succeeded: not an error.',
    },
    'AliRtcConnectionStatusChangeReason:AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingLeaveRoom': {
      finding: 'app-action',
      why: "the app's own leaveChannel(): not an error.",
    },
    'docs:SDK_WARNING_NETWORK_RECOVERY': { finding: 'notice', why: 'the network is back: a back-to-normal notice.' },
  },
};
