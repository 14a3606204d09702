/**
 * Loading fixtures: raw error values as the SDKs really produce them, stored as JSON.
 *
 * A fixture file (`fixtures/<vendor>/**\/*.json`) is a {@link FixtureFile}. JSON cannot hold class
 * instances, so a raw value may use these encodings, which {@link decodeRaw} turns back into
 * values shaped like the real ones:
 *
 * - `{"$error": {"class": "AgoraRTCError", "name": "AgoraRTCException", "message": "...",
 *     "props": {"code": "...", "data": {...}}, "protoGetters": {"code": "_code"}, "cause": <raw>}}`
 *   → an `Error` instance of a class with that constructor name; `props` become own enumerable
 *   properties; each `protoGetters` entry becomes a getter on the class prototype that returns the
 *   own property it names (Alibaba's error class keeps `_code` and exposes `code` as a getter).
 * - `{"$domexception": {"name": "NotAllowedError", "message": "Permission denied", "props": {...}}}`
 *   → a real `DOMException` (Node has it) with extra own properties (e.g. `constraint`).
 * - `{"$typeerror": "message"}` → a real `TypeError`.
 * - `{"$undefined": true}` → `undefined` (inside event argument arrays).
 * - anything else → itself (objects and arrays decoded recursively).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a fixture case must normalize to. */
export interface FixtureExpect {
  /** `error` (default), `recovered` (an event that clears `code`), or `none` (not an error). */
  signal?: 'error' | 'recovered' | 'none';
  code?: string;
  severity?: 'fatal' | 'recoverable';
  strategy?: string;
  retryable?: boolean;
  vendorCode?: string | number;
  vendorName?: string;
  kind?: 'error' | 'warning';
  /** Exact `detail`, or a substring when `detailIncludes` is used instead. */
  detail?: string;
  detailIncludes?: string;
  /** Entries that must be present in `context`. */
  context?: Record<string, string | number | boolean>;
}

export interface FixtureCase {
  name: string;
  /** How the SDK delivers it. */
  via: 'rejection' | 'throw' | 'callback' | 'event' | 'return';
  /** The SDK event name, when `via` is `event`; `raw` is then the array of event arguments. */
  event?: string;
  /** The operation being performed, when known. */
  operation?: string;
  raw: unknown;
  expect: FixtureExpect;
}

export interface FixtureFile {
  vendor: 'agora-web' | 'agora-ng' | 'agora-native' | 'aliyun' | 'trtc';
  /** `captured` from the real SDK in a browser, `sdk-source` read off the SDK bundle, `docs` shaped after the docs. */
  source: 'captured' | 'sdk-source' | 'docs';
  /** SDK version it was captured from or checked against. */
  sdkVersion?: string;
  /** How it was produced (script, browser flags...). */
  how?: string;
  cases: FixtureCase[];
}

const classes = new Map<string, new (message?: string) => Error>();

function errorClass(name: string): new (message?: string) => Error {
  let cls = classes.get(name);
  if (!cls) {
    // A named subclass, so `constructor.name` is what the SDK's class is called.
    cls = { [name]: class extends Error {} }[name] as new (message?: string) => Error;
    classes.set(name, cls);
  }
  return cls;
}

/** Turns an encoded raw value back into a value shaped like the SDK's. */
export function decodeRaw(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeRaw);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if ('$undefined' in obj) return undefined;
  if ('$typeerror' in obj) return new TypeError(String(obj.$typeerror));
  if ('$domexception' in obj) {
    const spec = obj.$domexception as { name: string; message?: string; props?: Record<string, unknown> };
    const ex = new DOMException(spec.message ?? '', spec.name);
    for (const [k, v] of Object.entries(spec.props ?? {}))
      Object.defineProperty(ex, k, { value: decodeRaw(v), enumerable: true });
    return ex;
  }
  if ('$error' in obj) {
    const spec = obj.$error as {
      class?: string;
      name?: string;
      message?: string;
      props?: Record<string, unknown>;
      protoGetters?: Record<string, string>;
      cause?: unknown;
    };
    let Cls = errorClass(spec.class ?? 'Error');
    if (spec.protoGetters) {
      // Getters live on a class of their own, so fixtures with different getters do not mix.
      Cls = { [spec.class ?? 'Error']: class extends Error {} }[spec.class ?? 'Error'] as new (
        message?: string,
      ) => Error;
      for (const [getter, field] of Object.entries(spec.protoGetters)) {
        Object.defineProperty(Cls.prototype, getter, {
          get(this: Record<string, unknown>) {
            return this[field];
          },
          configurable: true,
        });
      }
    }
    const err = new Cls(spec.message ?? '');
    if (spec.name !== undefined)
      Object.defineProperty(err, 'name', { value: spec.name, writable: true, configurable: true, enumerable: false });
    for (const [k, v] of Object.entries(spec.props ?? {})) {
      Object.defineProperty(err, k, { value: decodeRaw(v), enumerable: true, writable: true, configurable: true });
    }
    if ('cause' in spec)
      Object.defineProperty(err, 'cause', { value: decodeRaw(spec.cause), writable: true, configurable: true });
    return err;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = decodeRaw(v);
  return out;
}

const root = join(import.meta.dirname, '..', '..', 'fixtures');

function walk(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** Every fixture file of a vendor (recursively under `fixtures/<vendor>/`), with its path. */
export function loadFixtures(vendor: FixtureFile['vendor']): { path: string; file: FixtureFile }[] {
  return walk(join(root, vendor)).map((path) => ({
    path: relative(join(root, '..'), path),
    file: JSON.parse(readFileSync(path, 'utf8')) as FixtureFile,
  }));
}
