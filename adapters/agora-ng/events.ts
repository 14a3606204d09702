/**
 * Translators of the SDK's events (client, local track and global `AgoraRTC` events), keyed by
 * event name; arguments as the SDK passes them.
 * @module
 */
import { describe, readText, type CatalogEntry, type EventTranslator } from '../../src/index.js';
import { entryIn } from './catalog.js';
import { DISCONNECT_FAMILY } from './disconnectReasons.js';
import { EVENT_FAMILY } from './eventEntries.js';
import { exception } from './payloadEvents.js';
import { RELAY_ERROR_FAMILY, RELAY_EVENT_FAMILY, RELAY_STATE_FAMILY } from './relay.js';
import { recognizeAgoraError } from './recognize.js';
import { errorSignal, putFlat, recoveredSignal } from '../../src/translator.js';

/** An event that is an error by itself: its catalog entry, the arguments kept as cause. */
function eventEntry(event: string): EventTranslator {
  return (args) => {
    const entry = entryIn(EVENT_FAMILY, event) as CatalogEntry;
    return errorSignal(args, { entry });
  };
}

/** `connection-state-change` (curState, prevState, reason). */
const connectionStateChange: EventTranslator = (args) => {
  const cur = args[0];
  const prev = args[1];
  // the usual changes (CONNECTING, CONNECTED, DISCONNECTING...) mean nothing: out before allocating
  if (cur !== 'DISCONNECTED' && cur !== 'RECONNECTING' && (cur !== 'CONNECTED' || prev !== 'RECONNECTING')) {
    return undefined;
  }
  const reason = args[2];
  if (cur === 'DISCONNECTED' && (reason === undefined || reason === null || reason === 'LEAVE')) return undefined;
  const context = putFlat(putFlat({}, 'state', cur), 'prevState', prev);
  if (cur === 'DISCONNECTED') {
    putFlat(context, 'reason', reason);
    const entry = entryIn(DISCONNECT_FAMILY, reason);
    if (entry) return errorSignal(args, { entry, context });
    return errorSignal(args, { code: 'unknown', vendorCode: describe(reason, 128), context });
  }
  if (cur === 'RECONNECTING') {
    return errorSignal(args, { code: 'network_unavailable', kind: 'warning', vendorCode: 'RECONNECTING', context });
  }
  return recoveredSignal(args, 'network_unavailable', { vendorCode: 'CONNECTED', context });
};

/** `live-streaming-error` / `live-streaming-warning` (url, AgoraRTCError). */
function liveStreaming(kind: 'error' | 'warning'): EventTranslator {
  return (args) => {
    const [url, err] = args;
    const context = putFlat({}, 'url', url);
    const rec = recognizeAgoraError(err);
    const raw = err !== undefined && err !== null ? err : args;
    if (rec) return errorSignal(raw, { ...rec, kind, context: { ...rec.context, ...context } });
    return errorSignal(raw, {
      code: 'live_streaming_failed',
      kind,
      ...(kind === 'warning' ? { severity: 'recoverable' as const } : {}),
      ...(err !== undefined ? { detail: describe(err) } : {}),
      context,
    });
  };
}

/** `channel-media-relay-state` (state, code). */
const relayState: EventTranslator = (args) => {
  const [state, code] = args;
  const context = putFlat(putFlat({}, 'state', state), 'relayError', code);
  const errorEntry = code !== 'RELAY_OK' ? entryIn(RELAY_ERROR_FAMILY, code) : undefined;
  if (errorEntry) return errorSignal(args, { entry: errorEntry, context });
  if (state === 'RELAY_STATE_FAILURE')
    return errorSignal(args, { entry: entryIn(RELAY_STATE_FAMILY, state) as CatalogEntry, context });
  return undefined;
};

/** `channel-media-relay-event` (event). */
const relayEvent: EventTranslator = (args) => {
  const [event] = args;
  const context = putFlat({}, 'relayEvent', event);
  const entry = entryIn(RELAY_EVENT_FAMILY, event);
  if (entry) return errorSignal(args, { entry, context });
  if (event === 'NETWORK_CONNECTED') {
    return recoveredSignal(args, 'network_unavailable', { vendorCode: event, context });
  }
  return undefined;
};

/** `stream-fallback` (uid, "fallback" | "recover"). */
const streamFallback: EventTranslator = (args) => {
  const [uid, what] = args;
  const context = putFlat(putFlat({}, 'uid', uid), 'fallback', what);
  if (what === 'fallback')
    return errorSignal(args, { entry: entryIn(EVENT_FAMILY, 'stream-fallback') as CatalogEntry, context });
  if (what === 'recover') {
    return recoveredSignal(args, 'network_degraded', { vendorCode: 'stream-fallback', context });
  }
  return undefined;
};

/** `media-reconnect-start` / `media-reconnect-end` (uid): the SDK re-establishes a media connection by itself. */
const mediaReconnectStart: EventTranslator = (args) =>
  errorSignal(args, {
    entry: entryIn(EVENT_FAMILY, 'media-reconnect-start') as CatalogEntry,
    context: putFlat({}, 'uid', args[0]),
  });

const mediaReconnectEnd: EventTranslator = (args) =>
  recoveredSignal(args, 'media_connection_failed', {
    vendorCode: 'media-reconnect-end',
    context: putFlat({}, 'uid', args[0]),
  });

/** `peerconnection-state-change` (curState, prevState): `failed` is reported, leaving it is its recovery. */
const peerConnectionStateChange: EventTranslator = (args) => {
  const cur = args[0];
  const prev = args[1];
  // only a change into or out of `failed` means something: out before allocating
  if (cur !== 'failed' && prev !== 'failed') return undefined;
  const context = putFlat(putFlat({}, 'state', cur), 'prevState', prev);
  if (cur === 'failed') {
    return errorSignal(args, {
      code: 'media_connection_failed',
      kind: 'warning',
      severity: 'recoverable',
      vendorCode: 'failed',
      context,
    });
  }
  if (cur === 'connected') {
    return recoveredSignal(args, 'media_connection_failed', { vendorCode: 'connected', context });
  }
  return undefined;
};

/** `security-policy-violation` (a SecurityPolicyViolationEvent, when the SDK passes one). */
const securityPolicyViolation: EventTranslator = (args) => {
  const [event] = args;
  const context = putFlat(
    putFlat({}, 'blockedURI', readText(event, 'blockedURI', 256)),
    'violatedDirective',
    readText(event, 'violatedDirective', 128),
  );
  return errorSignal(args, { entry: entryIn(EVENT_FAMILY, 'security-policy-violation') as CatalogEntry, context });
};

/** `content-inspect-error` (AgoraRTCError?). */
const contentInspectError: EventTranslator = (args) => {
  const [err] = args;
  const rec = recognizeAgoraError(err);
  return rec ? errorSignal(err, rec) : undefined;
};

/** Every event the adapter translates. */
export const EVENTS: Readonly<Record<string, EventTranslator>> = {
  exception,
  'connection-state-change': connectionStateChange,
  'token-privilege-will-expire': eventEntry('token-privilege-will-expire'),
  'token-privilege-did-expire': eventEntry('token-privilege-did-expire'),
  'live-streaming-error': liveStreaming('error'),
  'live-streaming-warning': liveStreaming('warning'),
  'channel-media-relay-state': relayState,
  'channel-media-relay-event': relayEvent,
  'stream-fallback': streamFallback,
  'crypt-error': eventEntry('crypt-error'),
  'track-ended': eventEntry('track-ended'),
  'autoplay-failed': eventEntry('autoplay-failed'),
  'security-policy-violation': securityPolicyViolation,
  'content-inspect-error': contentInspectError,
  'media-reconnect-start': mediaReconnectStart,
  'media-reconnect-end': mediaReconnectEnd,
  'peerconnection-state-change': peerConnectionStateChange,
};
