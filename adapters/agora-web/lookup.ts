/**
 * The agora-web catalog as a {@link Catalog}, with a lookup restricted to one code family.
 * @module
 */
import { createCatalog, type Catalog, type CatalogEntry } from '../../src/index.js';
import { ENTRIES, type AgoraWebFamily } from './catalog.js';

/** The agora-web catalog: by value, name or alias; shared numbers resolve in family order. */
export const CATALOG: Catalog = createCatalog(ENTRIES);

/** The entry for `code` within one family (an event's own table), or `undefined`. */
export function lookupIn(family: AgoraWebFamily, code: string | number): CatalogEntry | undefined {
  return CATALOG.lookupAll(code).find((entry) => entry.family === family);
}
