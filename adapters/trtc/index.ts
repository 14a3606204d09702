/**
 * `rtc-errors/trtc`: the adapter for Tencent Cloud TRTC Web SDK 5.x (`trtc-sdk-v5`) and 4.x
 * (`trtc-js-sdk`).
 * @module
 */
import { defineAdapter, type Adapter } from '../../src/index.js';
import { CATALOG } from './catalog.js';
import { trtcClient } from './client.js';
import { EVENTS } from './events.js';
import { recognize } from './recognize.js';

/** The trtc adapter: catalog, recognizers, event translators and client surface (for `wrapClient`). */
export const trtcAdapter: Adapter = defineAdapter({
  id: 'trtc',
  catalog: CATALOG,
  recognize,
  events: EVENTS,
  client: trtcClient,
});

/** Classification only: catalog and recognizers (for `normalize`, the CLI), without the client surface or events. */
export const trtcErrors: Adapter = defineAdapter({ id: 'trtc', catalog: CATALOG, recognize });

export { trtcZh } from './zh.js';
