/**
 * What `rtc-errors/otel` and `rtc-errors/sentry` both need: the handle check, redaction with the
 * caller's options, and the low-cardinality readings of an error (its vendor code as a catalog code
 * or `other`, whether the catalog knows it, its coalesced count). Imports no telemetry library.
 * @module
 */
import type { Adapter } from '../adapter.js';
import { redact, redactValue, MASK, type RedactOptions } from '../redact.js';
import type { RtcError } from '../RtcError.js';
import { clip, readProp } from '../safe.js';
import type { RtcEventName, RtcEvents } from '../wrap/events.js';

/** What the telemetry entries use of a `wrapClient` handle. */
export interface TelemetrySource {
  readonly adapter: Adapter;
  readonly disposed: boolean;
  readonly label?: string | undefined;
  readonly sdkVersion?: string | undefined;
  on<E extends RtcEventName>(event: E, listener: RtcEvents[E]): unknown;
  off<E extends RtcEventName>(event: E, listener?: RtcEvents[E]): unknown;
}

/**
 * Adds `listeners` to `source`; returns a function that removes them (again: harmless). A handle
 * that cannot remove a listener has been disposed, and its listeners are gone with it.
 */
export function listenAll(
  source: TelemetrySource,
  listeners: { readonly [E in RtcEventName]?: RtcEvents[E] },
): () => boolean {
  const names = Object.keys(listeners) as RtcEventName[];
  for (const name of names) source.on(name, listeners[name] as never);
  let stopped = false;
  return () => {
    if (stopped) return false;
    stopped = true;
    for (const name of names) {
      try {
        source.off(name, listeners[name] as never);
      } catch {
        // disposed: nothing left to remove
      }
    }
    return true;
  };
}

/** The value of a vendor code attribute for a code the catalog does not know (or no code). */
export const OTHER = 'other';

/** Longest text a label, version or operation name is reported with. */
const MAX_NAME = 64;

/** Throws a `TypeError` naming `fn` when `wrapped` is not a `wrapClient` handle. */
export function checkSource(fn: string, wrapped: unknown): TelemetrySource {
  const on = readProp(wrapped, 'on');
  const off = readProp(wrapped, 'off');
  const adapter = readProp(wrapped, 'adapter');
  if (typeof on !== 'function' || typeof off !== 'function' || typeof adapter !== 'object' || adapter === null) {
    throw new TypeError(`rtc-errors: ${fn} needs the handle wrapClient returned as its first argument`);
  }
  return wrapped as TelemetrySource;
}

/** Throws a `TypeError` naming the option when `options` would make redaction throw. */
export function checkRedactOptions(fn: string, options: RedactOptions | undefined): RedactOptions {
  if (options === undefined) return {};
  try {
    redact('', options);
  } catch (failure) {
    throw new TypeError(`rtc-errors: ${fn} option "redact" is invalid (${String(failure)})`, { cause: failure });
  }
  return options;
}

/** Redacted, bounded text; `***` for whatever cannot be redacted. */
export function cleanText(text: string, options: RedactOptions, max = 1024): string {
  try {
    return clip(redact(text, options), max);
  } catch {
    return MASK;
  }
}

/** A label, SDK version or operation name, redacted and bounded; `undefined` when absent. */
export function cleanName(value: unknown, options: RedactOptions): string | undefined {
  return typeof value === 'string' && value !== '' ? cleanText(value, options, MAX_NAME) : undefined;
}

/** A redacted deep copy of plain data (see `redactValue`); `***` if that fails. */
export function cleanValue<T>(value: T, options: RedactOptions): T | string {
  try {
    return redactValue(value, options);
  } catch {
    return MASK;
  }
}

/** The catalog entry of the error's vendor code in the handle's adapter, if it knows it. */
function entryOf(adapter: Adapter, error: RtcError): { vendorCode: string | number } | undefined {
  const code = error.vendorCode;
  if (code === undefined || error.vendor !== adapter.id) return undefined;
  try {
    // a number shared by several families: the entry of the error's own name
    const all = adapter.lookupAll(code);
    return all.find((entry) => entry.vendorName === error.vendorName) ?? all[0];
  } catch {
    return undefined;
  }
}

/**
 * The vendor code as an attribute value of bounded cardinality: the catalog's own spelling of a
 * code the adapter knows (`17040388` and `0x01040404` give the same), else `other`.
 */
export function vendorCodeValue(adapter: Adapter, error: RtcError): string {
  const entry = entryOf(adapter, error);
  return entry ? String(entry.vendorCode) : OTHER;
}

/** `true` for an error of the handle's vendor whose code its catalog does not know. */
export function isUnknownCode(adapter: Adapter, error: RtcError): boolean {
  if (error.code === 'unknown') return true;
  return error.vendor === adapter.id && error.vendorCode !== undefined && entryOf(adapter, error) === undefined;
}

/** How many occurrences a report stands for: a coalesced one carries `context.count`. */
export function occurrences(error: RtcError): number {
  const count = error.context.count;
  return typeof count === 'number' && Number.isInteger(count) && count >= 1 ? count : 1;
}
