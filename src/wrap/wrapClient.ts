/**
 * `wrapClient`: the library's main use. Every error the SDK throws, rejects with, calls back or
 * emits comes out as one typed event; operations are retried under RTC-aware policies.
 * @module
 */
import type { Adapter } from '../adapter.js';
import { ownValue } from '../own.js';
import { systemClock } from '../retry/clock.js';
import { reportOutOfBand } from '../retry/report.js';
import { isRtcError, type RtcError } from '../RtcError.js';
import { Coalescer, coalesceKey, DEFAULT_MAX_WINDOWS } from './coalesce.js';
import { Deadlines } from './deadlines.js';
import { SafeEmitter, type RtcEvents } from './events.js';
import { methodForms } from './forms.js';
import type { Attachment, InvokeOptions, PromiseForms, RetryKey, WrappedClient } from './handle.js';
import { HealthTracker } from './health.js';
import { Instrumentation, type Sink } from './instrument.js';
import { splitCallbacks } from './invoke.js';
import { describeValue } from '../retry/validate.js';
import { invokeOptionsProblem } from './invokeOptions.js';
import { checkRetryKeys, checkWrapOptions, type WrapOptions } from './options.js';
import { policyResolver } from './policies.js';
import { timeoutOf } from './timeouts.js';
import { usageError } from './usage.js';
import { EMITTER_ONLY_SURFACE, type ClientSurface, type TargetSurface } from './surface.js';
import { readSdkVersion } from './version.js';

const registry = /*#__PURE__*/ new WeakMap<object, Instrumentation>();

function surfaceOf(adapter: Adapter, options: WrapOptions): ClientSurface {
  return options.surface ?? adapter.client ?? EMITTER_ONLY_SURFACE;
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
 * of the promise forms and `attemptForms`) rejects with `invalid_usage`, never throws.
 *
 * Callback-style SDKs keep their callbacks: the failure callback receives the `RtcError`, after
 * the retries. Methods that report failure through a return value (negative numbers) return it
 * unchanged and emit the error; their promise forms (`rtc.promise`, `attemptForms(rtc)`) are retried.
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
    promise: methodForms(
      client,
      (name) =>
        (...args) =>
          invoke(name, args),
    ) as PromiseForms<C>,
    invoke: invoke as WrappedClient<C, A>['invoke'],
    attach<T extends object>(target: T, role: string): Attachment<T> {
      if (disposed) throw new TypeError('rtc-errors: this wrapped client has been disposed');
      if ((target as object) === client)
        throw new TypeError('rtc-errors: attach() takes another object than the wrapped client');
      const targetSurface = ownValue(roles, role);
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
