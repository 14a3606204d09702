/**
 * `rtc-errors/aliyun`: the adapter for this SDK.
 * @module
 */
import { createCatalog, defineAdapter, type Adapter } from '../../src/index.js';
import { ENTRIES } from './catalog.js';
import { aliyunClient } from './client.js';

/** The aliyun adapter: catalog, recognizers and event translators. */
export const aliyunAdapter: Adapter = defineAdapter({
  id: 'aliyun',
  catalog: createCatalog(ENTRIES),
  recognize: () => undefined,
  events: {},
  client: aliyunClient,
});

export { aliyunZh } from './zh.js';
