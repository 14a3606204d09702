/**
 * In-page serializer: turns a value an SDK threw, rejected with, called back or emitted into the
 * fixture encoding of fixtures/fakes/decode.ts (`$error`, `$domexception`, `$typeerror`,
 * `$undefined`, plain values). Runs in the browser, never throws.
 */

/* global DOMException, MediaStreamTrack */

const MAX_DEPTH = 6;

function ownEnumerable(value) {
  try {
    return Object.keys(value);
  } catch {
    return [];
  }
}

function read(value, key) {
  try {
    return value[key];
  } catch (err) {
    return `[getter threw: ${String(err && err.message)}]`;
  }
}

function className(value) {
  try {
    const ctor = Object.getPrototypeOf(value)?.constructor;
    return typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
  } catch {
    return 'Object';
  }
}

function isPlain(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** Getters defined on the prototype chain below Error.prototype, with the own field that backs each. */
function protoGetters(err) {
  const out = {};
  let proto = Object.getPrototypeOf(err);
  while (proto && proto !== Error.prototype && proto !== Object.prototype) {
    for (const key of Object.getOwnPropertyNames(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, key);
      if (!desc || typeof desc.get !== 'function' || key in out) continue;
      const got = read(err, key);
      // The backing field: `_key` when present, else an own field holding the same value.
      const fields = Object.getOwnPropertyNames(err);
      let field = fields.includes(`_${key}`)
        ? `_${key}`
        : fields.find((f) => f !== key && read(err, f) === got && got !== undefined);
      out[key] = field ?? null;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return out;
}

function encodeProps(value, keys, depth, seen) {
  const props = {};
  for (const key of keys) {
    if (key === 'stack') continue;
    props[key] = encode(read(value, key), depth + 1, seen);
  }
  return props;
}

/** Encodes `value` into the fixture encoding. */
export function encode(value, depth = 0, seen = new WeakSet()) {
  if (value === undefined) return { $undefined: true };
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return String(value);
  if (seen.has(value)) return '[Circular]';
  if (depth > MAX_DEPTH) return `[${className(value)}]`;
  seen.add(value);
  try {
    if (typeof DOMException !== 'undefined' && value instanceof DOMException) {
      const keys = ownEnumerable(value);
      const spec = { name: value.name, message: value.message };
      if (keys.length) spec.props = encodeProps(value, keys, depth, seen);
      return { $domexception: spec };
    }
    if (value instanceof Error) {
      const keys = ownEnumerable(value);
      if (Object.getPrototypeOf(value) === TypeError.prototype && keys.length === 0 && value.cause === undefined) {
        return { $typeerror: value.message };
      }
      const spec = { class: className(value), name: read(value, 'name'), message: read(value, 'message') };
      if (keys.length) spec.props = encodeProps(value, keys, depth, seen);
      const getters = protoGetters(value);
      if (Object.keys(getters).length) spec.protoGetters = getters;
      if (Object.prototype.hasOwnProperty.call(value, 'cause'))
        spec.cause = encode(read(value, 'cause'), depth + 1, seen);
      return { $error: spec };
    }
    if (Array.isArray(value)) return value.map((v) => encode(v, depth + 1, seen));
    if (isPlain(value)) return encodeProps(value, ownEnumerable(value), depth, seen);
    // A class instance that is not an error (a track, a client...): its class name and own data.
    if (typeof MediaStreamTrack !== 'undefined' && value instanceof MediaStreamTrack) {
      return { $class: 'MediaStreamTrack', kind: value.kind, label: value.label };
    }
    if (depth >= 2) return `[${className(value)}]`;
    const out = { $class: className(value) };
    for (const key of ownEnumerable(value).slice(0, 20)) {
      const v = read(value, key);
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[key] = v;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
