/**
 * Alibaba Cloud RTC (`aliyun-rtc-sdk`), from its ES build: its UMD build does not load in a page,
 * and the ES build imports bare module names, so serve.mjs bundles it into .tmp/browser/.
 * Each scenario uses a fresh engine (`createInstance`), destroyed afterwards.
 */

/* global setTimeout, btoa */
import { aliyunAdapter, aliyunZh } from 'rtc-errors/aliyun';

export const adapter = aliyunAdapter;
export const zhPack = aliyunZh;

/** Our retry policy for joinChannel: 2 attempts, short delays. */
export const wrapOptions = {
  retry: { joinChannel: { maxAttempts: 2, budgetMs: 20_000, backoff: { initialDelayMs: 150, maxDelayMs: 300 } } },
};

let sdk;
let Engine;

export async function load() {
  sdk = await import('/.tmp/browser/aliyun-rtc-sdk.js');
  Engine = sdk.default;
  Engine.setLogLevel?.(5);
  return Engine.getSdkVersion();
}

/** Listeners of an engine (eventemitter3). */
export function countListeners(target) {
  if (typeof target.eventNames !== 'function') return 0;
  return target.eventNames().reduce((n, name) => n + target.listenerCount(name), 0);
}

let engines = [];
/** Short signaling reconnection, so that an offline join gives up within seconds. */
function makeEngine() {
  const engine = Engine.createInstance({ maxSignalingReconnectDuration: 2000 });
  engines.push(engine);
  return engine;
}

const settleWithin = (promise, ms) => Promise.race([promise.catch(() => {}), new Promise((r) => setTimeout(r, ms))]);
async function cleanup() {
  for (const engine of engines.splice(0)) {
    await settleWithin(engine.leaveChannel(), 2000);
    await settleWithin(engine.destroy(), 2000);
  }
}

/** An auth info of the right shape that no server will accept (and none is reachable). */
function authInfo() {
  return {
    channelId: 'test-channel',
    userId: 'user1',
    appId: 'bogus-app-id',
    nonce: 'AK-0123456789',
    timestamp: Math.floor(Date.now() / 1000) + 3600,
    token: 'a'.repeat(64),
  };
}

function deviceScenario(id, label, method) {
  return {
    id,
    label,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeEngine());
      await ctx.call(method, () => rtc.client[method]());
    },
  };
}

export const scenarios = [
  {
    id: 'join-empty-auth',
    label: 'joinChannel with empty auth info',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeEngine());
      await ctx.call('joinChannel', () =>
        rtc.client.joinChannel({ channelId: '', userId: '', appId: '', timestamp: 0, token: '' }, 'user'),
      );
    },
  },
  {
    id: 'join-malformed-token',
    label: 'joinChannel with a malformed token',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeEngine());
      await ctx.call('joinChannel', () => rtc.client.joinChannel(btoa('garbage'), 'user'));
    },
  },
  {
    id: 'join-offline',
    label: 'joinChannel offline',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeEngine());
      await ctx.call('joinChannel', () => rtc.client.joinChannel(authInfo(), 'user'));
    },
  },
  deviceScenario('start-audio-capture', 'startAudioCapture', 'startAudioCapture'),
  deviceScenario('start-preview', 'startPreview', 'startPreview'),
  {
    id: 'live-stream-before-join',
    label: 'startPublishLiveStream before join',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeEngine());
      await ctx.call('startPublishLiveStream', () =>
        rtc.client.startPublishLiveStream('rtmp://127.0.0.1/live/test', new sdk.AliRtcLiveTranscodingParam()),
      );
    },
  },
];
