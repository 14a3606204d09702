/**
 * `rtc-errors/agora-web`: the adapter for this SDK.
 * @module
 */
import { createCatalog, defineAdapter, type Adapter } from '../../src/index.js';
import { ENTRIES } from './catalog.js';
import { agoraWebClient } from './client.js';

/** The agora-web adapter: catalog, recognizers and event translators. */
export const agoraWebAdapter: Adapter = defineAdapter({
  id: 'agora-web',
  catalog: createCatalog(ENTRIES),
  recognize: () => undefined,
  events: {},
  client: agoraWebClient,
});

export { agoraWebZh } from './zh.js';
