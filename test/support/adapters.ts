import type { Adapter, LocalePack } from '../../src/index.js';
import { VENDORS } from '../../adapters/registry.js';

/** Every vendor adapter with its Chinese pack, by id (from the registry the CLI uses). */
export const ADAPTERS: Record<keyof typeof VENDORS, { adapter: Adapter; zh: LocalePack }> = VENDORS;
