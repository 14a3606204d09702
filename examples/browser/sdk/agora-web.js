/**
 * What the example page needs of Agora Web SDK 3.x (`agora-rtc-sdk`) beside its scenarios
 * (../scenarios/agora-web.js): the adapter, its Chinese pack, our options, listener counts.
 */

import { agoraWebAdapter, agoraWebZh } from 'rtc-errors/agora-web';

export const adapter = agoraWebAdapter;
export const zhPack = agoraWebZh;
export const wrapOptions = {};

/** Listeners of a client (kept by its gateway's dispatcher) or a stream (its own dispatcher). */
export function countListeners(target) {
  const table = target.gatewayClient?.dispatcher?.eventListeners ?? target.dispatcher?.eventListeners;
  if (!table) return 0;
  return Object.values(table).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
}
