/**
 * Tencent Cloud TRTC Web SDK 4.x (`trtc-js-sdk`), from its UMD build (`window.TRTC`). Each scenario
 * uses a fresh client (`TRTC.createClient()`); streams are attached with `rtc.attach(stream, 'stream')`.
 */

/* global window */
import { trtcAdapter, trtcZh } from 'rtc-errors/trtc';

export const adapter = trtcAdapter;
export const zhPack = trtcZh;

/** Our retry policy for join: 2 attempts, short delays. */
export const wrapOptions = {
  retry: { join: { maxAttempts: 2, budgetMs: 30_000, backoff: { initialDelayMs: 150, maxDelayMs: 300 } } },
};

let TRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/trtc-js-sdk/trtc.js');
  TRTC = window.TRTC;
  return TRTC.VERSION ?? '4';
}

/** Listeners of a client or stream (the SDK's emitter keeps them in `_events`). */
export function countListeners(target) {
  const emitter = target._emitter ?? target.emitter_ ?? target;
  if (typeof emitter.eventNames === 'function') {
    return emitter.eventNames().reduce((n, name) => n + emitter.listenerCount(name), 0);
  }
  return 0;
}

const clientConfig = () => ({ mode: 'rtc', sdkAppId: 1400000000, userId: 'user1', userSig: 'not-a-real-user-sig' });
let leftovers = [];
async function cleanup() {
  for (const item of leftovers.splice(0)) {
    try {
      await item.leave?.();
    } catch {
      // not joined
    }
    try {
      item.close?.();
    } catch {
      // already closed
    }
  }
}

export const scenarios = [
  {
    id: 'publish-before-join',
    label: 'publish before join (0x1001)',
    cleanup,
    async run(ctx) {
      const client = TRTC.createClient(clientConfig());
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      await ctx.call('publish', () => rtc.client.publish(TRTC.createStream({ audio: true, video: false })));
    },
  },
  {
    id: 'join-bad-room-id',
    label: "join({ roomId: 'abc' }) (0x1000)",
    cleanup,
    async run(ctx) {
      const client = TRTC.createClient(clientConfig());
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      await ctx.call('join', () => rtc.client.join({ roomId: 'abc' }));
    },
  },
  {
    id: 'stream-initialize',
    label: 'LocalStream.initialize() (camera and microphone)',
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    async run(ctx) {
      const client = TRTC.createClient(clientConfig());
      const stream = TRTC.createStream({ audio: true, video: true, userId: 'user1' });
      leftovers.push(client, stream);
      const rtc = ctx.wrap(client);
      ctx.attach(rtc, stream, 'stream');
      await ctx.call('initialize', () => stream.initialize());
    },
  },
  {
    id: 'join-offline',
    label: 'join offline (retried, then gives up)',
    cleanup,
    async run(ctx) {
      const client = TRTC.createClient(clientConfig());
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      await ctx.call('join', () => rtc.client.join({ roomId: 1234 }));
    },
  },
];
