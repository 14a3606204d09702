/**
 * The agora-native catalog: every code of the vendor's docs and SDK, mapped to unified codes.
 * @module
 */
import type { CatalogEntry } from '../../src/index.js';

/** Every entry of the agora-native catalog, English text. */
export const ENTRIES: readonly CatalogEntry[] = [];
