/**
 * `rtc-errors/agora-web`: the adapter for Agora Web SDK 2.x/3.x (`agora-rtc-sdk`).
 * @module
 */
import { defineAdapter, errorRecognition, readProp, type Recognition, type RecognizeContext } from '../../src/index.js';
import { AGORA_WEB_EVENTS } from './events.js';
import { CATALOG } from './lookup.js';
import { recognizeAgoraWeb } from './recognize.js';
import { agoraWebClient } from './client.js';

/**
 * The SDK's event payloads name their event (`{type: 'connection-state-change', ...}`): such a
 * payload is read by that event's translator, as the wrapped client reads it; anything else by the
 * recognizers of thrown and called-back values.
 */
function recognize(raw: unknown, ctx: RecognizeContext): Recognition | undefined {
  const type = readProp(raw, 'type');
  // `{type: 'error', msg, info}` is a Stream.init failure, not the `error` event's `{type, reason}`
  const event = type === 'error' && readProp(raw, 'reason') === undefined ? undefined : type;
  if (typeof event === 'string' && Object.prototype.hasOwnProperty.call(AGORA_WEB_EVENTS, event)) {
    const translator = AGORA_WEB_EVENTS[event];
    const rec = translator ? errorRecognition(translator([raw])) : undefined;
    if (rec) return ctx.operation !== undefined ? { ...rec, operation: ctx.operation } : rec;
  }
  return recognizeAgoraWeb(raw, ctx);
}

/**
 * The agora-web classification alone: catalog and recognizers, for `normalize`, `localize` and
 * anything that classifies. It recognizes the SDK's event payloads too (through the event
 * translators, which come along: every Web 3.x event payload names its event), so a value gives
 * the same `RtcError` as through the full adapter; a bundle that imports only this carries no
 * client surface and none of the wrap runtime.
 */
export const agoraWebErrors = /* @__PURE__ */ defineAdapter({
  id: 'agora-web',
  catalog: CATALOG,
  recognize,
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
  recognize,
  events: AGORA_WEB_EVENTS,
  client: agoraWebClient,
});

export { FAMILY_PREFERENCE, type AgoraWebFamily } from './catalog.js';
export { agoraWebZh } from './zh.js';
