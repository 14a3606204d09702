/**
 * The promise and `ResultAsync` forms of a wrapped client's methods (`rtc.promise.join(...)`,
 * `attemptForms(rtc).join(...)`): a proxy that makes, for each method name the client has, one function
 * calling `make(name)`, kept once made.
 * @module
 */

/** A proxy with a function per method of `client`, each built by `make` on first use. */
export function methodForms<T>(client: object, make: (name: string) => (...args: unknown[]) => T): object {
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
}
