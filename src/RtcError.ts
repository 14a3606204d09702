/**
 * The one error shape every adapter produces.
 * @module
 */
import { CODES, type RtcErrorCode } from './codes.js';
import { RtcErrorBase, setFields, type RtcErrorInit } from './RtcErrorBase.js';
import type { VendorId } from './types.js';

export { isRtcError } from './RtcErrorBase.js';
export type { RtcErrorInit, RtcErrorJSON } from './RtcErrorBase.js';

/**
 * A normalized RTC error: a unified `code`, a `severity`, a `retry` hint and a remedy (`action`),
 * with the vendor's own code and the original value (`cause`) kept.
 *
 * `V` narrows `vendor`: the errors of a client wrapped with an adapter whose id is `'acme'` are
 * `RtcError<'acme' | 'browser' | 'unknown'>`. Default: any {@link VendorId}.
 *
 * Build one with {@link normalize} rather than by hand. `new RtcError(init)` takes what `init`
 * leaves out from the unified code table (`CODES`). The fields and `toJSON()` come from an
 * internal base class that needs no table; `instanceof RtcError` holds for every error of this
 * copy of the package, those the retry machinery builds on that base included.
 */
export class RtcError<V extends VendorId = VendorId> extends RtcErrorBase {
  declare readonly vendor: V;

  constructor(init: RtcErrorInit) {
    const info = CODES[init.code] ?? CODES.unknown;
    // `cause` through the options of `Error` (own, non-enumerable, as the standard defines it).
    super(init.message ?? info.message, 'cause' in init ? { cause: init.cause } : undefined);
    setFields(this, init, knownCode(init.code), info);
  }

  /**
   * `RtcError` itself recognizes every error of its base (see the class description); a subclass
   * keeps the ordinary `instanceof`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return this === RtcError
      ? value instanceof RtcErrorBase
      : (Function.prototype[Symbol.hasInstance] as (this: unknown, v: unknown) => boolean).call(this, value);
  }
}

function knownCode(code: RtcErrorCode): RtcErrorCode {
  return CODES[code] ? code : 'unknown';
}

/**
 * Turns `error`, a plain `new Error(message, { cause })` its caller has just made, into the
 * {@link RtcError} `new RtcError(init)` would be: same prototype, fields, message and `cause`, and
 * a stack that starts at that caller. Engines build an instance of an `Error` subclass through a
 * slower path than a plain `Error` (in V8 it costs about twice as much); a plain one given
 * RtcError's prototype costs what an `Error` costs. Internal: `normalize` builds its errors so.
 */
export function buildRtcError(init: RtcErrorInit, error: Error): RtcError {
  Object.setPrototypeOf(error, RtcError.prototype);
  setFields(error as RtcError, init, knownCode(init.code), CODES[init.code] ?? CODES.unknown);
  return error as RtcError;
}
