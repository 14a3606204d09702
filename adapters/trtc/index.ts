/**
 * `rtc-errors/trtc`: the adapter for Tencent Cloud TRTC Web SDK 5.x (`trtc-sdk-v5`) and 4.x
 * (`trtc-js-sdk`).
 * @module
 */
import { defineAdapter } from '../../src/index.js';
import { CATALOG } from './catalog.js';
import { trtcClient } from './client.js';
import { EVENTS } from './events.js';
import { recognizePayload } from './payloads.js';
import { recognize } from './recognize.js';

/** Thrown and rejected values, then the SDK's self-describing event payloads (`kicked-out` `{reason}`...). */
const recognizeTrtc: typeof recognize = (raw) => recognize(raw) ?? recognizePayload(raw);

/**
 * The trtc classification alone: catalog and recognizers, for `normalize`, `localize` and anything
 * that classifies. It recognizes the SDKs' self-describing event payloads too (through the
 * translators of those events alone), so a value gives the same `RtcError` as through the full
 * adapter; a bundle that imports only this carries no event table, no client surface and none of
 * the wrap runtime.
 *
 * @example
 * ```ts
 * import { normalize } from 'rtc-errors';
 * import { trtcErrors } from 'rtc-errors/trtc';
 * try { await trtc.enterRoom({ sdkAppId, userId, userSig, roomId }); } catch (e) { report(normalize(e, trtcErrors)); }
 * ```
 */
export const trtcErrors = /* @__PURE__ */ defineAdapter({ id: 'trtc', catalog: CATALOG, recognize: recognizeTrtc });

/** The full trtc adapter, for `wrapClient`: {@link trtcErrors} plus event translators and client surface. */
export const trtcAdapter = /* @__PURE__ */ defineAdapter({
  id: 'trtc',
  catalog: CATALOG,
  recognize: recognizeTrtc,
  events: EVENTS,
  client: trtcClient,
});

export { trtcZh } from './zh.js';
