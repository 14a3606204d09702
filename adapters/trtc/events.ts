/**
 * Translators of the SDKs' events, keyed by event name; arguments as the SDK passes them.
 * v5: `error`, `autoplay-failed`, `kicked-out`, `connection-state-changed`, `publish-state-changed`;
 * 4.x: `error` (client and stream), `client-banned`, `connection-state-changed`.
 * @module
 */
import {
  readProp,
  readText,
  type AdapterSignal,
  type CatalogEntry,
  type EventTranslator,
  type Recognition,
  type RtcErrorContext,
} from '../../src/index.js';
import { CATALOG } from './catalog.js';
import { V5_EVENT_NON_FATAL } from './codes-v5.js';
import { isV5Error, recognize, recognizeV5 } from './recognize.js';

const error = (raw: unknown, recognition: Recognition): AdapterSignal => ({ type: 'error', raw, recognition });
const entry = (key: string): CatalogEntry => CATALOG.lookup(key) as CatalogEntry;

function put(context: RtcErrorContext, key: string, value: unknown): RtcErrorContext {
  if (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  ) {
    context[key] = value;
  }
  return context;
}

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
    if (typeof extra === 'number' && V5_EVENT_NON_FATAL.has(extra)) return error(err, rec);
    return error(err, { ...rec, context: { ...rec.context, roomExited: true } });
  }
  const rec = recognize(err);
  return rec ? error(err, rec) : error(args, { code: 'unknown', context: { event: 'error' } });
};

/** `autoplay-failed` ({ userId, mediaType, resume }): the payload (with its `resume`) is the cause. */
const autoplayFailed: EventTranslator = (args) => {
  const [event] = args;
  const context = put(put({}, 'userId', readText(event, 'userId', 128)), 'mediaType', readText(event, 'mediaType', 16));
  context.canResume = typeof readProp(event, 'resume') === 'function';
  return error(event ?? args, { entry: entry('autoplay-failed'), context });
};

/** `kicked-out` ({ reason }) and 4.x `client-banned` ({ reason, message }). */
function kicked(event: string): EventTranslator {
  return (args) => {
    const [payload] = args;
    const reason = readText(payload, 'reason', 64);
    const context = put(put({}, 'reason', reason), 'message', readText(payload, 'message', 256));
    const found = reason !== undefined ? CATALOG.lookup(`${event}:${reason}`) : undefined;
    if (found) return error(payload, { entry: found, context });
    return error(payload ?? args, { code: 'kicked', vendorCode: event, context });
  };
}

/**
 * `connection-state-changed` ({ prevState, state, isReconnecting? }): reconnecting is a warning
 * (the SDK retries by itself); CONNECTED again is its recovery.
 */
const connectionStateChanged: EventTranslator = (args) => {
  const [payload] = args;
  const state = readProp(payload, 'state');
  const prevState = readProp(payload, 'prevState');
  const reconnecting =
    state === 'RECONNECTING' || (state === 'CONNECTING' && readProp(payload, 'isReconnecting') === true);
  const context = put(put({}, 'state', state), 'prevState', prevState);
  if (reconnecting) return error(payload, { entry: entry('connection-state-changed:RECONNECTING'), context });
  if (state === 'CONNECTED' && (prevState === 'CONNECTING' || prevState === 'RECONNECTING')) {
    return {
      type: 'recovered',
      clears: 'network_unavailable',
      raw: payload,
      recognition: { vendorCode: 'CONNECTED', context },
    };
  }
  return undefined;
};

/** `publish-state-changed` ({ mediaType, state, prevState, reason?, error? }). */
const publishStateChanged: EventTranslator = (args) => {
  const [payload] = args;
  const state = readProp(payload, 'state');
  const reason = readProp(payload, 'reason');
  const context = put(put(put({}, 'mediaType', readText(payload, 'mediaType', 16)), 'state', state), 'reason', reason);
  if (state === 'stopped' && reason === 'error') {
    const err = readProp(payload, 'error');
    const rec = recognize(err);
    // the cause is the event payload as emitted (its `error` is the SDK's RtcError)
    if (rec) return error(payload, { ...rec, context: { ...rec.context, ...context } });
    return error(payload, { code: 'publish_failed', context });
  }
  if (state === 'stopped' && reason === 'timeout')
    return error(payload, { entry: entry('publish-state-changed:timeout'), context });
  if (state === 'started') {
    return {
      type: 'recovered',
      clears: 'publish_failed',
      raw: payload,
      recognition: { vendorCode: 'started', context },
    };
  }
  return undefined;
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
