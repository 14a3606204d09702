/**
 * The agora-web catalog (Agora Web SDK 2.x/3.x, npm `agora-rtc-sdk` 3.6.11): every code of the
 * vendor's error-code page (seeds 000 zh / 001 en) and every code the SDK bundle defines, mapped to
 * unified codes. English text here; Chinese in `zh.ts`.
 *
 * Families (`entry.family`) and why they matter: the server's numbers collide across tables
 * (`K_TIMESTAMP_EXPIRED` is 2, `ERR_FAILED` is 1, exception `AUDIO_INPUT_LEVEL_TOO_LOW` is 2001 like
 * `ERR_NO_VOS_AVAILABLE`). `lookupAll(n)` returns every candidate; `lookup(n)` the preferred one,
 * which is the first in {@link FAMILY_PREFERENCE} order: a bare number reaching an app is most
 * likely a join/server code (`ERR`, then `WARN`, then `K`), and only then one of the tables whose
 * numbers come inside a typed payload (exception, relay, inject events), where the event
 * translators look the code up in their own family instead.
 *
 * - `ERR`, `WARN`: the gateway's numeric codes (`GatewayErrorCode` in the bundle, and the
 *   `ERR_*`/`WARN_*` members of the SDK's error table, whose values are numeric strings like `"110"`).
 * - `K`: the gateway's key/ticket codes 2–16.
 * - `CLIENT`: the SDK's public error table (`AgoraRTC` error codes passed to `onFailure`).
 * - `RTC`: the `AgoraRTCErrorCode` enum of the bundle's newer modules (live streaming, websocket,
 *   relay); values already in `CLIENT` are not repeated.
 * - `INIT`: `msg` values of `Stream.init` failures that are in neither table.
 * - `CALLBACK`: other strings the SDK (or its typings) document for callbacks and `error` events.
 * - `AP`: access-point (server choice) codes, reported by name.
 * - `EXCEPTION`: `exception` event codes (1001–2005) and their recoveries (3001–4005).
 * - `STRING_UID`: string-uid registration codes, reported by name in `error` events.
 * - `RELAY`: `ChannelMediaError` codes of the media stream relay.
 * - `INJECT`: `streamInjectedStatus` failure statuses.
 * @module
 */
import { UNIFIED_TEXT } from '../../src/catalog.js';
import type { CatalogEntry } from '../../src/index.js';
import { family, namedFamily, type NamedRow, type Row } from './entry.js';

/** Family order of {@link ENTRIES}: `lookup` prefers the earlier family for a shared number. */
export const FAMILY_PREFERENCE = [
  'ERR',
  'WARN',
  'K',
  'CLIENT',
  'RTC',
  'INIT',
  'CALLBACK',
  'AP',
  'EXCEPTION',
  'STRING_UID',
  'RELAY',
  'INJECT',
] as const;

/** A family of the agora-web catalog. */
export type AgoraWebFamily = (typeof FAMILY_PREFERENCE)[number];

const RETRY = 'Retry with backoff; check the network if it keeps happening.';
const NEW_TOKEN =
  'Generate a new token on your server for this App ID, channel and uid, then join again (or call renewToken).';
const CHECK_APPID = 'Check the App ID in the Agora Console and pass the right one to Client.init.';
const CHECK_CALL_ORDER =
  'Check the order of calls: join before publish or subscribe, and do not call the method twice.';
const SINGLE_STREAM = 'Continue with the high stream only; do not enable dual streams in this environment.';
const UNSUPPORTED = 'Use a browser supported by the Agora Web SDK, or disable this feature.';
const WAIT = 'No action needed; the SDK retries by itself. Check the network if it keeps happening.';

// prettier-ignore
const ERR: readonly Row[] = [
  ['1', 'ERR_FAILED', 'internal_error', 'General error (the reason is not classified specifically).', 'Log the detail and the SDK version; retry the operation once, then report it to Agora.', { source: 'sdk+docs', actor: 'library', severity: 'recoverable', strategy: 'backoff' }],
  ['101', 'ERR_INVALID_VENDOR_KEY', 'app_id_invalid', 'The specified App ID is invalid.', CHECK_APPID, { source: 'sdk+docs' }],
  ['102', 'ERR_INVALID_CHANNEL_NAME', 'invalid_channel_name', 'The specified channel name is invalid.', 'Use a channel name the SDK accepts (at most 64 bytes, letters, digits and the allowed symbols).', { source: 'sdk+docs' }],
  ['109', 'ERR_DYNAMIC_KEY_TIMEOUT', 'token_expired', 'The current Channel Key or Token is invalid. This error occurs if you use the generated Channel Key or Token after one day.', 'Generate a new token on your server and use it within its validity period; renew it before it expires.', { source: 'sdk+docs' }],
  ['110', 'ERR_INVALID_DYNAMIC_KEY', 'token_invalid', 'The Channel Key or token is invalid.', NEW_TOKEN],
  [110, 'ERR_NO_AUTHORIZED', 'not_authorized', 'The current Channel Key is not authorized (this applies to tokens too).', 'Generate a token with the right App ID, App Certificate, channel, uid and privileges on your server, then join again.', { source: 'sdk+docs', strategy: 'renew-token', actor: 'library' }],
  [111, 'ERR_VOM_SERVICE_UNAVAILABLE', 'server_busy', 'The media server service is unavailable.', WAIT, { actor: 'sdk', strategy: 'none' }],
  [112, 'ERR_NO_CHANNEL_AVAILABLE_CODE', 'server_busy', 'No channel resource is available on the server.', RETRY],
  [113, 'ERR_TOO_MANY_USERS', 'server_busy', 'The server has too many users; the SDK tries another gateway.', RETRY],
  [114, 'ERR_MASTER_VOCS_UNAVAILABLE', 'server_busy', 'The master server is unavailable; the SDK tries another gateway.', RETRY],
  [115, 'ERR_INTERNAL_ERROR', 'server_error', 'The server reported an internal error; the SDK tries another gateway.', RETRY],
  [116, 'ERR_NO_ACTIVE_STATUS', 'app_inactive', 'The current App ID is not activated.', 'Enable the project of this App ID in the Agora Console, or use the App ID of an active project.', { source: 'sdk+docs' }],
  [117, 'ERR_INVALID_UID', 'invalid_uid', 'The uid is invalid.', 'Use a uid the SDK accepts: an integer in [0, 2^32) or a string of 1 to 255 ASCII characters.', { source: 'sdk+docs' }],
  [118, 'ERR_DYNAMIC_KEY_EXPIRED', 'token_expired', 'The current Channel Key or Token has expired, and is no longer valid.', 'Fetch a new token from your server and call renewToken, or join again with it.', { source: 'sdk+docs' }],
  [119, 'ERR_STATIC_USE_DYANMIC_KE', 'token_invalid', 'The static user has used the dynamic key: a project without an App Certificate joined with a token.', 'Join without a token (pass null), or enable the App Certificate of the project and use tokens everywhere.', { source: 'sdk+docs', strategy: 'none', aliases: ['ERR_STATIC_USE_DYNAMIC_KEY'], actor: 'app' }],
  [120, 'ERR_DYNAMIC_USE_STATIC_KE', 'token_invalid', 'The dynamic user has used the static key: a project with an App Certificate joined without a token.', 'Generate a token on your server and pass it to join.', { source: 'sdk+docs', aliases: ['ERR_DYNAMIC_USE_STATIC_KEY'], }],
  ['2000', 'ERR_NO_VOCS_AVAILABLE', 'server_busy', 'No signaling server is available.', RETRY],
  ['2001', 'ERR_NO_VOS_AVAILABLE', 'server_busy', 'No media server is available.', RETRY],
  ['2002', 'ERR_JOIN_CHANNEL_TIMEOUT', 'network_timeout', 'Timeout in joining the channel.', RETRY, { source: 'sdk+docs' }],
  [2004, 'ERR_JOIN_BY_MULTI_IP', 'request_rejected', 'The server notified that the user joined from several IP addresses.', 'Check whether the same uid joins from several devices or networks; the SDK emits it as the onMultiIP notification.', { severity: 'recoverable', strategy: 'none', actor: 'sdk' }],
  [2011, 'ERR_NOT_JOINED', 'not_joined', 'The gateway says the user has not joined the channel.', 'Join the channel before this operation.'],
  [2013, 'ERR_INVALID_VENDOR_KEY_2013', 'app_id_invalid', 'The specified App ID is invalid (gateway code 2013).', CHECK_APPID, { aliases: ['ERR_INVALID_VENDOR_KEY'], }],
  [2014, 'ERR_INVALID_CHANNEL_NAME_2014', 'invalid_channel_name', 'The specified channel name is invalid (gateway code 2014).', 'Use a channel name the SDK accepts (at most 64 bytes, letters, digits and the allowed symbols).', { aliases: ['ERR_INVALID_CHANNEL_NAME'], }],
  [2015, 'ERR_INVALID_STRINGUID', 'invalid_uid', 'The string uid is invalid.', 'Use a string uid of 1 to 255 ASCII characters.'],
  [2016, 'ERR_TOO_MANY_USERS_2016', 'server_busy', 'The server has too many users (gateway code 2016).', RETRY, { aliases: ['ERR_TOO_MANY_USERS'], }],
  [2017, 'ERR_SET_CLIENT_ROLE_TIMEOUT', 'network_timeout', 'Setting the client role timed out.', 'Call setClientRole again; check the network if it keeps happening.'],
  [2018, 'ERR_SET_CLIENT_ROLE_NO_PERMISSION', 'not_authorized', 'The user has no permission to set this client role.', 'Use a token whose privileges allow the host role, or stay an audience member.'],
  [2019, 'ERR_SET_CLIENT_ROLE_ALREADY_IN_USE', 'invalid_state', 'The client already has this role.', 'No action needed: the SDK treats it as success.', { severity: 'recoverable', actor: 'nobody' }],
  [2020, 'ERR_PUBLISH_REQUEST_INVALID', 'publish_failed', 'The gateway rejected the publish request as invalid.', 'Check the stream and the client role (only hosts publish in live mode), then publish again.', { severity: 'fatal', strategy: 'none', actor: 'app' }],
  [2021, 'ERR_SUBSCRIBE_REQUEST_INVALID', 'subscribe_failed', 'The gateway rejected the subscribe request as invalid.', 'Subscribe only to streams reported by stream-added, then subscribe again.', { severity: 'fatal', strategy: 'none', actor: 'app' }],
  [2022, 'ERR_NOT_SUPPORTED_MESSAGE', 'not_supported', 'The gateway does not support this request.', 'Upgrade the SDK, or do not use this feature.'],
  [2023, 'ERR_ILLEAGAL_PLUGIN', 'invalid_params', 'The plugin is illegal.', 'Check the plugin passed to the SDK.'],
  [2028, 'ILLEGAL_AES_PASSWORD', 'invalid_params', 'The encryption secret is illegal.', 'Use an encryption secret of ASCII characters, 1 to 255 bytes long, set with setEncryptionSecret before join.'],
];

// prettier-ignore
const WARN: readonly Row[] = [
  ['103', 'WARN_NO_AVAILABLE_CHANNEL', 'server_busy', 'No channel resources are available: the server cannot allocate channel resources.', WAIT, { source: 'sdk+docs', actor: 'sdk', strategy: 'none' }],
  ['104', 'WARN_LOOKUP_CHANNEL_TIMEOUT', 'network_timeout', 'A timeout when looking up the channel, usually because the network is too poor to reach the server.', WAIT, { source: 'sdk+docs', actor: 'sdk', strategy: 'none' }],
  ['105', 'WARN_LOOKUP_CHANNEL_REJECTED', 'request_rejected', 'The server rejected the request to look up the channel: it cannot process it, or the request is illegal.', 'Usually no action is needed; if joining fails, check the App ID, token and channel name.', { source: 'sdk+docs', severity: 'recoverable', strategy: 'none', actor: 'sdk' }],
  ['106', 'WARN_OPEN_CHANNEL_TIMEOUT', 'network_timeout', 'A timeout when opening the channel, usually because the network is too poor to reach the server.', WAIT, { source: 'sdk+docs', actor: 'sdk', strategy: 'none' }],
  ['107', 'WARN_OPEN_CHANNEL_REJECTED', 'request_rejected', 'The server rejected the request to open the channel: it cannot process it, or the request is illegal.', 'Usually no action is needed; if joining fails, check the App ID, token and channel name.', { source: 'sdk+docs', severity: 'recoverable', strategy: 'none', actor: 'sdk' }],
  ['108', 'WARN_REQUEST_DEFERRED', 'server_busy', "The user's request is deferred.", WAIT, { source: 'sdk+docs', actor: 'sdk', strategy: 'none' }],
  [2003, 'WARN_REPEAT_JOIN', 'already_joined', 'The user joined the channel again (repeated join).', 'Do not call join twice; leave first if you want to join another channel.', { severity: 'fatal', strategy: 'none', actor: 'app' }],
  [2012, 'WARN_REPEAT_JOIN_2012', 'already_joined', 'The user joined the channel again (repeated join, gateway code 2012).', 'Do not call join twice; leave first if you want to join another channel.', { severity: 'fatal', strategy: 'none', aliases: ['WARN_REPEAT_JOIN'], actor: 'app' }],
];

// prettier-ignore
const K: readonly Row[] = [
  [2, 'K_TIMESTAMP_EXPIRED', 'token_expired', 'The Channel Key or token has expired and is no longer valid.', 'Fetch a new token from your server and join again with it.', { source: 'sdk+docs' }],
  [3, 'K_CHANNEL_PERMISSION_INVALID', 'not_authorized', 'The user has no permission to join the channel.', 'Ask the channel manager for permission to join this channel.', { source: 'sdk+docs' }],
  [4, 'K_CERTIFICATE_INVALID', 'token_invalid', 'The App Certificate is invalid.', 'Check the App Certificate your token server uses against the Agora Console, then generate a new token.', { source: 'sdk+docs', strategy: 'none', actor: 'app' }],
  [5, 'K_CHANNEL_NAME_EMPTY', 'invalid_channel_name', 'The channel name is empty.', 'Pass a non-empty channel name to join.', { source: 'sdk+docs' }],
  [6, 'K_CHANNEL_NOT_FOUND', 'channel_not_found', 'The specified channel is not found.', UNIFIED_TEXT, { source: 'sdk+docs', }],
  [7, 'K_TICKET_INVALID', 'token_invalid', 'The ticket is invalid.', NEW_TOKEN, { source: 'sdk+docs' }],
  [8, 'K_CHANNEL_CONFLICTED', 'channel_conflict', 'The channel is conflicted.', 'Check the channel profile and the roles of its users, or use another channel name.', { source: 'sdk+docs' }],
  [9, 'K_SERVICE_NOT_READY', 'server_busy', 'The service is not ready.', UNIFIED_TEXT, { source: 'sdk+docs' }],
  [10, 'K_SERVICE_TOO_HEAVY', 'server_busy', 'The service is too busy.', UNIFIED_TEXT, { source: 'sdk+docs' }],
  [14, 'K_UID_BANNED', 'banned', 'The uid is banned.', 'Tell the user they were banned from the channel; do not rejoin automatically.', { source: 'sdk+docs' }],
  [15, 'K_IP_BANNED', 'banned', 'The IP is banned.', 'Tell the user their network address was banned; do not rejoin automatically.', { source: 'sdk+docs' }],
  [16, 'K_CHANNEL_BANNED', 'banned', 'The channel is banned.', 'Tell the user the channel was banned; do not rejoin automatically.', { source: 'sdk+docs' }],
];

// prettier-ignore
const CLIENT: readonly NamedRow[] = [
  ['FAILED', 'internal_error', 'The operation failed for an unspecified reason.', 'Log the detail and retry the operation once; report it if it keeps failing.'],
  ['INVALID_KEY', 'app_id_invalid', 'The App ID (key) passed to the client is invalid.', CHECK_APPID],
  ['INVALID_CLIENT_MODE', 'invalid_params', 'The client mode is invalid.', 'Pass mode "rtc" or "live" to AgoraRTC.createClient.'],
  ['INVALID_CLIENT_CODEC', 'invalid_params', 'The client codec is invalid.', 'Pass codec "vp8" or "h264" to AgoraRTC.createClient.'],
  ['CLIENT_MODE_CODEC_MISMATCH', 'invalid_params', 'The client mode and codec do not match.', 'Use a mode and codec combination the SDK supports in AgoraRTC.createClient.'],
  ['WEB_API_NOT_SUPPORTED', 'not_supported', 'The browser lacks a Web API the SDK needs.', UNSUPPORTED],
  ['INVALID_PARAMETER', 'invalid_params', 'Incorrect parameter type.', 'Check the type and value of the arguments passed to the method.', { source: 'sdk+docs' }],
  ['NO_TRACK_IN_STREAM', 'invalid_track', 'The stream has no track.', 'Create the stream with audio or video and initialize it before publishing.'],
  ['INVALID_OPERATION', 'invalid_state', 'The user has failed to join the channel, or joined the same channel: the operation is invalid in this state.', CHECK_CALL_ORDER, { source: 'sdk+docs', }],
  ['INVALID_LOCAL_STREAM', 'invalid_track', 'The stream is illegal: the local stream object is invalid.', 'Pass a local stream created with AgoraRTC.createStream and initialized with Stream.init.', { source: 'sdk+docs' }],
  ['INVALID_REMOTE_STREAM', 'invalid_track', 'The remote stream is illegal.', 'Pass the remote stream object the SDK gave in stream-added.', { source: 'sdk+docs' }],
  ['INVALID_DYNAMIC_KEY', 'token_invalid', 'The Channel Key or token is invalid.', NEW_TOKEN],
  ['DYNAMIC_KEY_TIMEOUT', 'token_expired', 'The Channel Key or token has timed out.', 'Fetch a new token from your server and call renewToken.', { aliases: ['2010010'], }],
  ['NO_VOCS_AVAILABLE', 'server_busy', 'No signaling server is available.', RETRY],
  ['NO_VOS_AVAILABLE', 'server_busy', 'No media server is available.', RETRY, { value: 'ERR_NO_VOS_AVAILABLE' }],
  ['JOIN_CHANNEL_TIMEOUT', 'network_timeout', 'Timeout in joining the channel.', RETRY, { value: 'ERR_JOIN_CHANNEL_TIMEOUT' }],
  ['NO_AVAILABLE_CHANNEL', 'server_busy', 'No channel resources are available.', WAIT, { kind: 'warning', actor: 'sdk', strategy: 'none' }],
  ['LOOKUP_CHANNEL_TIMEOUT', 'network_timeout', 'A timeout when looking up the channel.', WAIT, { kind: 'warning', actor: 'sdk', strategy: 'none' }],
  ['LOOKUP_CHANNEL_REJECTED', 'request_rejected', 'The server rejected the request to look up the channel.', 'Usually no action is needed; if joining fails, check the App ID, token and channel name.', { kind: 'warning', severity: 'recoverable', strategy: 'none', actor: 'sdk' }],
  ['OPEN_CHANNEL_TIMEOUT', 'network_timeout', 'A timeout when opening the channel.', WAIT, { kind: 'warning', actor: 'sdk', strategy: 'none' }],
  ['OPEN_CHANNEL_REJECTED', 'request_rejected', 'The server rejected the request to open the channel.', 'Usually no action is needed; if joining fails, check the App ID, token and channel name.', { kind: 'warning', severity: 'recoverable', strategy: 'none', actor: 'sdk' }],
  ['REQUEST_DEFERRED', 'server_busy', "The user's request is deferred.", WAIT, { kind: 'warning', actor: 'sdk', strategy: 'none' }],
  ['STREAM_ALREADY_PUBLISHED', 'already_published', 'The stream has already been published.', 'Do not publish the same stream twice; unpublish it first if needed.', { source: 'sdk+docs' }],
  ['STREAM_NOT_YET_PUBLISHED', 'not_published', 'The stream has not yet been published.', 'Publish the stream before unpublishing it or changing what depends on publishing.', { source: 'sdk+docs' }],
  ['JOIN_TOO_FREQUENT', 'rate_limited', 'The request for joining a channel is too frequent.', 'Wait before joining again; do not call join in a tight loop.', { source: 'sdk+docs' }],
  ['SOCKET_ERROR', 'signaling_failed', 'The SDK lost its connection to the Agora server during the request.', RETRY],
  ['SOCKET_DISCONNECTED', 'network_unavailable', 'The SDK disconnected from the Agora server because of network conditions and is reconnecting by itself.', 'Wait for the SDK to reconnect; tell the user if it does not come back.'],
  ['PEERCONNECTION_FAILED', 'media_connection_failed', 'P2P connection failed: the media transport (peer connection) could not be established or was lost.', 'Publish or subscribe again, or rejoin; check UDP ports and firewalls if it keeps happening.', { source: 'sdk+docs' }],
  ['CONNECT_GATEWAY_ERROR', 'gateway_unreachable', 'The SDK could not connect to the Agora gateway.', UNIFIED_TEXT],
  ['SERVICE_NOT_AVAILABLE', 'server_busy', 'The service is not available.', RETRY],
  ['JOIN_CHANNEL_FAILED', 'signaling_failed', 'Joining the channel failed.', RETRY],
  ['PUBLISH_STREAM_FAILED', 'publish_failed', 'The user has failed to publish the stream, usually because the connection was lost while publishing.', 'Publish the stream again once the client is connected.', { source: 'sdk+docs' }],
  ['UNPUBLISH_STREAM_FAILED', 'publish_failed', 'The stream has failed to be unpublished.', 'Call unpublish again once the client is connected.', { source: 'sdk+docs', strategy: 'backoff' }],
  ['SUBSCRIBE_STREAM_FAILED', 'subscribe_failed', 'The user has failed to subscribe to a stream, usually because the connection was lost while subscribing.', 'Subscribe again once the client is connected.', { source: 'sdk+docs' }],
  ['UNSUBSCRIBE_STREAM_FAILED', 'subscribe_failed', 'The user has failed to unsubscribe from a stream.', 'Call unsubscribe again once the client is connected.', { source: 'sdk+docs', strategy: 'backoff' }],
  ['NO_SUCH_REMOTE_STREAM', 'remote_not_published', 'There is no such remote stream in the channel.', 'Subscribe only to streams reported by stream-added and not yet removed.', { source: 'sdk+docs' }],
  ['IOS_NOT_SUPPORT', 'dual_stream_failed', 'The iOS Safari browser does not support the low stream.', SINGLE_STREAM, { source: 'sdk+docs' }],
  ['WECHAT_NOT_SUPPORT', 'dual_stream_failed', 'The WeChat browser does not support the low stream.', SINGLE_STREAM],
  ['SHARING_SCREEN_NOT_SUPPORT', 'dual_stream_failed', 'The screen-share function does not support the low stream.', SINGLE_STREAM, { source: 'sdk+docs' }],
  ['STILL_ON_PUBLISHING', 'invalid_state', 'Cannot enable or disable the low stream when publishing the stream.', 'Wait until publishing has finished (stream-published), then enable or disable dual streams.', { source: 'sdk+docs' }],
  ['LOW_STREAM_ALREADY_PUBLISHED', 'already_published', 'The low stream has already been published.', 'Do not enable dual streams twice.', { source: 'sdk+docs' }],
  ['LOW_STREAM_NOT_YET_PUBLISHED', 'not_published', 'The low stream has not been published.', 'Enable dual streams and publish before disabling them.', { value: 'LOW_STREAM_ALREADY_PUBLISHED', source: 'sdk+docs' }],
  ['HIGH_STREAM_NOT_VIDEO_TRACE', 'dual_stream_failed', 'Unable to obtain the channel of the high stream (its video track).', 'Publish a stream with a video track before enabling dual streams.', { source: 'sdk+docs', }],
  ['NOT_FIND_DEVICE_BY_LABEL', 'dual_stream_failed', 'Unable to find the device of the high stream.', 'Keep the high stream camera connected while dual streams are enabled, or continue with the high stream only.', { source: 'sdk+docs' }],
  ['ENABLE_DUALSTREAM_FAILED', 'dual_stream_failed', 'Failed to enable the low stream.', SINGLE_STREAM, { source: 'sdk+docs' }],
  ['DISABLE_DUALSTREAM_FAILED', 'dual_stream_failed', 'Failed to disable the low stream.', 'Call disableDualStream again later.', { source: 'sdk+docs' }],
  ['PLAYER_NOT_FOUND', 'invalid_state', 'The stream is not being played.', 'Call Stream.play before this operation.'],
  ['ELECTRON_NOT_SUPPORT_SHARING_SCREEN', 'not_supported', 'This Electron environment does not support screen sharing.', UNSUPPORTED],
  ['BAD_ENVIRONMENT', 'not_supported', 'Unsupported web browser.', UNSUPPORTED],
  ['LOAD_AUDIO_FAILED', 'media_file_error', 'Failed to load the online audio file.', 'Check the file URL, its format and its CORS headers.'],
];

// prettier-ignore
const RTC: readonly NamedRow[] = [
  ['UNEXPECTED_ERROR', 'internal_error', 'An unexpected error occurred.', UNIFIED_TEXT],
  ['UNEXPECTED_RESPONSE', 'request_rejected', 'The server returned an unexpected response.', RETRY, { actor: 'app', severity: 'fatal', strategy: 'none' }],
  ['TIMEOUT', 'network_timeout', 'The operation timed out.', RETRY],
  ['INVALID_PARAMS', 'invalid_params', 'Invalid parameters.', UNIFIED_TEXT],
  ['NOT_SUPPORT', 'not_supported', 'The browser does not support this feature.', UNSUPPORTED],
  ['OPERATION_ABORT', 'operation_aborted', 'The operation was aborted.', 'Nothing to retry: the operation was cancelled, usually by the app\'s own leave().', { actor: 'app', severity: 'fatal', strategy: 'none' }],
  ['WEB_SECURITY_RESTRICT', 'insecure_context', 'The browser security policy restricts this operation.', 'Serve the page over HTTPS (or localhost) and check its permissions policy.'],
  ['NETWORK_ERROR', 'network_unavailable', 'A network error occurred.', 'Wait for the network to come back, then retry.', { strategy: 'backoff' }],
  ['NETWORK_TIMEOUT', 'network_timeout', UNIFIED_TEXT, RETRY],
  ['NETWORK_RESPONSE_ERROR', 'server_error', 'A network request returned an error response.', RETRY, { actor: 'library' }],
  ['API_INVOKE_TIMEOUT', 'network_timeout', 'The API call timed out.', RETRY],
  ['ENUMERATE_DEVICES_FAILED', 'enumerate_devices_failed', UNIFIED_TEXT, UNIFIED_TEXT],
  ['DEVICE_NOT_FOUND', 'device_not_found', 'The specified device is not found.', UNIFIED_TEXT],
  ['ELECTRON_IS_NULL', 'not_supported', 'The Electron environment is not available.', 'Run screen sharing for Electron inside Electron with its desktopCapturer available.'],
  ['ELECTRON_DESKTOP_CAPTURER_GET_SOURCES_ERROR', 'screen_share_failed', "Electron's desktopCapturer could not list the screen sources.", 'Check the Electron version and its screen-capture permission, then try again.'],
  ['STREAM_ALREADY_INITIALIZED', 'invalid_state', 'The stream has already been initialized.', 'Call Stream.init only once per stream.'],
  ['STREAM_IS_CLOSED', 'invalid_state', 'The stream is closed and cannot be initialized.', 'Create a new stream with AgoraRTC.createStream instead of reusing a closed one.'],
  ['ABORT_OTHER_INIT', 'operation_aborted', 'Stream initialization was aborted because of another Stream.init call.', 'Wait for one Stream.init to finish before calling it again.', { strategy: 'none', actor: 'app', severity: 'fatal' }],
  ['CHROME_PLUGIN_NO_RESPONSE', 'screen_share_failed', 'The Chrome screen-sharing extension did not respond.', 'Check that the screen-sharing extension is installed and enabled, then try again.'],
  ['CHROME_PLUGIN_NOT_INSTALL', 'screen_share_failed', 'The Chrome screen-sharing extension is not installed.', 'Ask the user to install the screen-sharing extension, and pass its extensionId.'],
  ['MEDIA_OPTION_INVALID', 'device_in_use', 'The camera is occupied or the resolution is not supported.', 'Close other applications using the camera, or lower the video profile, then initialize the stream again.'],
  ['PERMISSION_DENIED', 'permission_denied', 'The device is disabled by the browser, or the user denied permission to use it.', 'Ask the user to allow camera and microphone access in the browser or system settings, then try again.'],
  ['CONSTRAINT_NOT_SATISFIED', 'constraint_not_satisfied', 'The media settings are illegal or cannot be satisfied.', 'Relax the video profile or device constraints and try again.'],
  ['CAN_NOT_AUTOPLAY', 'autoplay_blocked', 'The browser blocked autoplay.', 'Show a button; call Stream.resume or play again when the user clicks it.'],
  ['HIGH_STREAM_NO_VIDEO_TRACK', 'dual_stream_failed', 'The high stream has no video track.', 'Publish a stream with a video track before enabling dual streams.'],
  ['SCREEN_SHARE_CAN_NOT_CREATE_LOW_STREAM', 'dual_stream_failed', 'A screen-sharing stream cannot create a low stream.', SINGLE_STREAM],
  ['TRACK_IS_DISABLED', 'track_disabled', 'The track is disabled.', UNIFIED_TEXT],
  ['SHARE_AUDIO_NOT_ALLOWED', 'screen_share_failed', 'The user did not allow sharing audio with the screen.', 'Ask the user to tick "share audio" when picking the screen, or share the screen without audio.'],
  ['TOKEN_GENERATOR_FUNCTION_ERROR', 'token_invalid', 'The token generator function failed.', 'Check the token generator function passed to the SDK.', { strategy: 'none', actor: 'app' }],
  ['INVALID_UINT_UID_FROM_STRING_UID', 'invalid_uid', 'The server returned an invalid integer uid for the string uid.', 'Retry joining; use another string uid if it keeps happening.'],
  ['CAN_NOT_GET_PROXY_SERVER', 'gateway_unreachable', 'The SDK could not get a cloud proxy server.', 'Retry with backoff; check the cloud proxy settings and the network.'],
  ['CAN_NOT_GET_GATEWAY_SERVER', 'gateway_unreachable', 'The SDK could not get a gateway server.', 'Retry with backoff; check the App ID, token, firewalls and the network.'],
  ['UID_CONFLICT', 'uid_conflict', 'The uid of the local client conflicts with another user in the channel.', 'Give every user a distinct uid, then join again.'],
  ['INVALID_LOCAL_TRACK', 'invalid_track', 'The local track is invalid.', 'Create a new local track and use it.'],
  ['INVALID_TRACK', 'invalid_track', 'The MediaStreamTrack object cannot be recognized.', 'Pass a live MediaStreamTrack of the right kind.'],
  ['SENDER_NOT_FOUND', 'publish_failed', 'The RTP sender of the track is not found.', 'Publish the stream before replacing its track.', { actor: 'library', severity: 'recoverable', strategy: 'republish' }],
  ['CREATE_OFFER_FAILED', 'media_connection_failed', 'Creating the WebRTC offer failed.', 'Publish or subscribe again; check the browser WebRTC support.'],
  ['SET_ANSWER_FAILED', 'media_connection_failed', 'Setting the WebRTC answer failed.', 'Publish or subscribe again; check the codec settings.'],
  ['ICE_FAILED', 'media_connection_failed', 'The ICE connection failed.', 'Rejoin; check UDP ports, firewalls, and consider the cloud proxy.'],
  ['PC_CLOSED', 'media_connection_failed', 'The peer connection was closed.', 'Publish or subscribe again.'],
  ['SENDER_REPLACE_FAILED', 'publish_failed', 'Replacing the track of the RTP sender failed.', 'Unpublish and publish the stream again with the new track.', { actor: 'library', severity: 'recoverable', strategy: 'republish' }],
  ['GATEWAY_P2P_LOST', 'media_connection_failed', 'The gateway reported the media connection lost.', 'Wait for the SDK to republish or resubscribe; rejoin if it does not.'],
  ['NO_ICE_CANDIDATE', 'media_connection_failed', 'No ICE candidate could be gathered.', 'Check the network, firewalls and TURN settings, then rejoin.'],
  ['CAN_NOT_PUBLISH_MULTIPLE_VIDEO_TRACKS', 'already_published', 'Multiple video tracks cannot be published.', 'Publish one video track per client.', { actor: 'app' }],
  ['INVALID_REMOTE_USER', 'remote_not_published', 'The remote user is invalid.', 'Use a remote user that is in the channel.', { actor: 'app' }],
  ['REMOTE_USER_IS_NOT_PUBLISHED', 'remote_not_published', 'The remote user has not published.', UNIFIED_TEXT],
  ['SUBSCRIPTION_IS_IN_PROGRESS', 'invalid_state', 'A subscription is already in progress.', 'Wait for the current subscription to finish.'],
  ['CUSTOM_REPORT_SEND_FAILED', 'network_timeout', 'Sending the custom report failed.', RETRY, { actor: 'library' }],
  ['CUSTOM_REPORT_FREQUENCY_TOO_HIGH', 'rate_limited', 'Custom reports are sent too often.', 'Send custom reports less often.'],
  ['FETCH_AUDIO_FILE_FAILED', 'media_file_error', 'Fetching the audio file failed.', 'Check the file URL and its CORS headers.'],
  ['READ_LOCAL_AUDIO_FILE_ERROR', 'media_file_error', 'Reading the local audio file failed.', 'Check the local file and try again.'],
  ['DECODE_AUDIO_FILE_FAILED', 'media_file_error', 'Decoding the audio file failed.', 'Use an audio format the browser can decode.'],
  ['EFFECT_ID_CONFLICTED', 'invalid_params', 'The audio effect id is already in use.', 'Use a distinct soundId for each audio effect.'],
  ['EFFECT_SOUND_ID_NOT_FOUND', 'invalid_params', 'The audio effect id is not found.', 'Use the soundId of a preloaded or playing audio effect.'],
  ['WS_ABORT', 'signaling_failed', 'The task was aborted because the WebSocket connection was closed.', 'Start the task again once the connection is back.', { actor: 'library', strategy: 'wait-for-network' }],
  ['WS_DISCONNECT', 'signaling_failed', 'The WebSocket connection was lost.', WAIT, { actor: 'sdk', strategy: 'none' }],
  ['WS_ERR', 'signaling_failed', 'A WebSocket error occurred.', RETRY],
  ['CAN_NOT_CONNECT_TO_LIVE_STREAMING_WORKER', 'live_streaming_failed', 'The SDK could not connect to the live streaming worker.', 'Retry starting the live streaming; check the network.'],
  ['LIVE_STREAMING_TASK_CONFLICT', 'live_streaming_failed', 'A CDN streaming task with the same URL is running.', 'Use another URL, or stop the running task first.', { severity: 'fatal', strategy: 'none', actor: 'app' }],
  ['LIVE_STREAMING_INVALID_ARGUMENT', 'live_streaming_failed', 'Invalid live streaming argument.', 'Check the push URL and the transcoding settings.', { actor: 'app', severity: 'fatal', strategy: 'none' }],
  ['LIVE_STREAMING_INTERNAL_SERVER_ERROR', 'live_streaming_failed', "An error occurred in Agora's streaming server.", 'Retry starting the live streaming later.'],
  ['LIVE_STREAMING_PUBLISH_STREAM_NOT_AUTHORIZED', 'live_streaming_failed', 'The push URL is occupied.', 'Use another push URL.', { severity: 'fatal', strategy: 'none', actor: 'app' }],
  ['LIVE_STREAMING_TRANSCODING_NOT_SUPPORT', 'live_streaming_failed', 'Transcoding parameters were set while transcoding is not enabled.', 'Enable transcoding when starting the live streaming, or do not set transcoding parameters.', { severity: 'fatal', strategy: 'none', aliases: ['LIVE_STREAMING_TRANSCODING_NOT_SUPPORTED'], actor: 'app' }],
  ['LIVE_STREAMING_CDN_ERROR', 'live_streaming_failed', 'An error occurred in the CDN.', 'Check the push URL and the CDN, then retry.'],
  ['LIVE_STREAMING_INVALID_RAW_STREAM', 'live_streaming_failed', 'The stream to push without transcoding is invalid.', 'Publish an audio and video stream before pushing it without transcoding.', { severity: 'fatal', strategy: 'none', actor: 'app' }],
  ['LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT', 'live_streaming_failed', 'The number of pushed streams reached the limit.', 'Stop an existing push before starting another.', { kind: 'warning', strategy: 'none', actor: 'app', severity: 'fatal' }],
  ['LIVE_STREAMING_WARN_FAILED_LOAD_IMAGE', 'live_streaming_failed', 'The watermark or background image of the transcoding could not be loaded.', 'Check the image URL in the transcoding settings.', { kind: 'warning', strategy: 'none', actor: 'sdk' }],
  ['LIVE_STREAMING_WARN_FREQUENT_REQUEST', 'rate_limited', 'Live streaming requests are too frequent.', 'Call the live streaming methods less often.', { kind: 'warning' }],
  ['WEBGL_INTERNAL_ERROR', 'not_supported', 'A WebGL internal error occurred.', 'Disable the video effect, or try another browser or GPU driver.', { actor: 'app' }],
  ['BEAUTY_PROCESSOR_INTERNAL_ERROR', 'internal_error', 'The beauty effect processor failed.', 'Disable the beauty effect and report it with the SDK version.'],
  ['CROSS_CHANNEL_WAIT_STATUS_ERROR', 'relay_failed', 'The media relay did not reach the expected state.', 'Stop and start the media relay again.'],
  ['CROSS_CHANNEL_FAILED_JOIN_SRC', 'relay_failed', 'The media relay failed to join the source channel.', 'Check the source channel token and uid, then start the relay again.', { value: 'CROSS_CHANNEL_FAILED_JOIN_SEC' }],
  ['CROSS_CHANNEL_FAILED_JOIN_DEST', 'relay_failed', 'The media relay failed to join the destination channel.', 'Check the destination channel token and uid, then start the relay again.'],
  ['CROSS_CHANNEL_FAILED_PACKET_SENT_TO_DEST', 'relay_failed', 'The media relay failed to send packets to the destination channel.', 'Check the network and restart the relay.'],
  ['CROSS_CHANNEL_SERVER_ERROR_RESPONSE', 'relay_failed', 'The relay server returned an error.', 'Check the relay configuration, then start the relay again.'],
  ['METADATA_OUT_OF_RANGE', 'invalid_params', 'The metadata is too large.', 'Send smaller metadata.'],
];

// prettier-ignore
const INIT: readonly NamedRow[] = [
  ['DEVICES_NOT_FOUND', 'device_not_found', 'No device is found.', 'Ask the user to connect a camera or microphone, or create the stream without it.'],
  ['NOT_SUPPORTED', 'not_supported', 'The browser does not support using the camera and microphone.', UNSUPPORTED],
  ['UNDEFINED', 'device_failure', 'Stream initialization failed with an undefined error.', 'Check the detail; ask the user to check the camera and microphone, then initialize the stream again.'],
  ['PluginNotInstalledProperly', 'screen_share_failed', 'Screen sharing was requested without the Chrome extension, or with a wrong extensionId.', 'Install the screen-sharing extension and pass its extensionId, or use a browser with built-in screen sharing.', { source: 'docs' }],
  ['STREAM_HAS_NO_MEDIA_ATTRIBUTES', 'invalid_params', 'The stream has neither audio, video nor screen enabled.', 'Create the stream with audio, video or screen set to true.', { kind: 'warning' }],
  ['STREAM_NOT_LOCAL', 'invalid_state', 'Stream.init was called on a remote stream.', 'Call Stream.init only on local streams created with AgoraRTC.createStream.', { kind: 'warning' }],
];

// prettier-ignore
const CALLBACK: readonly NamedRow[] = [
  ['ERR_REPEAT_JOIN', 'already_joined', 'The local client has already joined the channel.', 'Do not call join twice; leave first to join another channel.', { source: 'docs', }],
  ['LEAVE_MSG_TIMEOUT', 'network_timeout', 'The request to leave the channel timed out; the SDK disconnects and leaves anyway.', 'No action needed: the client has left.', { strategy: 'none', actor: 'nobody' }],
  ['REQUEST_ABORT', 'operation_aborted', 'The request was interrupted by a server reconnection; republishing or resubscribing resumes after the reconnection.', 'Usually ignore it; listen for rejoin and publish again if the stream is not back.', { strategy: 'none', actor: 'sdk' }],
  ['SAFARI_NOT_SUPPORTED_FOR_TRACK_SUBSCRIPTION', 'not_supported', 'Safari does not support subscribing to audio or video only.', 'Pass null as the subscribe options on Safari.'],
  ['BROWSER_NOT_SUPPORT', 'not_supported', 'The browser does not support audio mixing.', UNSUPPORTED],
  ['CREATE_BUFFERSOURCE_FAILED', 'media_file_error', 'Failed to create the audio buffer for audio mixing.', 'Check the audio file format, then start audio mixing again.'],
  ['INVALID_TRACK_TYPE', 'invalid_track', 'The MediaStreamTrack type cannot be recognized.', 'Pass an audio or video MediaStreamTrack matching the track being replaced.'],
  ['MEDIASTREAM_TRACK_NOT_FOUND', 'invalid_track', 'The track to be replaced is not found (for example a video track in an audio-only stream).', 'Replace only a track kind the stream has.'],
  ['NO_STREAM_FOUND', 'invalid_track', 'The local stream object is not found.', 'Initialize the local stream before replacing its track.'],
  ['UNSUPPORTED', 'not_supported', 'The browser does not support getting the network type.', 'Do not rely on the network type in this browser.'],
  ['NO_SERVICE_AVAILABLE', 'server_busy', 'No Agora service is available for this request (access point codes 10102xx).', RETRY],
  ['REQUEST_PROXY_SERVER_FAILED', 'gateway_unreachable', 'The request to the cloud proxy server failed.', 'Retry with backoff; check the cloud proxy settings.'],
  ['REQUEST_PROXY_SERVER_TIME_OUT', 'network_timeout', 'The request to the cloud proxy server timed out.', RETRY],
  ['USER_ACCOUNT_TIMEOUT', 'network_timeout', 'Registering the string uid timed out.', RETRY],
  ['USER_ACCOUNT_BODY_NOT_JSON', 'server_error', 'The string uid server returned a body that is not JSON.', RETRY],
  ['NON_BROWSER_ENV_DETECTED', 'not_supported', 'Publishing and subscribing need a browser; no browser environment was detected.', 'Run the SDK in a browser (not on a server or in a worker).'],
  ['AUDIO_CONTEXT_NOT_SUPPORTED', 'not_supported', 'The browser has no AudioContext.', UNSUPPORTED],
];

// prettier-ignore
const AP: readonly Row[] = [
  [1010100, 'NO_FLAG_SET', 'internal_error', 'The access point request carried no service flag.', 'Report it with the SDK version.'],
  [1010101, 'FLAG_SET_BUT_EMPTY', 'internal_error', 'The access point request carried an empty service flag.', 'Report it with the SDK version.'],
  [1010102, 'INVALID_FALG_SET', 'internal_error', 'The access point request carried an invalid service flag.', 'Report it with the SDK version.'],
  [2010005, 'INVALID_VENDOR_KEY', 'app_id_invalid', 'The access point says the App ID is invalid.', CHECK_APPID],
  [2010007, 'INVALID_CHANNEL_NAME', 'invalid_channel_name', 'The access point says the channel name is invalid.', 'Use a channel name the SDK accepts.'],
  [2010008, 'INTERNAL_ERROR', 'server_error', 'The access point reported an internal error.', RETRY],
  [2010009, 'NO_AUTHORIZED', 'not_authorized', 'The access point says the token is not authorized.', 'Generate a token with the right App ID, App Certificate, channel and uid, then join again.', { strategy: 'renew-token', actor: 'library' }],
  [2010011, 'NO_ACTIVE_STATUS', 'app_inactive', 'The access point says the App ID is not activated.', 'Enable the project in the Agora Console.'],
  [2010013, 'DYNAMIC_KEY_EXPIRED', 'token_expired', 'The access point says the token has expired.', 'Fetch a new token from your server and join again with it.'],
  [2010014, 'STATIC_USE_DYANMIC_KEY', 'token_invalid', 'A project without an App Certificate used a token.', 'Join without a token, or enable the App Certificate and use tokens.', { strategy: 'none', actor: 'app' }],
  [2010015, 'DYNAMIC_USE_STATIC_KEY', 'token_invalid', 'A project with an App Certificate joined without a token.', 'Generate a token on your server and pass it to join.'],
  [2010016, 'USER_OVERLOAD', 'server_busy', 'The access point is overloaded with users.', RETRY],
  [2010018, 'FORBIDDEN_REGION', 'request_rejected', 'Connections from this region are forbidden.', 'Check the region settings (areaCode) of the client and the project.'],
  [2010019, 'CANNOT_MEET_AREA_DEMAND', 'request_rejected', 'The user is outside the region chosen for the connection (ClientConfig.areaCode).', 'Set areaCode to a region the user is in; when areaCode is not set, ignore it: the SDK tries other regions.', { source: 'sdk+docs' }],
];

const EXCEPTION_ACTION = 'Monitor it; the SDK reports a recovery code when it clears.';
// prettier-ignore
const EXCEPTION: readonly Row[] = [
  [1001, 'FRAMERATE_INPUT_TOO_LOW', 'device_warning', 'The captured video frame rate is too low.', 'Lower the video profile or close other heavy tasks; check the camera.', { actor: 'sdk' }],
  [1002, 'FRAMERATE_SENT_TOO_LOW', 'stream_interrupted', 'The sent video frame rate is too low.', 'Lower the video profile; check the uplink network.', { actor: 'sdk' }],
  [1003, 'SEND_VIDEO_BITRATE_TOO_LOW', 'stream_interrupted', 'The sent video bitrate is too low.', 'Lower the video profile; check the uplink network.', { actor: 'sdk' }],
  [1005, 'RECV_VIDEO_DECODE_FAILED', 'stream_interrupted', 'Decoding the received video failed.', EXCEPTION_ACTION],
  [2001, 'AUDIO_INPUT_LEVEL_TOO_LOW', 'device_warning', 'The audio input level is too low.', 'Ask the user to check the microphone and unmute it.'],
  [2002, 'AUDIO_OUTPUT_LEVEL_TOO_LOW', 'stream_interrupted', 'The audio output level is too low.', 'Check the playback volume and the remote microphone.', { actor: 'sdk' }],
  [2003, 'SEND_AUDIO_BITRATE_TOO_LOW', 'stream_interrupted', 'The sent audio bitrate is too low.', 'Check the uplink network.', { actor: 'sdk' }],
  [2005, 'RECV_AUDIO_DECODE_FAILED', 'stream_interrupted', 'Decoding the received audio failed.', EXCEPTION_ACTION],
  [3001, 'FRAMERATE_INPUT_TOO_LOW_RECOVER', 'device_warning', 'The captured video frame rate is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [3002, 'FRAMERATE_SENT_TOO_LOW_RECOVER', 'stream_interrupted', 'The sent video frame rate is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [3003, 'SEND_VIDEO_BITRATE_TOO_LOW_RECOVER', 'stream_interrupted', 'The sent video bitrate is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [3005, 'RECV_VIDEO_DECODE_FAILED_RECOVER', 'stream_interrupted', 'Decoding the received video is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [4001, 'AUDIO_INPUT_LEVEL_TOO_LOW_RECOVER', 'device_warning', 'The audio input level is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [4002, 'AUDIO_OUTPUT_LEVEL_TOO_LOW_RECOVER', 'stream_interrupted', 'The audio output level is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [4003, 'SEND_AUDIO_BITRATE_TOO_LOW_RECOVER', 'stream_interrupted', 'The sent audio bitrate is back to normal.', 'No action needed.', { actor: 'nobody' }],
  [4005, 'RECV_AUDIO_DECODE_FAILED_RECOVER', 'stream_interrupted', 'Decoding the received audio is back to normal.', 'No action needed.', { actor: 'nobody' }],
];

// prettier-ignore
const STRING_UID: readonly Row[] = [
  [1, 'ERROR_ILLEAGAL_APPID', 'app_id_invalid', 'The string uid server says the App ID is illegal.', CHECK_APPID],
  [2, 'ERROR_ILLEAGAL_UID', 'invalid_uid', 'The string uid server says the string uid is illegal.', 'Use a string uid of 1 to 255 ASCII characters.'],
  [3, 'INTERNAL_SERVER_ERROR', 'server_error', 'The string uid server reported an internal error.', RETRY],
];

const RELAY_RESTART = 'Call startChannelMediaRelay again; check the relay configuration if it keeps failing.';
// prettier-ignore
const RELAY: readonly Row[] = [
  [1, 'SERVER_ERROR_RESPONSE', 'relay_failed', 'An error occurred in the relay server response.', RELAY_RESTART],
  [2, 'SERVER_NO_RESPONSE', 'relay_failed', 'The relay server did not respond.', RELAY_RESTART],
  [3, 'NO_RESOURCE_AVAILABLE', 'relay_failed', 'The SDK failed to access the relay service, probably because the server has limited resources.', RELAY_RESTART],
  [4, 'FAILED_JOIN_SRC', 'relay_failed', 'Failed to send the relay request (joining the source channel).', 'Check the source channel name, uid and token, then start the relay again.'],
  [5, 'FAILED_JOIN_DEST', 'relay_failed', 'Failed to accept the relay request (joining the destination channel).', 'Check the destination channel name, uid and token, then start the relay again.'],
  [6, 'FAILED_PACKET_RECEIVED_FROM_SRC', 'relay_failed', 'The relay server failed to receive the media stream.', RELAY_RESTART],
  [7, 'FAILED_PACKET_SENT_TO_DEST', 'relay_failed', 'The relay server failed to send the media stream.', RELAY_RESTART],
  [8, 'SERVER_CONNECTION_LOST', 'relay_failed', 'The SDK disconnected from the relay server and could not reconnect because of a poor network; the relay state was reset.', 'Call startChannelMediaRelay again when the network is back.'],
  [9, 'RELAY_INTERNAL_ERROR', 'relay_failed', 'An internal error occurred in the relay server.', RELAY_RESTART, { aliases: ['INTERNAL_ERROR'], }],
  [10, 'SRC_TOKEN_EXPIRED', 'token_expired', 'The token of the source channel has expired.', 'Generate a new token for the source channel and update the relay configuration.'],
  [11, 'DEST_TOKEN_EXPIRED', 'token_expired', 'The token of the destination channel has expired.', 'Generate a new token for the destination channel and update the relay configuration.'],
  [12, 'RELAY_ALREADY_START', 'invalid_state', 'The relay has already started.', 'Do not call startChannelMediaRelay twice; call updateChannelMediaRelay, or stop first.'],
  [13, 'RELAY_NOT_START', 'invalid_state', 'The relay has not started.', 'Call startChannelMediaRelay and wait for it to succeed before updating or stopping the relay.'],
];

// prettier-ignore
const INJECT: readonly Row[] = [
  [1, 'INJECT_STREAM_STATUS_START_ALREADY_EXISTS', 'invalid_state', 'The online media stream is already injected.', 'Do not inject the same URL twice.'],
  [2, 'INJECT_STREAM_STATUS_START_UNAUTHORIZED', 'not_authorized', 'Injecting the online media stream is not authorized.', 'Only a host in live mode can inject streams; check the role and the project.'],
  [3, 'INJECT_STREAM_STATUS_START_TIMEDOUT', 'network_timeout', 'Injecting the online media stream timed out.', RETRY],
  [4, 'INJECT_STREAM_STATUS_START_FAILED', 'live_streaming_failed', 'Injecting the online media stream failed.', 'Check the stream URL, then inject it again.'],
  [6, 'INJECT_STREAM_STATUS_STOP_NOT_FOUND', 'invalid_state', 'The injected stream to stop is not found.', 'Stop only streams that were injected.'],
  [7, 'INJECT_STREAM_STATUS_STOP_UNAUTHORIZED', 'not_authorized', 'Stopping the injected stream is not authorized.', 'Only the host who injected the stream can stop it.'],
  [8, 'INJECT_STREAM_STATUS_STOP_TIMEDOUT', 'network_timeout', 'Stopping the injected stream timed out.', RETRY],
  [9, 'INJECT_STREAM_STATUS_STOP_FAILED', 'live_streaming_failed', 'Stopping the injected stream failed.', 'Try to stop it again.'],
  [10, 'INJECT_STREAM_STATUS_BROKEN', 'stream_interrupted', 'The injected stream is broken.', 'Check the source of the online stream, then inject it again.'],
];

/**
 * Every entry of the agora-web catalog, English text, in {@link FAMILY_PREFERENCE} order. The rows
 * carry the classification review; its reasons are in `notes.ts`.
 */
export const ENTRIES: readonly CatalogEntry[] = [
  ...family({ family: 'ERR', source: 'sdk' }, ERR),
  ...family({ family: 'WARN', source: 'sdk', kind: 'warning' }, WARN),
  ...family({ family: 'K', source: 'sdk' }, K),
  ...namedFamily({ family: 'CLIENT', source: 'sdk' }, CLIENT),
  ...namedFamily({ family: 'RTC', source: 'sdk' }, RTC),
  ...namedFamily({ family: 'INIT', source: 'sdk+docs' }, INIT),
  ...namedFamily({ family: 'CALLBACK', source: 'sdk' }, CALLBACK),
  ...family({ family: 'AP', source: 'sdk' }, AP),
  ...family({ family: 'EXCEPTION', source: 'sdk', kind: 'warning' }, EXCEPTION),
  ...family({ family: 'STRING_UID', source: 'sdk' }, STRING_UID),
  ...family({ family: 'RELAY', source: 'sdk' }, RELAY),
  ...family({ family: 'INJECT', source: 'sdk' }, INJECT),
];
