/**
 * `rtc-errors/agora-web`: the adapter for Agora Web SDK 2.x/3.x (`agora-rtc-sdk`).
 * @module
 */
import { defineAdapter } from '../../src/index.js';
import { AGORA_WEB_EVENTS } from './events.js';
import { CATALOG } from './lookup.js';
import { recognizeAgoraWeb } from './recognize.js';
import { agoraWebClient } from './client.js';

/**
 * The agora-web classification alone: catalog and recognizers, for `normalize`, `localize` and
 * anything that classifies. A bundle that imports only this carries no event table, no client
 * surface and none of the wrap runtime.
 */
export const agoraWebErrors = /* @__PURE__ */ defineAdapter({
  id: 'agora-web',
  catalog: CATALOG,
  recognize: recognizeAgoraWeb,
});

/**
 * The full agora-web adapter, for `wrapClient`: {@link agoraWebErrors} plus event translators and
 * client surface.
 *
 * `lookup(n)` resolves a number shared by several code tables in the order of
 * `FAMILY_PREFERENCE` (`ERR`, `WARN`, `K`, ...); `lookupAll(n)` returns every candidate, and each
 * entry's `family` tells which table it comes from.
 *
 * @example
 * ```ts
 * import { normalize } from 'rtc-errors';
 * import { agoraWebAdapter } from 'rtc-errors/agora-web';
 * client.join(token, channel, uid, onJoined, (err) => report(normalize(err, agoraWebAdapter, { operation: 'join' })));
 * ```
 */
export const agoraWebAdapter = /* @__PURE__ */ defineAdapter({
  id: 'agora-web',
  catalog: CATALOG,
  recognize: recognizeAgoraWeb,
  events: AGORA_WEB_EVENTS,
  client: agoraWebClient,
});

export { FAMILY_PREFERENCE, type AgoraWebFamily } from './catalog.js';
export { agoraWebZh } from './zh.js';
