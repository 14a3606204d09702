/**
 * `rtc-errors/agora-ng`: the adapter for Agora Web SDK 4.x "NG" (`agora-rtc-sdk-ng`).
 * @module
 */
import { createCatalog, defineAdapter, type Adapter } from '../../src/index.js';
import { recognizePayload } from './payloads.js';
import { ENTRIES } from './catalog.js';
import { EVENTS } from './events.js';
import { recognize } from './recognize.js';
import { agoraNgClient } from './client.js';

/** The agora-ng adapter: catalog, recognizers and event translators. */
export const agoraNgAdapter: Adapter = defineAdapter({
  id: 'agora-ng',
  catalog: createCatalog(ENTRIES),
  recognize: (raw, ctx) => recognize(raw, ctx) ?? recognizePayload(raw),
  events: EVENTS,
  client: agoraNgClient,
});

export { agoraNgZh } from './zh.js';
