/**
 * `wrapClient`: the library's main use. Every error the SDK throws, rejects with, calls back or
 * emits comes out as one typed event; operations are retried under RTC-aware policies.
 * @module
 */
import { ResultAsync } from 'neverthrow';
import type { Adapter, AdapterId } from '../adapter.js';
import type { VendorId } from '../types.js';
import { systemClock } from '../retry/clock.js';
import {
  noRetry,
  defaultPolicy,
  isRetryPolicy,
  type OperationKind,
  type RetryPolicy,
  type RetryPolicyOptions,
} from '../retry/policy.js';
import { reportOutOfBand } from '../retry/report.js';
import { isRtcError, type RtcError } from '../RtcError.js';
import { Coalescer, coalesceKey, DEFAULT_MAX_WINDOWS } from './coalesce.js';
import { Deadlines } from './deadlines.js';
import { SafeEmitter, type RtcEventName, type RtcEvents } from './events.js';
import { HealthTracker, type Health } from './health.js';
import { Instrumentation, type Sink } from './instrument.js';
import { splitCallbacks } from './invoke.js';
import { checkRetryKeys, checkWrapOptions, type WrapOptions } from './options.js';
import { timeoutOf } from './timeouts.js';
import { isAbortSignal, usageError } from './usage.js';
import { EMITTER_ONLY_SURFACE, type ClientSurface, type TargetSurface } from './surface.js';
import { readSdkVersion } from './version.js';

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

/** `ResultAsync` forms of a client's methods: same arguments (callbacks left out), never rejecting. */
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

/** Checks the options of one `invoke` call: the `invalid_usage` error, or `undefined` when they are fine. */
function invokeOptionsProblem(options: unknown, operation: string): RtcError | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return usageError(
      `the options of invoke('${operation}') must be an object, not ${describeValue(options)}`,
      operation,
    );
  }
  for (const key of Object.keys(options)) {
    if (key !== 'signal' && key !== 'timeoutMs') {
      return usageError(`unknown option "${key}" of invoke('${operation}') (known: signal, timeoutMs)`, operation);
    }
  }
  const { signal, timeoutMs } = options as { signal?: unknown; timeoutMs?: unknown };
  if (signal !== undefined && !isAbortSignal(signal)) {
    return usageError(
      `option "signal" of invoke('${operation}') must be an AbortSignal, not ${describeValue(signal)}`,
      operation,
    );
  }
  if (timeoutMs !== undefined && (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0)) {
    return usageError(
      `option "timeoutMs" of invoke('${operation}') must be a number of milliseconds above 0 (Infinity: none), not ${describeValue(timeoutMs)}`,
      operation,
    );
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'object') return 'a plain object';
  return `${typeof value} ${String(value)}`;
}

/** An object attached to a wrapped client with {@link WrappedClient.attach}. */
export interface Attachment<T extends object> {
  readonly target: T;
  /** Removes this object's patches and listeners (if no other handle uses them). */
  detach(): void;
}

/**
 * What {@link wrapClient} returns, for a client of type `C` and an adapter of type `A` (any
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
  /** `ResultAsync<T, RtcError>` forms of the client's methods. */
  readonly attempt: AttemptForms<C>;
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

const registry = /*#__PURE__*/ new WeakMap<object, Instrumentation>();

function surfaceOf(adapter: Adapter, options: WrapOptions): ClientSurface {
  return options.surface ?? adapter.client ?? EMITTER_ONLY_SURFACE;
}

function policyResolver(options: WrapOptions): (operation: string, kind: OperationKind) => RetryPolicy {
  const cache = new Map<string, RetryPolicy>();
  const shared: RetryPolicyOptions = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.retryBudget ? { budget: options.retryBudget } : {}),
  };
  return (operation, kind) => {
    const key = `${kind}\u0000${operation}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let policy: RetryPolicy;
    const table = options.retry;
    if (table === false) policy = noRetry(shared);
    else {
      const own = table && Object.prototype.hasOwnProperty.call(table, operation) ? table[operation] : undefined;
      const byKind = table && Object.prototype.hasOwnProperty.call(table, kind) ? table[kind] : undefined;
      const setting = own ?? byKind;
      const name = own !== undefined ? `retry.${operation}` : `retry.${kind}`;
      if (setting === false) policy = noRetry(shared);
      else if (isRetryPolicy(setting)) policy = setting;
      else policy = defaultPolicy(kind, { ...shared, ...(setting ?? {}) }, name);
    }
    cache.set(key, policy);
    return policy;
  };
}

/**
 * Wraps an SDK client: its errors become typed events, its operations reject with `RtcError`s
 * after RTC-aware retries, and `dispose()` puts everything back.
 *
 * The client keeps its identity (`rtc.client === client`): operations are patched as own
 * properties (restored by `dispose()`), the same `this` and results pass through, and events that
 * are not errors are not touched. Wrapping an already wrapped client (with the same adapter)
 * shares the first wrap's instrumentation: each handle receives every error once, the first
 * handle's options govern the patches (retries, `renewToken`), and the patches go when the last
 * handle is disposed. Wrapping it with another adapter throws.
 *
 * Each error is emitted once on `error` and on `fatal` or `recoverable`; a failed operation emits
 * its final error only (the failures it retried are reported through `retry`, and `giveup` when
 * the policy stops); an operation that succeeds after one or more retries emits `saved` (a retry
 * save: `operation`, `attempts`, `durationMs` and the last failure retried). Repeated errors from events (warnings and fatal ones alike) are coalesced per
 * code: the first at once, the repeats as one more report with `context.count` when the window
 * closes; an operation's failure is never coalesced. An attempt that does not settle within
 * `timeoutMs` (or the time budget) becomes a recoverable `network_timeout`; a stateful one is
 * undone on the SDK before the retry, and its late outcome reported with `context.late`. An abort
 * by the app (an `invoke` signal, `dispose()`, or a superseding call such as `leave` during a
 * retrying `join`) rejects the call with a fatal, non-retryable `operation_aborted` and is not
 * emitted; the SDK's attempt still under way is then stopped too (left). Misuse of `invoke` (and
 * of the promise and attempt forms) rejects with `invalid_usage`, never throws.
 *
 * Callback-style SDKs keep their callbacks: the failure callback receives the `RtcError`, after
 * the retries. Methods that report failure through a return value (negative numbers) return it
 * unchanged and emit the error; their promise forms (`rtc.promise`, `rtc.attempt`) are retried.
 *
 * @example
 * ```ts
 * const rtc = wrapClient(AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' }), agoraNgAdapter, {
 *   retry: { join: { maxAttempts: 5, budgetMs: 30_000 } },
 *   renewToken: async () => fetchToken(),
 * });
 * rtc.on('fatal', (e) => showBanner(e.action));
 * await rtc.client.join(appId, channel, token); // rejects with an RtcError after the retries
 * rtc.dispose();
 * ```
 */
export function wrapClient<C extends object, A extends Adapter = Adapter>(
  client: C,
  adapter: A,
  options: WrapOptions<NoInfer<RetryKey<C, A>>> = {},
): WrappedClient<C, A> {
  if ((typeof client !== 'object' && typeof client !== 'function') || client === null) {
    throw new TypeError('rtc-errors: wrapClient needs the SDK client object as its first argument');
  }
  if (
    typeof adapter !== 'object' ||
    adapter === null ||
    typeof adapter.recognize !== 'function' ||
    typeof adapter.events !== 'object'
  ) {
    throw new TypeError('rtc-errors: wrapClient needs an adapter (for example agoraNgAdapter) as its second argument');
  }
  const opts = checkWrapOptions(options);
  const surface = surfaceOf(adapter, opts);
  checkRetryKeys(opts.retry, client, surface);
  const clock = opts.clock ?? systemClock;
  const policyFor = policyResolver(opts);
  const onListenerError = opts.onListenerError ?? ((error: unknown) => reportOutOfBand(error));
  const emitter = new SafeEmitter(onListenerError);
  // the pending invoke() calls of this handle, each ended by dispose() (no listener on a shared signal)
  const invocations = new Set<AbortController>();
  const deadlines = new Deadlines(clock);
  const health: HealthTracker = new HealthTracker(
    clock,
    surface.client,
    () => {
      if (emitter.listenerCount('health') > 0) emitter.emit('health', health.current);
    },
    opts.label,
  );
  const coalesceOpts = opts.coalesce === false ? { windowMs: 0 } : (opts.coalesce ?? {});
  const windowMs = coalesceOpts.windowMs ?? 5_000;
  const coalescer = new Coalescer(
    deadlines,
    windowMs,
    coalesceOpts.filter ?? (() => true),
    coalesceOpts.key ?? coalesceKey,
    (error) => {
      health.error(error);
      emitter.emit('error', error);
      emitter.emit(error.severity === 'fatal' ? 'fatal' : 'recoverable', error);
    },
    coalesceOpts.maxWindows ?? DEFAULT_MAX_WINDOWS,
  );
  let disposed = false;
  const sink: Sink = {
    coalesces: windowMs > 0,
    error: (error, fromEvent) => {
      if (!disposed) coalescer.push(error, fromEvent === true);
    },
    hold: (error) => (disposed ? undefined : coalescer.holder(error)),
    recovered: (event) => {
      if (disposed) return;
      health.recovered(event);
      emitter.emit('recovered', event);
    },
    retry: (event) => {
      if (disposed) return;
      health.retry(event);
      emitter.emit('retry', event);
    },
    giveup: (event) => {
      if (disposed) return;
      health.giveup(event);
      emitter.emit('giveup', event);
    },
    session: (event) => {
      if (!disposed) health.session(event);
    },
    saved: (event) => {
      if (!disposed) emitter.emit('saved', event);
    },
    operation: (name, result) => {
      if (disposed || emitter.listenerCount('operation') === 0) return;
      const settled = result.then(
        () => undefined,
        (raw: unknown) => toError(raw),
      );
      emitter.emit('operation', { operation: name, settled });
    },
  };
  let sdkVersion = opts.sdkVersion ?? readSdkVersion(client);

  const roles = surface.targets ?? {};
  const claimedByOthers = new Set<string>();
  for (const t of Object.values(roles)) for (const name of t.eventNames ?? []) claimedByOthers.add(name);
  const clientEvents = new Set(surface.client.eventNames ?? []);

  const subscribed = new Map<object, Instrumentation>();
  const subscribe = (
    target: object,
    targetSurface: TargetSurface,
    eventFilter: (name: string) => boolean,
  ): Instrumentation => {
    let instr = registry.get(target);
    if (instr && instr.active) {
      if (instr.config.adapter !== adapter) {
        throw new TypeError(
          `rtc-errors: this object is already wrapped with the '${instr.config.adapter.id}' adapter; dispose that wrap first`,
        );
      }
    } else {
      instr = new Instrumentation(target, {
        adapter,
        surface: targetSurface,
        eventFilter,
        policyFor,
        clock,
        deadlines,
        timeoutFor: (operation, spec, perCall) => timeoutOf(operation, spec, opts.timeoutMs, perCall),
        ...(opts.renewToken ? { renewToken: opts.renewToken } : {}),
      });
      instr.install();
      registry.set(target, instr);
    }
    instr.sinks.add(sink);
    subscribed.set(target, instr);
    return instr;
  };
  const unsubscribe = (target: object): void => {
    const instr = subscribed.get(target);
    if (!instr) return;
    subscribed.delete(target);
    instr.sinks.delete(sink);
    if (instr.sinks.size === 0) {
      instr.uninstall();
      if (registry.get(target) === instr) registry.delete(target);
    }
  };

  const main = subscribe(client, surface.client, (name) => clientEvents.has(name) || !claimedByOthers.has(name));

  const invoke = (
    operation: string,
    args: readonly unknown[] = [],
    invokeOptions?: InvokeOptions,
  ): Promise<unknown> => {
    // misuse rejects (never throws): an invalid_usage RtcError, not emitted as an SDK error
    if (typeof operation !== 'string') {
      return Promise.reject(usageError(`invoke() needs an operation name (a string), not ${describeValue(operation)}`));
    }
    if (disposed) {
      return Promise.reject(
        usageError(`invoke('${operation}') after dispose(): this wrapped client has been disposed`, operation),
      );
    }
    if (!Array.isArray(args)) {
      return Promise.reject(
        usageError(`the arguments of invoke('${operation}') must be an array, not ${describeValue(args)}`, operation),
      );
    }
    const problem = invokeOptionsProblem(invokeOptions, operation);
    if (problem) return Promise.reject(problem);
    const own = new AbortController();
    invocations.add(own);
    let result: Promise<unknown>;
    try {
      const spec = main.spec(operation);
      const head = spec.style === 'callback' ? splitCallbacks(spec, args).head : [...args];
      result = main
        .watch(
          operation,
          main.run(operation, client, head, {
            signals: [own.signal, invokeOptions?.signal],
            ...(invokeOptions?.timeoutMs !== undefined ? { timeoutMs: invokeOptions.timeoutMs } : {}),
          }),
        )
        .then((outcome) => outcome.value);
    } catch (failure) {
      result = Promise.reject(isRtcError(failure) ? failure : main.normalize(failure, operation));
    }
    const done = (): void => {
      invocations.delete(own);
    };
    result.then(done, done);
    return result;
  };

  const forms = <T>(make: (name: string) => (...args: unknown[]) => T): object => {
    const cache = new Map<string, (...args: unknown[]) => T>();
    return new Proxy(Object.create(null) as object, {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        if (typeof (client as Record<string, unknown>)[name] !== 'function') return undefined;
        let fn = cache.get(name);
        if (!fn) {
          fn = make(name);
          cache.set(name, fn);
        }
        return fn;
      },
      has(_target, name) {
        return typeof name === 'string' && typeof (client as Record<string, unknown>)[name] === 'function';
      },
    });
  };
  const toError = (raw: unknown): RtcError => (isRtcError(raw) ? raw : main.normalize(raw, undefined));

  const handle: WrappedClient<C, A> = {
    client,
    adapter,
    // the emitter is typed for any vendor; this handle's listeners only ever get its own (see WrappedVendor)
    on(event, listener, context) {
      emitter.on(event, listener as RtcEvents[typeof event], context);
      return handle;
    },
    once(event, listener, context) {
      emitter.once(event, listener as RtcEvents[typeof event], context);
      return handle;
    },
    off(event, listener, context) {
      emitter.off(event, listener as RtcEvents[typeof event] | undefined, context);
      return handle;
    },
    listenerCount: (event) => emitter.listenerCount(event),
    promise: forms(
      (name) =>
        (...args) =>
          invoke(name, args),
    ) as PromiseForms<C>,
    attempt: forms(
      (name) =>
        (...args) =>
          ResultAsync.fromPromise(invoke(name, args), toError),
    ) as AttemptForms<C>,
    invoke: invoke as WrappedClient<C, A>['invoke'],
    attach<T extends object>(target: T, role: string): Attachment<T> {
      if (disposed) throw new TypeError('rtc-errors: this wrapped client has been disposed');
      if ((target as object) === client)
        throw new TypeError('rtc-errors: attach() takes another object than the wrapped client');
      const targetSurface = Object.prototype.hasOwnProperty.call(roles, role) ? roles[role] : undefined;
      if (!targetSurface) {
        const known = Object.keys(roles);
        throw new TypeError(
          `rtc-errors: unknown role '${role}' for attach(); the '${adapter.id}' surface knows ${known.length ? known.map((r) => `'${r}'`).join(', ') : 'no roles'}`,
        );
      }
      const names = new Set(targetSurface.eventNames ?? []);
      subscribe(target, targetSurface, (name) => names.has(name));
      sdkVersion ??= readSdkVersion(target);
      return { target, detach: () => unsubscribe(target) };
    },
    dispose() {
      if (disposed) return;
      const reason = new Error('the wrapped client was disposed');
      for (const own of [...invocations]) own.abort(reason);
      invocations.clear();
      for (const target of [...subscribed.keys()]) unsubscribe(target);
      disposed = true;
      coalescer.clear();
      deadlines.idle();
      health.dispose();
      emitter.removeAllListeners();
    },
    get disposed() {
      return disposed;
    },
    label: opts.label,
    get sdkVersion() {
      return sdkVersion;
    },
    get health() {
      return health.current;
    },
  };
  return handle;
}
