/**
 * The unified code table: one source of truth for every code this library reports.
 * Each code has a category, a default severity, a default retry strategy and English text.
 * Vendor catalogs map their own codes onto these; they may override severity and strategy
 * per entry, never invent a code that is not here.
 * @module
 */
import type { RetryStrategy, RtcErrorCategory, Severity } from './types.js';

/** Defaults of one unified code. */
export interface CodeInfo {
  readonly category: RtcErrorCategory;
  readonly severity: Severity;
  readonly strategy: RetryStrategy;
  /** Stable English description. */
  readonly message: string;
  /** What the app or the user should do, in English. */
  readonly action: string;
}

const c = (
  category: RtcErrorCategory,
  severity: Severity,
  strategy: RetryStrategy,
  message: string,
  action: string,
): CodeInfo => ({ category, severity, strategy, message, action });

/** Every unified code with its defaults. Keys are the codes. */
export const CODES = {
  // auth
  app_id_invalid: c(
    'auth',
    'fatal',
    'none',
    'The App ID (or App Key) is invalid.',
    'Check the App ID configured for this project in the vendor console.',
  ),
  app_inactive: c(
    'auth',
    'fatal',
    'none',
    'The project behind this App ID is not active.',
    'Enable the project in the vendor console, or use the App ID of an active project.',
  ),
  token_invalid: c(
    'auth',
    'fatal',
    'renew-token',
    'The token is invalid for this App ID, channel or user.',
    'Generate a new token on your server for this App ID, channel and uid, then join again.',
  ),
  token_expired: c(
    'auth',
    'fatal',
    'renew-token',
    'The token has expired.',
    'Fetch a new token from your server and renew it (or join again with it).',
  ),
  token_expiring: c(
    'auth',
    'recoverable',
    'renew-token',
    'The token will expire soon.',
    'Fetch a new token from your server and renew it before it expires.',
  ),
  not_authorized: c(
    'auth',
    'fatal',
    'none',
    'The user is not authorized to perform this operation.',
    'Check the role and privileges in the token, or the feature switches of the project.',
  ),
  banned: c(
    'auth',
    'fatal',
    'none',
    'The user, IP or channel has been banned by the server.',
    'Tell the user they were banned; do not rejoin automatically.',
  ),
  kicked: c(
    'auth',
    'fatal',
    'none',
    'The user was removed from the channel.',
    'Tell the user they were removed; rejoin only if your app allows it.',
  ),
  // params
  invalid_params: c(
    'params',
    'fatal',
    'none',
    'An argument passed to the SDK is invalid.',
    'Fix the arguments passed to the SDK; see the detail for which one.',
  ),
  invalid_channel_name: c(
    'params',
    'fatal',
    'none',
    'The channel name is invalid.',
    'Use a channel name the SDK accepts (length and allowed characters).',
  ),
  invalid_uid: c(
    'params',
    'fatal',
    'none',
    'The user id is invalid.',
    'Use a user id the SDK accepts (type and range).',
  ),
  uid_conflict: c(
    'params',
    'fatal',
    'none',
    'Another user with the same uid is in the channel.',
    'Give every user a distinct uid.',
  ),
  // state
  invalid_state: c(
    'state',
    'fatal',
    'none',
    'The operation is not allowed in the current state.',
    'Check the order of calls (for example join before publish).',
  ),
  already_joined: c(
    'state',
    'fatal',
    'none',
    'The client has already joined a channel.',
    'Leave the current channel before joining another.',
  ),
  not_joined: c(
    'state',
    'fatal',
    'none',
    'The client has not joined a channel.',
    'Join a channel before this operation.',
  ),
  already_left: c(
    'state',
    'fatal',
    'none',
    'The client has already left the channel.',
    'Do not call leave twice; join again if needed.',
  ),
  already_published: c(
    'state',
    'fatal',
    'none',
    'The stream or track is already published.',
    'Do not publish the same stream twice.',
  ),
  not_published: c('state', 'fatal', 'none', 'The stream or track is not published.', 'Publish before this operation.'),
  invalid_usage: c(
    'params',
    'fatal',
    'none',
    "The app called this library's API wrongly (an unknown operation, a bad option, a call after dispose).",
    'Fix the call in your code: the error detail names what was wrong. This is not an SDK failure.',
  ),
  operation_aborted: c(
    'state',
    'recoverable',
    'backoff',
    'The operation was aborted before it finished.',
    'Retry the operation once the connection is stable.',
  ),
  // network
  network_timeout: c(
    'network',
    'recoverable',
    'backoff',
    'A network request timed out.',
    'Retry with backoff; check the network if it keeps happening.',
  ),
  network_unavailable: c(
    'network',
    'recoverable',
    'wait-for-network',
    'The network is unavailable.',
    'Wait for the network to come back; the SDK reconnects by itself.',
  ),
  network_degraded: c(
    'network',
    'recoverable',
    'none',
    'Network quality has degraded.',
    'Consider lowering the video profile; the SDK adapts by itself.',
  ),
  signaling_failed: c(
    'network',
    'recoverable',
    'backoff',
    'The signaling connection failed.',
    'Retry with backoff; check firewalls and proxies if it keeps happening.',
  ),
  gateway_unreachable: c(
    'network',
    'recoverable',
    'backoff',
    'The vendor gateway or edge server could not be reached.',
    'Retry with backoff; check firewalls, proxies and the network.',
  ),
  media_connection_failed: c(
    'network',
    'recoverable',
    'rejoin',
    'The media (peer) connection failed.',
    'Rejoin the channel; check UDP and firewall settings if it keeps happening.',
  ),
  remote_network_lost: c(
    'network',
    'recoverable',
    'none',
    'A remote user has lost the network.',
    'Wait for the remote user to come back.',
  ),
  // server
  server_error: c(
    'server',
    'recoverable',
    'backoff',
    'The server reported an internal error.',
    'Retry with backoff; contact the vendor if it keeps happening.',
  ),
  server_busy: c('server', 'recoverable', 'backoff', 'The server is busy or overloaded.', 'Retry later with backoff.'),
  request_rejected: c(
    'server',
    'fatal',
    'none',
    'The server rejected the request.',
    'Check the request and the project settings; see the detail.',
  ),
  rate_limited: c('server', 'recoverable', 'backoff', 'Too many requests.', 'Slow down and retry later with backoff.'),
  channel_not_found: c('server', 'fatal', 'none', 'The channel does not exist.', 'Check the channel name.'),
  channel_conflict: c(
    'server',
    'fatal',
    'none',
    'The channel is in a conflicting state or mode.',
    'Check the channel profile and the roles of its users.',
  ),
  session_removed: c(
    'server',
    'fatal',
    'none',
    'The session was ended by the server.',
    'Tell the user the session ended; create a new session if needed.',
  ),
  // device
  permission_denied: c(
    'device',
    'fatal',
    'user-action',
    'Permission to use the camera, microphone or screen was denied.',
    'Ask the user to allow access in the browser or system settings, then try again.',
  ),
  device_not_found: c(
    'device',
    'fatal',
    'user-action',
    'No matching camera or microphone was found.',
    'Ask the user to connect a device, or choose another one.',
  ),
  device_in_use: c(
    'device',
    'fatal',
    'user-action',
    'The device is in use by another application or could not be started.',
    'Ask the user to close other applications using the device, then try again.',
  ),
  device_failure: c(
    'device',
    'fatal',
    'user-action',
    'The device failed or stopped working.',
    'Ask the user to check or reconnect the device, or choose another one.',
  ),
  device_warning: c(
    'device',
    'recoverable',
    'none',
    'The device reported a problem that may clear by itself.',
    'Monitor it; suggest checking the device if it persists.',
  ),
  constraint_not_satisfied: c(
    'device',
    'fatal',
    'none',
    'No device satisfies the requested constraints.',
    'Relax the constraints (resolution, frame rate, device id) and try again.',
  ),
  enumerate_devices_failed: c(
    'device',
    'recoverable',
    'backoff',
    'Listing media devices failed.',
    'Retry; check that the page has permission to list devices.',
  ),
  // media
  invalid_track: c(
    'media',
    'fatal',
    'none',
    'The stream or track is invalid.',
    'Create a new track or stream and use it.',
  ),
  track_disabled: c(
    'media',
    'fatal',
    'none',
    'The track is disabled or muted.',
    'Enable the track before this operation.',
  ),
  publish_failed: c(
    'media',
    'recoverable',
    'republish',
    'Publishing failed.',
    'Publish again; check the network if it keeps happening.',
  ),
  subscribe_failed: c(
    'media',
    'recoverable',
    'resubscribe',
    'Subscribing failed.',
    'Subscribe again; check the network if it keeps happening.',
  ),
  remote_not_published: c(
    'media',
    'fatal',
    'none',
    'The remote user has not published this stream.',
    'Subscribe only after the remote user has published.',
  ),
  stream_interrupted: c(
    'media',
    'recoverable',
    'none',
    'A media stream was interrupted.',
    'Wait for the stream to resume; republish or resubscribe if it does not.',
  ),
  media_file_error: c(
    'media',
    'fatal',
    'none',
    'A media file could not be loaded or decoded.',
    'Check the file URL, its format and CORS headers.',
  ),
  screen_share_failed: c(
    'media',
    'fatal',
    'user-action',
    'Screen sharing failed.',
    'Ask the user to pick a screen again, or check browser support.',
  ),
  dual_stream_failed: c(
    'media',
    'recoverable',
    'none',
    'The low-quality (dual) stream could not be enabled.',
    'Continue with a single stream, or retry later.',
  ),
  live_streaming_failed: c(
    'media',
    'recoverable',
    'backoff',
    'CDN live streaming or transcoding failed.',
    'Check the push URL and transcoding settings, then retry.',
  ),
  relay_failed: c(
    'media',
    'recoverable',
    'backoff',
    'Cross-channel media relay failed.',
    'Check the relay configuration and tokens, then retry.',
  ),
  autoplay_blocked: c(
    'media',
    'fatal',
    'user-action',
    'The browser blocked media playback until the user interacts with the page.',
    'Show a button; resume playback when the user clicks it.',
  ),
  audio_input_overflow: c(
    'media',
    'recoverable',
    'none',
    'The audio input level is too high (clipping).',
    'Ask the user to lower the microphone volume.',
  ),
  low_performance: c(
    'media',
    'recoverable',
    'none',
    'The device cannot keep up with media processing.',
    'Lower the video profile or close other heavy tasks.',
  ),
  // environment
  not_supported: c(
    'environment',
    'fatal',
    'none',
    'The browser or platform does not support this feature.',
    'Use a supported browser or platform, or disable the feature.',
  ),
  insecure_context: c(
    'environment',
    'fatal',
    'none',
    'The page is not in a secure context (HTTPS or localhost).',
    'Serve the page over HTTPS.',
  ),
  sdk_init_failed: c(
    'environment',
    'fatal',
    'recreate-client',
    'The SDK failed to initialize.',
    'Check the SDK version and its files, then create a new client.',
  ),
  // internal
  internal_error: c(
    'internal',
    'fatal',
    'none',
    'An unexpected internal error occurred.',
    'Report it with the detail and the SDK version.',
  ),
  unknown: c(
    'internal',
    'fatal',
    'none',
    'An unrecognized error occurred.',
    'Report it with the detail; the original value is kept as cause.',
  ),
} as const satisfies Record<string, CodeInfo>;

/** A unified error code, lower snake_case. */
export type RtcErrorCode = keyof typeof CODES;

/** All unified codes, in table order. */
export const RTC_ERROR_CODES = Object.keys(CODES) as readonly RtcErrorCode[];

/** `true` when `code` is a unified code of this library. */
export function isRtcErrorCode(code: unknown): code is RtcErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(CODES, code);
}

/** Defaults of a unified code. */
export function codeInfo(code: RtcErrorCode): CodeInfo {
  return CODES[code];
}
