/**
 * The SDK version a wrapped client reports, read where SDKs expose it: a `VERSION` / `version` /
 * `sdkVersion` string on the object or its class (Agora's global object), or a `getSdkVersion()` /
 * `getVersion()` query on either (Alibaba's engine class, Agora's native engine, whose answer is
 * `{ version, build }`). Never throws; `undefined` when nothing answers.
 * @module
 */
import { readProp } from '../safe.js';

const PROPS = ['VERSION', 'version', 'sdkVersion'] as const;
const QUERIES = ['getSdkVersion', 'getVersion'] as const;
/** A version as SDKs write it (`4.24.8`, `7.3.3-beta.1`, `v3.6.11`); anything else is ignored. */
const VERSION = /^v?\d+(\.\d+)*([-+._ ][\w.+-]*)?$/;

function asVersion(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : readProp(value, 'version');
  return typeof text === 'string' && text.length <= 64 && VERSION.test(text) ? text : undefined;
}

function readFrom(source: unknown): string | undefined {
  for (const name of PROPS) {
    const found = asVersion(readProp(source, name));
    if (found) return found;
  }
  for (const name of QUERIES) {
    const query = readProp(source, name);
    if (typeof query !== 'function') continue;
    try {
      const found = asVersion((query as () => unknown).call(source));
      if (found) return found;
    } catch {
      // a query that fails answers nothing
    }
  }
  return undefined;
}

/** The SDK version `target` (or its class) exposes, or `undefined`. */
export function readSdkVersion(target: object): string | undefined {
  const own = readFrom(target);
  if (own) return own;
  const ctor = readProp(target, 'constructor');
  return typeof ctor === 'function' && ctor !== Object && ctor !== Function ? readFrom(ctor) : undefined;
}
