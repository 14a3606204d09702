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
 * The agora-native adapter: catalog, recognizers and event translators.
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
export const agoraNativeAdapter = defineAdapter({
  id: 'agora-native',
  catalog: NATIVE_CATALOG,
  recognize: recognizeNative,
  events: NATIVE_EVENTS,
  client: agoraNativeClient,
});

export { agoraNativeZh } from './zh.js';
