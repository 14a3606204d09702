/**
 * Reading untrusted values without ever throwing. Raw SDK values may be Proxies whose traps
 * throw, revoked Proxies, objects with throwing getters or coercions, or huge strings: every
 * read here is guarded and bounded.
 * @module
 */

/** Longest text copied out of a raw value (into `detail`, parsing, logs). */
export const MAX_TEXT = 2048;

/** `true` for values that may have properties (objects and functions), without touching them. */
export function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/**
 * What reads refused while a read session runs (see {@link beginReads}): per object, the keys whose
 * read threw, or `true` for an object that refuses every read. `undefined` until a read throws, so
 * that the fast path of a read costs one comparison.
 */
let refused: Map<object, Set<PropertyKey> | true> | undefined;
let sessionActive = false;

/**
 * The state {@link endReads} restores: `null` outside any session, else the enclosing session's
 * refusals (`undefined` while none).
 */
export type ReadSession = Map<object, Set<PropertyKey> | true> | undefined | null;

/**
 * Starts a read session (normalize runs one per call). Inside it, a read that threw is not tried
 * again: reading the same key of the same object gives `undefined` at once, and an object whose
 * prototype cannot be read either (only a Proxy can refuse that: a revoked one, or one whose traps
 * throw) is read no further at all. Hostile values then cost one throw per key, not one per reader.
 * Returns the enclosing session, for {@link endReads}.
 */
export function beginReads(): ReadSession {
  const outer = sessionActive ? refused : null;
  sessionActive = true;
  refused = undefined;
  return outer;
}

/** Ends the session {@link beginReads} started, restoring the enclosing one. */
export function endReads(outer: ReadSession): void {
  sessionActive = outer !== null;
  refused = outer ?? undefined;
}

/** `true` when the session already knows that reading `key` of `value` throws. */
function isRefused(value: object, key: PropertyKey): boolean {
  const known = (refused as Map<object, Set<PropertyKey> | true>).get(value);
  return known !== undefined && (known === true || known.has(key));
}

/** Records, inside a session, that reading `key` of `value` threw. */
function noteRefusal(value: object, key: PropertyKey): void {
  if (!sessionActive) return;
  const known = refused?.get(value);
  if (known === true) return;
  if (known !== undefined) {
    known.add(key);
    return;
  }
  try {
    Object.getPrototypeOf(value);
  } catch {
    noteUnreadable(value);
    return;
  }
  (refused ??= new Map()).set(value, new Set([key]));
}

/** Records, inside a session, that `value` refuses every read (its prototype cannot be read). */
function noteUnreadable(value: object): void {
  if (sessionActive) (refused ??= new Map()).set(value, true);
}

/** Reads `value[key]`; `undefined` when it is not an object or reading throws. */
export function readProp(value: unknown, key: PropertyKey): unknown {
  if (!isObjectLike(value)) return undefined;
  if (refused !== undefined && isRefused(value, key)) return undefined;
  try {
    // `name` (read by every recognizer) at a site of its own: a generic `value[key]` turns
    // megamorphic, slowest on engine accessors such as a function's name.
    return key === 'name' ? (value as { name?: unknown }).name : (value as Record<PropertyKey, unknown>)[key];
  } catch {
    noteRefusal(value, key);
    return undefined;
  }
}

/** `true` for an object whose prototype is `Object.prototype` or `null`; never throws. */
export function isPlainObject(value: unknown): boolean {
  if (!isObjectLike(value)) return false;
  if (refused !== undefined && refused.get(value) === true) return false;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || proto === Object.prototype;
  } catch {
    noteUnreadable(value);
    return false;
  }
}

/** Cuts a string to at most `max` characters, never splitting a surrogate pair. */
export function clip(text: string, max = MAX_TEXT): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A string form of a primitive, bounded; `undefined` for objects, functions and nullish values.
 * Objects are never coerced (their `toString` may throw or lie).
 */
export function primitiveText(value: unknown, max = MAX_TEXT): string | undefined {
  switch (typeof value) {
    case 'string':
      return clip(value, max);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'symbol':
      try {
        return clip(value.toString(), max);
      } catch {
        return 'Symbol()';
      }
    default:
      return undefined;
  }
}

/** Reads a string property, bounded; numbers are accepted and turned into text. */
export function readText(value: unknown, key: PropertyKey, max = MAX_TEXT): string | undefined {
  const prop = readProp(value, key);
  if (typeof prop === 'string') return clip(prop, max);
  if (typeof prop === 'number' && Number.isFinite(prop)) return String(prop);
  return undefined;
}

/** Reads a property that is a code: a finite number or a non-empty string (bounded). */
export function readCode(value: unknown, key: PropertyKey): string | number | undefined {
  const prop = readProp(value, key);
  if (typeof prop === 'number' && Number.isFinite(prop)) return prop;
  if (typeof prop === 'string' && prop.length > 0) return clip(prop, 256);
  return undefined;
}

/** `true` when the value is an `Error` (by tag, safe across realms and Proxies). */
export function isErrorLike(value: unknown): boolean {
  if (!isObjectLike(value)) return false;
  if (refused !== undefined && refused.get(value) === true) return false;
  try {
    if (value instanceof Error) return true;
  } catch {
    // `instanceof` throws only when the prototype cannot be read
    noteUnreadable(value);
    return false;
  }
  if (refused !== undefined && isRefused(value, Symbol.toStringTag)) return false;
  try {
    const tag = Object.prototype.toString.call(value);
    return tag === '[object Error]' || tag === '[object DOMException]';
  } catch {
    noteRefusal(value, Symbol.toStringTag);
    return false;
  }
}

/** The constructor name of an object, or `undefined`; never throws. */
export function constructorName(value: unknown): string | undefined {
  const ctor = readProp(value, 'constructor');
  const name = readProp(ctor, 'name');
  return typeof name === 'string' && name.length > 0 ? clip(name, 128) : undefined;
}

/** A short description of any value for diagnostics (`detail` of unrecognized values). */
export function describe(value: unknown, max = MAX_TEXT): string {
  const prim = primitiveText(value, max);
  if (prim !== undefined) return typeof value === 'string' ? prim : `${typeof value} ${prim}`;
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') {
    const name = readProp(value, 'name');
    return `function ${typeof name === 'string' ? clip(name, 128) : ''}`.trim();
  }
  const name = readText(value, 'name', 128);
  const message = readText(value, 'message', max);
  if (message !== undefined) return clip(name ? `${name}: ${message}` : message, max);
  return `[object ${constructorName(value) ?? 'Object'}]`;
}
