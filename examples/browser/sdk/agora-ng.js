/**
 * What the example page needs of Agora Web SDK 4.x ("NG", `agora-rtc-sdk-ng`) beside its scenarios
 * (../scenarios/agora-ng.js): the adapter, its Chinese pack, our retry policy, listener counts.
 */

import { agoraNgAdapter, agoraNgZh } from 'rtc-errors/agora-ng';

export const adapter = agoraNgAdapter;
export const zhPack = agoraNgZh;

/** Our retry policy for join: 3 attempts, short delays, so the scenario runs in seconds. */
export const wrapOptions = {
  retry: { join: { maxAttempts: 3, budgetMs: 60_000, backoff: { initialDelayMs: 150, maxDelayMs: 400 } } },
};

/**
 * Listeners registered on one of the SDK's emitters (a client, or `AgoraRTC`, which forwards to an
 * inner emitter): every event name the SDK or the adapter knows, counted with `getListeners`.
 */
export function countListeners(target) {
  const surface = agoraNgAdapter.client;
  const names = new Set([
    ...Object.keys(target._events ?? {}),
    ...Object.keys(agoraNgAdapter.events),
    ...(surface.client.eventNames ?? []),
    ...Object.values(surface.targets ?? {}).flatMap((t) => t.eventNames ?? []),
  ]);
  let n = 0;
  for (const name of names) n += target.getListeners(name).length;
  return n;
}
