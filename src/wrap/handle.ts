/**
 * The types of what `wrapClient` returns: the handle ({@link WrappedClient}), its promise and
 * `ResultAsync` forms, and the operation names, arguments and results typed from the client and
 * the adapter.
 * @module
 */
import type { ResultAsync } from 'neverthrow';
import type { Adapter, AdapterId } from '../adapter.js';
import type { OperationKind } from '../retry/policy.js';
import type { RtcError } from '../RtcError.js';
import type { VendorId } from '../types.js';
import type { RtcEventName, RtcEvents } from './events.js';
import type { Health } from './health.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFunction = (...args: any[]) => any;

/** What an operation settles with: a promise's value, or a synchronous return value. */
export type Settled<R> = R extends PromiseLike<infer U> ? U : R extends void ? unknown : R;

/** Promise forms of a client's methods: same arguments (callbacks left out), a promise of the result. */
export type PromiseForms<C> = {
  readonly [K in keyof C as C[K] extends AnyFunction ? K : never]: C[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Settled<R>>
    : never;
};

/**
 * `ResultAsync` forms of a client's methods: same arguments (callbacks left out), never rejecting.
 * What `attemptForms(rtc)` returns for a wrapped client.
 */
export type AttemptForms<C> = {
  readonly [K in keyof C as C[K] extends AnyFunction ? K : never]: C[K] extends (...args: infer A) => infer R
    ? (...args: A) => ResultAsync<Settled<R>, RtcError>
    : never;
};

/** The names of a client type's methods (`string` for an untyped client). */
export type MethodName<C> = { [K in keyof C]-?: C[K] extends AnyFunction ? K : never }[keyof C] & string;

/** `T`, unless it is plain `string` (an adapter whose surface is not typed adds no names). */
type Known<T extends string> = string extends T ? never : T;

/** The client operations an adapter's surface names (never when the adapter type does not say). */
type SurfaceOperationOf<A> = A extends Adapter<VendorId, infer Op, string, string> ? Known<Op> : never;

/** The operations of the other targets an adapter's surface names (`rtc.attach`). */
type TargetOperationOf<A> = A extends Adapter<VendorId, string, string, infer Op> ? Known<Op> : never;

/**
 * The operations `invoke` accepts on a client of type `C` wrapped with an adapter of type `A`:
 * the client's methods and the client operations of the adapter's surface.
 */
export type OperationName<C, A = Adapter> = MethodName<C> | SurfaceOperationOf<A>;

/**
 * The keys `wrapClient`'s `retry` option accepts: the operations of the client (its methods and
 * its surface's), those of the targets `attach` takes, and the kinds (`join`, `publish`,
 * `subscribe`, `default`).
 */
export type RetryKey<C, A = Adapter> = OperationName<C, A> | TargetOperationOf<A> | OperationKind;

/** The roles `attach` accepts for an adapter of type `A` (`string` when the adapter type does not say). */
export type AttachRole<A> = A extends Adapter<VendorId, string, infer Role, string> ? Role : string;

/** The `vendor` of the errors a client wrapped with an adapter of type `A` emits. */
export type WrappedVendor<A> = AdapterId<A> | 'browser' | 'unknown';

/** The arguments of operation `K` of a client of type `C` (any, for an operation the type does not know). */
export type OperationArgs<C, K extends string> = K extends keyof C
  ? C[K] extends (...args: infer P) => unknown
    ? Readonly<P>
    : readonly unknown[]
  : readonly unknown[];

/** What operation `K` of a client of type `C` settles with. */
export type OperationResult<C, K extends string> = K extends keyof C
  ? C[K] extends (...args: never) => infer R
    ? Settled<R>
    : unknown
  : unknown;

/** Options of one {@link WrappedClient.invoke} call. */
export interface InvokeOptions {
  /** Aborts the operation at any moment, the sleep between retries included. Default: none. */
  readonly signal?: AbortSignal;
  /**
   * How long one attempt may take before it counts as a recoverable `network_timeout` (retried
   * under the operation's policy). Default: the wrap's `timeoutMs` for the operation.
   */
  readonly timeoutMs?: number;
}

/** An object attached to a wrapped client with {@link WrappedClient.attach}. */
export interface Attachment<T extends object> {
  readonly target: T;
  /** Removes this object's patches and listeners (if no other handle uses them). */
  detach(): void;
}

/**
 * What `wrapClient` returns, for a client of type `C` and an adapter of type `A` (any
 * adapter when left out): operation names, roles and the errors' `vendor` are typed from both.
 */
export interface WrappedClient<C extends object, A extends Adapter = Adapter> {
  /** The original client, its operations patched in place (`rtc.client === client`). */
  readonly client: C;
  readonly adapter: A;
  /** Adds a listener. */
  on<E extends RtcEventName>(event: E, listener: RtcEvents<WrappedVendor<A>>[E], context?: unknown): this;
  /** Adds a listener called once. */
  once<E extends RtcEventName>(event: E, listener: RtcEvents<WrappedVendor<A>>[E], context?: unknown): this;
  /** Removes a listener (every listener of the event when none is given). */
  off<E extends RtcEventName>(event: E, listener?: RtcEvents<WrappedVendor<A>>[E], context?: unknown): this;
  listenerCount(event: RtcEventName): number;
  /** Promise forms of the client's methods (callback-style methods included). */
  readonly promise: PromiseForms<C>;
  /**
   * Runs one operation of the client by name, abortably. Rejects with an `RtcError`. The name is
   * one of the client's methods or of the adapter's surface (a misspelt one does not compile);
   * the arguments and the result are the method's.
   */
  invoke<K extends OperationName<C, A>>(
    operation: K,
    args?: OperationArgs<C, K>,
    options?: InvokeOptions,
  ): Promise<OperationResult<C, K>>;
  /**
   * Instruments another object of the SDK under a role of the adapter's surface (for example
   * `'global'` for the SDK's global object, `'track'` for a local track): its errors come out of
   * this handle too. Undone by `detach()` or `dispose()`.
   */
  attach<T extends object>(target: T, role: AttachRole<A>): Attachment<T>;
  /** Removes every listener and patch this handle added and aborts its pending operations. Idempotent. */
  dispose(): void;
  readonly disposed: boolean;
  /** The `label` option (`'camera'`, `'screen'`...), if given. */
  readonly label: string | undefined;
  /** The `sdkVersion` option, else the version the client or an attached SDK object exposes, if any. */
  readonly sdkVersion: string | undefined;
  /**
   * The connection health now (`idle` until `join` starts), also emitted as the `health` event on
   * every change. The same object until the next change. See `docs/health.md`.
   */
  readonly health: Health;
}
