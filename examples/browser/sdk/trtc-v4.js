/**
 * What the example page needs of Tencent Cloud TRTC Web SDK 4.x (`trtc-js-sdk`) beside its
 * scenarios (../scenarios/trtc-v4.js): the adapter, its Chinese pack, our retry policy, listener counts.
 */

import { trtcAdapter, trtcZh } from 'rtc-errors/trtc';

export const adapter = trtcAdapter;
export const zhPack = trtcZh;

/** Our retry policy for join: 2 attempts, short delays. */
export const wrapOptions = {
  retry: { join: { maxAttempts: 2, budgetMs: 30_000, backoff: { initialDelayMs: 150, maxDelayMs: 300 } } },
};

/** Listeners of a client or stream (the SDK's emitter keeps them in `_events`). */
export function countListeners(target) {
  const emitter = target._emitter ?? target.emitter_ ?? target;
  if (typeof emitter.eventNames === 'function') {
    return emitter.eventNames().reduce((n, name) => n + emitter.listenerCount(name), 0);
  }
  return 0;
}
