/**
 * What the example page needs of Alibaba Cloud RTC (`aliyun-rtc-sdk`) beside its scenarios
 * (../scenarios/aliyun.js): the adapter, its Chinese pack, our retry policy, listener counts.
 */

import { aliyunAdapter, aliyunZh } from 'rtc-errors/aliyun';

export const adapter = aliyunAdapter;
export const zhPack = aliyunZh;

/** Our retry policy for joinChannel: 2 attempts, short delays. */
export const wrapOptions = {
  retry: { joinChannel: { maxAttempts: 2, budgetMs: 20_000, backoff: { initialDelayMs: 150, maxDelayMs: 300 } } },
};

/** Listeners of an engine (eventemitter3). */
export function countListeners(target) {
  if (typeof target.eventNames !== 'function') return 0;
  return target.eventNames().reduce((n, name) => n + target.listenerCount(name), 0);
}
