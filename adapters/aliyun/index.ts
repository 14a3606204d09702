/**
 * `rtc-errors/aliyun`: the adapter for Alibaba Cloud RTC (`aliyun-rtc-sdk` on npm; the native SDKs
 * share its codes).
 * @module
 */
import { defineAdapter, type Adapter } from '../../src/index.js';
import { EVENTS } from './events.js';
import { CATALOG } from './lookup.js';
import { recognize } from './recognize.js';
import { recognizePayload } from './payloads.js';
import { aliyunClient } from './client.js';

/** The aliyun adapter: catalog, recognizers and event translators. */
export const aliyunAdapter: Adapter = defineAdapter({
  id: 'aliyun',
  catalog: CATALOG,
  recognize: (raw) => recognize(raw) ?? recognizePayload(raw),
  events: EVENTS,
  client: aliyunClient,
});

export { aliyunZh } from './zh.js';
