/**
 * Turning SDK events into signals: an {@link RtcError}, or a `recovered` notice that an earlier
 * condition is over. Never throws.
 * @module
 */
import type { Adapter, AdapterSignal, EventState, EventTranslator } from './adapter.js';
import type { RtcErrorCode } from './codes.js';
import { fromRecognition, type NormalizeContext } from './normalize.js';
import { ownValue } from './own.js';
import type { RtcError } from './RtcError.js';
import { clip, describe, isObjectLike, readProp } from './safe.js';
import type { RtcErrorContext, VendorId } from './types.js';

/**
 * A condition that is over (Alibaba "network recovered", Agora NG stream-fallback "recover"...).
 * `V` narrows `vendor` (see {@link RtcError}).
 */
export interface RecoveredEvent<V extends VendorId = VendorId> {
  /** The unified code of the condition that cleared. */
  readonly code: RtcErrorCode;
  readonly vendor: V;
  readonly vendorCode?: string | number;
  readonly vendorName?: string;
  readonly detail?: string;
  readonly context: RtcErrorContext;
  /** The event payload, untouched. */
  readonly cause: unknown;
}

/** What one SDK event means to the app. */
export type RtcSignal =
  | { readonly type: 'error'; readonly error: RtcError }
  | { readonly type: 'recovered'; readonly recovered: RecoveredEvent };

function contextOf(value: unknown): RtcErrorContext {
  const out: RtcErrorContext = {};
  if (!isObjectLike(value)) return out;
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return out;
  }
  for (const key of keys) {
    const v = readProp(value, key);
    if (typeof v === 'string') out[key] = clip(v, 256);
    else if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (typeof v === 'boolean') out[key] = v;
  }
  return out;
}

function toSignal(signal: AdapterSignal, vendor: VendorId, context?: NormalizeContext): RtcSignal | undefined {
  if (!isObjectLike(signal)) return undefined;
  if (signal.type === 'error') {
    return { type: 'error', error: fromRecognition(signal.recognition, vendor, signal.raw, context) };
  }
  if (signal.type === 'recovered') {
    const rec = signal.recognition;
    const vendorCode = rec?.vendorCode ?? rec?.entry?.vendorCode;
    const vendorName = rec?.vendorName ?? rec?.entry?.vendorName;
    const recovered: RecoveredEvent = {
      code: signal.clears,
      vendor,
      ...(vendorCode !== undefined ? { vendorCode } : {}),
      ...(vendorName !== undefined ? { vendorName } : {}),
      ...(rec?.detail !== undefined ? { detail: clip(rec.detail) } : {}),
      context: { ...contextOf(rec?.context), ...contextOf(context) },
      cause: signal.raw,
    };
    return { type: 'recovered', recovered };
  }
  return undefined;
}

/** What {@link translateWith} returns for an event that means nothing: shared, never written. */
const NO_SIGNALS: readonly RtcSignal[] = /*#__PURE__*/ Object.freeze([]);

/** The adapter's translator of `eventName`, if it has one. */
export function translatorOf(adapter: Adapter, eventName: string): EventTranslator | undefined {
  return ownValue(adapter.events, eventName);
}

/**
 * Translates one SDK event with the adapter's translator for that event name. Returns `[]` for
 * events the adapter does not translate and for payloads that are not errors. `state` tells the
 * translator what the app last did (a state change after its own `leave()` is not an error). Never throws: a
 * translator that throws yields an `internal_error` signal carrying the payload.
 */
export function translateEvent(
  adapter: Adapter,
  eventName: string,
  args: readonly unknown[],
  context?: NormalizeContext,
  state?: EventState,
): RtcSignal[] {
  const translator = translatorOf(adapter, eventName);
  if (!translator) return [];
  const signals = translateWith(adapter, eventName, translator, args, context, state);
  return signals === NO_SIGNALS ? [] : (signals as RtcSignal[]);
}

/**
 * {@link translateEvent} with the translator already looked up (see {@link translatorOf}), for
 * listeners on hot paths: an event that means nothing costs the translator's call and no
 * allocation here (the list returned then is shared and frozen).
 */
export function translateWith(
  adapter: Adapter,
  eventName: string,
  translator: EventTranslator,
  args: readonly unknown[],
  context?: NormalizeContext,
  state?: EventState,
): readonly RtcSignal[] {
  let produced: AdapterSignal | readonly AdapterSignal[] | undefined;
  try {
    produced = state !== undefined ? translator(args, state) : translator(args);
  } catch (failure) {
    produced = {
      type: 'error',
      raw: args,
      recognition: { code: 'internal_error', detail: `could not translate event '${eventName}': ${describe(failure)}` },
    };
  }
  if (produced === undefined) return NO_SIGNALS;
  const list: readonly AdapterSignal[] = Array.isArray(produced) ? produced : [produced as AdapterSignal];
  const out: RtcSignal[] = [];
  for (const signal of list) {
    try {
      const s = toSignal(signal, adapter.id, context);
      if (s) out.push(s);
    } catch {
      // a malformed signal from a translator is dropped rather than breaking the SDK's dispatch
    }
  }
  return out;
}
