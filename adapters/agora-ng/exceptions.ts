/**
 * Codes of the client's `exception` event (`{ code, msg, uid }`). They report quality problems,
 * not errors; each has a recovery code 2000 higher that clears it.
 * @module
 */
import type { CatalogEntry, RtcErrorCode } from '../../src/index.js';

/** The event family these entries belong to. */
export const EXCEPTION_FAMILY = 'exception';

/** How far above an exception code its recovery code is (`1001` → `3001`). */
export const RECOVER_OFFSET = 2000;

const entry = (
  code: number,
  msg: string,
  unified: RtcErrorCode,
  message: string,
  action: string,
  extra: Partial<Pick<CatalogEntry, 'source'>> = {},
): CatalogEntry => ({
  vendorCode: code,
  vendorName: `${EXCEPTION_FAMILY}.${msg}`,
  code: unified,
  kind: 'warning',
  severity: 'recoverable',
  strategy: 'none',
  message,
  action,
  family: EXCEPTION_FAMILY,
  source: extra.source ?? 'sdk',
  aliases: [msg],
});

/** Exception codes, from the event's TSDoc and the bundle's exception monitor. */
export const EXCEPTION_ENTRIES: readonly CatalogEntry[] = [
  entry(
    1001,
    'FRAMERATE_INPUT_TOO_LOW',
    'device_warning',
    'The captured video frame rate is too low.',
    'Check the camera (lighting, other applications using it) and the CPU load.',
  ),
  entry(
    1002,
    'FRAMERATE_SENT_TOO_LOW',
    'stream_interrupted',
    'The sent video frame rate is too low.',
    'Check the CPU load and the uplink; consider a lower video profile.',
  ),
  entry(
    1003,
    'SEND_VIDEO_BITRATE_TOO_LOW',
    'stream_interrupted',
    'The sent video bitrate is too low (nothing is being sent).',
    'Check the uplink network; republish the video track if it does not recover.',
  ),
  entry(
    1005,
    'RECV_VIDEO_DECODE_FAILED',
    'stream_interrupted',
    'Decoding the received video fails.',
    'Wait for recovery; resubscribe to the remote video if it does not recover.',
  ),
  entry(
    2001,
    'AUDIO_INPUT_LEVEL_TOO_LOW',
    'device_warning',
    'The sent audio volume is too low (the microphone captures silence).',
    'Ask the user to check the microphone, its system volume and mute switch.',
  ),
  entry(
    2002,
    'AUDIO_OUTPUT_LEVEL_TOO_LOW',
    'stream_interrupted',
    'The received audio volume is too low.',
    'Check the remote user’s microphone; wait for recovery.',
  ),
  entry(
    2003,
    'SEND_AUDIO_BITRATE_TOO_LOW',
    'stream_interrupted',
    'The sent audio bitrate is too low (nothing is being sent).',
    'Check the uplink network; republish the audio track if it does not recover.',
  ),
  entry(
    2004,
    'VIDEO_ENCODE_FAILED',
    'low_performance',
    'Video encoding fails: frames are captured but nothing is sent.',
    'Lower the video profile (the SDK may do it by itself) or close other heavy tasks.',
  ),
  entry(
    2005,
    'RECV_AUDIO_DECODE_FAILED',
    'stream_interrupted',
    'Decoding the received audio fails.',
    'Wait for recovery; resubscribe to the remote audio if it does not recover.',
    { source: 'docs' },
  ),
];
