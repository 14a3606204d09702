/**
 * The adapter contract: what a vendor adapter gives the core.
 *
 * An adapter is data (a catalog of the vendor's codes) plus small recognizers of the vendor's raw
 * shapes. The core never names a vendor: it asks each adapter in turn whether it recognizes a raw
 * value, then builds the {@link RtcError} from what the adapter said and the unified code table.
 * See `docs/adapters.md` for how to add a vendor.
 * @module
 */
import type { Actor } from './classification.js';
import type { RtcErrorCode } from './codes.js';
import type { ErrorKind, RetryStrategy, RtcErrorContext, Severity, VendorId } from './types.js';
import type { ClientSurface } from './wrap/surface.js';

/** Where a catalog entry comes from. `docs` marks a documented-only code the SDK does not define. */
export type EntrySource = 'sdk' | 'docs' | 'sdk+docs';

/** One row of a vendor's catalog. English text lives here; other languages in locale packs. */
export interface CatalogEntry {
  /** The code exactly as the SDK reports it (string or number). */
  readonly vendorCode: string | number;
  /** Symbolic name in the vendor's own table; unique within one adapter (it keys locale packs). */
  readonly vendorName: string;
  /** The unified code it maps to. */
  readonly code: RtcErrorCode;
  /** How the vendor classes it. */
  readonly kind: ErrorKind;
  /** Overrides the unified code's default severity. */
  readonly severity?: Severity;
  /** Overrides the unified code's default retry strategy. */
  readonly strategy?: RetryStrategy;
  /** A delay the vendor suggests before retrying, in milliseconds. */
  readonly delayMs?: number;
  /** English description (stable). */
  readonly message: string;
  /** What the app or the user should do, in English. */
  readonly action: string;
  /** Code family when one number means different things in different families (e.g. `ERR`, `K`). */
  readonly family?: string;
  /** Where the entry comes from: the SDK's definitions, the docs, or both. */
  readonly source: EntrySource;
  /** Other names or spellings the code is looked up by. */
  readonly aliases?: readonly string[];
  /**
   * Recorded disagreement between docs and SDK, or another remark. The bundled adapters keep their
   * notes out of the runtime data (see {@link Catalog.entries}); a third-party catalog may set it.
   */
  readonly note?: string;
  /**
   * Who must act for the condition to be over (see `docs/classification.md`). Left out, it is the
   * unified code's ({@link DEFAULT_ACTOR}); an entry whose use differs from its code's meaning (a
   * timeout the SDK retries by itself, a notice) states it. Read it with `actorOf`.
   */
  readonly actor?: Actor;
}

/**
 * What an adapter says about a raw value it recognized. Every field is optional: what is left out
 * comes from `entry`, then from the unified code's defaults.
 */
export interface Recognition {
  /** The catalog entry the value matched, if any. */
  readonly entry?: CatalogEntry;
  /** Unified code, when it differs from the entry's (an overloaded vendor code split by detail). */
  readonly code?: RtcErrorCode;
  readonly vendorCode?: string | number;
  readonly vendorName?: string;
  readonly kind?: ErrorKind;
  readonly severity?: Severity;
  readonly strategy?: RetryStrategy;
  /** The vendor's own retry hint; `false` makes the error fatal and not retryable. */
  readonly retryable?: boolean;
  /** A delay the vendor suggests, in milliseconds. */
  readonly delayMs?: number;
  /** English message overriding the entry's. */
  readonly message?: string;
  /** English action overriding the entry's. */
  readonly action?: string;
  /** The SDK's own text for this occurrence (bounded). */
  readonly detail?: string;
  readonly operation?: string;
  readonly context?: RtcErrorContext;
  /**
   * `bare-number` when the value was recognized from a number alone (`2001`, `{code: 2001}`),
   * with no name, vendor field or message to back it: `normalize` then takes it only from an
   * adapter given alone, or a large number only one adapter knows (see `docs/classification.md`).
   */
  readonly evidence?: 'bare-number';
}

/** What an adapter's event translator returns for one SDK event. */
export type AdapterSignal =
  | {
      readonly type: 'error';
      /** The value kept as `cause` (the payload, as the SDK emitted it). */
      readonly raw: unknown;
      readonly recognition: Recognition;
    }
  | {
      readonly type: 'recovered';
      /** The unified code of the condition that is over. */
      readonly clears: RtcErrorCode;
      readonly raw: unknown;
      readonly recognition?: Recognition;
    };

/** What the wrapped client knows about the app's own calls when an event arrives. */
export interface EventState {
  /**
   * The last operation the app called through the wrapped client (`join`, `leave`...): a state
   * change that follows the app's own `leave()` is the app's doing, not an error.
   */
  readonly lastOperation?: string;
}

/** Turns the arguments of one SDK event into signals; `undefined` or `[]` when it is not an error. */
export type EventTranslator = (
  args: readonly unknown[],
  state?: EventState,
) => AdapterSignal | readonly AdapterSignal[] | undefined;

/**
 * The recognition of the first error among a translator's signals, or `undefined`: how an adapter's
 * recognizer reads an event payload exactly as the event's translator does.
 */
export function errorRecognition(
  produced: AdapterSignal | readonly AdapterSignal[] | undefined,
): Recognition | undefined {
  const list: readonly unknown[] = Array.isArray(produced) ? produced : [produced];
  for (const signal of list) {
    if (typeof signal !== 'object' || signal === null) continue;
    const s = signal as { type?: unknown; recognition?: unknown };
    if (s.type === 'error' && typeof s.recognition === 'object' && s.recognition !== null) {
      return s.recognition as Recognition;
    }
  }
  return undefined;
}

/** A vendor's catalog as data, with lookups. */
export interface Catalog {
  /** The preferred entry for a code as the SDK shows it (value or name), or `undefined`. */
  lookup(vendorCode: string | number): CatalogEntry | undefined;
  /** Every entry the code may denote (numbers shared by several families), preferred first. */
  lookupAll(vendorCode: string | number): readonly CatalogEntry[];
  /**
   * Every entry, in catalog order.
   *
   * The entries of the bundled adapters carry no `note`: their maintainer notes (disagreements
   * between docs and SDK, the reason of each classification review) are not runtime data, so no
   * bundle pays for them. The generated code pages (`docs/codes/`) and `rtc-errors explain` show
   * them; in the repository they live in `adapters/<vendor>/notes.ts`.
   */
  entries(): readonly CatalogEntry[];
}

/** Extra things an adapter may know about the raw value while recognizing it. */
export interface RecognizeContext {
  /** The operation being performed, when the caller knows it (`join`, `publish`...). */
  readonly operation?: string;
  /**
   * The SDK event the value came with, when the caller knows it (`connection-state-change`...):
   * positional event arguments (a state, a reason number) mean something only with it.
   */
  readonly event?: string;
}

/**
 * A vendor adapter. Build one with {@link defineAdapter}, which infers its type parameters:
 * - `Id`: the id it reports as `RtcError.vendor` (any string: a third-party adapter picks its own);
 * - `Op`: the names of the client operations its surface describes;
 * - `Role`: the roles `rtc.attach(target, role)` accepts;
 * - `TargetOp`: the operation names of those other targets.
 *
 * `Adapter` with no arguments is any adapter. `wrapClient` reads them to type its retry options,
 * `invoke`, `attach` and the `vendor` of the errors it emits.
 *
 * @example
 * ```ts
 * export const acmeAdapter = defineAdapter({
 *   id: 'acme', // Adapter<'acme', 'connect' | 'disconnect', never, never>
 *   catalog: createCatalog(ENTRIES),
 *   recognize: (raw) => { ... },
 *   events: { failure: ([err]) => ... },
 *   client: {
 *     client: {
 *       operations: { connect: { style: 'promise', kind: 'join' }, disconnect: { style: 'promise' } },
 *       events: { style: 'emitter', on: 'on', off: 'off' },
 *     },
 *   },
 * });
 * ```
 */
export interface Adapter<
  Id extends VendorId = VendorId,
  Op extends string = string,
  Role extends string = string,
  TargetOp extends string = string,
> extends Catalog {
  /** Vendor id reported as `RtcError.vendor`. */
  readonly id: Id;
  /**
   * Recognizes a raw value the SDK threw, rejected with or passed to a failure callback.
   * Returns `undefined` when the value is not this vendor's. It may throw on hostile input: the core
   * guards every call.
   */
  recognize(raw: unknown, ctx: RecognizeContext): Recognition | undefined;
  /** Translators for the SDK's events, by event name. */
  readonly events: Readonly<Record<string, EventTranslator>>;
  /** The SDK's client surface (operations, events, token renewal), used by `wrapClient`. */
  readonly client?: ClientSurface<Op, Role, TargetOp>;
}

/** What {@link defineAdapter} takes. */
export interface AdapterDefinition<
  Id extends VendorId = VendorId,
  Op extends string = string,
  Role extends string = string,
  TargetOp extends string = string,
> {
  /** The id reported as `RtcError.vendor`: lower-case, e.g. `'acme'`. Any string, no cast needed. */
  readonly id: Id;
  readonly catalog: Catalog;
  readonly recognize: (raw: unknown, ctx: RecognizeContext) => Recognition | undefined;
  readonly events?: Readonly<Record<string, EventTranslator>>;
  /** The SDK's client surface, used by `wrapClient`. */
  readonly client?: ClientSurface<Op, Role, TargetOp>;
}

/** The vendor id of an adapter type. */
export type AdapterId<A> = A extends Adapter<infer Id, string, string, string> ? Id : never;

/**
 * Builds an {@link Adapter} from its parts. The id and the surface's operation names and roles
 * keep their literal types (see {@link Adapter}).
 */
export function defineAdapter<
  const Id extends VendorId,
  Op extends string = never,
  Role extends string = never,
  TargetOp extends string = never,
>(def: AdapterDefinition<Id, Op, Role, TargetOp>): Adapter<Id, Op, Role, TargetOp> {
  const { catalog } = def;
  return {
    id: def.id,
    recognize: def.recognize,
    events: def.events ?? {},
    ...(def.client ? { client: def.client } : {}),
    lookup: (code) => catalog.lookup(code),
    lookupAll: (code) => catalog.lookupAll(code),
    entries: () => catalog.entries(),
  };
}
