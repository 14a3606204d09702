/**
 * What every {@link RtcError} is, without the unified code table: its fields, `toJSON()`, its
 * brand and {@link isRtcError}. `RtcError` (in `RtcError.ts`) adds the constructor that takes a
 * code's defaults from the table. Errors whose builder gives every field itself (those the retry
 * machinery makes: aborted, given up, unclassified) are built here, so that a bundle of `retry`
 * alone holds no code table and none of its English text.
 * @module
 */
import type { RtcErrorCode } from './codes.js';
import { clip, describe, isErrorLike, isObjectLike, MAX_TEXT, readProp } from './safe.js';
import { redactValue } from './redact.js';
import type { RtcError } from './RtcError.js';
import type { ErrorKind, RetryHint, RtcErrorCategory, RtcErrorContext, Severity, VendorId } from './types.js';

/**
 * Brand shared by every copy of this package (a registered symbol), so that {@link isRtcError}
 * recognizes errors made by another copy where `instanceof` fails.
 */
const BRAND: unique symbol = Symbol.for('rtc-errors.RtcError') as never;

/** Everything needed to build an {@link RtcError}; what is left out takes the code's defaults. */
export interface RtcErrorInit {
  code: RtcErrorCode;
  category?: RtcErrorCategory;
  severity?: Severity;
  retry?: RetryHint;
  vendor?: VendorId;
  vendorCode?: string | number;
  vendorName?: string;
  kind?: ErrorKind;
  message?: string;
  detail?: string;
  action?: string;
  operation?: string;
  context?: RtcErrorContext;
  cause?: unknown;
}

/** An init that needs no code table: the code's defaults are all given. */
export type CompleteRtcErrorInit = RtcErrorInit &
  Required<Pick<RtcErrorInit, 'category' | 'severity' | 'retry' | 'message' | 'action'>>;

/** The code's defaults {@link setFields} falls back on. */
export interface FieldDefaults {
  readonly category: RtcErrorCategory;
  readonly severity: Severity;
  readonly strategy: RetryHint['strategy'];
  readonly action: string;
}

/** The plain object {@link RtcError.toJSON} returns. */
export interface RtcErrorJSON {
  name: 'RtcError';
  code: RtcErrorCode;
  category: RtcErrorCategory;
  severity: Severity;
  retry: { retryable: boolean; strategy: RetryHint['strategy']; delayMs?: number };
  vendor: VendorId;
  vendorCode?: string | number;
  vendorName?: string;
  kind: ErrorKind;
  message: string;
  detail?: string;
  action: string;
  operation?: string;
  context: RtcErrorContext;
  cause?: unknown;
}

/**
 * The fields and `toJSON()` of {@link RtcError}, its base class. Internal: the public class is
 * `RtcError`, and `instanceof RtcError` holds for every error of this base.
 */
export class RtcErrorBase extends Error {
  // Every field is `declare`d and set by `setFields`: a class field would be assigned (optional
  // ones as own `undefined` properties) before the constructor sets it, a dozen wasted writes per
  // error, and would put the fields in another order than `setFields` gives them.
  declare readonly name: 'RtcError';
  declare readonly code: RtcErrorCode;
  declare readonly category: RtcErrorCategory;
  declare readonly severity: Severity;
  declare readonly retry: RetryHint;
  declare readonly vendor: VendorId;
  declare readonly vendorCode?: string | number;
  declare readonly vendorName?: string;
  declare readonly kind: ErrorKind;
  declare readonly detail?: string;
  declare readonly action: string;
  declare readonly operation?: string;
  /** Flat context: the fields this library sets (typed, see {@link RtcErrorContext}) and the vendor's. */
  declare readonly context: RtcErrorContext;
  declare readonly cause?: unknown;

  /**
   * A plain, cycle-free object; never throws, whatever `cause` holds. Tokens, signatures, nonces
   * and app certificates in any of its strings are masked (see `redact`).
   */
  toJSON(): RtcErrorJSON {
    const json: RtcErrorJSON = {
      name: 'RtcError',
      code: this.code,
      category: this.category,
      severity: this.severity,
      retry: { ...this.retry },
      vendor: this.vendor,
      kind: this.kind,
      message: this.message,
      action: this.action,
      context: { ...this.context },
    };
    if (this.vendorCode !== undefined) json.vendorCode = this.vendorCode;
    if (this.vendorName !== undefined) json.vendorName = this.vendorName;
    if (this.detail !== undefined) json.detail = this.detail;
    if (this.operation !== undefined) json.operation = this.operation;
    if (this.cause !== undefined) json.cause = jsonSafe(this.cause, 0, new Set());
    // What leaves as JSON goes to logs and telemetry: tokens, signatures and nonces in any string
    // (the message, the SDK's detail, context, the cause) are masked.
    return redactValue(json);
  }
}
Object.defineProperty(RtcErrorBase.prototype, BRAND, { value: true, enumerable: false });
// On the prototype rather than on each instance: one property definition fewer per error.
Object.defineProperty(RtcErrorBase.prototype, 'name', {
  value: 'RtcError',
  enumerable: false,
  configurable: true,
  writable: true,
});

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Stores the fields of `init` on a new error (a constructor's work after `super`); `code` is the
 * code as checked against the table, `defaults` what the init leaves out.
 */
export function setFields(error: RtcErrorBase, init: RtcErrorInit, code: RtcErrorCode, defaults: FieldDefaults): void {
  const self = error as Mutable<RtcErrorBase>;
  self.code = code;
  self.category = init.category ?? defaults.category;
  self.severity = init.severity ?? defaults.severity;
  self.retry = init.retry ?? { retryable: false, strategy: defaults.strategy };
  self.vendor = init.vendor ?? 'unknown';
  if (init.vendorCode !== undefined) self.vendorCode = init.vendorCode;
  if (init.vendorName !== undefined) self.vendorName = init.vendorName;
  self.kind = init.kind ?? 'error';
  if (init.detail !== undefined) self.detail = init.detail;
  self.action = init.action ?? defaults.action;
  if (init.operation !== undefined) self.operation = init.operation;
  self.context = init.context ?? {};
  if ('cause' in init && !Object.prototype.hasOwnProperty.call(self, 'cause')) {
    // An engine without the `cause` option of `Error`.
    Object.defineProperty(self, 'cause', {
      value: init.cause,
      enumerable: false,
      configurable: true,
      writable: true,
    });
  }
}

/**
 * An {@link RtcError} from an init that gives every default itself, built without the code table
 * (`code` is taken as given: internal builders pass codes of the table). `instanceof RtcError`
 * holds for it, `toJSON()` and {@link isRtcError} work as for any other.
 */
export function completeRtcError(init: CompleteRtcErrorInit): RtcError {
  const error = new RtcErrorBase(init.message, 'cause' in init ? { cause: init.cause } : undefined);
  setFields(error, init, init.code, { ...init, strategy: init.retry.strategy });
  return error as RtcError;
}

/**
 * `true` when `value` is an {@link RtcError}, including one made by another copy of this package.
 * Never throws.
 */
export function isRtcError(value: unknown): value is RtcError {
  return isObjectLike(value) && readProp(value, BRAND) === true;
}

const JSON_DEPTH = 4;
const JSON_KEYS = 32;

/** A JSON-safe summary of any value: bounded depth, keys and text; cycles cut. */
function jsonSafe(value: unknown, depth: number, seen: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
      return clip(value, MAX_TEXT);
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'boolean':
      return value;
    case 'bigint':
    case 'symbol':
    case 'function':
      return describe(value);
    case 'undefined':
      return null;
  }
  if (value === null) return null;
  const obj = value as object;
  if (seen.has(obj) || depth >= JSON_DEPTH) return describe(obj);
  seen.add(obj);
  try {
    if (isRtcError(obj)) return (obj as RtcError).toJSON();
    if (isErrorLike(obj)) {
      const out: Record<string, unknown> = {};
      for (const key of ['name', 'message', 'code', 'reason']) {
        const v = readProp(obj, key);
        if (v !== undefined) out[key] = jsonSafe(v, depth + 1, seen);
      }
      return out;
    }
    let keys: string[];
    try {
      keys = Object.keys(obj).slice(0, JSON_KEYS);
    } catch {
      return describe(obj);
    }
    const isArray = (() => {
      try {
        return Array.isArray(obj);
      } catch {
        return false;
      }
    })();
    const out: Record<string, unknown> | unknown[] = isArray ? [] : {};
    for (const key of keys) {
      const v = readProp(obj, key);
      (out as Record<string, unknown>)[key] = jsonSafe(v, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}
