/**
 * Codes of the layers under the aliyun engine that reach the app as they are: the `media-device`
 * package (`{errorCode, errorCodeName, message, traceId, relatedLink}` when a capture fails), the
 * RTS transport (`AliRTS.ErrorCode`), its DataChannel codes and the plugin codes. Names are the SDK's
 * own (typos included; corrected spellings are aliases).
 * @module
 */
import type { CatalogEntry } from '../../src/index.js';
import { familyRows, UNIFIED_TEXT } from '../../src/catalog.js';
import { FAMILY } from './families.js';

const device = familyRows(FAMILY.mediaDevice, 'sdk');
const rts = familyRows(FAMILY.rts, 'sdk');
const dc = familyRows(FAMILY.rtsDataChannel, 'sdk');
const plugin = familyRows(FAMILY.plugin, 'sdk');

const ALLOW = 'Ask the user to allow access in the browser (site settings) and the system settings, then try again.';
const SUPPORTED = 'Use a supported browser (a recent Chrome, Edge, Safari or Firefox).';

/** `DeviceErrorCode` of `media-device` 1.4.x (bundled in the SDK, also `AliRTS.ErrorCode`). */
const MEDIA_DEVICE: readonly CatalogEntry[] = [
  device(
    10000,
    'ERROR_DEVICE_UNKNOWNERROR',
    'device_failure',
    'Unknown media device error.',
    'Check the camera and microphone, then try again.',
  ),
  device(
    10001,
    'ERROR_DEVICE_AUDIODEVICE_NOTFOUND',
    'device_not_found',
    'No microphone was found.',
    'Ask the user to connect a microphone, or choose another one.',
  ),
  device(
    10002,
    'ERROR_DEVICE_VIDEODEVICE_NOTFOUND',
    'device_not_found',
    'No camera was found.',
    'Ask the user to connect a camera, or choose another one.',
  ),
  device(10020, 'ERROR_DEVICE_NOTFOUND', 'device_not_found', 'No camera or microphone was found.', UNIFIED_TEXT),
  device(
    10003,
    'ERROR_DEVICE_AUDIODEVICE_NOTALLOWED',
    'permission_denied',
    'Permission to use the microphone was denied.',
    ALLOW,
  ),
  device(
    10004,
    'ERROR_DEVICE_VIDEODEVICE_NOTALLOWED',
    'permission_denied',
    'Permission to use the camera was denied.',
    ALLOW,
  ),
  device(
    10021,
    'ERROR_DEVICE_NOTALLOWED',
    'permission_denied',
    'Permission to use the camera or microphone was denied.',
    ALLOW,
  ),
  device(
    10005,
    'ERROR_DEVICE_AUDIODEVICE_NOTREADABLE',
    'device_in_use',
    'The microphone could not be started (it may be in use by another application).',
    'Ask the user to close other applications using the microphone, then try again.',
  ),
  device(
    10006,
    'ERROR_DEVICE_VIDEODEVICE_NOTREADABLE',
    'device_in_use',
    'The camera could not be started (it may be in use by another application).',
    'Ask the user to close other applications using the camera, then try again.',
  ),
  device(
    10022,
    'ERROR_DEVICE_NOTREADABLE',
    'device_in_use',
    'The camera or microphone could not be started (it may be in use by another application).',
    UNIFIED_TEXT,
  ),
  device(10007, 'ERROR_DEIVCE_CONSTRAINEDERROR', 'constraint_not_satisfied', UNIFIED_TEXT, UNIFIED_TEXT, {
    aliases: ['ERROR_DEVICE_CONSTRAINEDERROR'],
  }),
  device(
    10010,
    'ERROR_SCREENSHARE_UNKNOWNERRO',
    'screen_share_failed',
    'Screen sharing failed for an unknown reason.',
    'Ask the user to pick a screen again.',
    {
      aliases: ['ERROR_SCREENSHARE_UNKNOWNERROR'],
    },
  ),
  device(
    10011,
    'ERROR_SCREENSHARE_NOTALLOWED',
    'permission_denied',
    'Screen sharing was not allowed (the user cancelled or denied the picker).',
    'Ask the user to start screen sharing again and allow it.',
  ),
  device(
    10012,
    'ERROR_SCREENSHARE_ENDED',
    'screen_share_failed',
    'Screen sharing ended (the user stopped it).',
    'Start screen sharing again if needed.',
  ),
  device(
    10013,
    'ERROR_SCREENSHARE_NOPERMISSION',
    'permission_denied',
    'The system does not allow this browser to record the screen.',
    'Ask the user to allow screen recording for the browser in the system settings (macOS: Privacy & Security), then restart the browser.',
  ),
  device(
    10014,
    'ERROR_SCREENSHARE_INVALIDACCESS',
    'screen_share_failed',
    'Screen sharing was requested in a way the browser refuses (InvalidAccessError, e.g. outside a user gesture).',
    'Start screen sharing from a user action such as a click.',
  ),
  device(
    10018,
    'ERROR_SCREENSHARE_NOTSUPPORT',
    'not_supported',
    'This browser does not support screen sharing.',
    SUPPORTED,
  ),
  device(10019, 'ERROR_DEVICE_NOTSUPPORT', 'not_supported', 'This browser does not support media devices.', SUPPORTED),
];

/** The RTS transport's own codes (`AliRTS.ErrorCode`, 10101 and up). */
const RTS: readonly CatalogEntry[] = [
  rts(
    10101,
    'ERROR_SIGNAL_ERROR',
    'signaling_failed',
    'RTS signaling failed.',
    'Retry with backoff; check the network.',
  ),
  rts(10102, 'ERROR_PLAY_FAILED', 'subscribe_failed', 'RTS playback failed.', 'Subscribe again.'),
  rts(10110, 'ERROR_NOTSUPPORT_WEBRTC', 'not_supported', 'This browser does not support WebRTC.', SUPPORTED),
  rts(10111, 'ERROR_BROWSER_NOTSUPPORT', 'not_supported', 'This browser is not supported.', SUPPORTED),
  rts(
    10112,
    'ERROR_BROWSER_VERSIONLOW',
    'not_supported',
    'This browser version is too old.',
    'Ask the user to update the browser.',
  ),
  rts(
    10113,
    'ERROR_NOTSUPPORT_H264',
    'not_supported',
    'This browser does not support H.264.',
    'Use a browser with H.264 support, or another codec.',
  ),
  rts(
    10114,
    'ERROR_CREATEOFFER',
    'media_connection_failed',
    'Creating the WebRTC offer failed.',
    'Join again; check browser support.',
  ),
  rts(
    10115,
    'ERROR_NO_DATACHANNEL',
    'media_connection_failed',
    'The DataChannel is not available.',
    'Join again; check that the DataChannel is enabled.',
  ),
  rts(
    10116,
    'ERROR_INIT_LOCAL_FAIL',
    'device_failure',
    'Creating the local stream failed.',
    'Check the camera and microphone, then try again.',
  ),
  rts(
    10125,
    'ERROR_HEMLELEMENT_NOTMATCH',
    'invalid_params',
    'The HTML element does not match the stream.',
    'Pass a video element for video and an audio or video element for audio.',
    {
      aliases: ['ERROR_HTMLELEMENT_NOTMATCH'],
    },
  ),
  rts(10201, 'ERROR_AUTOPLAY_ERROR', 'autoplay_blocked', 'The browser blocked autoplay.', UNIFIED_TEXT),
  rts(10202, 'ERROR_PLAY_URL', 'invalid_params', 'The play URL is wrong.', 'Check the play URL.'),
  rts(10203, 'ERROR_SUBSCRIBE_NOTHING', 'remote_not_published', 'Nothing to subscribe to.', UNIFIED_TEXT),
  rts(
    10204,
    'ERROR_HTMLELEMENT_ERROR',
    'invalid_params',
    'The HTML element is invalid.',
    'Pass a valid media element.',
  ),
  rts(
    10205,
    'ERROR_HTTPREQUEST_ERROR',
    'signaling_failed',
    'An RTS HTTP request failed.',
    'Retry with backoff; check the network.',
  ),
  rts(10206, 'ERROR_ANSWER_ERROR', 'media_connection_failed', 'The WebRTC answer is wrong.', 'Join again.'),
  rts(
    10207,
    'ERROR_INBOUND_TIMEOUT',
    'stream_interrupted',
    'No media arrived in time.',
    'Wait; resubscribe if the stream does not resume.',
  ),
  rts(
    10208,
    'ERROR_STREAM_ENDED',
    'stream_interrupted',
    'The stream ended.',
    'Wait; resubscribe if the stream does not resume.',
  ),
  rts(
    10209,
    'ERROR_PC_DISCONNECTED',
    'media_connection_failed',
    'The peer connection was disconnected.',
    'Wait for the SDK to reconnect; rejoin if it does not.',
  ),
  rts(
    10210,
    'ERROR_TRANSPORT_CLOSED',
    'media_connection_failed',
    'The media transport was closed.',
    'Wait for the SDK to reconnect; rejoin if it does not.',
  ),
  rts(10211, 'ERROR_SIGNAL_URL', 'invalid_params', 'The signaling URL is wrong.', 'Check the signaling URL.'),
  rts(
    10212,
    'ERROR_IP_MIGRATE',
    'media_connection_failed',
    'The network address changed (IP migration).',
    'Wait for the SDK to reconnect; rejoin if it does not.',
  ),
  rts(10300, 'ERROR_PUBLISH_URL', 'invalid_params', 'The publish URL is wrong.', 'Check the publish URL.'),
  rts(
    10301,
    'ERROR_PUBLISH_NOAUDIO',
    'invalid_track',
    'Publishing failed: there is no audio.',
    'Create an audio track before publishing it.',
  ),
  rts(
    10302,
    'ERROR_PUBLISH_NOSTREAM',
    'invalid_track',
    'Publishing failed: there is no stream.',
    'Create a local stream before publishing.',
  ),
  rts(
    10500,
    'ERROR_DATACHANNEL_PARAM',
    'invalid_params',
    'Invalid DataChannel parameter.',
    'Check the DataChannel parameters.',
  ),
  rts(
    10501,
    'ERROR_DATACHANNEL_OPEN',
    'media_connection_failed',
    'Opening the DataChannel failed.',
    'Retry; check the network.',
  ),
  rts(
    10502,
    'ERROR_DATACHANNEL_CLOSE',
    'media_connection_failed',
    'The DataChannel closed.',
    'Wait for the SDK to reconnect; rejoin if it does not.',
  ),
  rts(
    11000,
    'ERROR_MEDIASTREAMTRACK_TYPE_ERROR',
    'invalid_track',
    'The value is not a MediaStreamTrack.',
    'Pass a MediaStreamTrack.',
  ),
  rts(
    11001,
    'ERROR_MEDIASTREAMTRACK_KIND_ERROR',
    'invalid_track',
    'The MediaStreamTrack is of the wrong kind.',
    'Pass an audio track for audio and a video track for video.',
  ),
  rts(11002, 'ERROR_MEDIASTREAMTRACK_AUDIO_NONE', 'invalid_track', 'There is no audio track.', 'Pass an audio track.'),
  rts(11003, 'ERROR_CUSTOMSTREAM_NONE', 'invalid_track', 'There is no custom stream.', 'Pass a custom stream.'),
  rts(
    11004,
    'ERROR_CUSTOMSTREAM_INVALID',
    'invalid_track',
    'The custom stream is invalid.',
    'Pass a valid MediaStream.',
  ),
  rts(
    11005,
    'ERROR_CUSTOMSTREAM_TRACK_NONE',
    'invalid_track',
    'The custom stream has no track.',
    'Pass a MediaStream with at least one track.',
  ),
  rts(
    12000,
    'ERROR_PREERCONNECTION_UNKNOWN',
    'media_connection_failed',
    'Unknown peer connection error.',
    'Join again.',
    {
      aliases: ['ERROR_PEERCONNECTION_UNKNOWN'],
    },
  ),
  rts(
    13000,
    'ERROR_SUBADD_NO_RESULT',
    'subscribe_failed',
    'Adding a subscription returned no result.',
    'Subscribe again.',
  ),
  rts(13001, 'ERROR_PUBADD_NO_RESULT', 'publish_failed', 'Adding a publication returned no result.', 'Publish again.'),
  rts(
    13100,
    'ERROR_SINGLE_PC_STREAM_ERROR',
    'media_connection_failed',
    'A stream on the shared peer connection failed.',
    'Wait for the SDK to reconnect; rejoin if it does not.',
  ),
  rts(
    13101,
    'ERROR_SINGLE_PC_STREAM_RECONNECT_FAILED',
    'media_connection_failed',
    'Reconnecting a stream on the shared peer connection failed.',
    'Rejoin the channel.',
  ),
  rts(
    13102,
    'ERROR_SINGLE_PC_FULL_RECONNECT',
    'media_connection_failed',
    'The shared peer connection is being fully reconnected.',
    'Wait for the SDK to reconnect.',
    {
      kind: 'warning',
      strategy: 'wait-for-network',
    },
  ),
  rts(
    13103,
    'ERROR_SINGLE_PC_FULL_RECONNECT_FAILED',
    'media_connection_failed',
    'Fully reconnecting the shared peer connection failed.',
    'Rejoin the channel.',
  ),
];

/** The RTS DataChannel codes (15000 and up). */
const DATA_CHANNEL: readonly CatalogEntry[] = [
  dc(
    15000,
    'DATACHANNEL_SIGNAL_ERROR',
    'signaling_failed',
    'DataChannel signaling failed.',
    'Retry with backoff; check the network.',
  ),
  dc(
    15001,
    'DATACHANNEL_SET_OFFER_ERROR',
    'media_connection_failed',
    'DataChannel: setting the offer failed.',
    'Join again.',
  ),
  dc(
    15002,
    'DATACHANNEL_SET_ANSWER_ERROR',
    'media_connection_failed',
    'DataChannel: setting the answer failed.',
    'Join again.',
  ),
  dc(
    15003,
    'DATACHANNEL_CREATE_OFFER_ERROR',
    'media_connection_failed',
    'DataChannel: creating the offer failed.',
    'Join again.',
  ),
  dc(
    15004,
    'DATACHANNEL_RESPONSE_ERROR',
    'server_error',
    'DataChannel: the server answered with an error.',
    'Retry with backoff.',
  ),
  dc(
    15005,
    'DATACHANNEL_PARSE_ERROR',
    'server_error',
    'DataChannel: the server answer could not be parsed.',
    'Retry with backoff.',
  ),
  dc(
    15006,
    'DATACHANNEL_TIMEOUT_ERROR',
    'network_timeout',
    'DataChannel: the request timed out.',
    'Retry with backoff; check the network.',
  ),
  dc(15007, 'CORE_NO_PC_ERROR', 'media_connection_failed', 'There is no peer connection.', 'Join again.'),
  dc(15008, 'CORE_PUBLIST_EXCEED_ERROR', 'request_rejected', 'Too many publications.', 'Publish fewer streams.', {
    aliases: ['CORE_PUBLISH_EXCEED_ERROR'],
  }),
  dc(
    15009,
    'CORE_PUB_REPLACE_URL_NOT_FOUND',
    'publish_failed',
    'The publication to replace was not found.',
    'Publish again.',
  ),
  dc(
    15010,
    'CORE_TRANSCEIVERS_NOT_FOUND',
    'internal_error',
    'The peer connection transceivers were not found.',
    'Rejoin; report it with the SDK version if it keeps happening.',
  ),
  dc(
    15011,
    'CORE_IGNORE_SIGNAL_REQUEST',
    'operation_aborted',
    'A signaling request was ignored (superseded).',
    UNIFIED_TEXT,
    { actor: 'library' },
  ),
];

/** Plugin codes (beauty and other processing plugins); thrown as the SDK's error class. */
const PLUGIN: readonly CatalogEntry[] = [
  plugin(
    0,
    'AliRtcPluginErrorCode.AliRtcPluginErrorCodeSuccess',
    'unknown',
    'Plugin code 0 means success: it is not an error.',
    'Nothing to do.',
    {
      kind: 'warning',
      severity: 'recoverable',
      strategy: 'none',
      aliases: ['AliRtcPluginErrorCodeSuccess'],
      actor: 'nobody',
    },
  ),
  plugin(
    -1,
    'AliRtcPluginErrorCode.AliRtcPluginErrorCodeFailed',
    'internal_error',
    'The plugin failed.',
    'See the detail.',
    {
      aliases: ['AliRtcPluginErrorCodeFailed'],
    },
  ),
  plugin(
    -2,
    'AliRtcPluginErrorCode.AliRtcPluginErrorNoFindPlugin',
    'invalid_state',
    'The plugin was not found (not added or not enabled).',
    'Add and enable the plugin first.',
    {
      aliases: ['AliRtcPluginErrorNoFindPlugin'],
    },
  ),
  plugin(
    -3,
    'AliRtcPluginErrorCode.AliRtcPluginErrorParameterError',
    'invalid_params',
    'Invalid plugin parameter.',
    'Check the plugin options.',
    {
      aliases: ['AliRtcPluginErrorParameterError'],
    },
  ),
  plugin(
    -4,
    'AliRtcPluginErrorCode.AliRtcPluginErrorLoadError',
    'sdk_init_failed',
    'The plugin could not be loaded.',
    'Check that the plugin files are reachable.',
    {
      aliases: ['AliRtcPluginErrorLoadError'],
    },
  ),
  plugin(
    -5,
    'AliRtcPluginErrorCode.AliRtcPluginErrorCreateError',
    'invalid_state',
    'The plugin could not be created (it may already exist).',
    'Add each plugin once.',
    {
      aliases: ['AliRtcPluginErrorCreateError'],
    },
  ),
  plugin(
    -6,
    'AliRtcPluginErrorCode.AliRtcPluginErrorInitError',
    'sdk_init_failed',
    'The plugin failed to initialize.',
    'Check the plugin version and options.',
    {
      aliases: ['AliRtcPluginErrorInitError'],
    },
  ),
  plugin(
    -7,
    'AliRtcPluginErrorCode.AliRtcPluginErrorInitTokenError',
    'not_authorized',
    'The plugin license (token) is invalid.',
    'Check the plugin license.',
    {
      aliases: ['AliRtcPluginErrorInitTokenError'],
    },
  ),
];

/** Device, transport and plugin codes. */
export const DEVICE_AND_TRANSPORT: readonly CatalogEntry[] = [...MEDIA_DEVICE, ...RTS, ...DATA_CHANNEL, ...PLUGIN];
