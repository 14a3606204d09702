/**
 * Event payloads that say what they are by their shape, read by their event's translator, so that
 * `normalize(payload, trtcAdapter)` gives what the wrapped client's event gives:
 * `connection-state-changed` `{prevState, state, isReconnecting?}`, `publish-state-changed`
 * `{mediaType, state, prevState, reason?, error?}`, `autoplay-failed` `{userId, mediaType, resume?}`,
 * `kicked-out` `{reason}` and 4.x `client-banned` `{reason, message}`.
 * @module
 */
import { errorRecognition, isObjectLike, readProp, type Recognition } from '../../src/index.js';
import { autoplayFailed, connectionStateChanged, kicked, publishStateChanged } from './payloadEvents.js';

const KICKED_KEYS = new Set(['reason', 'message']);

/** `{reason}` (v5 `kicked-out`) or `{reason, message}` (4.x `client-banned`), nothing else. */
function kickedEvent(raw: object): string | undefined {
  if (raw instanceof Error || typeof readProp(raw, 'reason') !== 'string') return undefined;
  if (!Object.keys(raw).every((k) => KICKED_KEYS.has(k))) return undefined;
  return typeof readProp(raw, 'message') === 'string' ? 'client-banned' : 'kicked-out';
}

/** An event payload recognized by its own shape, or `undefined`. */
export function recognizePayload(raw: unknown): Recognition | undefined {
  if (!isObjectLike(raw)) return undefined;
  const state = readProp(raw, 'state');
  const mediaType = readProp(raw, 'mediaType');
  if (typeof state === 'string' && typeof readProp(raw, 'prevState') === 'string') {
    const translate = typeof mediaType === 'string' ? publishStateChanged : connectionStateChanged;
    return errorRecognition(translate([raw]));
  }
  if (state === undefined && typeof mediaType === 'string' && typeof readProp(raw, 'userId') === 'string') {
    return errorRecognition(autoplayFailed([raw]));
  }
  const event = kickedEvent(raw);
  return event ? errorRecognition(kicked(event)([raw])) : undefined;
}
