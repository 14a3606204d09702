/**
 * Translators of the SDKs' events, keyed by event name; arguments as the SDK passes them.
 * v5: `error`, `autoplay-failed`, `kicked-out`, `connection-state-changed`, `publish-state-changed`;
 * 4.x: `error` (client and stream), `client-banned`, `connection-state-changed`.
 * @module
 */
import { readProp, type EventTranslator, type Recognition } from '../../src/index.js';
import { V5_EVENT_NON_FATAL } from './codes-v5.js';
import { autoplayFailed, connectionStateChanged, kicked, publishStateChanged } from './payloadEvents.js';
import { isV5Error, recognize, recognizeV5 } from './recognize.js';
import { errorSignal } from '../../src/translator.js';

/**
 * `error` (RtcError). v5 emits it in two ways: after its room failed (reconnection or rejoin gave
 * up), or, still in the room, for 5308/5309 (device capture could not be restarted), 5501 (firewall)
 * and 5507/5508 (decode failed). 5998 is never reported as an event (Tencent: safe to ignore).
 * 4.x emits its unrecoverable errors here.
 *
 * A room failure is reported only after the SDK has left the room: trtc-sdk-v5 5.17.1
 * (`TRTC._listenEvents`) runs `_exitRoom()` and then emits `RtcError.convertFrom(e)`, and nothing
 * re-enters the room after that, so the SDK neither retries nor backs off from it. The error is
 * classified as `normalize` classifies the same value (the recognizer reads an error with no
 * `functionName` as the room's own failure: see `recognizeV5`), with `context.roomExited`.
 */
const errorEvent: EventTranslator = (args) => {
  const [err] = args;
  if (isV5Error(err)) {
    const rec = recognizeV5(err) as Recognition;
    const code = readProp(err, 'code');
    if (code === 5998) return undefined;
    const extra = readProp(err, 'extraCode');
    if (typeof extra === 'number' && V5_EVENT_NON_FATAL.has(extra)) return errorSignal(err, rec);
    return errorSignal(err, { ...rec, context: { ...rec.context, roomExited: true } });
  }
  const rec = recognize(err);
  return rec ? errorSignal(err, rec) : errorSignal(args, { code: 'unknown', context: { event: 'error' } });
};

/** Every event the adapter translates. */
export const EVENTS: Readonly<Record<string, EventTranslator>> = {
  error: errorEvent,
  'autoplay-failed': autoplayFailed,
  'kicked-out': kicked('kicked-out'),
  'client-banned': kicked('client-banned'),
  'connection-state-changed': connectionStateChanged,
  'publish-state-changed': publishStateChanged,
};
