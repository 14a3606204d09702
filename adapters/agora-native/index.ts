/**
 * `rtc-errors/agora-native`: the adapter for Agora's native SDKs (Android, iOS, Windows, macOS,
 * Electron, React Native, Flutter), checked against react-native-agora 4.6.x.
 * @module
 */
import { defineAdapter } from '../../src/index.js';
import { NATIVE_CATALOG } from './catalog.js';
import { NATIVE_EVENTS } from './events.js';
import { recognizeNative } from './recognize.js';
import { agoraNativeClient } from './client.js';

/**
 * The agora-native classification alone: catalog and recognizers, for `normalize`, `localize` and
 * anything that classifies. A bundle that imports only this carries no event table, no client
 * surface and none of the wrap runtime.
 */
export const agoraNativeErrors = /* @__PURE__ */ defineAdapter({
  id: 'agora-native',
  catalog: NATIVE_CATALOG,
  recognize: recognizeNative,
});

/**
 * The full agora-native adapter, for `wrapClient` and `translateEvent`: {@link agoraNativeErrors}
 * plus event translators and client surface.
 *
 * @example
 * ```ts
 * import { normalize, translateEvent } from 'rtc-errors';
 * import { agoraNativeAdapter } from 'rtc-errors/agora-native';
 * const ret = engine.joinChannel(token, channel, 0, {});
 * if (ret < 0) throw normalize(ret, agoraNativeAdapter, { operation: 'join' }); // -17 → already_joined
 * engine.registerEventHandler({
 *   onConnectionStateChanged: (...args) => report(translateEvent(agoraNativeAdapter, 'onConnectionStateChanged', args)),
 * });
 * ```
 */
export const agoraNativeAdapter = /* @__PURE__ */ defineAdapter({
  id: 'agora-native',
  catalog: NATIVE_CATALOG,
  recognize: recognizeNative,
  events: NATIVE_EVENTS,
  client: agoraNativeClient,
});

export { agoraNativeZh } from './zh.js';
