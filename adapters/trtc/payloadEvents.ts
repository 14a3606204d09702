/**
 * The translators of the events whose payload says what it is by its shape (`autoplay-failed`,
 * `kicked-out`, 4.x `client-banned`, `connection-state-changed`, `publish-state-changed`), apart
 * from the event table: `payloads.ts` recognizes such a payload for the lean `trtcErrors`, which
 * must not bring the table (and its `error` event) along.
 * @module
 */
import { readProp, readText, type CatalogEntry, type EventTranslator } from '../../src/index.js';
import { CATALOG } from './catalog.js';
import { recognize } from './recognize.js';
import { errorSignal, putFlat, recoveredSignal } from '../../src/translator.js';

const entry = (key: string): CatalogEntry => CATALOG.lookup(key) as CatalogEntry;

/** `autoplay-failed` ({ userId, mediaType, resume }): the payload (with its `resume`) is the cause. */
export const autoplayFailed: EventTranslator = (args) => {
  const [event] = args;
  const context = putFlat(
    putFlat({}, 'userId', readText(event, 'userId', 128)),
    'mediaType',
    readText(event, 'mediaType', 16),
  );
  context.canResume = typeof readProp(event, 'resume') === 'function';
  return errorSignal(event ?? args, { entry: entry('autoplay-failed'), context });
};

/** `kicked-out` ({ reason }) and 4.x `client-banned` ({ reason, message }). */
export function kicked(event: string): EventTranslator {
  return (args) => {
    const [payload] = args;
    const reason = readText(payload, 'reason', 64);
    const context = putFlat(putFlat({}, 'reason', reason), 'message', readText(payload, 'message', 256));
    const found = reason !== undefined ? CATALOG.lookup(`${event}:${reason}`) : undefined;
    if (found) return errorSignal(payload, { entry: found, context });
    return errorSignal(payload ?? args, { code: 'kicked', vendorCode: event, context });
  };
}

/**
 * `connection-state-changed` ({ prevState, state, isReconnecting? }): reconnecting is a warning
 * (the SDK retries by itself); CONNECTED again is its recovery.
 */
export const connectionStateChanged: EventTranslator = (args) => {
  const [payload] = args;
  const state = readProp(payload, 'state');
  const prevState = readProp(payload, 'prevState');
  const reconnecting =
    state === 'RECONNECTING' || (state === 'CONNECTING' && readProp(payload, 'isReconnecting') === true);
  const context = putFlat(putFlat({}, 'state', state), 'prevState', prevState);
  if (reconnecting) return errorSignal(payload, { entry: entry('connection-state-changed:RECONNECTING'), context });
  if (state === 'CONNECTED' && (prevState === 'CONNECTING' || prevState === 'RECONNECTING')) {
    return recoveredSignal(payload, 'network_unavailable', { vendorCode: 'CONNECTED', context });
  }
  return undefined;
};

/** `publish-state-changed` ({ mediaType, state, prevState, reason?, error? }). */
export const publishStateChanged: EventTranslator = (args) => {
  const [payload] = args;
  const state = readProp(payload, 'state');
  const reason = readProp(payload, 'reason');
  const context = putFlat(
    putFlat(putFlat({}, 'mediaType', readText(payload, 'mediaType', 16)), 'state', state),
    'reason',
    reason,
  );
  if (state === 'stopped' && reason === 'error') {
    const err = readProp(payload, 'error');
    const rec = recognize(err);
    // the cause is the event payload as emitted (its `error` is the SDK's RtcError)
    if (rec) return errorSignal(payload, { ...rec, context: { ...rec.context, ...context } });
    return errorSignal(payload, { code: 'publish_failed', context });
  }
  if (state === 'stopped' && reason === 'timeout')
    return errorSignal(payload, { entry: entry('publish-state-changed:timeout'), context });
  if (state === 'started') {
    return recoveredSignal(payload, 'publish_failed', { vendorCode: 'started', context });
  }
  return undefined;
};
