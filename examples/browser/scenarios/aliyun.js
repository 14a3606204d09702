/**
 * Alibaba Cloud RTC (`aliyun-rtc-sdk`) scenarios, from its ES build: its UMD build does not load in
 * a page, and the ES build imports bare module names, so each server bundles it into one file
 * (`bundles` names the folder). Each scenario uses a fresh engine, destroyed afterwards.
 * How pages run them: README.md beside this file.
 */

/* global setTimeout, performance, btoa */

let sdk;
let Engine;

export async function load({ bundles }) {
  sdk = await import(`${bundles}aliyun-rtc-sdk.js`);
  Engine = sdk.default;
  Engine.setLogLevel?.(5);
  return version();
}

export function version() {
  return Engine.getSdkVersion?.() ?? 'unknown';
}

let engines = [];
/** A fresh engine for `operation`; short signaling reconnection, so an offline join gives up within seconds. */
function newEngine(ctx, operation) {
  const engine = Engine.createInstance({ webTrack: false, maxSignalingReconnectDuration: 3000 });
  engines.push(engine);
  return ctx.client(engine, operation);
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

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

function deviceScenario(id, method) {
  return {
    id,
    label: method,
    name: method,
    profiles: DEVICES,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    run: (ctx) => ctx.call(method, () => newEngine(ctx, method)[method]()),
  };
}

/** joinChannel with `auth`, on a fresh engine. */
const join = (ctx, auth) => ctx.call('joinChannel', () => newEngine(ctx, 'joinChannel').joinChannel(auth, 'user'));

export const scenarios = [
  {
    id: 'join-empty-auth',
    label: 'joinChannel with empty auth info',
    name: 'joinChannel with empty auth info',
    profiles: SHARED,
    cleanup,
    timeoutMs: 20000,
    run: (ctx) => join(ctx, { channelId: '', userId: '', appId: '', timestamp: 0, token: '' }),
  },
  {
    name: 'joinChannel with a malformed token string',
    profiles: SHARED,
    cleanup,
    timeoutMs: 20000,
    run: (ctx) => join(ctx, 'this-is-not-a-token'),
  },
  {
    id: 'join-malformed-token',
    label: 'joinChannel with a malformed token',
    name: 'joinChannel with a base64 token that is not JSON',
    profiles: SHARED,
    cleanup,
    timeoutMs: 20000,
    run: (ctx) => join(ctx, btoa('garbage')),
  },
  {
    id: 'join-offline',
    label: 'joinChannel offline',
    name: 'joinChannel offline',
    profiles: SHARED,
    cleanup,
    timeoutMs: 45000,
    async run(ctx) {
      const t0 = performance.now();
      await join(ctx, authInfo());
      ctx.log(`joinChannel settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
  deviceScenario('start-audio-capture', 'startAudioCapture'),
  deviceScenario('start-preview', 'startPreview'),
  {
    id: 'live-stream-before-join',
    label: 'startPublishLiveStream before join',
    name: 'startPublishLiveStream before join',
    profiles: SHARED,
    cleanup,
    run: (ctx) =>
      ctx.call('startPublishLiveStream', () =>
        newEngine(ctx, 'startPublishLiveStream').startPublishLiveStream(
          'rtmp://127.0.0.1/live/test',
          new sdk.AliRtcLiveTranscodingParam(),
        ),
      ),
  },
];
