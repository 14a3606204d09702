/**
 * Translators of Agora Web SDK 3.x client and stream events (payloads as the 3.6.11 bundle
 * dispatches them) into error and `recovered` signals.
 * @module
 */
import {
  clip,
  readCode,
  readProp,
  readText,
  type EventTranslator,
  type Recognition,
  type RtcErrorCode,
  type RtcErrorContext,
} from '../../src/index.js';
import { errorSignal, recoveredSignal } from '../../src/translator.js';
import { lookupIn } from './lookup.js';
import { recognizeCode, recognizePlayFailure } from './recognize.js';

/** Exception codes 3001–4005 clear the exception 2000 below them (1001 → 3001). */
const EXCEPTION_RECOVERY_OFFSET = 2000;

function payload(args: readonly unknown[]): unknown {
  return args[0];
}

/** Flat context values read from a payload (uid, url...). */
function contextOf(evt: unknown, keys: readonly string[]): RtcErrorContext {
  const out: RtcErrorContext = {};
  for (const key of keys) {
    const value = readProp(evt, key);
    if (typeof value === 'string') out[key] = clip(value, 256);
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

function withContext(rec: Recognition, context: RtcErrorContext, extra?: Partial<Recognition>): Recognition {
  return { ...rec, ...extra, context: { ...rec.context, ...context } };
}

/** `error` `{type: 'error', reason}`: SOCKET_DISCONNECTED, or an error while reconnecting. */
const onError: EventTranslator = (args) => {
  const evt = payload(args);
  const reason = readProp(evt, 'reason');
  const known = recognizeCode(reason);
  if (known) return errorSignal(evt, known);
  const text = typeof reason === 'string' ? clip(reason, 256) : readCode(reason, 'code');
  return errorSignal(evt, {
    code: 'signaling_failed',
    message: 'The SDK reported an error while reconnecting to the channel.',
    ...(text !== undefined ? { vendorCode: text, detail: String(text) } : {}),
  });
};

/** `exception` `{code, msg, uid}`: quality exceptions, and their recoveries 3001–4005. */
const onException: EventTranslator = (args) => {
  const evt = payload(args);
  const code = readCode(evt, 'code');
  const context = contextOf(evt, ['uid']);
  const msg = readText(evt, 'msg', 256);
  if (typeof code !== 'number') return undefined;
  const entry = lookupIn('EXCEPTION', code);
  if (code >= 3000) {
    const cleared = lookupIn('EXCEPTION', code - EXCEPTION_RECOVERY_OFFSET);
    if (!cleared) return undefined;
    return recoveredSignal(evt, cleared.code, {
      ...(entry ? { entry } : {}),
      vendorCode: code,
      ...(msg !== undefined ? { detail: msg } : {}),
      context,
    });
  }
  if (entry)
    return errorSignal(evt, {
      entry,
      vendorCode: code,
      context,
      ...(msg !== undefined && msg !== entry.vendorName ? { detail: msg } : {}),
    });
  return errorSignal(evt, {
    code: 'low_performance',
    kind: 'warning',
    vendorCode: code,
    message: 'The SDK reported a quality exception this catalog does not know.',
    ...(msg !== undefined ? { detail: msg } : {}),
    context,
  });
};

/** Disconnection reasons (newer payloads carry `reason`; 3.6.11 sends only the two states). */
const DISCONNECT_REASONS: Readonly<Record<string, RtcErrorCode | null>> = {
  LEAVE: null,
  UID_BANNED: 'banned',
  IP_BANNED: 'banned',
  CHANNEL_BANNED: 'banned',
  KICKED: 'kicked',
  TOKEN_EXPIRED: 'token_expired',
  NETWORK_ERROR: 'network_unavailable',
  SERVER_ERROR: 'server_error',
};

/** `connection-state-change` `{prevState, curState, reason?}`. */
const onConnectionStateChange: EventTranslator = (args, state) => {
  const evt = payload(args);
  const prev = readText(evt, 'prevState', 64);
  const cur = readText(evt, 'curState', 64);
  const reason = readText(evt, 'reason', 128);
  const context: RtcErrorContext = {
    ...(prev !== undefined ? { prevState: prev } : {}),
    ...(cur !== undefined ? { curState: cur } : {}),
    ...(reason !== undefined ? { reason } : {}),
  };
  if (cur === 'CONNECTING' && prev === 'CONNECTED') {
    return errorSignal(evt, {
      code: 'network_unavailable',
      vendorCode: 'CONNECTING',
      message: 'The connection to the Agora server was lost; the SDK is reconnecting.',
      context,
    });
  }
  if (cur === 'CONNECTED' && prev === 'CONNECTING') {
    return recoveredSignal(evt, 'network_unavailable', { vendorCode: 'CONNECTED', context });
  }
  if (cur !== 'DISCONNECTED' || prev === 'DISCONNECTING') return undefined;
  // The app's own leave() during a pending join goes CONNECTING → DISCONNECTED with no reason
  // (3.6.11): the app's doing, not a failure to rejoin from.
  if (state?.lastOperation === 'leave') return undefined;
  if (reason !== undefined) {
    const mapped = Object.prototype.hasOwnProperty.call(DISCONNECT_REASONS, reason)
      ? DISCONNECT_REASONS[reason]
      : undefined;
    if (mapped === null) return undefined;
    if (mapped !== undefined)
      return errorSignal(evt, { code: mapped, vendorCode: reason, detail: reason, severity: 'fatal', context });
    const known = recognizeCode(reason);
    if (known) return errorSignal(evt, withContext(known, context));
  }
  return errorSignal(evt, {
    code: 'signaling_failed',
    vendorCode: 'DISCONNECTED',
    strategy: 'rejoin',
    message: 'The client was disconnected from the channel without leaving it.',
    ...(reason !== undefined ? { detail: reason } : {}),
    context,
  });
};

/** `client-banned` `{uid, attr}`: `attr` is the server's code (`K_UID_BANNED` 14...). */
const onClientBanned: EventTranslator = (args) => {
  const evt = payload(args);
  const attr = readCode(evt, 'attr');
  const context = contextOf(evt, ['uid']);
  const entry = attr !== undefined ? lookupIn('K', attr) : undefined;
  if (entry && entry.code === 'banned')
    return errorSignal(evt, { entry, vendorCode: attr as string | number, context });
  return errorSignal(evt, {
    code: 'banned',
    ...(attr !== undefined ? { vendorCode: attr, detail: String(attr) } : {}),
    message: 'The server banned this user from the channel.',
    context,
  });
};

const onTokenWillExpire: EventTranslator = (args) =>
  errorSignal(payload(args), {
    code: 'token_expiring',
    vendorCode: 'onTokenPrivilegeWillExpire',
    message: 'The token expires in 30 seconds.',
  });

const onTokenDidExpire: EventTranslator = (args) =>
  errorSignal(payload(args), {
    code: 'token_expired',
    vendorCode: 'onTokenPrivilegeDidExpire',
    message: 'The token has expired; the SDK closed the connection.',
  });

/** `stream-fallback` `{uid, attr}`: 1 = fell back to audio only, 0 = video is back. */
const onStreamFallback: EventTranslator = (args) => {
  const evt = payload(args);
  const attr = readCode(evt, 'attr');
  const context = contextOf(evt, ['uid', 'attr']);
  if (attr === 1 || attr === '1') {
    return errorSignal(evt, {
      code: 'network_degraded',
      kind: 'warning',
      vendorCode: 'stream-fallback',
      message: 'A remote stream fell back to audio only because of poor network conditions.',
      context,
    });
  }
  if (attr === 0 || attr === '0')
    return recoveredSignal(evt, 'network_degraded', { vendorCode: 'stream-fallback', context });
  return undefined;
};

/** The `reason` of live streaming events: a code string, or an `AgoraRTCException` object. */
function liveReason(evt: unknown): { code?: string | number; detail?: string } {
  const reason = readProp(evt, 'reason');
  if (typeof reason === 'string' || typeof reason === 'number') return { code: reason };
  const code = readCode(reason, 'code');
  const detail = readText(reason, 'message');
  return { ...(code !== undefined ? { code } : {}), ...(detail !== undefined ? { detail } : {}) };
}

function liveStreaming(kind: 'error' | 'warning'): EventTranslator {
  return (args) => {
    const evt = payload(args);
    const { code, detail } = liveReason(evt);
    const context = contextOf(evt, ['url']);
    const known = recognizeCode(code, detail);
    const extra: Partial<Recognition> = kind === 'warning' ? { kind, severity: 'recoverable' } : {};
    if (known) return errorSignal(evt, withContext(known, context, extra));
    return errorSignal(evt, {
      code: 'live_streaming_failed',
      kind,
      ...extra,
      ...(code !== undefined ? { vendorCode: code } : {}),
      ...(detail !== undefined ? { detail } : code !== undefined ? { detail: String(code) } : {}),
      context,
    });
  };
}

/** `streamInjectedStatus` `{url, uid, status}`; statuses 0 and 5 are successes. */
const onStreamInjectedStatus: EventTranslator = (args) => {
  const evt = payload(args);
  const status = readCode(evt, 'status');
  if (status === undefined) return undefined;
  const entry = lookupIn('INJECT', status);
  if (!entry) return undefined;
  return errorSignal(evt, { entry, vendorCode: status, context: contextOf(evt, ['url', 'uid']) });
};

/** `stream-reconnect-end` `{uid, success, reason}`. */
const onStreamReconnectEnd: EventTranslator = (args) => {
  const evt = payload(args);
  const context = contextOf(evt, ['uid']);
  if (readProp(evt, 'success') === true)
    return recoveredSignal(evt, 'media_connection_failed', { vendorCode: 'stream-reconnect-end', context });
  const reason = readProp(evt, 'reason');
  const known = recognizeCode(reason);
  if (known) return errorSignal(evt, withContext(known, context));
  return errorSignal(evt, {
    code: 'media_connection_failed',
    vendorCode: 'stream-reconnect-end',
    message: 'Republishing or resubscribing a stream after a reconnection failed.',
    ...(typeof reason === 'string' && reason.length > 0 ? { detail: clip(reason) } : {}),
    context,
  });
};

/** `channel-media-relay-state` `{state, code}`: state 3 is a failure, `code` says which. */
const onRelayState: EventTranslator = (args) => {
  const evt = payload(args);
  if (readCode(evt, 'state') !== 3) return undefined;
  const code = readCode(evt, 'code');
  const entry = code !== undefined ? lookupIn('RELAY', code) : undefined;
  if (entry) return errorSignal(evt, { entry, vendorCode: code as number, operation: 'channelMediaRelay' });
  return errorSignal(evt, {
    code: 'relay_failed',
    ...(code !== undefined ? { vendorCode: code, detail: String(code) } : {}),
    operation: 'channelMediaRelay',
  });
};

/** `peer-leave` `{uid, reason}`: only `ServerTimeOut` is a problem (the remote user dropped). */
const onPeerLeave: EventTranslator = (args) => {
  const evt = payload(args);
  if (readText(evt, 'reason', 64) !== 'ServerTimeOut') return undefined;
  return errorSignal(evt, {
    code: 'remote_network_lost',
    kind: 'warning',
    vendorCode: 'ServerTimeOut',
    context: contextOf(evt, ['uid']),
  });
};

const onCryptError: EventTranslator = (args) => {
  const evt = payload(args);
  return errorSignal(evt, {
    code: 'invalid_params',
    vendorCode: 'crypt-error',
    message: 'The encryption secret or mode does not match the other users of the channel.',
    action:
      'Use the same encryption mode and secret on every client (setEncryptionMode, setEncryptionSecret before join).',
    context: contextOf(evt, ['cryptType']),
  });
};

const onAccessDenied: EventTranslator = (args) =>
  errorSignal(payload(args), { code: 'permission_denied', vendorCode: 'accessDenied', context: { deniedBy: 'user' } });

function trackEnded(kind: 'audio' | 'video'): EventTranslator {
  return (args) =>
    errorSignal(payload(args), {
      code: 'device_failure',
      vendorCode: `${kind}TrackEnded`,
      message: `The local ${kind} track ended: the device was unplugged, disabled or taken by the system.`,
      context: { deviceKind: kind },
    });
}

/** Stream `player-status-change` `{status, reason, isErrorState, mediaType}`: only error states. */
const onPlayerStatusChange: EventTranslator = (args) => {
  const evt = payload(args);
  if (readProp(evt, 'isErrorState') !== true) return undefined;
  const rec = recognizePlayFailure(evt);
  if (rec) return errorSignal(evt, rec);
  const status = readText(evt, 'status', 32);
  return errorSignal(evt, {
    code: 'stream_interrupted',
    ...(status !== undefined ? { vendorCode: status, detail: status } : {}),
    operation: 'play',
    context: contextOf(evt, ['status', 'reason', 'mediaType']),
  });
};

/** Translators by event name (client and stream events of the 3.x SDK). */
export const AGORA_WEB_EVENTS: Readonly<Record<string, EventTranslator>> = {
  error: onError,
  exception: onException,
  'connection-state-change': onConnectionStateChange,
  'client-banned': onClientBanned,
  onTokenPrivilegeWillExpire: onTokenWillExpire,
  onTokenPrivilegeDidExpire: onTokenDidExpire,
  'stream-fallback': onStreamFallback,
  liveStreamingFailed: liveStreaming('error'),
  liveStreamingWarning: liveStreaming('warning'),
  streamInjectedStatus: onStreamInjectedStatus,
  'stream-reconnect-end': onStreamReconnectEnd,
  'channel-media-relay-state': onRelayState,
  'peer-leave': onPeerLeave,
  'crypt-error': onCryptError,
  accessDenied: onAccessDenied,
  audioTrackEnded: trackEnded('audio'),
  videoTrackEnded: trackEnded('video'),
  'player-status-change': onPlayerStatusChange,
};
