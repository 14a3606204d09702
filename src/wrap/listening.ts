/**
 * Event listening: the SDK object's error events subscribed to and translated into signals
 * (errors reported, conditions recovered), repeats of a coalesced warning counted without being
 * translated again (see repeats.ts), and one-off waits for an event (callback-style operations
 * that report through an event).
 * @module
 */
import { reportOutOfBand } from '../retry/report.js';
import type { RtcError } from '../RtcError.js';
import { readProp } from '../safe.js';
import { translateEvent, translateWith, translatorOf, type RtcSignal } from '../signals.js';
import type { RepeatHolder } from './coalesce.js';
import type { HeldEvent } from './core.js';
import type { EventWaiter } from './invoke.js';
import { flatten, RECORDS_PER_EVENT, sameArgs, valueDiff, type RepeatRecord, type RepeatSlot } from './repeats.js';
import type { AnyFunction } from './sink.js';
import { TokenRenewal } from './tokens.js';

/** Event listening on top of token renewal. */
export class Listening extends TokenRenewal {
  /** The SDK object's methods that subscribe and unsubscribe; a `TypeError` when it lacks either. */
  protected eventMethods(subscribe: string, unsubscribe: string): [AnyFunction, AnyFunction] {
    const on = readProp(this.target, subscribe);
    const off = readProp(this.target, unsubscribe);
    if (typeof on !== 'function' || typeof off !== 'function') {
      throw new TypeError(
        `rtc-errors: cannot listen to this object's events: it has no ${subscribe}()/${unsubscribe}() methods`,
      );
    }
    return [on as AnyFunction, off as AnyFunction];
  }

  protected listen(): void {
    const sub = this.config.surface.events;
    if (!sub) return;
    const names = Object.keys(this.config.adapter.events).filter((name) => this.config.eventFilter(name));
    if (names.length === 0) return;
    const target = this.target;
    if (sub.style === 'emitter') {
      const [on, off] = this.eventMethods(sub.on, sub.off);
      for (const name of names) {
        const slot = this.addSlot(name);
        const listener = (...args: unknown[]): void => this.onEvent(args, slot);
        on.call(target, name, listener);
        this.restores.push(() => off.call(target, name, listener));
      }
      return;
    }
    const [register, unregister] = this.eventMethods(sub.register, sub.unregister);
    const handler: Record<string, AnyFunction> = {};
    for (const name of names) {
      const slot = this.addSlot(name);
      handler[name] = (...args: unknown[]) => this.onEvent(args, slot);
    }
    register.call(target, handler);
    this.restores.push(() => unregister.call(target, handler));
  }

  protected addSlot(name: string): RepeatSlot {
    const slot: RepeatSlot = { name, translator: translatorOf(this.config.adapter, name), records: [] };
    this.slots.push(slot);
    return slot;
  }

  protected onEvent(args: readonly unknown[], slot: RepeatSlot): void {
    if (!this.installed) return;
    const records = slot.records;
    for (let r = 0; r < records.length; r += 1) {
      const record = records[r]!;
      const counted = this.countRepeat(record, args);
      if (counted === true) return;
      if (counted === undefined) {
        // its windows closed (or its hold ended): forgotten
        records.splice(r, 1);
        r -= 1;
      }
    }
    const translator = slot.translator;
    if (translator === undefined) return;
    const name = slot.name;
    try {
      const state = this.lastOperation !== undefined ? { lastOperation: this.lastOperation } : undefined;
      const signals = translateWith(this.config.adapter, name, translator, args, undefined, state);
      // the usual case, an event that means nothing (a state change that is not an error): done
      if (signals.length === 0) return;
      let held: HeldEvent | undefined;
      for (const signal of signals) {
        if (signal.type === 'error') {
          this.activeCodes.add(signal.error.code);
          held = this.reportEventError(signal.error);
          this.renewFromEvent(signal.error);
        } else if (this.activeCodes.delete(signal.recovered.code)) {
          this.cleared += 1;
          this.each((sink) => sink.recovered(signal.recovered));
        }
      }
      this.holdRepeats(slot, args, signals, held);
    } catch (failure) {
      // never into the SDK's dispatch
      reportOutOfBand(failure);
    }
  }

  /**
   * A repeat of the event `record` stands for (the same arguments, except at positions learnt to
   * vary, while every handle's window for it is open or its hold lasts) is counted there without
   * being translated: the error it would become is built only if it is the last of its window.
   * Same outcome as the full path, at a fraction. `false`: not a repeat; `undefined`: the record is
   * over (its windows closed).
   */
  protected countRepeat(record: RepeatRecord, args: readonly unknown[]): boolean | undefined {
    const held = record.held;
    if (held !== undefined) {
      if (!held.queued) return undefined;
      if (!sameArgs(record.flat, args, record.free)) return false;
      held.count += 1;
      held.lastRaw = args;
      held.make = record.make;
      return true;
    }
    const holders = record.holders;
    const n = holders.length;
    if (n !== this.sinks.size) return undefined;
    for (let h = 0; h < n; h += 1) if (!holders[h]!.open) return undefined;
    if (!sameArgs(record.flat, args, record.free)) return false;
    if (record.cleared !== this.cleared) {
      this.activeCodes.add(record.code);
      record.cleared = this.cleared;
    }
    for (let h = 0; h < n; h += 1) {
      const holder = holders[h]!;
      holder.count += 1;
      holder.lastRaw = args;
      holder.make = record.make;
    }
    return true;
  }

  /**
   * After an event was translated into one coalesced (or held) error: remembers its arguments so
   * that its repeats can be counted by {@link countRepeat}. When it differs from a remembered
   * event only in some values and went into the same windows (or hold), those values are learnt to
   * vary instead (a warning about another uid is counted with the others, untranslated). Not for
   * token errors (they renew the token).
   */
  protected holdRepeats(
    slot: RepeatSlot,
    args: readonly unknown[],
    signals: readonly RtcSignal[],
    held: HeldEvent | undefined,
  ): void {
    if (signals.length !== 1 || !this.coalescing) return;
    const signal = signals[0];
    if (signal?.type !== 'error') return;
    const error = signal.error;
    if (error.code.startsWith('token_')) return;
    const holders: RepeatHolder[] = [];
    if (held === undefined) {
      for (const sink of this.sinks) {
        const holder = sink.hold?.(error);
        if (!holder) return;
        holders.push(holder);
      }
    }
    const flat = flatten(args);
    if (!flat) return;
    for (const record of slot.records) {
      const same =
        held !== undefined
          ? record.held === held
          : record.held === undefined && record.holders.every((holder, h) => holder === holders[h]);
      if (!same) continue;
      const diff = valueDiff(record, flat);
      if (diff === undefined) continue;
      const free = (record.free ??= []);
      for (const i of diff) free[i] = true;
      return;
    }
    const name = slot.name;
    // every handle's window that closes on the same last repeat gets the same error, as before
    let memo: { raw: readonly unknown[]; error: RtcError | undefined } | undefined;
    const make = (raw: readonly unknown[]): RtcError | undefined => {
      if (memo?.raw !== raw) {
        const [again] = translateEvent(this.config.adapter, name, raw);
        memo = { raw, error: again?.type === 'error' ? again.error : undefined };
      }
      return memo.error;
    };
    if (slot.records.length >= RECORDS_PER_EVENT) slot.records.shift();
    slot.records.push({
      flat: flat.flat,
      values: flat.values,
      free: undefined,
      code: error.code,
      cleared: this.cleared,
      holders,
      held,
      make,
    });
  }

  protected readonly waitForEvent: EventWaiter = (event, match) => {
    const sub = this.config.surface.events;
    if (sub?.style !== 'emitter') return undefined;
    const [on, off] = this.eventMethods(sub.on, sub.off);
    const target = this.target;
    let stop = (): void => undefined;
    const promise = new Promise<readonly unknown[]>((resolve, reject) => {
      const listener = (...args: unknown[]): void => {
        if (!match(args)) return;
        detach();
        resolve(args);
      };
      const detach = (): void => {
        this.waits.delete(stop);
        try {
          off.call(target, event, listener);
        } catch (failure) {
          reportOutOfBand(failure);
        }
      };
      stop = () => {
        detach();
        reject(new Error('no longer waiting'));
      };
      this.waits.add(stop);
      on.call(target, event, listener);
    });
    promise.catch(() => undefined);
    return { promise, cancel: () => stop() };
  };
}
