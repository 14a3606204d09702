/**
 * What a user of rtc-errors should get for each captured value: the `expect` block of a fixture
 * case. Written from the design brief and the vendor docs (fixtures/vendor-docs/), NOT from
 * what the adapters currently return. `vendorCode` is always the code exactly as captured.
 *
 * Where the captured value does not say enough to decide the unified code (an event that reports
 * a permission denial as "open failed"), only what is certain is pinned (severity, strategy).
 */

const FATAL_NONE = { severity: 'fatal', strategy: 'none' };
const USER_ACTION = { severity: 'fatal', strategy: 'user-action' };

/** Agora NG `AgoraRTCError.code` → expectation. */
const AGORA_NG = {
  INVALID_PARAMS: { code: 'invalid_params', ...FATAL_NONE },
  INVALID_OPERATION: { code: 'invalid_state', ...FATAL_NONE },
  // Docs: "the remote user is not in the channel or has not published"; subscribe after user-published.
  INVALID_REMOTE_USER: { code: 'remote_not_published', ...FATAL_NONE },
  PERMISSION_DENIED: { code: 'permission_denied', ...USER_ACTION },
  DEVICE_NOT_FOUND: { code: 'device_not_found', ...USER_ACTION },
  FETCH_AUDIO_FILE_FAILED: { code: 'media_file_error', ...FATAL_NONE },
  DECODE_AUDIO_FILE_FAILED: { code: 'media_file_error', ...FATAL_NONE },
  // Offline join: a network failure the SDK or the library can get past by retrying later. The
  // exact network code (gateway_unreachable, network_unavailable...) is the adapter's call.
  NETWORK_ERROR: { severity: 'recoverable', strategy: 'backoff', retryable: true },
  // Aborted by leave(): the code is certain; whether to retry depends on who aborted.
  OPERATION_ABORTED: { code: 'operation_aborted' },
};

/** Agora Web 3.x string codes (thrown `Error` messages and onFailure strings) → expectation. */
const AGORA_WEB = {
  INVALID_CLIENT_MODE: { code: 'invalid_params', ...FATAL_NONE },
  INVALID_CLIENT_CODEC: { code: 'invalid_params', ...FATAL_NONE },
  STREAM_NOT_YET_PUBLISHED: { code: 'not_published', ...FATAL_NONE },
  NO_TRACK_IN_STREAM: { code: 'invalid_track', ...FATAL_NONE },
  INVALID_OPERATION: { code: 'invalid_state', ...FATAL_NONE },
  STREAM_ALREADY_PUBLISHED: { code: 'already_published', ...FATAL_NONE },
  INVALID_LOCAL_STREAM: { code: 'invalid_track', ...FATAL_NONE },
  CLIENT_NOT_INITIALIZED: { code: 'invalid_state', ...FATAL_NONE },
};

/** Browser media error names, as Agora 3.x puts them in `{type, msg, info}`. */
const MEDIA = {
  NotAllowedError: { code: 'permission_denied', ...USER_ACTION },
  NotFoundError: { code: 'device_not_found', ...USER_ACTION },
  NotReadableError: { code: 'device_in_use', ...USER_ACTION },
  OverconstrainedError: { code: 'constraint_not_satisfied', severity: 'fatal' },
};

/** Alibaba numeric codes → expectation. */
const ALIYUN = {
  16974081: { code: 'invalid_params', ...FATAL_NONE }, // ERR_JOIN_ERR_JOIN_BAD_PARAMBAD: empty AuthInfo field
  16974083: { code: 'invalid_params', severity: 'fatal' }, // ERR_INVALID_ARGUMENTS: "authInfo is invalid: ..."
  16974338: { code: 'signaling_failed', severity: 'recoverable', strategy: 'backoff', retryable: true }, // ERR_JOIN_CHANNEL_FAILED
  10001: { code: 'device_not_found', ...USER_ACTION }, // ERROR_DEVICE_AUDIODEVICE_NOTFOUND
  10002: { code: 'device_not_found', ...USER_ACTION }, // ERROR_DEVICE_VIDEODEVICE_NOTFOUND
  10003: { code: 'permission_denied', ...USER_ACTION }, // ERROR_DEVICE_AUDIODEVICE_NOTALLOWED
  10004: { code: 'permission_denied', ...USER_ACTION }, // ERROR_DEVICE_VIDEODEVICE_NOTALLOWED
  // LiveTranscodingErrorInvalidParam, rejected as a bare number when there is no auth info (not joined).
  17825795: { severity: 'fatal' },
};

const spec = (raw) => raw?.$error;

/** The SDK text after Agora NG's "AgoraRTCError CODE: " prefix, bounded for `detailIncludes`. */
function ngDetail(message) {
  const m = /^AgoraRTCError [A-Z_]+: (.*)$/s.exec(message ?? '');
  return (m ? m[1] : (message ?? '')).slice(0, 60);
}

function agoraNg(c) {
  if (c.via === 'event') {
    if (c.event === 'connection-state-change') {
      const [, , reason] = c.raw;
      // No reason: a plain transition (the failure itself arrives through the join rejection).
      if (reason?.$undefined || reason === 'LEAVE') return { signal: 'none' };
    }
    return { signal: 'none' };
  }
  if (c.raw?.$typeerror !== undefined) {
    // A TypeError from inside the SDK because an argument had the wrong type (App ID not a string).
    return { code: 'invalid_params', ...FATAL_NONE, detailIncludes: c.raw.$typeerror };
  }
  const e = spec(c.raw);
  const code = e?.props?.code;
  const out = { ...(AGORA_NG[code] ?? {}), vendorCode: code, detailIncludes: ngDetail(e?.message) };
  // The SDK's own sentence says which wrong state: "Can't publish stream, haven't joined yet!".
  if (code === 'INVALID_OPERATION' && /haven't joined/.test(e?.message ?? '')) out.code = 'not_joined';
  const media = /\b(NotAllowedError|NotFoundError|NotReadableError|OverconstrainedError)\b/.exec(e?.message ?? '');
  if (media) out.context = { mediaError: media[1] };
  return out;
}

function agoraWeb(c) {
  if (c.via === 'event') {
    const evt = c.raw[0];
    if (c.event === 'accessDenied') return { ...USER_ACTION, code: 'permission_denied' };
    if (c.event === 'connection-state-change' && evt?.prevState === 'CONNECTING' && evt?.curState === 'DISCONNECTED') {
      // 3.x never calls join's callbacks when it cannot connect: this event is the only report of
      // the failed join, so it is an error the SDK may get past by joining again.
      return { code: 'signaling_failed', severity: 'recoverable' };
    }
    if (c.event === 'error' || c.event === 'exception') {
      const code = evt?.reason ?? evt?.code;
      return { ...(AGORA_WEB[code] ?? {}), vendorCode: code };
    }
    return { signal: 'none' };
  }
  if (typeof c.raw === 'string') return { ...(AGORA_WEB[c.raw] ?? {}), vendorCode: c.raw };
  if (c.raw && typeof c.raw === 'object' && 'msg' in c.raw) {
    return { ...(MEDIA[c.raw.msg] ?? {}), vendorCode: c.raw.msg, context: { mediaError: c.raw.msg } };
  }
  if (c.raw?.$typeerror !== undefined) {
    // The SDK crashes on its own state (publish before init/join): a call-order mistake, fatal.
    return { ...FATAL_NONE, detailIncludes: c.raw.$typeerror };
  }
  const e = spec(c.raw);
  if (e && AGORA_WEB[e.message]) return { ...AGORA_WEB[e.message], vendorCode: e.message };
  // Argument checks thrown as plain `Error("Invalid param...")`: the caller passed a bad argument.
  if (e && /^Invalid (string )?param/i.test(e.message))
    return { ...FATAL_NONE, detailIncludes: e.message.slice(0, 60) };
  return {};
}

/**
 * localDeviceException (deviceType, exceptionType, description). In SDK 7.3.3 the exception type is
 * derived from the media error's `errorCode` through a table written for another numbering of those
 * codes, so the type names are wrong: a denied microphone comes as MicOpenFail (1), a denied camera
 * as VideoDeviceException (13), a missing camera as MicAuthFail (3). What the user must be told is
 * what really happened.
 */
function aliyunDevice([deviceType, exceptionType]) {
  const MIC = 1;
  const CAMERA = 4;
  if (deviceType === MIC && exceptionType === 4) return { code: 'device_not_found', ...USER_ACTION };
  if (deviceType === CAMERA && exceptionType === 3) return { code: 'device_not_found', ...USER_ACTION };
  // Microphone + MicOpenFail (1) and camera + VideoDeviceException (13) are also what a real open
  // failure reports (and what the native SDKs report), so the event alone cannot say "denied": only
  // fatal with a user action is pinned. The capture call's rejection right after it
  // (10003/10004 ..._NOTALLOWED) carries the true cause and is pinned to permission_denied.
  return { ...USER_ACTION };
}

function aliyun(c) {
  if (c.via === 'event') {
    if (c.event === 'localDeviceException') return aliyunDevice(c.raw);
    if (c.event === 'connectionStatusChange') {
      // Disconnected (1) because joining the room failed (8) — or any other status change seen while
      // capturing: joinChannel rejects with the precise error at the same moment, so the event would
      // only report the same failure twice.
      return { signal: 'none' };
    }
    if (c.event === 'occurError' || c.event === 'onOccurError') {
      const code = spec(c.raw[0])?.props?._code ?? c.raw[0]?.errorCode ?? c.raw[0];
      return { ...(ALIYUN[code] ?? {}), vendorCode: code };
    }
    return { signal: 'none' };
  }
  if (typeof c.raw === 'number') return { ...(ALIYUN[c.raw] ?? {}), vendorCode: c.raw };
  const e = spec(c.raw);
  if (e) {
    const code = e.props?._code;
    // The SDK's message is "<kind> error: code - N; description - TEXT": TEXT is the detail.
    const text = /description - (.*)$/s.exec(String(e.message))?.[1] ?? String(e.message);
    return { ...(ALIYUN[code] ?? {}), vendorCode: code, detailIncludes: text.slice(0, 60) };
  }
  if (c.raw && typeof c.raw === 'object' && 'errorCode' in c.raw) {
    return { ...(ALIYUN[c.raw.errorCode] ?? {}), vendorCode: c.raw.errorCode };
  }
  return {};
}

/**
 * TRTC, from Tencent's ERROR_CODE page (v5) and ErrorCode page (4.x): v5 by `extraCode` (the
 * specific reason) or else `code`; 4.x by `getCode()` (captured as `code_`).
 */
const TRTC_V5 = {
  5001: { code: 'invalid_params', ...FATAL_NONE },
  5009: { code: 'invalid_params', ...FATAL_NONE },
  5015: { code: 'invalid_channel_name', ...FATAL_NONE },
  5016: { code: 'invalid_channel_name', ...FATAL_NONE },
  5101: { code: 'not_joined', ...FATAL_NONE },
  5108: { code: 'invalid_state', ...FATAL_NONE },
  5201: { code: 'insecure_context', ...FATAL_NONE },
  5301: { code: 'device_not_found', ...USER_ACTION },
  5302: { code: 'permission_denied', ...USER_ACTION },
  // "safe to ignore": the call is over, nothing to retry
  5998: { code: 'operation_aborted', retryable: false },
  // offline: the SDK could not reach the scheduling servers; the network may come back
  5500: { severity: 'recoverable', retryable: true },
};
const TRTC_V4 = {
  0x1000: { code: 'invalid_params', ...FATAL_NONE },
  0x1001: { code: 'invalid_state', ...FATAL_NONE },
  0x1003: { code: 'device_not_found', ...USER_ACTION },
  0x404c: { severity: 'recoverable', retryable: true },
};

function trtc(c) {
  if (c.via === 'event') return { signal: 'none' };
  const e = spec(c.raw);
  const props = e?.props ?? {};
  if (props.code_ !== undefined) {
    const media = MEDIA[e.name];
    return { ...(TRTC_V4[props.code_] ?? {}), ...(media ?? {}), vendorCode: props.code_ };
  }
  const key = props.extraCode ?? props.code;
  return { ...(TRTC_V5[key] ?? TRTC_V5[props.code] ?? {}), vendorCode: props.code };
}

const BY_VENDOR = { 'agora-ng': agoraNg, 'agora-web': agoraWeb, aliyun, trtc };

/** The `expect` block for one captured case. */
export function expectFor(vendor, c) {
  const out = BY_VENDOR[vendor](c);
  // Drop empty fields so the fixture states only what is pinned.
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && v !== ''));
}
