/**
 * A vendor's client surface, as data: which methods are operations and how each reports failure,
 * how to listen to the SDK's events, how to renew a token. Adapters describe their SDK with it
 * (`adapter.client`); {@link wrapClient} reads it and never names a vendor.
 * @module
 */
import type { OperationKind } from '../retry/policy.js';

/** Fields every operation style shares. */
interface OperationBase {
  /** Which default retry policy applies (`join`, `publish`, `subscribe`). Default: `default` (no retry). */
  readonly kind?: OperationKind;
  /**
   * Index of the token argument. When the operation fails with `token_expired` or `token_invalid`
   * and the app gave `renewToken`, the new token replaces this argument for one more attempt.
   */
  readonly tokenArg?: number;
  /**
   * When the token is a property of an options object (a join that takes `{ userId, userSig, … }`):
   * its key. The renewed token then replaces that property in a shallow copy of the argument at
   * {@link tokenArg}, not the argument itself. Default: the argument is the token.
   */
  readonly tokenKey?: string;
  /**
   * Operations whose pending retries this one ends (`leave` ends a `join` that is still retrying):
   * they reject with a fatal `operation_aborted` (`context.supersededBy` names this operation).
   * Default: none.
   */
  readonly supersedes?: readonly string[];
  /**
   * How long one attempt may take before it counts as a `network_timeout`, when the app sets no
   * `timeoutMs` for it. Default: by kind (see `RTC_TIMEOUT_DEFAULTS`).
   */
  readonly timeoutMs?: number;
}

/** A method that returns a promise (and may also throw synchronously). */
export interface PromiseOperation extends OperationBase {
  readonly style: 'promise';
}

/** A synchronous method that reports failure by throwing. Never retried (it cannot wait). */
export interface SyncOperation extends OperationBase {
  readonly style: 'sync';
}

/**
 * A synchronous method that reports failure through its return value (Agora native: a negative
 * number). The wrapped method returns the value unchanged and emits the error; it is retried only
 * through the promise forms (`rtc.promise`, `attemptForms(rtc)`).
 */
export interface ReturnCodeOperation extends OperationBase {
  readonly style: 'return-code';
  /** `true` when the returned value is a failure. Default: a negative number. */
  readonly failed?: (value: unknown) => boolean;
}

/** An SDK event that tells a failure-callback-only operation it succeeded. */
export interface SuccessEvent {
  readonly event: string;
  /** `true` when this occurrence belongs to the call. Default: every occurrence does. */
  readonly match?: (eventArgs: readonly unknown[], callArgs: readonly unknown[]) => boolean;
}

/**
 * A method that reports its outcome through callbacks among its trailing arguments.
 * - `success-failure`: `(…, onSuccess?, onFailure?)`;
 * - `failure`: `(…, onFailure?)`; success is `settledBy` (or the call returning);
 * - `node`: `(…, callback?)`, `callback(err)` with a null-ish `err` on success.
 */
export interface CallbackOperation extends OperationBase {
  readonly style: 'callback';
  readonly callbacks: 'success-failure' | 'failure' | 'node';
  /** Index of the first argument that may be a callback (optional arguments may come between). */
  readonly at: number;
  /** For `failure` callbacks: the event that reports success. */
  readonly settledBy?: SuccessEvent;
}

/** How one operation reports failure. */
export type OperationSpec = PromiseOperation | SyncOperation | ReturnCodeOperation | CallbackOperation;

/** How to listen to an object's events. */
export type EventSubscription =
  /** `target[on](name, fn)` / `target[off](name, fn)`. */
  | { readonly style: 'emitter'; readonly on: string; readonly off: string }
  /** `target[register](handler)` / `target[unregister](handler)`, `handler[name](...args)`. */
  | { readonly style: 'handler'; readonly register: string; readonly unregister: string };

/** How to hand a renewed token to the SDK without interrupting the session. */
export interface TokenRenewal {
  readonly method: string;
  readonly style: 'promise' | 'sync' | 'return-code';
  /** `true` when the SDK accepts a renewed token after it has expired (not only before). Default: `false`. */
  readonly afterExpiry?: boolean;
}

/**
 * One kind of object of the SDK: the client, a local track, the SDK's global object...
 * `Op` is the union of its operation names (inferred from `operations`).
 */
export interface TargetSurface<Op extends string = string> {
  /** Operations by method name. */
  readonly operations: { readonly [K in Op]?: OperationSpec };
  /** How to listen to its events. Default: not listened to. */
  readonly events?: EventSubscription;
  /**
   * Events this kind of object emits. For the client, optional: it listens to every event the
   * adapter translates except those only other targets list. For other targets, it listens to the
   * translated events in this list.
   */
  readonly eventNames?: readonly string[];
  /** How to renew a token on this object. Default: it cannot. */
  readonly renew?: TokenRenewal;
}

/**
 * A vendor's client surface: the client, and other objects `rtc.attach` accepts, by role.
 * `Op` is the union of the client's operation names, `Role` of the roles and `TargetOp` of the
 * other targets' operation names. They are inferred when the surface is written as a literal
 * (`{ ... } satisfies ClientSurface`, or inline in `defineAdapter`), and they type `wrapClient`'s
 * retry options, `invoke` and `attach`. Left out, they are `string` (any surface).
 */
export interface ClientSurface<
  Op extends string = string,
  Role extends string = string,
  TargetOp extends string = string,
> {
  readonly client: TargetSurface<Op>;
  readonly targets?: { readonly [R in Role]: TargetSurface<TargetOp> };
}

/** The surface used when an adapter has none: events through `on`/`off`, no operation patched. */
export const EMITTER_ONLY_SURFACE: ClientSurface<never, never, never> = {
  client: { operations: {}, events: { style: 'emitter', on: 'on', off: 'off' } },
};

/** `true` for a negative number: the failure convention of Agora's native SDKs. */
export function isNegativeNumber(value: unknown): boolean {
  return typeof value === 'number' && value < 0;
}

/** Shorthand for a table of operations of one style (the names keep their literal types). */
export function operations<const N extends string, S extends OperationSpec>(
  names: readonly N[],
  spec: S,
): Record<N, S> {
  const out = {} as Record<N, S>;
  for (const name of names) out[name] = spec;
  return out;
}
