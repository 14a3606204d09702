/**
 * `trtc-js-sdk` 4.x `ErrorCode` (read with `error.getCode()`, documented in hex): every member of
 * the 4.15.22 bundle (the typings list 27; the bundle adds `SCHEDULE_FAILED` and
 * `API_CALL_ABORTED`), and the six the internal copy of this enum in `trtc-sdk-v5` adds (they reach a
 * v5 app only as the `originError` of a 5000–5999 error).
 *
 * English text from the 4.x `ErrorCode` page (web.sdk.qcloud.com/trtc/webrtc/doc/en/module-ErrorCode.html)
 * and the package's `index.d.ts`. `vendorName` is `ErrorCode.<NAME>` so that it stays unique beside
 * the v5 names.
 * @module
 */
import type { CatalogEntry, RtcErrorCode } from '../../src/index.js';
import { catalogRow, type RowExtra } from '../../src/catalog.js';
import { FAMILY, toHex } from './entry.js';

const name = (n: string): string => `ErrorCode.${n}`;
const both = (c: number, n: string, u: RtcErrorCode, m: string, a: string, x?: RowExtra): CatalogEntry =>
  catalogRow(FAMILY.v4, 'sdk+docs', c, name(n), u, m, a, { ...x, aliases: [toHex(c), n, ...(x?.aliases ?? [])] });
const sdk = (c: number, n: string, u: RtcErrorCode, m: string, a: string, x?: RowExtra): CatalogEntry =>
  catalogRow(FAMILY.v4, 'sdk', c, name(n), u, m, a, { ...x, aliases: [toHex(c), n, ...(x?.aliases ?? [])] });

/** Every 4.x `ErrorCode`. */
export const V4_ENTRIES: readonly CatalogEntry[] = [
  both(
    0x1000,
    'INVALID_PARAMETER',
    'invalid_params',
    'Invalid parameter.',
    'Check the parameters against the SDK requirements (types, required fields).',
  ),
  both(
    0x1001,
    'INVALID_OPERATION',
    'invalid_state',
    'Invalid operation.',
    'Check the call order (for example publish only after join).',
  ),
  both(
    0x1002,
    'NOT_SUPPORTED',
    'not_supported',
    'The current browser does not support this API.',
    'Guide the user to a browser the SDK supports (TRTC.checkSystemRequirements).',
  ),
  both(
    0x1003,
    'DEVICE_NOT_FOUND',
    'device_not_found',
    'The device has no microphone or camera, but capture was requested.',
    'Guide the user to check the camera and microphone; check devices before the call.',
  ),
  both(
    0x1004,
    'INITIALIZE_FAILED',
    'device_failure',
    'LocalStream.initialize() failed to capture; error.name holds the browser error (NotAllowedError...).',
    'Handle it by error.name: ask for permission, free the device, fix the device id.',
  ),
  both(
    0x4001,
    'SIGNAL_CHANNEL_SETUP_FAILED',
    'signaling_failed',
    'Failed to establish the WebSocket signalling channel; the account errors (sdkAppId, userSig) come this way.',
    'Read the extra code (account errors: -8, 70001…) and fix it; otherwise check the network.',
    { severity: 'fatal', strategy: 'none', actor: 'app' },
  ),
  both(
    0x4002,
    'SIGNAL_CHANNEL_ERROR',
    'signaling_failed',
    'WebSocket signalling channel error.',
    'Check the network and join again.',
  ),
  both(
    0x4003,
    'ICE_TRANSPORT_ERROR',
    'media_connection_failed',
    'ICE transport (media channel) connection error, usually UDP ports blocked by a firewall.',
    'Open the ports TRTC needs or use a TURN/proxy server.',
  ),
  both(
    0x4004,
    'JOIN_ROOM_FAILED',
    'request_rejected',
    'Joining the room failed; the server result code is the extra code.',
    'Read the extra code (account errors) and fix it before joining again.',
  ),
  both(
    0x4005,
    'CREATE_OFFER_FAILED',
    'media_connection_failed',
    'Creating the SDP offer failed.',
    'Join again; try another browser if it persists.',
    {
      severity: 'recoverable',
      strategy: 'rejoin',
      actor: 'library',
    },
  ),
  both(
    0x4006,
    'SIGNAL_CHANNEL_RECONNECTION_FAILED',
    'signaling_failed',
    'Reconnecting the WebSocket signalling channel failed after several retries.',
    'Ask the user to check the network, then enter the room again.',
    { severity: 'recoverable', strategy: 'rejoin', actor: 'library' },
  ),
  both(
    0x4007,
    'UPLINK_RECONNECTION_FAILED',
    'publish_failed',
    'Reconnecting the uplink (publishing) connection failed after several retries.',
    'Ask the user to check the network, then publish again or enter the room again.',
    { severity: 'recoverable', strategy: 'republish', actor: 'library' },
  ),
  both(
    0x4008,
    'DOWNLINK_RECONNECTION_FAILED',
    'subscribe_failed',
    'Reconnecting a downlink (subscribing) connection failed after several retries.',
    'Ask the user to check the network, then enter the room again.',
    { severity: 'recoverable', strategy: 'rejoin', actor: 'library' },
  ),
  both(
    0x4010,
    'REMOTE_STREAM_NOT_EXIST',
    'remote_not_published',
    'The remote stream does not exist (the remote user unpublished while it was being subscribed).',
    'Nothing to do: a normal race of the interaction.',
    { severity: 'recoverable', strategy: 'none', actor: 'nobody' },
  ),
  both(
    0x4040,
    'CLIENT_BANNED',
    'kicked',
    'The user was kicked out of the room.',
    'Tell the user; do not rejoin automatically.',
  ),
  both(
    0x4041,
    'SERVER_TIMEOUT',
    'network_timeout',
    'The media transmission service timed out.',
    'Check the network and retry.',
  ),
  both(
    0x4042,
    'SUBSCRIPTION_TIMEOUT',
    'subscribe_failed',
    'Subscribing to the remote stream timed out.',
    'Subscribe again.',
  ),
  both(
    0x4043,
    'PLAY_NOT_ALLOWED',
    'autoplay_blocked',
    'Autoplay was blocked by the browser.',
    "Show a button; call the stream's resume() in its click handler.",
  ),
  both(
    0x4044,
    'DEVICE_AUTO_RECOVER_FAILED',
    'device_failure',
    'Resuming camera or microphone capture failed.',
    'Ask the user to check the device, then capture again.',
  ),
  both(
    0x4045,
    'START_PUBLISH_CDN_FAILED',
    'live_streaming_failed',
    'Starting to publish to the CDN failed.',
    'Check the CDN settings and retry.',
  ),
  both(0x4046, 'STOP_PUBLISH_CDN_FAILED', 'live_streaming_failed', 'Stopping publishing to the CDN failed.', 'Retry.'),
  both(
    0x4047,
    'START_MIX_TRANSCODE_FAILED',
    'live_streaming_failed',
    'Starting mixed transcoding failed.',
    'Check the mix parameters and retry.',
  ),
  both(0x4048, 'STOP_MIX_TRANSCODE_FAILED', 'live_streaming_failed', 'Stopping mixed transcoding failed.', 'Retry.'),
  both(
    0x4049,
    'NOT_SUPPORTED_H264',
    'not_supported',
    'The device does not support H.264.',
    'Guide the user to a browser with H.264 support.',
  ),
  both(
    0x404a,
    'SWITCH_ROLE_FAILED',
    'request_rejected',
    'Switching the role failed.',
    'Check the role and privileges, then switch again.',
  ),
  both(
    0x404b,
    'API_CALL_TIMEOUT',
    'network_timeout',
    'The API call timed out.',
    'Check the network and call it again.',
  ),
  sdk(
    0x404c,
    'SCHEDULE_FAILED',
    'gateway_unreachable',
    'Scheduling (finding the access servers) failed; the server result code is the extra code.',
    'Read the extra code (account errors such as -100013 no credit) and fix it; otherwise check the network.',
  ),
  sdk(
    0x404d,
    'API_CALL_ABORTED',
    'operation_aborted',
    'The API call was aborted (repeated or superseded).',
    'Nothing to do; avoid the repeated call.',
    {
      kind: 'warning',
      severity: 'fatal',
      strategy: 'none',
      actor: 'app',
    },
  ),
  sdk(
    0x404e,
    'SPC_INITIALIZED_FAILED',
    'sdk_init_failed',
    'The single peer connection failed to initialize.',
    'Create the client again.',
  ),
  sdk(0x404f, 'VIDEO_MANAGER_ERROR', 'internal_error', 'The video manager failed.', 'Restart the local video.'),
  sdk(
    0x4050,
    'SWITCH_ROOM_FAILED',
    'request_rejected',
    'Switching room failed; the server result code is the extra code.',
    'Read the extra code and fix it.',
  ),
  sdk(0x4051, 'VIDEO_ENCODE_FAILED', 'publish_failed', 'Video encoding failed.', 'Restart the local video.', {
    severity: 'fatal',
    strategy: 'none',
    actor: 'app',
  }),
  sdk(0x4052, 'AUDIO_ENCODE_FAILED', 'publish_failed', 'Audio encoding failed.', 'Restart the local audio.', {
    severity: 'fatal',
    strategy: 'none',
    actor: 'app',
  }),
  sdk(
    0x4053,
    'WHIP_REQUEST_FAILED',
    'server_error',
    'A WHIP request failed; the HTTP status or result code is the extra code.',
    'Retry; check the network.',
  ),
  both(0xffff, 'UNKNOWN', 'unknown', 'Unknown error.', 'Read the message; report it to Tencent if it persists.'),
];
