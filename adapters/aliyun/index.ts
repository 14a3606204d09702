/**
 * `rtc-errors/aliyun`: the adapter for Alibaba Cloud RTC (`aliyun-rtc-sdk` on npm; the native SDKs
 * share its codes).
 * @module
 */
import { defineAdapter } from '../../src/index.js';
import { EVENTS } from './events.js';
import { CATALOG } from './lookup.js';
import { recognize } from './recognize.js';
import { recognizePayload } from './payloads.js';
import { aliyunClient } from './client.js';

/** Thrown and rejected values, then the SDK's self-describing event payloads. */
const recognizeAliyun = (raw: unknown) => recognize(raw) ?? recognizePayload(raw);

/**
 * The aliyun classification alone: catalog and recognizers, for `normalize`, `localize` and
 * anything that classifies. It recognizes the SDK's self-describing event payloads too (through
 * the translators of those events alone), so a value gives the same `RtcError` as through the full
 * adapter; a bundle that imports only this carries no event table, no client surface and none of
 * the wrap runtime.
 */
export const aliyunErrors = /* @__PURE__ */ defineAdapter({
  id: 'aliyun',
  catalog: CATALOG,
  recognize: recognizeAliyun,
});

/** The full aliyun adapter, for `wrapClient`: {@link aliyunErrors} plus event translators and client surface. */
export const aliyunAdapter = /* @__PURE__ */ defineAdapter({
  id: 'aliyun',
  catalog: CATALOG,
  recognize: recognizeAliyun,
  events: EVENTS,
  client: aliyunClient,
});

export { aliyunZh } from './zh.js';
