/**
 * Structured decoding of Alibaba Cloud RTC codes.
 *
 * The SDK's numeric codes are built from byte fields, `0xAABBCCDD`:
 * - `AA` origin: `0x01` the client SDK, `0x02` the server (room and media services), `0x05` the
 *   account / billing service; `0x00` the plain warnings (`0x00000101` network weak...).
 * - `BB` module: for the SDK `0x01` engine API state, `0x02` signaling, `0x03` parameters, state and
 *   streams, `0x04` devices, `0x05` media connection, `0x06` performance, `0x07` external audio /
 *   low-latency live, `0x09` media files, `0x10` live transcoding (MPU), `0x20` channel relay.
 * - `CC` sub-module: e.g. `0x010401` camera, `0x010402` render, `0x010404` audio device.
 * - `DD` the error within the sub-module.
 *
 * A code missing from every table but inside one of the {@link FAMILIES} below (matched on its top
 * three bytes exactly, never a loose mask) is decoded to that family's unified code, severity and
 * retry strategy, and marked `context.inferred = true`, `context.family = '0x010202xx'`. The layout
 * is derived from the documented table (seed 004) and the SDK's `AliRtcErrorCode` values; families
 * whose known members disagree with each other (e.g. `0x020101xx`: session removed and H5
 * compatibility; `0x010700xx`: the low-latency live codes, from signaling to restart-the-SDK;
 * `0x020102xx`: App ID, channel and token rejections; `0x050400xx`: one documented member) are left
 * out on purpose. Relay codes (`0x012000xx`) are mostly configuration errors, so an unknown one is
 * inferred fatal and not retried.
 * @module
 */
import type { RetryStrategy, RtcErrorCode, Severity } from '../../src/index.js';

/** A family of codes sharing their top three bytes. */
export interface CodeFamily {
  /** The top three bytes, e.g. `0x010202`. */
  readonly prefix: number;
  /** The unified code its members map to. */
  readonly code: RtcErrorCode;
  readonly severity?: Severity;
  readonly strategy?: RetryStrategy;
  readonly kind?: 'error' | 'warning';
  /** English description of the family, used as the message of an inferred code. */
  readonly message: string;
}

/** Families a code absent from every table is inferred from. Keyed by their top three bytes. */
export const FAMILIES: readonly CodeFamily[] = [
  { prefix: 0x010101, code: 'sdk_init_failed', message: 'The SDK failed to initialize (SDK init error family).' },
  {
    prefix: 0x010103,
    code: 'invalid_state',
    message: 'A channel (room) operation is not allowed in the current state.',
  },
  { prefix: 0x010105, code: 'subscribe_failed', message: 'A subscribe call failed (SDK subscribe family).' },
  { prefix: 0x010202, code: 'network_timeout', message: 'A signaling request timed out.' },
  { prefix: 0x010204, code: 'signaling_failed', message: 'A signaling request failed.' },
  { prefix: 0x010301, code: 'invalid_params', message: 'An argument passed to the SDK is invalid.' },
  { prefix: 0x010302, code: 'invalid_state', message: 'The SDK is in a state that does not allow this operation.' },
  {
    prefix: 0x010303,
    code: 'publish_failed',
    message: 'The local stream (camera, screen or audio) is missing or failed.',
  },
  {
    prefix: 0x010304,
    code: 'subscribe_failed',
    message: 'The remote stream (camera, screen or audio) is missing or failed.',
  },
  { prefix: 0x010401, code: 'device_failure', message: 'The camera failed.' },
  { prefix: 0x010402, code: 'device_failure', message: 'Video rendering failed.' },
  { prefix: 0x010404, code: 'device_failure', message: 'An audio device (microphone or speaker) failed.' },
  { prefix: 0x010502, code: 'media_connection_failed', message: 'The media connection failed.' },
  {
    prefix: 0x010601,
    code: 'low_performance',
    kind: 'warning',
    message: 'The device cannot keep up with media processing.',
  },
  { prefix: 0x010900, code: 'media_file_error', message: 'A media file could not be opened or read.' },
  { prefix: 0x011000, code: 'live_streaming_failed', message: 'A live transcoding (MPU) task failed.' },
  {
    prefix: 0x012000,
    code: 'relay_failed',
    severity: 'fatal',
    strategy: 'none',
    message: 'Cross-channel relay failed.',
  },
  { prefix: 0x020104, code: 'stream_interrupted', message: 'A published or subscribed stream was interrupted.' },
  { prefix: 0x020109, code: 'channel_conflict', message: 'The channel profile does not match.' },
];

const BY_PREFIX = new Map<number, CodeFamily>(FAMILIES.map((f) => [f.prefix, f]));

/** `true` for an integer that fits the unsigned 32-bit code space. */
export function isCodeNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

/** The canonical hex form of a code: `0x` and eight upper-case digits (`0x01020204`). */
export function toHex(value: number): string {
  const unsigned = value < 0 && value >= -0x80000000 ? value + 0x100000000 : value;
  return `0x${unsigned.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** The family label of a prefix, e.g. `0x010202xx`. */
export function familyLabel(prefix: number): string {
  return `0x${prefix.toString(16).toUpperCase().padStart(6, '0')}xx`;
}

/** The family of a code, matched on its top three bytes exactly, or `undefined`. */
export function familyOf(value: number): CodeFamily | undefined {
  if (!isCodeNumber(value) || value < 0x01000000) return undefined;
  return BY_PREFIX.get(Math.floor(value / 0x100));
}

/**
 * Parses a code written as a number, a decimal string or a hex string in any case
 * (`17040388`, `'17040388'`, `'0x01040404'`, `'0X1040404'`). `undefined` for anything else.
 */
export function parseCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > 24) return undefined;
  const text = value.trim();
  if (/^[+-]?\d{1,12}$/.test(text)) return Number(text);
  if (/^0x[0-9a-f]{1,8}$/i.test(text)) return Number.parseInt(text.slice(2), 16);
  return undefined;
}

/** `true` when the text is a hex code (`0x...`). */
export function isHexText(value: string): boolean {
  return /^0x[0-9a-f]{1,8}$/i.test(value.trim());
}
