/**
 * What the example page needs of Tencent Cloud TRTC Web SDK 5.x (`trtc-sdk-v5`) beside its
 * scenarios (../scenarios/trtc.js): the adapter, its Chinese pack, our retry policy, listener counts.
 */

import { trtcAdapter, trtcZh } from 'rtc-errors/trtc';

export const adapter = trtcAdapter;
export const zhPack = trtcZh;

/** Our retry policy for enterRoom: 2 attempts, short delays. */
export const wrapOptions = {
  retry: { enterRoom: { maxAttempts: 2, budgetMs: 30_000, backoff: { initialDelayMs: 150, maxDelayMs: 300 } } },
};

/** Listeners of a client or of the TRTC object (eventemitter3 inside the SDK). */
export function countListeners(target) {
  if (typeof target.eventNames === 'function') {
    return target.eventNames().reduce((n, name) => n + target.listenerCount(name), 0);
  }
  const emitter = target._eventEmitter ?? target.eventEmitter ?? target._emitter;
  if (emitter && typeof emitter.eventNames === 'function') {
    return emitter.eventNames().reduce((n, name) => n + emitter.listenerCount(name), 0);
  }
  return 0;
}
