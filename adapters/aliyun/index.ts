/**
 * `rtc-errors/aliyun`: the adapter for Alibaba Cloud RTC (`aliyun-rtc-sdk` on npm; the native SDKs
 * share its codes).
 * @module
 */
import { defineAdapter } from '../../src/index.js';
import { EVENTS } from './events.js';
import { CATALOG } from './lookup.js';
import { recognize } from './recognize.js';
import { aliyunClient } from './client.js';

/** The aliyun adapter: catalog, recognizers and event translators. */
export const aliyunAdapter = defineAdapter({
  id: 'aliyun',
  catalog: CATALOG,
  recognize: (raw) => recognize(raw),
  events: EVENTS,
  client: aliyunClient,
});

export { aliyunZh } from './zh.js';
