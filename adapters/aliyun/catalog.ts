/**
 * The aliyun catalog: every code of Alibaba Cloud RTC's client error table (docs, seed 004) and of
 * the installed SDK (`aliyun-rtc-sdk` 7.3.x: `AliRtcErrorCode`, the live-transcoding codes, the
 * RTS / media-device codes its device and transport layers report, and the enums its events carry),
 * mapped to unified codes. English text here; Chinese in `zh.ts`, keyed by `vendorName`.
 *
 * Where docs and SDK disagree the SDK decides and the entry's note (`notes.ts`) says so.
 * @module
 */
import type { CatalogEntry, RtcErrorCode } from '../../src/index.js';
import { familyRows, UNIFIED_TEXT, type RowExtra } from '../../src/catalog.js';
import { FAMILY, SIGNAL_TIMEOUT_CODES } from './families.js';
import { DEVICE_AND_TRANSPORT } from './catalog-rts.js';
import { EVENT_ENTRIES } from './catalog-events.js';
import { toHex } from './decode.js';

const sdk = familyRows(FAMILY.errorCode, 'sdk');
const both = familyRows(FAMILY.errorCode, 'sdk+docs');
const docs = familyRows(FAMILY.docs, 'docs');
/** A code only the docs list, and by its value alone: its vendor name is its hex form (`0x01030405`). */
const docsUnnamed = (
  vendorCode: number,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra?: RowExtra,
): CatalogEntry => docs(vendorCode, toHex(vendorCode), code, message, action, extra);

const CHECK_NETWORK = 'Check that the network connection works.';
const RESTART_AUDIO =
  'On Mac and Windows check that the audio device shows a level in the system settings; on iOS and Android check that no other app holds it; if all looks fine, restart the device.';

/** `AliRtcErrorCode` of the SDK (71 members in 7.3.x), with the documented codes they share. */
const ERROR_CODE: readonly CatalogEntry[] = [
  // join
  both(
    16843521,
    'ERR_JOIN_ALREADY_JOINED',
    'already_joined',
    'Joining failed: the user is already in the channel.',
    'Call leaveChannel, then call joinChannel again.',
    {
      aliases: ['ERROR_ROOM_ALREADY_IN'],
    },
  ),
  both(
    33620481,
    'ERR_JOIN_BAD_APPID',
    'app_id_invalid',
    'The AppId does not exist.',
    'Create the application in the console and use its AppId.',
  ),
  both(
    33620482,
    'ERR_JOIN_INVALID_APPID',
    'app_inactive',
    'The application (AppId) has been disabled.',
    'Re-enable the application in the console.',
  ),
  both(
    33620484,
    'ERR_JOIN_BAD_CHANNEL',
    'channel_not_found',
    'Joining failed: the channel does not exist (for example its creator joined and left right away).',
    'Join the channel again.',
    { severity: 'recoverable', strategy: 'rejoin', actor: 'library' },
  ),
  both(
    33620483,
    'ERR_JOIN_INVALID_CHANNEL',
    'token_expired',
    'Joining failed: the channel has expired (a channel is valid for 48 hours).',
    'Generate a new channel token (Token) and join again.',
  ),
  both(
    33620485,
    'ERR_JOIN_BAD_TOKEN',
    'token_invalid',
    'Joining failed: the token is invalid.',
    'Generate a new channel token (Token) and join again.',
  ),
  both(16908804, 'ERR_JOIN_TIMEOUT', 'network_timeout', 'Joining the channel timed out.', CHECK_NETWORK),
  both(
    16974081,
    'ERR_JOIN_ERR_JOIN_BAD_PARAMBAD',
    'invalid_params',
    'Invalid parameter: a field of AuthInfo is empty or its timestamp is <= 0.',
    'Check that every AuthInfo field is filled in.',
    {
      aliases: ['ERR_JOIN_BAD_PARAM'],
    },
  ),
  sdk(
    16974338,
    'ERR_JOIN_CHANNEL_FAILED',
    'request_rejected',
    'Joining the channel failed: the room server answered with an error.',
    'See the signaling code and description in the detail; check the AppId, channel and token.',
  ),
  // log
  sdk(
    16974085,
    'ERR_LOG_ALREADY_INIT',
    'invalid_state',
    'The log module is already initialized.',
    'Initialize the log module only once; this can be ignored.',
    {
      severity: 'recoverable',
      actor: 'nobody',
    },
  ),
  sdk(
    16974086,
    'ERR_LOG_ROOT_PATH_ERROR',
    'invalid_params',
    'The root path of the log module is wrong.',
    'Check that the log path exists and is writable.',
  ),
  // audio devices
  both(
    17040388,
    'ERR_MIC_OPEN_FAIL',
    'device_in_use',
    'Failed to open the audio capture device: initialization failed, the media service failed, or the device is in use.',
    RESTART_AUDIO,
  ),
  both(
    17040389,
    'ERR_SPEAKER_OPEN_FAIL',
    'device_in_use',
    'Failed to open the audio playback device: initialization failed, the media service failed, or the device is in use.',
    RESTART_AUDIO,
  ),
  both(
    17040390,
    'ERR_MIC_INTERRUPT',
    'device_failure',
    'Audio capture failed while running: the system is overloaded, the capture service failed, or the device is in use.',
    'Restart the app or the device.',
  ),
  both(
    17040391,
    'ERR_SPEAKER_INTERRUPT',
    'device_failure',
    'Audio playback failed while running: the system is overloaded, the playback service failed, or the device is in use.',
    'Restart the app or the device.',
  ),
  both(
    17040392,
    'ERR_MIC_AUTH_FAIL',
    'permission_denied',
    'No permission to record audio (microphone).',
    'Grant microphone access in the system settings, then join the channel again.',
  ),
  both(
    17040393,
    'ERR_MIC_NOT_AVAILABLE',
    'device_not_found',
    'No usable audio capture device (microphone).',
    'Check that a working microphone is connected and not disabled in the system settings.',
  ),
  both(
    17040400,
    'ERR_SPEAKER_NOT_AVAILABLE',
    'device_not_found',
    'No usable audio playback device (speaker or headset).',
    'Check that a working speaker or headset is connected and not disabled in the system settings.',
  ),
  // video devices
  both(
    17039620,
    'ERR_CAMERA_OPEN_FAIL',
    'device_in_use',
    'Failed to open the camera: no permission, the camera is unavailable, or it is in use.',
    'Check that the camera works and that no other (mobile) app holds it.',
  ),
  sdk(
    17039621,
    'ERR_CAMERA_AUTH_FAIL',
    'permission_denied',
    'No permission to use the camera.',
    'Grant camera access in the system settings, then join the channel again.',
  ),
  both(
    17039622,
    'ERR_CAMERA_INTERRUPT',
    'device_failure',
    'The camera failed while capturing (on Mac and Windows the camera light goes out: the device was forcibly interrupted).',
    'Join the channel again or restart the app.',
  ),
  sdk(
    17039623,
    'ERR_CAMERA_NOT_AVAILABLE',
    'device_not_found',
    'No usable video capture device (camera).',
    'Check that a working camera is connected and not disabled in the system settings.',
  ),
  both(
    17039873,
    'ERR_VIDEO_DISPLAY_OPEN_FAIL',
    'device_failure',
    'Failed to start video rendering.',
    'On Windows check whether the graphics driver needs an update; on mobile phones, tablets and TV boxes check that the device supports OpenGL.',
  ),
  both(
    1064992,
    'ERR_VIDEO_DISPLAY_INTERRUPT',
    'device_failure',
    'Video rendering failed: a system error made the rendering engine fail.',
    'Join the channel again or restart the app.',
    {
      aliases: ['0x0104020'],
    },
  ),
  // network
  both(
    17105409,
    'ERR_ICE_CONNECTION_CONNECT_FAIL',
    'media_connection_failed',
    'Failed to set up the media connection.',
    CHECK_NETWORK,
  ),
  both(
    17105410,
    'ERR_ICE_CONNECTION_RECONNECT_FAI',
    'media_connection_failed',
    'Failed to reconnect the media connection.',
    CHECK_NETWORK,
    {
      aliases: ['ERR_ICE_CONNECTION_RECONNECT_FAIL'],
    },
  ),
  sdk(
    17105411,
    'ERR_ICE_CONNECTION_MOBILITY_FAIL',
    'media_connection_failed',
    'Media connection mobility (network switch) failed.',
    'Join the channel again.',
  ),
  both(
    16908812,
    'ERR_ICE_CONNECTION_HEARTBEAT_TIMEOUT',
    'network_timeout',
    'The signaling heartbeat timed out.',
    CHECK_NETWORK,
    {
      strategy: 'wait-for-network',
    },
  ),
  // low-latency interactive live
  sdk(
    17235971,
    'ERR_LATENCY_LIVE_COMMUNICATION_FAILED',
    'signaling_failed',
    'Low-latency interactive live: signaling failed.',
    'Retry with backoff; check the network.',
  ),
  sdk(
    17235972,
    'ERR_LATENCY_LIVE_MEIDASETTING_FAILED',
    'invalid_params',
    'Low-latency interactive live: the media settings are wrong.',
    'Check the media settings of the low-latency live subscription.',
    {
      aliases: ['ERR_LATENCY_LIVE_MEDIASETTING_FAILED'],
    },
  ),
  sdk(
    17235973,
    'ERR_LATENCY_LIVE_NONE_BROADCASTER',
    'remote_not_published',
    'Low-latency interactive live: no broadcaster is publishing in the channel.',
    'Wait until a broadcaster publishes, then subscribe.',
  ),
  sdk(
    17235974,
    'ERR_LATENCY_LIVE_NEED_RESTART',
    'internal_error',
    'Low-latency interactive live failed: the app must create a new SDK instance.',
    'Destroy the SDK instance and create a new one.',
    { strategy: 'recreate-client' },
  ),
  sdk(
    17235975,
    'ERR_LATENCY_LIVE_NEED_RESTART_AGAIN_LATER',
    'server_busy',
    'Low-latency interactive live failed: the app must wait a while, then create a new SDK instance.',
    'Wait for an interval of your choice, then destroy the SDK instance and create a new one.',
    { severity: 'fatal', strategy: 'recreate-client', actor: 'app' },
  ),
  sdk(
    17235976,
    'ERR_LATENCY_LIVE_SERVICE_UNAVAILABLE',
    'server_error',
    'The low-latency interactive live service is unavailable or degraded.',
    'Pull the large-channel stream another way (not from the CDN SFU).',
    { severity: 'fatal', strategy: 'none', actor: 'app' },
  ),
  sdk(
    17235977,
    'ERR_LATENCY_LIVE_MEDIACONNECTION_INTERRUPTION',
    'media_connection_failed',
    'Low-latency interactive live: the network connection was interrupted.',
    'Destroy the SDK instance, create a new one and subscribe again.',
    { severity: 'fatal', strategy: 'recreate-client', actor: 'app' },
  ),
  // publish
  both(
    16974597,
    'ERR_SDK_PUBLISH_INVAILD',
    'publish_failed',
    'The local stream (video, screen or audio) is invalid or has an error.',
    'Call publish again.',
    {
      aliases: ['ERR_SDK_PUBLISH_INVALID'],
    },
  ),
  sdk(
    16843782,
    'ERR_SDK_PUBLISH_NOT_JOIN_CHANNEL',
    'not_joined',
    'Publishing failed: not in a channel.',
    'Join a channel before publishing.',
  ),
  sdk(
    16843856,
    'ERR_SDK_PUBLISH_AUDIO_STREAM_FAILED',
    'publish_failed',
    'Publishing the audio stream failed.',
    'Publish again; check the microphone and the network.',
  ),
  sdk(
    16843857,
    'ERR_SDK_PUBLISH_VIDEO_STREAM_FAILED',
    'publish_failed',
    'Publishing the video stream failed.',
    'Publish again; check the camera and the network.',
  ),
  sdk(
    16843858,
    'ERR_SDK_PUBLISH_DUAL_STREAM_FAILED',
    'dual_stream_failed',
    'Publishing the low-quality (dual) stream failed.',
    'Continue with the main stream, or retry later.',
  ),
  sdk(
    16843859,
    'ERR_SDK_PUBLISH_SCEEN_SHARE_FAILED',
    'publish_failed',
    'Publishing the screen share failed.',
    'Start the screen share and publish again.',
    {
      aliases: ['ERR_SDK_PUBLISH_SCREEN_SHARE_FAILED'],
    },
  ),
  sdk(
    16843860,
    'ERR_SDK_PUBLISH_SCREEN_SHARE_CONFIG_ERROR',
    'invalid_params',
    'The screen share configuration is wrong.',
    'Check the screen share configuration.',
  ),
  // subscribe
  both(
    16974852,
    'ERR_SDK_SUBSCRIBE_INVAILD',
    'subscribe_failed',
    'The remote stream (video, screen or audio) is invalid or has an error.',
    'Check whether the remote user stopped publishing; subscribe after remoteTrackAvailableNotify.',
    {
      aliases: ['ERR_SDK_SUBSCRIBE_INVALID'],
    },
  ),
  sdk(
    16844112,
    'ERR_SDK_SUBSCRIBE_NOT_JOIN_CHANNEL',
    'not_joined',
    'Subscribing failed: not in a channel.',
    'Join a channel before subscribing.',
  ),
  sdk(
    16844113,
    'ERR_SDK_SUBSCRIBE_AUDIO_STREAM_FAILED',
    'subscribe_failed',
    'Subscribing to the audio stream failed.',
    'Subscribe again; check the network.',
  ),
  sdk(
    16844114,
    'ERR_SDK_SUBSCRIBE_VIDEO_STREAM_FAILED',
    'subscribe_failed',
    'Subscribing to the video stream failed.',
    'Subscribe again; check the network.',
  ),
  sdk(
    16844115,
    'ERR_SDK_SUBSCRIBE_DUAL_STREAM_FAILED',
    'subscribe_failed',
    'Subscribing to the low-quality (dual) stream failed.',
    'Subscribe again, or subscribe to the main stream.',
  ),
  sdk(
    16844116,
    'ERR_SDK_SUBSCRIBE_SCREEN_SHARE_FAILED',
    'subscribe_failed',
    'Subscribing to the screen share failed.',
    'Subscribe again; check the network.',
  ),
  sdk(
    16844117,
    'ERR_SDK_SUBSCRIBE_DATA_FAILED',
    'subscribe_failed',
    'Subscribing to the DataChannel failed.',
    'Subscribe again; check that the remote user enabled the DataChannel.',
  ),
  sdk(
    16844118,
    'ERR_SDK_SUBSCRIBE_DATA_ERROR',
    'subscribe_failed',
    'An error occurred while subscribing to the DataChannel.',
    'Subscribe again; check the network.',
  ),
  // other
  both(
    16974340,
    'ERR_SDK_INVALID_STATE',
    'invalid_state',
    'The SDK is in a wrong internal state.',
    'Destroy the SDK and create a new instance.',
    {
      strategy: 'recreate-client',
    },
  ),
  sdk(
    16974083,
    'ERR_INVALID_ARGUMENTS',
    'invalid_params',
    'The arguments do not match.',
    'Fix the arguments; see the detail for which one.',
  ),
  both(
    33620229,
    'ERR_SESSION_REMOVED',
    'session_removed',
    'The session has been removed.',
    'Destroy the instance, create a new one and join the channel again.',
    {
      strategy: 'recreate-client',
    },
  ),
  both(
    16908801,
    'ERR_SDK_UPDATE_ROLE_CHANNEL',
    'invalid_state',
    'Setting the client role failed in interactive mode.',
    'Check the channel profile; change the role only while not publishing.',
  ),
  sdk(
    -1,
    'ERR_INNER',
    'internal_error',
    'An SDK internal error occurred.',
    'See the detail; report it with the SDK version if it keeps happening.',
  ),
  // live transcoding (MPU)
  sdk(
    0,
    'ERR_SDK_MPU_TASK_PUBLISH_OK',
    'unknown',
    'Code 0 means success (the live transcoding task was published): it is not an error.',
    'Nothing to do; do not pass success codes to the error handler.',
    {
      kind: 'warning',
      severity: 'recoverable',
      strategy: 'none',
      aliases: ['LiveTranscodingErrorPublishOk', 'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorPublishOk'],
      actor: 'nobody',
    },
  ),
  sdk(
    17825793,
    'ERR_SDK_MPU_TASK_STREAM_NOT_FOUND',
    'live_streaming_failed',
    'Live transcoding task: the stream was not found.',
    'Check the user and stream ids in the transcoding parameters.',
    {
      severity: 'fatal',
      strategy: 'none',
      aliases: [
        'LiveTranscodingErrorStreamNotFound',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorStreamNotFound',
      ],
      actor: 'app',
    },
  ),
  sdk(
    17825794,
    'ERR_SDK_MPU_TASK_STREAM_ALREADY_EXIST',
    'live_streaming_failed',
    'Live transcoding task: the stream already exists.',
    'Stop the existing task or use another stream URL or task id.',
    {
      severity: 'fatal',
      strategy: 'none',
      aliases: [
        'LiveTranscodingErrorStreamAlreadyExist',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorStreamAlreadyExist',
      ],
      actor: 'app',
    },
  ),
  sdk(
    17825795,
    'ERR_SDK_MPU_TASK_INVALID_PARAM',
    'invalid_params',
    'Live transcoding task: invalid parameter.',
    'Check the transcoding parameters.',
    {
      aliases: ['LiveTranscodingErrorInvalidParam', 'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorInvalidParam'],
    },
  ),
  sdk(
    17825796,
    'ERR_SDK_MPU_TASK_INTERNAL_ERROR',
    'live_streaming_failed',
    'Live transcoding task: internal error.',
    'Retry later with backoff.',
    {
      aliases: [
        'LiveTranscodingErrorInternalError',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorInternalError',
      ],
    },
  ),
  sdk(
    17825797,
    'ERR_SDK_MPU_TASK_RTMP_SERVER_ERROR',
    'live_streaming_failed',
    'Live transcoding task: the RTMP server failed.',
    'Check the RTMP server, then retry with backoff.',
    {
      aliases: [
        'LiveTranscodingErrorRtmpServerError',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorRtmpServerError',
      ],
    },
  ),
  sdk(
    17825798,
    'ERR_SDK_MPU_TASK_RTMP_STREAM_URL_ERROR',
    'live_streaming_failed',
    'Live transcoding task: the RTMP stream URL is wrong.',
    'Check the push (RTMP) URL.',
    {
      severity: 'fatal',
      strategy: 'none',
      aliases: [
        'LiveTranscodingErrorRtmpStreamUrlError',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorRtmpStreamUrlError',
      ],
      actor: 'app',
    },
  ),
  sdk(
    17825799,
    'ERR_SDK_MPU_TASK_PUBLISH_TIMEOUT',
    'live_streaming_failed',
    'Live transcoding task: publishing timed out.',
    'Retry with backoff; check the push URL.',
    {
      aliases: [
        'LiveTranscodingErrorPublishTimeout',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorPublishTimeout',
      ],
    },
  ),
  sdk(
    17825800,
    'ERR_SDK_MPU_TASK_NOT_AUTHORIZED',
    'not_authorized',
    'Live transcoding task: not authorized.',
    'Enable live transcoding (bypass live) for the application in the console.',
    {
      aliases: [
        'LiveTranscodingErrorNotAuthorized',
        'AliRtcLiveTranscodingErrorCode.LiveTranscodingErrorNotAuthorized',
      ],
    },
  ),
  // channel relay
  sdk(
    18874369,
    'ERR_SDK_CHANNEL_RELAY_STATE_ERROR',
    'invalid_state',
    'Channel relay: wrong local state (not in a channel, wrong role or wrong channel profile).',
    'Join as a broadcaster in interactive mode before relaying.',
  ),
  sdk(
    18874370,
    'ERR_SDK_CHANNEL_RELAY_SRC_NOT_ALLOW',
    'channel_conflict',
    'Channel relay: the source channel profile does not allow relaying (server 436).',
    'Use a source channel whose profile allows relaying.',
  ),
  sdk(
    18874371,
    'ERR_SDK_CHANNEL_RELAY_JOIN_DEST_FAILED',
    'relay_failed',
    'Channel relay: the destination channel does not exist or its profile does not match (server 437).',
    'Check the destination channel name and profile.',
    { severity: 'fatal', strategy: 'none', actor: 'app' },
  ),
  sdk(
    18874372,
    'ERR_SDK_CHANNEL_RELAY_TOKEN_INVALID',
    'token_invalid',
    'Channel relay: the token is invalid (server 438).',
    'Generate a new token for the destination channel.',
  ),
  sdk(
    18874373,
    'ERR_SDK_CHANNEL_RELAY_ROLE_ERROR',
    'not_authorized',
    'Channel relay: this session is not a broadcaster (server 651).',
    'Switch to the broadcaster role before relaying.',
  ),
  sdk(
    18874374,
    'ERR_SDK_CHANNEL_RELAY_INVALID_PARAM',
    'invalid_params',
    'Channel relay: invalid parameter (server 400).',
    'Check the relay parameters.',
  ),
  sdk(
    18874375,
    'ERR_SDK_CHANNEL_RELAY_TO_SELF_ERROR',
    'invalid_params',
    'Channel relay: cannot relay to the current channel (server 440).',
    'Choose another destination channel.',
  ),
];

const signalTimeout = (n: number): CatalogEntry =>
  docs(n, toHex(n), 'network_timeout', 'A signaling request timed out.', CHECK_NETWORK);

/** Codes documented in the client error table (seed 004) that the web SDK does not define. */
const DOCS_ONLY: readonly CatalogEntry[] = [
  docsUnnamed(
    0x01030304,
    'publish_failed',
    'The local stream (video, screen or audio) does not exist.',
    'Call publish again.',
    { strategy: 'republish' },
  ),
  docsUnnamed(
    0x01030308,
    'publish_failed',
    'The local stream (video, screen or audio) has an error.',
    'Call publish again.',
  ),
  docsUnnamed(
    0x01030403,
    'remote_not_published',
    'The remote stream (video, screen or audio) does not exist.',
    'Check whether the remote user stopped publishing.',
  ),
  docsUnnamed(
    0x01030405,
    'subscribe_failed',
    'The remote stream (video, screen or audio) has an error.',
    'Check whether the remote user stopped publishing.',
  ),
  docsUnnamed(
    0x01010103,
    'sdk_init_failed',
    UNIFIED_TEXT,
    'Check the SDK version and that no library (JAR) is missing.',
  ),
  docsUnnamed(
    0x0101010c,
    'sdk_init_failed',
    UNIFIED_TEXT,
    'Check the SDK version and that no library (JAR) is missing.',
  ),
  docsUnnamed(
    0x0101010d,
    'sdk_init_failed',
    UNIFIED_TEXT,
    'Check the SDK version and that no library (JAR) is missing.',
  ),
  docsUnnamed(0x01020401, 'signaling_failed', 'A signaling request failed.', CHECK_NETWORK),
  ...SIGNAL_TIMEOUT_CODES.map(signalTimeout),
  docsUnnamed(
    0x02010401,
    'stream_interrupted',
    'The publishing user\u2019s stream was interrupted.',
    'Call publish again.',
    { strategy: 'republish', actor: 'library' },
  ),
  docsUnnamed(
    0x02010402,
    'stream_interrupted',
    'The subscribed stream was interrupted.',
    'Check whether the remote user stopped publishing.',
    { strategy: 'resubscribe', actor: 'library' },
  ),
  docsUnnamed(
    0x02010403,
    'remote_not_published',
    'Subscribing failed: the remote stream is no longer published.',
    'Subscribe again when the remote user publishes.',
  ),
  docsUnnamed(
    0x01060101,
    'low_performance',
    'Low performance: the device cannot keep up.',
    'Turn off CPU-heavy processing, for example beauty filters or video publishing.',
    { kind: 'warning' },
  ),
  docsUnnamed(0x01060102, 'low_performance', 'Performance restored: the app runs normally again.', 'Nothing to do.', {
    kind: 'warning',
  }),
  docsUnnamed(
    0x02010121,
    'not_supported',
    'The client is not compatible: H5 compatibility mode is not enabled correctly.',
    'Check that H5 compatibility mode is enabled correctly.',
  ),
  docsUnnamed(
    0x05040002,
    'token_expired',
    'The channel (room) is overdue: join the channel again.',
    'Check that the account balance suffices; that the token has not expired (timestamp in Beijing time, or timestamp + 48 h); that the AppId matches its AppKey; and that the authentication parameters are right.',
  ),
  docsUnnamed(
    0x02010903,
    'channel_conflict',
    'Joining failed: invalid channel profile.',
    'Check that the user joins with the same channel profile (mode) as the other users.',
  ),
  docs(
    16843522,
    'ERROR_ROOM_LEAVING_NOW',
    'invalid_state',
    'Leaving failed: the user is already leaving the channel.',
    'Wait until leaving has finished before doing anything else.',
    { severity: 'recoverable', strategy: 'backoff', aliases: ['0x01010302'], actor: 'library' },
  ),
  docs(
    16843524,
    'ERROR_ROOM_NOT_IN_THE_CHANNEL',
    'not_joined',
    'The operation failed: the user is not in the channel.',
    'Join the channel before publishing or subscribing.',
    { aliases: ['0x01010304'] },
  ),
  docsUnnamed(
    0x01010401,
    'already_published',
    'Publishing failed: the user is already publishing.',
    'Do not call publish twice, or stop publishing before calling publish.',
  ),
  docsUnnamed(
    0x01010404,
    'already_published',
    'Publishing failed: the user is already publishing.',
    'Do not call publish twice, or stop publishing before calling publish.',
  ),
  docs(
    16843778,
    'ERROR_PUBLISH_NOT_PUBLISHER',
    'not_published',
    'Stopping publishing failed: the user is not publishing.',
    'Do not call the stop-publishing API twice.',
    { aliases: ['0x01010402'] },
  ),
  docs(
    16843781,
    'ERROR_PUBLISH_CONFIG_IS_INVALID',
    'invalid_params',
    'The publish configuration is invalid.',
    'Check the publish configuration.',
    {
      aliases: ['0x01010405'],
    },
  ),
  docs(
    16844033,
    'ERROR_SUBSCRIBE_CONFIG_IS_INVALID',
    'invalid_params',
    'The subscribe configuration is invalid.',
    'Check the subscribe configuration.',
    {
      aliases: ['0x01010501'],
    },
  ),
  docs(
    16908560,
    'SOPHON_RESULT_UPDATE_ROLE_ERROR',
    'invalid_state',
    'Updating the client role failed.',
    'Check the channel profile: in communication mode no client role is needed; change the role only while not publishing.',
    { aliases: ['0x01020110'] },
  ),
  docs(257, 'SDK_WARNING_NETWORK_WEAK', 'network_degraded', 'The network quality is poor.', CHECK_NETWORK, {
    kind: 'warning',
    aliases: ['0x00000101'],
  }),
  docs(
    258,
    'SDK_WARNING_NETWORK_RECOVERY',
    'network_degraded',
    'The network quality has recovered.',
    'Nothing to do.',
    {
      kind: 'warning',
      aliases: ['0x00000102'],
      actor: 'nobody',
    },
  ),
  docs(
    259,
    'SDK_WARNING_LOCAL_NETWORK_DISCONNECT',
    'network_unavailable',
    'The local network connection is lost.',
    CHECK_NETWORK,
    {
      kind: 'warning',
      aliases: ['0x00000103'],
    },
  ),
  docs(
    260,
    'SDK_WARNING_REMOTE_NETWORK_DISCONNECT',
    'remote_network_lost',
    'A remote user\u2019s network connection is lost.',
    UNIFIED_TEXT,
    {
      kind: 'warning',
      aliases: ['0x00000104'],
    },
  ),
  docs(
    261,
    'SDK_WARNING_LOCAL_NETWORK_CONNECT',
    'network_unavailable',
    'The local network connection is back.',
    'Nothing to do.',
    {
      kind: 'warning',
      aliases: ['0x00000105'],
      actor: 'nobody',
      strategy: 'none',
    },
  ),
  docs(
    262,
    'SDK_WARNING_REMOTE_NETWORK_CONNECT',
    'remote_network_lost',
    'A remote user\u2019s network connection is back.',
    'Nothing to do.',
    {
      kind: 'warning',
      aliases: ['0x00000106'],
    },
  ),
  docs(
    17236225,
    'SDK_AUDIO_INPUT_BUFFER_FULL',
    'rate_limited',
    'External audio input: frames are pushed too fast and the buffer is full.',
    'Push external audio less often: wait about 20 ms between pushes and push at most 40 ms of data at a time.',
    {
      kind: 'warning',
      strategy: 'none',
      aliases: ['0x01070101'],
      actor: 'app',
      severity: 'fatal',
    },
  ),
  docs(
    16974605,
    'SDK_RESULT_PUBLISH_WRONG_ROLE_ERROR',
    'not_authorized',
    'Publishing failed: an audience member cannot publish.',
    'Check the current role; switch to the broadcaster role to publish.',
    { aliases: ['0x0103030D'] },
  ),
  docsUnnamed(
    0x01090003,
    'media_file_error',
    'Failed to open the media file.',
    'Check the file path and that the file is readable.',
  ),
  docs(
    -1,
    'WARN_DEFAULT',
    'unknown',
    'A default (unspecified) warning.',
    'Nothing specific to do; watch for errors that follow.',
    {
      kind: 'warning',
      severity: 'recoverable',
      strategy: 'none',
      aliases: ['0xFFFFFFFF'],
      actor: 'sdk',
    },
  ),
  docs(
    10501,
    'ERROR_H5_COMPATIBLE_MODE',
    'invalid_params',
    'Configuration error: wrong H5 compatibility mode.',
    'Enable H5 compatibility mode on the non-H5 (native) side.',
    {
      aliases: ['0x00002905'],
    },
  ),
];

/**
 * Every entry of the aliyun catalog, English text, preferred entries first for shared numbers.
 * The rows carry the classification review; its reasons are in `notes.ts`.
 */
export const ENTRIES: readonly CatalogEntry[] = [
  ...ERROR_CODE,
  ...DEVICE_AND_TRANSPORT,
  ...DOCS_ONLY,
  ...EVENT_ENTRIES,
];
