/**
 * `rtc-errors/agora-ng`: the adapter for Agora Web SDK 4.x "NG" (`agora-rtc-sdk-ng`).
 * @module
 */
import { createCatalog, defineAdapter } from '../../src/index.js';
import { recognizePayload } from './payloads.js';
import { ENTRIES } from './catalog.js';
import { EVENTS } from './events.js';
import { recognize } from './recognize.js';
import { agoraNgClient } from './client.js';

const CATALOG = /* @__PURE__ */ createCatalog(ENTRIES);

/** Thrown and rejected values, then the SDK's self-describing event payloads (`exception` `{code, msg}`...). */
const recognizeNg: typeof recognize = (raw, ctx) => recognize(raw, ctx) ?? recognizePayload(raw);

/**
 * The agora-ng classification alone: catalog and recognizers, for `normalize`, `localize` and
 * anything that classifies. It recognizes the SDK's self-describing event payloads too (through
 * the translators of those events alone), so a value gives the same `RtcError` as through the full
 * adapter; a bundle that imports only this carries no event table, no client surface and none of
 * the wrap runtime.
 *
 * @example
 * ```ts
 * import { normalize } from 'rtc-errors';
 * import { agoraNgErrors } from 'rtc-errors/agora-ng';
 * try { await client.join(appId, channel, token); } catch (e) { report(normalize(e, agoraNgErrors)); }
 * ```
 */
export const agoraNgErrors = /* @__PURE__ */ defineAdapter({
  id: 'agora-ng',
  catalog: CATALOG,
  recognize: recognizeNg,
});

/** The full agora-ng adapter, for `wrapClient`: {@link agoraNgErrors} plus event translators and client surface. */
export const agoraNgAdapter = /* @__PURE__ */ defineAdapter({
  id: 'agora-ng',
  catalog: CATALOG,
  recognize: recognizeNg,
  events: EVENTS,
  client: agoraNgClient,
});

export { agoraNgZh } from './zh.js';
