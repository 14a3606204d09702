/**
 * `wrapClient`: the library's main use. Every error the SDK throws, rejects with, calls back or
 * emits comes out as one typed event; operations are retried under RTC-aware policies.
 * @module
 */
import { ResultAsync } from 'neverthrow';
import type { Adapter } from '../adapter.js';
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
import { Coalescer, coalesceKey } from './coalesce.js';
import { SafeEmitter, type RtcEventName, type RtcEvents } from './events.js';
import { HealthTracker, type Health } from './health.js';
import { Instrumentation, type Sink } from './instrument.js';
import { splitCallbacks } from './invoke.js';
import { checkWrapOptions, type WrapOptions } from './options.js';
import { EMITTER_ONLY_SURFACE, type ClientSurface, type TargetSurface } from './surface.js';

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

/** Options of one {@link WrappedClient.invoke} call. */
export interface InvokeOptions {
  /** Aborts the operation at any moment, the sleep between retries included. Default: none. */
  readonly signal?: AbortSignal;
}

/** An object attached to a wrapped client with {@link WrappedClient.attach}. */
export interface Attachment<T extends object> {
  readonly target: T;
  /** Removes this object's patches and listeners (if no other handle uses them). */
  detach(): void;
}

/** What {@link wrapClient} returns. */
export interface WrappedClient<C extends object> {
  /** The original client, its operations patched in place (`rtc.client === client`). */
  readonly client: C;
  readonly adapter: Adapter;
  /** Adds a listener. */
  on<E extends RtcEventName>(event: E, listener: RtcEvents[E], context?: unknown): this;
  /** Adds a listener called once. */
  once<E extends RtcEventName>(event: E, listener: RtcEvents[E], context?: unknown): this;
  /** Removes a listener (every listener of the event when none is given). */
  off<E extends RtcEventName>(event: E, listener?: RtcEvents[E], context?: unknown): this;
  listenerCount(event: RtcEventName): number;
  /** Promise forms of the client's methods (callback-style methods included). */
  readonly promise: PromiseForms<C>;
  /** `ResultAsync<T, RtcError>` forms of the client's methods. */
  readonly attempt: AttemptForms<C>;
  /** Runs one operation of the client by name, abortably. Rejects with an `RtcError`. */
  invoke(operation: string, args?: readonly unknown[], options?: InvokeOptions): Promise<unknown>;
  /**
   * Instruments another object of the SDK under a role of the adapter's surface (for example
   * `'global'` for the SDK's global object, `'track'` for a local track): its errors come out of
   * this handle too. Undone by `detach()` or `dispose()`.
   */
  attach<T extends object>(target: T, role: string): Attachment<T>;
  /** Removes every listener and patch this handle added and aborts its pending operations. Idempotent. */
  dispose(): void;
  readonly disposed: boolean;
  /**
   * The connection health now (`idle` until `join` starts), also emitted as the `health` event on
   * every change. The same object until the next change. See `docs/health.md`.
   */
  readonly health: Health;
}

const registry = new WeakMap<object, Instrumentation>();

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
 * the policy stops). Repeated identical warnings are coalesced: the first at once, the repeats as
 * one more report with `context.count` when the window closes. An abort by the app (an
 * `invoke` signal, `dispose()`, or a superseding call such as `leave` during a retrying `join`)
 * rejects the call with a fatal, non-retryable `operation_aborted` and is not emitted.
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
export function wrapClient<C extends object>(client: C, adapter: Adapter, options: WrapOptions = {}): WrappedClient<C> {
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
  const clock = opts.clock ?? systemClock;
  const policyFor = policyResolver(opts);
  const onListenerError = opts.onListenerError ?? ((error: unknown) => reportOutOfBand(error));
  const emitter = new SafeEmitter(onListenerError);
  const health = new HealthTracker(clock, surface.client, (h) => emitter.emit('health', h));
  const controller = new AbortController();
  const coalesceOpts = opts.coalesce === false ? { windowMs: 0 } : (opts.coalesce ?? {});
  const coalescer = new Coalescer(
    clock,
    coalesceOpts.windowMs ?? 5_000,
    coalesceOpts.filter ?? ((error) => error.kind === 'warning'),
    coalesceOpts.key ?? coalesceKey,
    (error) => {
      health.error(error);
      emitter.emit('error', error);
      emitter.emit(error.severity === 'fatal' ? 'fatal' : 'recoverable', error);
    },
  );
  let disposed = false;
  const sink: Sink = {
    error: (error) => {
      if (!disposed) coalescer.push(error);
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
  };

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
    invokeOptions: InvokeOptions = {},
  ): Promise<unknown> => {
    if (disposed) return Promise.reject(new TypeError('rtc-errors: this wrapped client has been disposed'));
    const spec = main.spec(operation);
    const head = spec.style === 'callback' ? splitCallbacks(spec, args).head : [...args];
    return main
      .run(operation, client, head, [controller.signal, invokeOptions.signal])
      .then((outcome) => outcome.value);
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

  const handle: WrappedClient<C> = {
    client,
    adapter,
    on(event, listener, context) {
      emitter.on(event, listener, context);
      return handle;
    },
    once(event, listener, context) {
      emitter.once(event, listener, context);
      return handle;
    },
    off(event, listener, context) {
      emitter.off(event, listener, context);
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
    invoke,
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
      return { target, detach: () => unsubscribe(target) };
    },
    dispose() {
      if (disposed) return;
      controller.abort(new Error('the wrapped client was disposed'));
      for (const target of [...subscribed.keys()]) unsubscribe(target);
      disposed = true;
      coalescer.clear();
      health.dispose();
      emitter.removeAllListeners();
    },
    get disposed() {
      return disposed;
    },
    get health() {
      return health.current;
    },
  };
  return handle;
}
