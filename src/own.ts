/**
 * Table lookups by a name that comes from outside (an operation name, an event name): only the
 * table's own properties count, so a name such as `constructor` or `toString` finds nothing.
 * @module
 */

/** The value of `table`'s own property `key`; `undefined` when it has none (inherited ones ignored). */
export function ownValue<T>(table: { readonly [key: string]: T }, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
