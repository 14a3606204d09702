/**
 * `rtc-errors/agora-native`: the adapter for this SDK.
 * @module
 */
import { createCatalog, defineAdapter, type Adapter } from '../../src/index.js';
import { ENTRIES } from './catalog.js';
import { agoraNativeClient } from './client.js';

/** The agora-native adapter: catalog, recognizers and event translators. */
export const agoraNativeAdapter: Adapter = defineAdapter({
  id: 'agora-native',
  catalog: createCatalog(ENTRIES),
  recognize: () => undefined,
  events: {},
  client: agoraNativeClient,
});

export { agoraNativeZh } from './zh.js';
