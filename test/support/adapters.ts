import type { Adapter, LocalePack } from '../../src/index.js';
import type { CatalogNotes } from '../../adapters/notes.js';
import { VENDORS } from '../../adapters/registry.js';

/**
 * Every vendor adapter with its Chinese pack and its catalog's maintainer notes, by id (from the
 * registry the CLI uses).
 */
export const ADAPTERS: Record<keyof typeof VENDORS, { adapter: Adapter; zh: LocalePack; notes: CatalogNotes }> =
  VENDORS;
