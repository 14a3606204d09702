/**
 * Browser media errors (getUserMedia, getDisplayMedia, enumerateDevices), normalized once for
 * every web adapter, whether they arrive raw (a `DOMException`) or embedded in a vendor's text
 * (`"AgoraRTCError PERMISSION_DENIED: NotAllowedError: Permission denied"`).
 * @module
 */
import type { Recognition } from './adapter.js';
import type { RtcErrorCode } from './codes.js';
import { clip, isErrorLike, readProp, readText } from './safe.js';
import type { RtcErrorContext } from './types.js';

/** What a media error name means: `[unified code, English message]`. */
type MediaRule = readonly [code: RtcErrorCode, message: string];

/** DOMException names (current and legacy) and what they mean. */
const MEDIA_ERRORS: Readonly<Record<string, MediaRule>> = {
  NotAllowedError: ['permission_denied', 'Permission to use the media device was denied.'],
  PermissionDeniedError: [
    'permission_denied',
    'Permission to use the media device was denied (legacy PermissionDeniedError).',
  ],
  SecurityError: ['permission_denied', 'Media capture is blocked by a security setting or permissions policy.'],
  NotFoundError: ['device_not_found', 'No media device matches the request.'],
  DevicesNotFoundError: ['device_not_found', 'No media device matches the request (legacy DevicesNotFoundError).'],
  NotReadableError: ['device_in_use', 'The media device could not be started; another application may be using it.'],
  TrackStartError: ['device_in_use', 'The media device could not be started (legacy TrackStartError).'],
  OverconstrainedError: ['constraint_not_satisfied', 'No media device satisfies the requested constraints.'],
  ConstraintNotSatisfiedError: [
    'constraint_not_satisfied',
    'No media device satisfies the requested constraints (legacy ConstraintNotSatisfiedError).',
  ],
  AbortError: ['device_failure', 'The media device failed to start for an unknown reason.'],
  NotSupportedError: ['not_supported', 'This media capture is not supported here.'],
  InvalidStateError: [
    'invalid_state',
    'Media capture was requested in an invalid state (for example from a hidden page).',
  ],
};

const NAME_PATTERN = new RegExp(`\\b(${Object.keys(MEDIA_ERRORS).join('|')})\\b`);
/** Every name contains "Error": text without it names none, which a plain search tells faster. */
const NAMES_SAY_ERROR = Object.keys(MEDIA_ERRORS).every((name) => name.includes('Error'));
const SYSTEM_DENIAL = /permission denied by system|system denied|denied by (the )?(operating )?system/i;
const GUM_TYPE_ERROR = /getUserMedia|getDisplayMedia|MediaDevices|mediaDevices|constraints/;
const NO_MEDIA_DEVICES =
  /(reading|of undefined).{0,40}(getUserMedia|getDisplayMedia|enumerateDevices)|mediaDevices is (undefined|null)/;

/** `true` when `name` is a known browser media error name. */
export function isMediaErrorName(name: unknown): name is string {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(MEDIA_ERRORS, name);
}

function build(name: string, text: string | undefined, constraint: string | undefined): Recognition {
  const [code, message] = MEDIA_ERRORS[name] as MediaRule;
  const context: RtcErrorContext = { mediaError: name };
  if (code === 'permission_denied') {
    context.deniedBy = name === 'SecurityError' ? 'policy' : text && SYSTEM_DENIAL.test(text) ? 'system' : 'user';
  }
  if (constraint) context.constraint = constraint;
  return {
    code,
    vendorCode: name,
    vendorName: name,
    message,
    ...(text !== undefined ? { detail: text } : {}),
    context,
  };
}

/**
 * Recognizes a raw browser media error (a `DOMException`, an `OverconstrainedError`, a legacy
 * error object, or getUserMedia's `TypeError`). Returns `undefined` for anything else.
 */
export function recognizeMediaError(raw: unknown): Recognition | undefined {
  if (!isErrorLike(raw) && readProp(raw, 'name') === undefined) return undefined;
  const name = readProp(raw, 'name');
  const message = readText(raw, 'message');
  if (isMediaErrorName(name)) {
    return build(name, message, readText(raw, 'constraint', 128) ?? readText(raw, 'constraintName', 128));
  }
  if (name === 'TypeError' && isErrorLike(raw) && message !== undefined) {
    if (NO_MEDIA_DEVICES.test(message)) {
      return typeError(
        'insecure_context',
        'Media devices are not available: the page is not in a secure context, or the browser lacks them.',
        message,
      );
    }
    if (GUM_TYPE_ERROR.test(message)) {
      return typeError('invalid_params', 'Media capture was requested with invalid constraints.', message);
    }
  }
  return undefined;
}

/** getUserMedia's `TypeError` (no media devices, bad constraints) as `code`, with its own text as detail. */
function typeError(code: RtcErrorCode, message: string, detail: string): Recognition {
  return {
    code,
    vendorCode: 'TypeError',
    vendorName: 'TypeError',
    message,
    detail,
    context: { mediaError: 'TypeError' },
  };
}

/**
 * Finds a browser media error named inside a vendor's text, e.g.
 * `"AgoraRTCError PERMISSION_DENIED: NotAllowedError: Permission denied"`.
 */
export function findMediaErrorInText(text: string | undefined): Recognition | undefined {
  if (!text) return undefined;
  const bounded = clip(text);
  const match = NAMES_SAY_ERROR && !bounded.includes('Error') ? null : NAME_PATTERN.exec(bounded);
  if (!match?.[1]) {
    // OS-level denial is sometimes reported without an error name.
    if (SYSTEM_DENIAL.test(bounded)) return build('NotAllowedError', bounded, undefined);
    return undefined;
  }
  const constraint = /constraint[:=\s"']+([A-Za-z]+)/i.exec(bounded)?.[1];
  return build(match[1], bounded, constraint);
}
