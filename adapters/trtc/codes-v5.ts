/**
 * `trtc-sdk-v5` error codes: the eight top-level `RtcError.code`s (5000 … 5999) and every
 * `extraCode` the SDK's enum defines (read from `trtc-sdk-v5` 5.17.1, `trtc.esm.js`), with the
 * account-credit code the same enum carries (`ACCOUNT_NO_MONEY` -100013, in `codes-server.ts`).
 *
 * English text from the SDK's own messages and Tencent's `ERROR_CODE` page
 * (web.sdk.qcloud.com/trtc/webrtc/doc/en/module-ERROR_CODE.html, trtc.io/document/41665).
 * Classified by what the bundle does; where it differs from the page the entry's note (`notes.ts`) says so.
 * @module
 */
import type { CatalogEntry } from '../../src/index.js';
import { familyRows } from '../../src/catalog.js';
import { FAMILY } from './entry.js';

const both = familyRows(FAMILY.v5, 'sdk+docs');
const sdk = familyRows(FAMILY.v5, 'sdk');

const FIX_PARAMS = 'Fix the argument as the API reference describes; retrying the same call cannot succeed.';
const FIX_ORDER = 'Call the API in the order the reference requires; retrying the same call cannot succeed.';

/** The eight top-level codes. */
export const V5_TOP_LEVEL: readonly CatalogEntry[] = [
  both(
    5000,
    'INVALID_PARAMETER',
    'invalid_params',
    'The parameters passed to the API do not meet its requirements.',
    'Check the parameters against the API reference (types, required fields, ranges).',
  ),
  both(
    5100,
    'INVALID_OPERATION',
    'invalid_state',
    'The API was called when its preconditions were not met.',
    'Check the call order against the API reference (for example enter the room before switching role).',
  ),
  both(
    5200,
    'ENV_NOT_SUPPORTED',
    'not_supported',
    'The current browser or environment does not support this function.',
    'Use TRTC.isSupported() to detect capabilities and guide the user to a supported browser.',
  ),
  both(
    5300,
    'DEVICE_ERROR',
    'device_failure',
    'Getting a device or capturing audio/video failed.',
    'Guide the user to check the camera/microphone and the system and browser permissions; read the extraCode.',
  ),
  both(
    5400,
    'SERVER_ERROR',
    'request_rejected',
    "The server returned an error; its result code is the error's extraCode.",
    'Look up the extraCode (userSig expired, account out of credit, service not enabled...) and fix it; these are usually found during development.',
  ),
  both(
    5500,
    'OPERATION_FAILED',
    'media_connection_failed',
    'The SDK could not complete the operation after several retries, usually because of the network or the browser.',
    'Check that the domains and ports TRTC needs are reachable (firewall, proxy), then enter the room again.',
    {
      severity: 'recoverable',
      strategy: 'rejoin',
      actor: 'library',
    },
  ),
  both(
    5998,
    'OPERATION_ABORT',
    'operation_aborted',
    'The API call was aborted: it was repeated, or called outside its lifecycle (for example exitRoom while enterRoom was in progress).',
    'Nothing to do (Tencent documents it as safe to ignore); avoid the repeated or superseded call in the app logic.',
    { kind: 'warning', severity: 'fatal', strategy: 'none', actor: 'app' },
  ),
  both(
    5999,
    'UNKNOWN_ERROR',
    'unknown',
    'An unknown error occurred.',
    'Read the detail and the inner error; report it to Tencent with the SDK logs if it persists.',
  ),
];

/** Every `extraCode` of the enum. */
export const V5_EXTRA_CODES: readonly CatalogEntry[] = [
  // 5000 INVALID_PARAMETER
  both(5001, 'INVALID_PARAMETER_REQUIRED', 'invalid_params', 'A required parameter was not passed.', FIX_PARAMS),
  both(5002, 'INVALID_PARAMETER_TYPE', 'invalid_params', 'A parameter has the wrong type.', FIX_PARAMS),
  both(5003, 'INVALID_PARAMETER_EMPTY', 'invalid_params', 'A parameter is empty.', FIX_PARAMS),
  both(
    5004,
    'INVALID_PARAMETER_INSTANCE',
    'invalid_params',
    'A parameter is not an instance of the required class.',
    FIX_PARAMS,
  ),
  both(5005, 'INVALID_PARAMETER_RANGE', 'invalid_params', 'A parameter is not one of the allowed values.', FIX_PARAMS),
  both(5006, 'INVALID_PARAMETER_LESS_THAN_ZERO', 'invalid_params', 'A parameter must not be less than 0.', FIX_PARAMS),
  both(5007, 'INVALID_PARAMETER_MIN', 'invalid_params', 'A parameter is below its minimum value.', FIX_PARAMS),
  both(5008, 'INVALID_PARAMETER_MAX', 'invalid_params', 'A parameter is above its maximum value.', FIX_PARAMS),
  both(
    5009,
    'INVALID_ELEMENT_ID',
    'invalid_params',
    'The element id passed as the view is not found in the page.',
    'Pass the id of an element that is in the document when the API is called.',
  ),
  both(
    5010,
    'INVALID_ELEMENT_ID_TYPE',
    'invalid_params',
    'The element passed as the view is not an HTMLElement.',
    'Pass an HTMLElement (or its id) as the view.',
  ),
  both(
    5011,
    'INVALID_STREAM_ID',
    'invalid_params',
    'The streamId may contain only letters, digits, hyphens and underscores.',
    FIX_PARAMS,
  ),
  both(
    5012,
    'INVALID_ROOM_ID_STRING',
    'invalid_channel_name',
    'The strRoomId is not a valid string (at most 64 letters, digits, spaces and the symbols Tencent allows).',
    'Pass a valid strRoomId.',
  ),
  both(
    5013,
    'INVALID_ROOM_ID_INTEGER',
    'invalid_channel_name',
    'The roomId must be an integer in [1, 4294967294].',
    'Pass a roomId in range, or use strRoomId for a string room id.',
  ),
  both(
    5014,
    'INVALID_STREAM_TYPE',
    'invalid_params',
    "A streamType is required when userId is not '*'.",
    'Pass streamType together with the userId.',
  ),
  both(
    5015,
    'INVALID_ROOM_ID_REQUIRED',
    'invalid_channel_name',
    'Neither roomId nor strRoomId was passed; one of them is required.',
    'Pass roomId (an integer) or strRoomId (a string).',
  ),
  both(
    5016,
    'INVALID_ROOM_ID_INTEGER_STRING',
    'invalid_channel_name',
    'The roomId must be a number but a string was passed.',
    'Convert it with parseInt, or pass the string as strRoomId.',
  ),
  both(
    5017,
    'INVALID_BUFFER_EMPTY',
    'invalid_params',
    'The ArrayBuffer passed (sendSEIMessage, sendCustomMessage) is empty.',
    'Pass a non-empty buffer.',
  ),
  both(
    5018,
    'INVALID_BUFFER_OVERSIZE',
    'invalid_params',
    'The ArrayBuffer passed (sendSEIMessage, sendCustomMessage) exceeds the allowed size (1000 bytes).',
    'Send a smaller buffer.',
  ),
  sdk(
    5019,
    'INVALID_ROOM_ID_TYPE_MISMATCH',
    'invalid_channel_name',
    'The target room id must be of the same kind (roomId or strRoomId) as the current room.',
    'Pass the same kind of room id as the room you are in (switchRoom).',
  ),
  sdk(
    5020,
    'INVALID_ROOM_ID_DUPLICATE',
    'invalid_channel_name',
    'The target room is the room you are already in.',
    'Pass a different room id to switchRoom.',
  ),
  // 5100 INVALID_OPERATION
  both(
    5101,
    'INVALID_OPERATION_NOT_JOINED',
    'not_joined',
    'The API was called before entering the room (startRemoteVideo, muteRemoteAudio, switchRole... need a room).',
    'Call it after enterRoom has succeeded.',
  ),
  both(
    5102,
    'INVALID_OPERATION_REMOTE_USER_NOT_EXIST',
    'remote_not_published',
    'The remote user is not in the room or does not publish a stream.',
    'Call it for users announced by remote-video-available / remote-audio-available.',
  ),
  both(
    5103,
    'INVALID_OPERATION_STREAM_TYPE_NOT_EXIST',
    'remote_not_published',
    'The remote user does not publish a stream of that type (for example no screen share).',
    'Request only the stream types announced by remote-video-available.',
  ),
  both(
    5104,
    'INVALID_OPERATION_REPEAT_CALL',
    'invalid_state',
    'The API is already in progress or done; it cannot be called again.',
    'Call it once; use the matching update/stop API to change it.',
  ),
  sdk(5105, 'INVALID_OPERATION_NEED_VIDEO', 'invalid_state', 'The API needs the camera to be on.', FIX_ORDER),
  sdk(
    5106,
    'INVALID_OPERATION_NEED_AUDIO',
    'invalid_state',
    'The API needs the microphone or screen share to be on.',
    FIX_ORDER,
  ),
  sdk(
    5107,
    'INVALID_ROLE_AUDIENCE',
    'not_authorized',
    "A user in the 'audience' role cannot call this API.",
    "Switch to the 'anchor' role first (switchRole) when the app allows it.",
  ),
  sdk(
    5108,
    'INVALID_NOT_ENABLE_SEI',
    'invalid_state',
    'SEI is not enabled on this client.',
    'Create the client with TRTC.create({ enableSEI: true }).',
  ),
  sdk(5109, 'INVALID_NEED_CALL_PUBLISHED', 'not_published', 'The API must be called after publishing.', FIX_ORDER),
  // 5200 ENV_NOT_SUPPORTED
  both(
    5201,
    'NOT_SUPPORTED_HTTP',
    'insecure_context',
    'The page is served over HTTP: browsers allow capture only in a secure context.',
    'Serve the page over HTTPS (or from localhost).',
  ),
  both(
    5202,
    'NOT_SUPPORTED_WEBRTC',
    'not_supported',
    'The browser does not support WebRTC.',
    'Guide the user to a browser TRTC supports.',
  ),
  both(
    5203,
    'NOT_SUPPORTED_H264_ENCODE',
    'not_supported',
    'The browser does not support H.264 encoding.',
    'Guide the user to a browser that encodes H.264.',
  ),
  both(
    5204,
    'NOT_SUPPORTED_H264_DECODE',
    'not_supported',
    'The browser does not support H.264 decoding.',
    'Guide the user to a browser that decodes H.264.',
  ),
  both(
    5205,
    'NOT_SUPPORTED_SCREEN_SHARE',
    'not_supported',
    'The browser does not support screen sharing.',
    'Check TRTC.isSupported() before offering screen sharing.',
  ),
  both(
    5206,
    'NOT_SUPPORTED_SMALL_VIDEO',
    'not_supported',
    'The browser does not support the small (low-quality) stream.',
    'Publish without the small stream on this browser.',
  ),
  both(
    5207,
    'NOT_SUPPORTED_SEI',
    'not_supported',
    'The browser does not support SEI messages.',
    'Do not use SEI on this browser.',
  ),
  both(
    5208,
    'NOT_SUPPORTED_WEBGL',
    'not_supported',
    'The browser does not support WebGL.',
    'Guide the user to a browser with WebGL.',
  ),
  both(
    5209,
    'NOT_SUPPORTED_CHROME_VERSION',
    'not_supported',
    'The browser version is too old for this API.',
    'Guide the user to update the browser.',
  ),
  sdk(
    5210,
    'NOT_SUPPORTED_PLUGIN',
    'not_supported',
    'The plugin is not supported in this environment.',
    'Check the plugin requirements, or do not start it here.',
  ),
  // 5300 DEVICE_ERROR
  both(
    5301,
    'DEVICE_NOT_FOUND_ERROR',
    'device_not_found',
    'NotFoundError: no camera, microphone or screen matching the request was found.',
    'Ask the user to connect the device; capture only the devices that exist.',
  ),
  both(
    5302,
    'DEVICE_NOT_ALLOWED_ERROR',
    'permission_denied',
    'NotAllowedError: the user or the system denied access to the device.',
    "Ask the user to allow access; when the error has handler(), the denial is the operating system's: call it to open the system settings.",
  ),
  both(
    5303,
    'DEVICE_NOT_READABLE_ERROR',
    'device_in_use',
    'NotReadableError: the device may be in use by another application.',
    'Ask the user to close the other application using the device, then try again.',
  ),
  both(
    5304,
    'DEVICE_OVERCONSTRAINED_ERROR',
    'constraint_not_satisfied',
    'OverconstrainedError: the device id is wrong.',
    'Pass a cameraId/microphoneId from TRTC.getCameraList()/getMicrophoneList().',
  ),
  both(
    5305,
    'DEVICE_INVALID_STATE_ERROR',
    'invalid_state',
    'InvalidStateError: capture was requested before the user interacted with the page.',
    'Start capture after a user gesture (click) on the page.',
    { strategy: 'none', actor: 'app' },
  ),
  both(
    5306,
    'DEVICE_SECURITY_ERROR',
    'permission_denied',
    'SecurityError: a system or browser security policy forbids using the device.',
    'Check the permissions policy and the system security settings; start capture after a user gesture.',
  ),
  both(
    5307,
    'DEVICE_ABORT_ERROR',
    'device_failure',
    'AbortError: an unknown system failure made the device unusable.',
    'Ask the user to change the device or browser and check that the device works.',
  ),
  both(
    5308,
    'CAMERA_RECOVER_FAILED',
    'device_failure',
    'The camera stopped and the SDK could not restart capturing it.',
    'Ask the user to check the camera, then call startLocalVideo again.',
  ),
  both(
    5309,
    'MICROPHONE_RECOVER_FAILED',
    'device_failure',
    'The microphone stopped and the SDK could not restart capturing it.',
    'Ask the user to check the microphone, then call startLocalAudio again.',
  ),
  sdk(
    5310,
    'NOT_SUPPORTED_MISMATCH_SAMPLE_RATE_IN_FIREFOX',
    'not_supported',
    'Firefox cannot capture the microphone at a sample rate different from the audio context.',
    'Use the default audio profile in Firefox, or another browser.',
  ),
  // 5400 SERVER_ERROR
  sdk(
    5401,
    'NEED_TO_BUY',
    'not_authorized',
    'The feature needs a package that this application has not bought.',
    'Buy the package for the feature in the TRTC console.',
  ),
  // 5500 OPERATION_FAILED
  both(
    5501,
    'FIREWALL_RESTRICTION',
    'media_connection_failed',
    'The media connection failed because of firewall restrictions.',
    'Ask the user to change network, or configure TURN/proxy for restricted networks.',
    {
      severity: 'fatal',
      strategy: 'user-action',
      actor: 'user',
    },
  ),
  both(
    5502,
    'REJOIN_FAILED',
    'media_connection_failed',
    'Re-entering the room after a disconnection failed.',
    'Check the network, then enter the room again.',
    {
      severity: 'recoverable',
      strategy: 'rejoin',
      actor: 'library',
    },
  ),
  both(
    5503,
    'EVENT_HANDLER_ERROR',
    'internal_error',
    "An exception was thrown by the app's own event handler (trtc.on(event, handler)).",
    'Fix the exception in your event handler.',
  ),
  sdk(
    5504,
    'VIDEO_CONTEXT_ERROR',
    'internal_error',
    'The video processing context (WebGL) became unavailable.',
    'Restart the video effect or plugin; report it to Tencent if it persists.',
  ),
  sdk(
    5505,
    'VIDEO_ENCODE_FAILED',
    'publish_failed',
    'Video encoding failed.',
    'Restart the local video; try another codec or browser if it persists.',
    {
      severity: 'fatal',
      strategy: 'none',
      actor: 'app',
    },
  ),
  sdk(
    5506,
    'AUDIO_ENCODE_FAILED',
    'publish_failed',
    'Audio (or, by an SDK slip, video) encoding failed.',
    'Restart the local track; try another browser if it persists.',
    { severity: 'fatal', strategy: 'none', actor: 'app' },
  ),
  sdk(
    5507,
    'VIDEO_DECODE_FAILED',
    'subscribe_failed',
    "A remote user's video could not be decoded.",
    'Nothing to do at once; the error carries userId and streamType. Try another browser if it persists.',
    { severity: 'recoverable', strategy: 'none', actor: 'sdk' },
  ),
  sdk(
    5508,
    'AUDIO_DECODE_FAILED',
    'subscribe_failed',
    "A remote user's audio could not be decoded.",
    'Nothing to do at once; try another browser if it persists.',
    { severity: 'recoverable', strategy: 'none', actor: 'sdk' },
  ),
];

/** Codes the bundle defines but never reports (see each entry's note in `notes.ts`). */
export const V5_NEVER_EMITTED: readonly number[] = [5010, 5105, 5206, 5208, 5209, 5502, 5503, 5505];

/** Non-fatal codes of the `error` event: the SDK is still in the room. */
export const V5_EVENT_NON_FATAL: ReadonlySet<number> = new Set([5308, 5309, 5501, 5507, 5508]);
