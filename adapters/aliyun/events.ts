/**
 * Translators of the aliyun engine's events (names and arguments as `AliRtcEngineEventListener`
 * declares them and the 7.3.x bundle emits them) into signals: errors, and `recovered` notices for
 * the paired conditions (network weak 257 / recovered 258, local network lost 259 / back 261, remote
 * 260 / 262, low performance / performance restored, connection lost / connected again).
 * @module
 */
import {
  describe,
  isErrorLike,
  type CatalogEntry,
  type EventTranslator,
  type RtcErrorCode,
  type RtcErrorContext,
} from '../../src/index.js';
import { parseCode } from './decode.js';
import { FAMILY } from './families.js';
import { CATALOG } from './lookup.js';
import { networkQuality, sdkAdvisory } from './payloadEvents.js';
import { recognize, RECOVERY_CODES } from './recognize.js';
import { errorSignal, recoveredSignal } from '../../src/translator.js';
import { fromEvent } from './fromEvent.js';

/** `AliRtcConnectionStatus` values. */
const STATUS = ['Init', 'Disconnected', 'Connecting', 'Connected', 'Reconnecting', 'Failed'] as const;
/** `AliRtcEngineLocalDeviceType` values. */
const DEVICE_TYPE = ['Unknown', 'Mic', 'Speaker', 'AudioDevice', 'Camera', 'Display', 'VideoDevice'] as const;

const REASON_JOIN_FAILURE = 8;
const REASON_JOIN_SUCCESS = 9;
const REASON_LEAVE = 10;

/** The entry of `member` in an event family. */
function member(family: string, value: unknown): CatalogEntry | undefined {
  const code = parseCode(value);
  if (code === undefined) return undefined;
  return CATALOG.lookupAll(code).find((e) => e.family === family);
}

function uidContext(uid: unknown): RtcErrorContext {
  return typeof uid === 'string' || (typeof uid === 'number' && Number.isFinite(uid)) ? { uid } : {};
}

/** `occurError(error, uid?)`: the SDK's error object; native-style `(code, message)` too. */
function occurError(kind: 'error' | 'warning'): EventTranslator {
  return (args) => {
    const [value, second] = args;
    const rec = recognize(value);
    const message = typeof value === 'number' || typeof value === 'string' ? second : undefined;
    const context: RtcErrorContext = { ...(message === undefined ? uidContext(second) : {}) };
    const detail = typeof message === 'string' && message !== '' ? { detail: message } : {};
    const raw = value === undefined ? args : value;
    if (!rec) {
      return errorSignal(raw, {
        code: isErrorLike(value) ? 'internal_error' : 'unknown',
        kind,
        detail: typeof message === 'string' && message !== '' ? message : describe(value),
        context,
      });
    }
    const code = parseCode(rec.vendorCode);
    const clears = code !== undefined ? RECOVERY_CODES.get(code) : undefined;
    if (clears)
      return {
        type: 'recovered',
        clears,
        raw,
        recognition: { ...rec, ...detail, context: { ...rec.context, ...context } },
      };
    return errorSignal(raw, { ...rec, ...detail, context: { ...rec.context, ...context } });
  };
}

/** `connectionStatusChange(status, reason)`. */
const connectionStatusChange: EventTranslator = (args, state) => {
  const [status, reason] = args;
  // Disconnected after the app's own leaveChannel() (even during a pending join): not an error.
  if (status === 1 && state?.lastOperation === 'leaveChannel') return undefined;
  const statusName = typeof status === 'number' ? STATUS[status] : undefined;
  const entry = member(FAMILY.connectionReason, reason);
  const context: RtcErrorContext = {
    ...(statusName ? { status: statusName } : {}),
    ...(entry ? { reason: entry.aliases?.[0] ?? entry.vendorName } : {}),
  };
  if (status === 3) {
    // Connected: the first connection is not a recovery; any later one clears the lost connection.
    if (reason === REASON_JOIN_SUCCESS) return undefined;
    return recoveredSignal(args, 'network_unavailable', { ...(entry ? { entry } : {}), context });
  }
  if (status !== 1 && status !== 4 && status !== 5) return undefined;
  // A failed join rejects the join call with the precise error; leaving is not an error.
  if (status === 1 && (reason === REASON_JOIN_FAILURE || reason === REASON_LEAVE)) return undefined;
  const fromReason = entry && entry.kind === 'error' ? entry : undefined;
  const code: RtcErrorCode = fromReason?.code ?? 'network_unavailable';
  const failed = status === 5;
  return errorSignal(args, {
    ...(fromReason ? { entry: fromReason } : {}),
    code,
    kind: failed ? 'error' : 'warning',
    ...(failed ? { severity: 'fatal', strategy: 'rejoin' } : { severity: 'recoverable', strategy: 'wait-for-network' }),
    ...(fromReason ? {} : entry ? { vendorCode: entry.vendorCode, vendorName: entry.vendorName } : {}),
    ...(failed
      ? {
          message: 'The connection failed and the SDK gave up reconnecting.',
          action: 'Join the channel again once the network works.',
        }
      : {}),
    context,
  });
};

const SHIFTED: Readonly<Record<string, number>> = {
  // (device type, reported exception type) pairs only the SDK's shifted table produces → the real type
  'Mic:11': 1, // media-device 10005 (microphone not readable) reported as CameraAuthFail → MicOpenFail
  'Camera:3': -1, // media-device 10002 (camera not found) reported as MicAuthFail → device_not_found
};

/** `localDeviceException(deviceType, exceptionType, description)`. */
const localDeviceException: EventTranslator = (args) => {
  const [deviceType, exceptionType, description] = args;
  const deviceName = typeof deviceType === 'number' ? DEVICE_TYPE[deviceType] : undefined;
  const context: RtcErrorContext = deviceName ? { deviceType: deviceName } : {};
  const detail = typeof description === 'string' && description !== '' ? { detail: description } : {};
  let entry = member(FAMILY.deviceException, exceptionType) ?? member(FAMILY.deviceException, 0);
  const shifted = deviceName !== undefined ? SHIFTED[`${deviceName}:${String(exceptionType)}`] : undefined;
  if (shifted !== undefined) {
    context.sdkQuirk = 'shifted-device-exception-table';
    if (shifted === -1) {
      return errorSignal(args, {
        entry,
        code: 'device_not_found',
        message: 'No camera was found.',
        ...detail,
        context,
      });
    }
    entry = member(FAMILY.deviceException, shifted) ?? entry;
  }
  return errorSignal(args, { ...(entry ? { entry } : { code: 'device_failure' }), ...detail, context });
};

/** `bye(code)`: the server removed the user. */
const bye: EventTranslator = (args) => {
  const [code] = args;
  const entry = member(FAMILY.bye, code);
  if (entry) return errorSignal(args, { entry, context: {} });
  return errorSignal(args, {
    code: 'kicked',
    ...(typeof code === 'number' || typeof code === 'string' ? { vendorCode: code } : {}),
    message: 'The server removed the user from the channel.',
  });
};

const AUTOPLAY_TEXT = /AudioContext suspended|NotAllowedError|autoplay|user gesture/i;

function playError(name: string): EventTranslator {
  return (args) => {
    const [uid, reason] = args;
    const text = typeof reason === 'string' && reason !== '' ? reason : undefined;
    const autoplay = text !== undefined && AUTOPLAY_TEXT.test(text);
    return errorSignal(
      args,
      fromEvent(name, uidContext(uid), {
        ...(text ? { detail: text } : {}),
        ...(autoplay ? { code: 'autoplay_blocked' as const } : {}),
      }),
    );
  };
}

function autoPlayFail(name: string): EventTranslator {
  return (args) => {
    const [uid, track] = args;
    return errorSignal(
      args,
      fromEvent(name, { ...uidContext(uid), ...(typeof track === 'number' ? { videoTrack: track } : {}) }),
    );
  };
}

/** `remoteUserOffLineNotify(uid, reason)`: only a dropped user (reason 1) is a problem. */
const remoteUserOffLineNotify: EventTranslator = (args) => {
  const [uid, reason] = args;
  if (reason !== 1) return undefined;
  return errorSignal(args, fromEvent('remoteUserOffLineNotify.AliRtcUserOfflineDropped', uidContext(uid)));
};

/** Translators by SDK event name. */
export const EVENTS: Readonly<Record<string, EventTranslator>> = {
  occurError: occurError('error'),
  onOccurError: occurError('error'),
  occurWarning: occurError('warning'),
  onOccurWarning: occurError('warning'),
  connectionStatusChange,
  localDeviceException,
  bye,
  authInfoWillExpire: (args) => errorSignal(args, fromEvent('authInfoWillExpire')),
  authInfoExpired: (args) => errorSignal(args, fromEvent('authInfoExpired')),
  remoteAudioAutoPlayFail: autoPlayFail('remoteAudioAutoPlayFail'),
  remoteVideoAutoPlayFail: autoPlayFail('remoteVideoAutoPlayFail'),
  remoteAudioPlayError: playError('remoteAudioPlayError'),
  remoteVideoPlayError: playError('remoteVideoPlayError'),
  sdkAdvisory,
  networkQuality,
  remoteUserOffLineNotify,
};
