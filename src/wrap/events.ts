/**
 * The typed events of a wrapped client, on an eventemitter3 emitter whose listeners cannot break
 * one another: an exception from one listener is reported out of band and the next listener runs.
 * @module
 */
import { EventEmitter } from 'eventemitter3';
import type { GiveUpEvent, RetryEvent, RetrySavedEvent } from '../retry/retry.js';
import type { RtcError } from '../RtcError.js';
import type { RecoveredEvent } from '../signals.js';
import type { VendorId } from '../types.js';
import type { Health } from './health.js';

/**
 * Events of a wrapped client and their listeners. `V` is the `vendor` its errors can carry: the
 * adapter's id, `'browser'` (media errors) or `'unknown'`.
 */
export interface RtcEvents<V extends VendorId = VendorId> {
  /** Every error, whatever its severity. */
  error: (error: RtcError<V>) => void;
  /** Errors that need the app or the user (after retries, when retried). */
  fatal: (error: RtcError<V>) => void;
  /** Errors the SDK or this library can get past. */
  recoverable: (error: RtcError<V>) => void;
  /** An earlier condition is over (network back, token renewed...). */
  recovered: (event: RecoveredEvent<V>) => void;
  /** A failed operation is about to be retried. */
  retry: (event: RetryEvent<V>) => void;
  /** The retry policy stopped retrying a failed operation. */
  giveup: (event: GiveUpEvent<V>) => void;
  /** The connection health changed (see `docs/health.md`); also readable as `wrapped.health`. */
  health: (health: Health) => void;
  /** A failed operation succeeded after one or more retries (a retry save). */
  saved: (event: RetrySavedEvent) => void;
  /** An operation of the client started (emitted only while it has listeners: telemetry spans). */
  operation: (event: OperationEvent) => void;
}

/** An operation of the wrapped client started. */
export interface OperationEvent {
  readonly operation: string;
  /** When the operation settles: `undefined` on success, else the `RtcError` it fails with. Never rejects. */
  readonly settled: Promise<RtcError | undefined>;
}

/** Names of {@link RtcEvents}. */
export type RtcEventName = keyof RtcEvents;

type Listener = (...args: unknown[]) => void;

/**
 * eventemitter3 with guarded listeners. Each listener is registered through a wrapper that catches
 * its exception and hands it to `onListenerError`; `off` finds the wrapper again.
 */
export class SafeEmitter {
  private readonly emitter = new EventEmitter();
  /** The guarded wrapper of each (listener, event, context), so that `off` finds it again. */
  private readonly wrappers = new WeakMap<Listener, Map<string, Listener>>();
  private readonly contexts = new Map<unknown, number>();
  private readonly onListenerError: (error: unknown, event: RtcEventName) => void;

  constructor(onListenerError: (error: unknown, event: RtcEventName) => void) {
    this.onListenerError = onListenerError;
  }

  private key(event: RtcEventName, context: unknown): string {
    if (context === undefined) return event;
    let id = this.contexts.get(context);
    if (id === undefined) {
      id = this.contexts.size + 1;
      this.contexts.set(context, id);
    }
    return `${event}\u0000${id}`;
  }

  private find<E extends RtcEventName>(event: E, fn: RtcEvents[E], context: unknown): Listener | undefined {
    return this.wrappers.get(fn as unknown as Listener)?.get(this.key(event, context));
  }

  private wrap<E extends RtcEventName>(event: E, fn: RtcEvents[E], context: unknown): Listener {
    if (typeof fn !== 'function') throw new TypeError(`rtc-errors: a listener of '${event}' must be a function`);
    const existing = this.find(event, fn, context);
    if (existing) return existing;
    let byKey = this.wrappers.get(fn as unknown as Listener);
    if (!byKey) {
      byKey = new Map();
      this.wrappers.set(fn as unknown as Listener, byKey);
    }
    const onError = this.onListenerError;
    const wrapper = function guarded(this: unknown, ...args: unknown[]): void {
      try {
        (fn as unknown as Listener).apply(this, args);
      } catch (error) {
        onError(error, event);
      }
    };
    byKey.set(this.key(event, context), wrapper);
    return wrapper;
  }

  on<E extends RtcEventName>(event: E, fn: RtcEvents[E], context?: unknown): void {
    this.emitter.on(event, this.wrap(event, fn, context), context);
  }

  once<E extends RtcEventName>(event: E, fn: RtcEvents[E], context?: unknown): void {
    this.emitter.once(event, this.wrap(event, fn, context), context);
  }

  off<E extends RtcEventName>(event: E, fn?: RtcEvents[E], context?: unknown): void {
    if (fn === undefined) {
      this.emitter.removeAllListeners(event);
      return;
    }
    const wrapper = this.find(event, fn, context);
    if (wrapper) this.emitter.off(event, wrapper, context);
  }

  listenerCount(event: RtcEventName): number {
    return this.emitter.listenerCount(event);
  }

  emit<E extends RtcEventName>(event: E, ...args: Parameters<RtcEvents[E]>): void {
    this.emitter.emit(event, ...args);
  }

  removeAllListeners(): void {
    this.emitter.removeAllListeners();
    this.contexts.clear();
  }
}
