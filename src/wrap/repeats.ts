/**
 * Repeat recognition: a warning event whose arguments are only primitives and plain objects of
 * primitives is remembered flattened, so that its repeats (the same arguments, except at positions
 * learnt to vary) are recognized and counted without being translated again.
 * @module
 */
import type { RtcError } from '../RtcError.js';
import type { EventTranslator } from '../adapter.js';
import type { RepeatHolder } from './coalesce.js';
import type { HeldEvent } from './core.js';

/** A warning event whose repeats are counted without being translated (see {@link Instrumentation}). */
export interface RepeatRecord {
  /** The event's arguments, flattened (see `flatten`). */
  readonly flat: readonly unknown[];
  /** Positions of `flat` that hold values (the others: markers, prototypes, keys). */
  readonly values: readonly boolean[];
  /**
   * Value positions whose value may differ in a repeat: another event that differed there was
   * translated and landed in the same windows (the same warning about another uid, say).
   */
  free: boolean[] | undefined;
  readonly code: string;
  /** {@link Instrumentation}'s count of cleared codes when `code` was last made active. */
  cleared: number;
  /** One per sink: the windows the repeats are counted in (none when `held` is set). */
  readonly holders: readonly RepeatHolder[];
  /** The held device event the repeats are counted in, while an operation is in flight. */
  readonly held: HeldEvent | undefined;
  /** Builds the error of a repeat, when it is the last of its window. */
  readonly make: (raw: readonly unknown[]) => RtcError | undefined;
}

/** What the listener of one event keeps: its translator, and its {@link RepeatRecord}s. */
export interface RepeatSlot {
  readonly name: string;
  /** The adapter's translator of the event, looked up once. */
  readonly translator: EventTranslator | undefined;
  /** The warnings of this event whose repeats are counted (several: two warnings may alternate). */
  records: RepeatRecord[];
}

/** Most {@link RepeatRecord}s per event; the oldest goes when one more is needed. */
export const RECORDS_PER_EVENT = 4;
/** Most arguments, and most fields of an object argument, that a repeat is recognized by. */
const REPEAT_MAX_ARGS = 8;
const REPEAT_MAX_FIELDS = 32;
const END = /*#__PURE__*/ Symbol('end');
const OBJECT = /*#__PURE__*/ Symbol('object');

function isPrimitive(value: unknown): boolean {
  return (typeof value !== 'object' || value === null) && typeof value !== 'function';
}

/**
 * The event's arguments as a flat list: the count, then each primitive; for a plain object a
 * marker, its prototype, each enumerable key and primitive value, and an end marker. `undefined`
 * when they are not only primitives and plain objects of primitives (then a repeat is not
 * recognized by its arguments).
 */
export function flatten(args: readonly unknown[]): { flat: unknown[]; values: boolean[] } | undefined {
  if (args.length > REPEAT_MAX_ARGS) return undefined;
  const flat: unknown[] = [args.length];
  const values: boolean[] = [false];
  try {
    for (const arg of args) {
      if (isPrimitive(arg)) {
        flat.push(arg);
        values.push(true);
        continue;
      }
      if (typeof arg !== 'object' || arg === null) return undefined;
      const proto: unknown = Object.getPrototypeOf(arg);
      if (proto !== Object.prototype && proto !== null) return undefined;
      flat.push(OBJECT, proto);
      values.push(false, false);
      let fields = 0;
      const record = arg as Record<string, unknown>;
      for (const key in record) {
        const value = record[key];
        if (!isPrimitive(value) || (fields += 1) > REPEAT_MAX_FIELDS) return undefined;
        flat.push(key, value);
        values.push(false, true);
      }
      flat.push(END);
      values.push(false);
    }
  } catch {
    return undefined;
  }
  return { flat, values };
}

/**
 * The value positions where `other` differs from `record`, when they have the same shape (same
 * arguments, keys and prototypes); `undefined` otherwise.
 */
export function valueDiff(record: RepeatRecord, other: { flat: readonly unknown[] }): number[] | undefined {
  const a = record.flat;
  const b = other.flat;
  if (a.length !== b.length) return undefined;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (!record.values[i]) return undefined;
    diff.push(i);
  }
  return diff;
}

/**
 * `true` when `args` flatten to `flat`, without building the list. Value positions of `flat` hold
 * primitives only, so `===` against them also rejects an object in their place.
 */
export function sameArgs(
  flat: readonly unknown[],
  args: readonly unknown[],
  free: readonly boolean[] | undefined,
): boolean {
  const n = args.length;
  if (flat[0] !== n) return false;
  let i = 1;
  try {
    for (let a = 0; a < n; a += 1) {
      const arg = args[a];
      const expected = flat[i++];
      if (expected === arg) continue;
      if (free !== undefined && free[i - 1] === true && isPrimitive(arg)) continue;
      if (expected !== OBJECT || typeof arg !== 'object' || arg === null) return false;
      if (flat[i++] !== Object.getPrototypeOf(arg)) return false;
      const record = arg as Record<string, unknown>;
      for (const key in record) {
        if (flat[i] !== key) return false;
        const value = record[key];
        if (flat[i + 1] !== value && !(free !== undefined && free[i + 1] === true && isPrimitive(value))) return false;
        i += 2;
      }
      if (flat[i++] !== END) return false;
    }
  } catch {
    return false;
  }
  return i === flat.length;
}
