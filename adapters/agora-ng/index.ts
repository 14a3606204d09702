/**
 * `rtc-errors/agora-ng`: the adapter for this SDK.
 * @module
 */
import { createCatalog, defineAdapter, type Adapter } from '../../src/index.js';
import { ENTRIES } from './catalog.js';
import { agoraNgClient } from './client.js';

/** The agora-ng adapter: catalog, recognizers and event translators. */
export const agoraNgAdapter: Adapter = defineAdapter({
  id: 'agora-ng',
  catalog: createCatalog(ENTRIES),
  recognize: () => undefined,
  events: {},
  client: agoraNgClient,
});

export { agoraNgZh } from './zh.js';
