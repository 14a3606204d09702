/**
 * Names of the code families in the aliyun catalog, and the documented code groups shared by the
 * English catalog and the Chinese pack.
 * @module
 */

/** `family` of each group of catalog entries. */
export const FAMILY = {
  /** `AliRtcErrorCode` of the SDK (and the documented codes it shares). */
  errorCode: 'AliRtcErrorCode',
  /** Documented client codes (seed 004) the web SDK does not define (native SDK codes). */
  docs: 'docs',
  /** `DeviceErrorCode` of the `media-device` package the SDK bundles. */
  mediaDevice: 'media-device',
  /** The RTS transport's error codes (`AliRTS.ErrorCode` in the bundle). */
  rts: 'AliRTS.ErrorCode',
  /** The RTS DataChannel error codes (an unnamed enum in the bundle). */
  rtsDataChannel: 'AliRTS.DataChannelErrorCode',
  /** Beauty / processing plugin error codes. */
  plugin: 'AliRtcPluginErrorCode',
  /** Reasons of `connectionStatusChange`. */
  connectionReason: 'AliRtcConnectionStatusChangeReason',
  /** Exception types of `localDeviceException`. */
  deviceException: 'AliRtcEngineLocalDeviceExceptionType',
  /** Codes of `bye`. */
  bye: 'AliRtcOnByeType',
  /** Events that are errors by themselves (`authInfoWillExpire`, `remoteAudioAutoPlayFail`...). */
  event: 'AliRtcEngineEventListener',
} as const;

/** Families whose numbers only mean something as an event argument, never as a raw error code. */
export const EVENT_FAMILIES: ReadonlySet<string> = new Set([
  FAMILY.connectionReason,
  FAMILY.deviceException,
  FAMILY.bye,
  FAMILY.event,
]);

/**
 * Signaling-timeout codes of the documented table (two rows, "signal request is timeout"), minus
 * 0x01020201, which the SDK defines as `ERR_SDK_UPDATE_ROLE_CHANNEL`, and 0x01020204 / 0x0102020C
 * (join and heartbeat timeouts, their own rows).
 */
export const SIGNAL_TIMEOUT_CODES: readonly number[] = [
  0x01020202, 0x01020203, 0x01020205, 0x01020206, 0x01020207, 0x01020208, 0x01020209, 0x0102020a, 0x0102020b,
  0x0102020d, 0x0102020e, 0x0102020f, 0x01020210, 0x01020211, 0x01020212, 0x01020213, 0x01020214, 0x01020215,
  0x01020216, 0x01020217, 0x01020218, 0x01020219, 0x01020220, 0x01020221, 0x01020222,
];
