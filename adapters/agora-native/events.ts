/**
 * Translators of the native engine's callbacks, keyed by the `IRtcEngineEventHandler` method name
 * of react-native-agora 4.x, with the arguments that SDK passes. The 3.x forms without the leading
 * `RtcConnection` (`onConnectionStateChanged(state, reason)`, `onLocalAudioStateChanged(state, error)`,
 * `onWarning(warn, msg)`...) are accepted too.
 * @module
 */
import {
  CODES,
  type AdapterSignal,
  type EventTranslator,
  type RtcErrorCode,
  type RtcErrorContext,
} from '../../src/index.js';
import { errorSignal, recoveredSignal } from '../../src/translator.js';
import { isObjectLike, readProp, readText } from '../../src/safe.js';
import { inFamily, type NativeEntry } from './catalog.js';
import { recognizeCode } from './recognize.js';
import type { NativeFamily } from './rows.js';

/** `ConnectionStateType.ConnectionStateFailed`: the SDK has stopped trying to reconnect. */
const CONNECTION_STATE_FAILED = 5;
/** `ConnectionStateType.ConnectionStateDisconnected`. */
const CONNECTION_STATE_DISCONNECTED = 1;
/** `LocalAudioStreamState` / `LocalVideoStreamState` `...Failed`. */
const LOCAL_STREAM_FAILED = 3;
/** `PermissionType` values. */
const PERMISSIONS: Readonly<Record<number, string>> = { 0: 'RecordAudio', 1: 'Camera', 2: 'ScreenCapture' };
const PERMISSION_DEVICES: Readonly<Record<number, string>> = { 0: 'microphone', 1: 'camera', 2: 'screen' };

function integer(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** `channelId` and `localUid` of an `RtcConnection`, when the first argument is one. */
function connectionContext(connection: unknown): RtcErrorContext {
  const out: RtcErrorContext = {};
  if (!isObjectLike(connection)) return out;
  const channelId = readText(connection, 'channelId', 256);
  if (channelId !== undefined) out.channelId = channelId;
  const localUid = readProp(connection, 'localUid');
  if (typeof localUid === 'number' && Number.isFinite(localUid)) out.localUid = localUid;
  return out;
}

/** Splits `[connection?, ...rest]`: 4.x callbacks lead with an `RtcConnection`, 3.x ones do not. */
function withConnection(args: readonly unknown[]): [RtcErrorContext, readonly unknown[]] {
  return isObjectLike(args[0]) ? [connectionContext(args[0]), args.slice(1)] : [{}, args];
}

function recovered(raw: unknown, entry: NativeEntry, context: RtcErrorContext): AdapterSignal[] {
  const clears: readonly RtcErrorCode[] = entry.clears ?? [entry.code];
  return clears.map((code) => recoveredSignal(raw, code, { entry, context }));
}

/** Signals of a state-change reason, by its catalog entry; an unlisted reason is an error only on failure. */
function reasonSignals(
  raw: readonly unknown[],
  family: NativeFamily,
  reason: number | undefined,
  failed: boolean,
  context: RtcErrorContext,
  fallback: RtcErrorCode,
): AdapterSignal | AdapterSignal[] | undefined {
  const entry = reason === undefined ? undefined : inFamily(family, reason);
  if (!entry) {
    if (!failed) return undefined;
    return errorSignal(raw, {
      code: fallback,
      ...(reason !== undefined ? { vendorCode: reason } : {}),
      detail: `Unlisted ${family} ${String(reason)}.`,
      context,
    });
  }
  if (entry.signal === 'recovered') return recovered(raw, entry, context);
  if (entry.signal === 'none' && !failed) return undefined;
  if (entry.signal === 'none') {
    // A failed state with a reason that says nothing is wrong: report the failure itself.
    return errorSignal(raw, { code: fallback, vendorCode: entry.vendorCode, vendorName: entry.vendorName, context });
  }
  return errorSignal(raw, { entry, context });
}

/** `onError(err, msg)`: an `ERR` code (0 is not an error). */
const onError: EventTranslator = (args) => {
  const err = integer(args[0]);
  if (err === undefined || err === 0) return undefined;
  const msg = typeof args[1] === 'string' && args[1].length > 0 ? args[1] : undefined;
  const rec = recognizeCode(Math.abs(err), msg, 'error');
  return rec ? errorSignal(args, { ...rec, vendorCode: err }) : undefined;
};

/** `onWarning(warn, msg)` (SDK 3.x and earlier): a `WARN` code. */
const onWarning: EventTranslator = (args) => {
  const warn = integer(args[0]);
  if (warn === undefined || warn === 0) return undefined;
  const msg = typeof args[1] === 'string' && args[1].length > 0 ? args[1] : undefined;
  const rec = recognizeCode(warn, msg, 'warning');
  return rec ? errorSignal(args, rec) : undefined;
};

/** `onConnectionStateChanged(connection, state, reason)`, or 3.x `(state, reason)`. */
const onConnectionStateChanged: EventTranslator = (args, app) => {
  const [context, [state, reason]] = withConnection(args);
  const s = integer(state);
  // Disconnected (1) after the app's own leaveChannel(): the app's doing, whatever the reason says.
  if (s === CONNECTION_STATE_DISCONNECTED && app?.lastOperation === 'leaveChannel') return undefined;
  if (s !== undefined) context.state = s;
  const failed = s === CONNECTION_STATE_FAILED;
  const out = reasonSignals(args, 'CONNECTION_CHANGED_REASON', integer(reason), failed, context, 'network_unavailable');
  if (!failed || out === undefined || Array.isArray(out)) return out;
  const signal = out as AdapterSignal;
  if (signal.type !== 'error') return signal;
  // In the Failed state the SDK has stopped trying: what was recoverable now needs a rejoin.
  const rec = signal.recognition;
  const code = rec.code ?? rec.entry?.code ?? 'unknown';
  const severity = rec.severity ?? (rec.entry?.code === code ? rec.entry.severity : undefined) ?? CODES[code].severity;
  if (severity === 'fatal') return signal;
  return errorSignal(args, { ...rec, severity: 'fatal', strategy: 'rejoin' });
};

const tokenWillExpire: EventTranslator = (args) => {
  // The token itself is a secret: it is never copied into the context.
  const [context] = withConnection(args);
  return errorSignal(args, { code: 'token_expiring', context });
};

const connectionEvent =
  (code: RtcErrorCode): EventTranslator =>
  (args) =>
    errorSignal(args, { code, context: withConnection(args)[0] });

/** `onRejoinChannelSuccess(connection, elapsed)`: the connection is back. */
const onRejoinChannelSuccess: EventTranslator = (args) => {
  const [context, [elapsed]] = withConnection(args);
  if (typeof elapsed === 'number' && Number.isFinite(elapsed)) context.elapsed = elapsed;
  const entry = inFamily('CONNECTION_CHANGED_REASON', 15);
  return entry ? recovered(args, entry, context) : undefined;
};

/** `onLocalAudioStateChanged(connection, state, reason)`, or 3.x `(state, error)`. */
const onLocalAudioStateChanged: EventTranslator = (args) => {
  const [context, [state, reason]] = withConnection(args);
  const s = integer(state);
  if (s !== undefined) context.state = s;
  return reasonSignals(
    args,
    'LOCAL_AUDIO_STREAM_REASON',
    integer(reason),
    s === LOCAL_STREAM_FAILED,
    context,
    'device_failure',
  );
};

/** `onLocalVideoStateChanged(source, state, reason)`, or 3.x `(state, error)`. */
const onLocalVideoStateChanged: EventTranslator = (args) => {
  const context: RtcErrorContext = {};
  const [source, state, reason] = args.length >= 3 ? args : [undefined, args[0], args[1]];
  const src = integer(source);
  if (src !== undefined) context.source = src;
  const s = integer(state);
  if (s !== undefined) context.state = s;
  return reasonSignals(
    args,
    'LOCAL_VIDEO_STREAM_REASON',
    integer(reason),
    s === LOCAL_STREAM_FAILED,
    context,
    'device_failure',
  );
};

/** `onPermissionError(permissionType)`: the user or the system refused a device. */
const onPermissionError: EventTranslator = (args) => {
  const type = integer(args[0]);
  const context: RtcErrorContext = {};
  if (type !== undefined) {
    context.permissionType = type;
    const device = PERMISSION_DEVICES[type];
    if (device) context.device = device;
  }
  const name = type === undefined ? undefined : PERMISSIONS[type];
  return errorSignal(args, {
    code: 'permission_denied',
    ...(type !== undefined ? { vendorCode: type } : {}),
    ...(name ? { vendorName: name } : {}),
    context,
  });
};

/** `onLicenseValidationFailure(connection, reason)`; `reason` is a `LicenseErrorType`, kept in `context`. */
const onLicenseValidationFailure: EventTranslator = (args) => {
  const [context, [reason]] = withConnection(args);
  const r = integer(reason);
  if (r !== undefined) context.licenseError = r;
  const entry = inFamily('CONNECTION_CHANGED_REASON', 21);
  return errorSignal(args, entry ? { entry, context } : { code: 'not_authorized', context });
};

/** Every translated callback, by `IRtcEngineEventHandler` method name. */
export const NATIVE_EVENTS: Readonly<Record<string, EventTranslator>> = {
  onError,
  onWarning,
  onConnectionStateChanged,
  onTokenPrivilegeWillExpire: tokenWillExpire,
  onRequestToken: connectionEvent('token_expired'),
  onConnectionLost: connectionEvent('network_unavailable'),
  onConnectionInterrupted: connectionEvent('network_unavailable'),
  onConnectionBanned: connectionEvent('banned'),
  onRejoinChannelSuccess,
  onLocalAudioStateChanged,
  onLocalVideoStateChanged,
  onPermissionError,
  onLicenseValidationFailure,
};
