/**
 * Agora Web SDK 4.x ("NG", `agora-rtc-sdk-ng`), loaded from its UMD bundle (global `AgoraRTC`).
 * Every scenario fails offline; the SDK's own HTTP and WebSocket retries are kept short.
 */

/* global window, AudioContext, AbortController, location, setTimeout */
import { agoraNgAdapter, agoraNgZh } from 'rtc-errors/agora-ng';

export const adapter = agoraNgAdapter;
export const zhPack = agoraNgZh;

/** A well-formed App ID that no server knows (and no server is reachable anyway). */
const APP_ID = '0123456789abcdef0123456789abcdef';
/** The SDK's retries of its own requests, short so that an offline join rejects within seconds. */
const SDK_RETRY = { timeout: 500, timeoutFactor: 1, maxRetryCount: 1, maxRetryTimeout: 1000 };

/** Our retry policy for join: 3 attempts, short delays, so the scenario runs in seconds. */
export const wrapOptions = {
  retry: { join: { maxAttempts: 3, budgetMs: 60_000, backoff: { initialDelayMs: 150, maxDelayMs: 400 } } },
};

let AgoraRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/agora-rtc-sdk-ng/AgoraRTC_N-production.js');
  AgoraRTC = window.AgoraRTC;
  AgoraRTC.setLogLevel(4);
  AgoraRTC.disableLogUpload();
  return AgoraRTC.VERSION;
}

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

const makeClient = () =>
  AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8', httpRetryConfig: SDK_RETRY, websocketRetryConfig: SDK_RETRY });

/** A local audio track that needs no device: an oscillator through Web Audio. */
function silentTrack() {
  const ctx = new AudioContext();
  const dest = ctx.createMediaStreamDestination();
  ctx.createOscillator().connect(dest);
  return AgoraRTC.createCustomAudioTrack({ mediaStreamTrack: dest.stream.getAudioTracks()[0] });
}

let leftovers = [];
/** Closes tracks and leaves clients a scenario left behind. */
async function cleanup() {
  const items = leftovers;
  leftovers = [];
  for (const item of items) {
    if (typeof item.leave === 'function') await item.leave().catch(() => {});
    else item.close?.();
  }
}

/** Counts the SDK's own join attempts: each one moves the connection to CONNECTING. */
function countConnecting(client) {
  const counter = { count: 0 };
  const fn = (state) => {
    if (state === 'CONNECTING') counter.count += 1;
  };
  client.on('connection-state-change', fn);
  counter.stop = () => client.off('connection-state-change', fn);
  return counter;
}

/** A track-creating call of `AgoraRTC`, through the global object attached to a wrapped client. */
function deviceScenario(id, label, method) {
  return {
    id,
    label,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const rtc = ctx.wrap(client);
      ctx.attach(rtc, AgoraRTC, 'global');
      const r = await ctx.call(method, () => AgoraRTC[method]());
      if (r.value) leftovers.push(...(Array.isArray(r.value) ? r.value : [r.value]));
    },
  };
}

export const scenarios = [
  {
    id: 'create-client-bad-config',
    label: 'createClient({ mode: "bogus" })',
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      ctx.attach(rtc, AgoraRTC, 'global');
      await ctx.call('createClient', () => AgoraRTC.createClient({ mode: 'bogus', codec: 'vp8' }));
    },
  },
  {
    id: 'publish-before-join',
    label: 'publish before join',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const track = silentTrack();
      leftovers.push(track, client);
      const rtc = ctx.wrap(client);
      await ctx.call('publish', () => rtc.client.publish(track));
    },
  },
  {
    id: 'unpublish-before-join',
    label: 'unpublish before join',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      const track = silentTrack();
      leftovers.push(track, client);
      const rtc = ctx.wrap(client);
      await ctx.call('unpublish', () => rtc.client.unpublish(track));
    },
  },
  {
    id: 'subscribe-unknown-user',
    label: 'subscribe a user not in the channel',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      await ctx.call('subscribe', () => rtc.client.subscribe({ uid: 4242 }, 'audio'));
    },
  },
  deviceScenario('microphone', 'createMicrophoneAudioTrack', 'createMicrophoneAudioTrack'),
  deviceScenario('camera', 'createCameraVideoTrack', 'createCameraVideoTrack'),
  {
    id: 'buffer-source-404',
    label: 'audio file: 404',
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      ctx.attach(rtc, AgoraRTC, 'global');
      await ctx.call('createBufferSourceAudioTrack', () =>
        AgoraRTC.createBufferSourceAudioTrack({ source: `${location.origin}/missing-file.mp3` }),
      );
    },
  },
  {
    id: 'buffer-source-not-audio',
    label: 'audio file: not audio',
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      ctx.attach(rtc, AgoraRTC, 'global');
      // The page's own stylesheet: fetched fine, but it is no audio.
      await ctx.call('createBufferSourceAudioTrack', () =>
        AgoraRTC.createBufferSourceAudioTrack({ source: new URL('./style.css', location.href).href }),
      );
    },
  },
  {
    id: 'join-wrong-appid-type',
    label: 'join(12345, …): App ID of the wrong type',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      await ctx.call('join', () => rtc.client.join(12345, 'test-channel', null));
    },
  },
  {
    id: 'join-offline',
    label: 'join offline (retried, then gives up)',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      leftovers.push(client);
      const attempts = countConnecting(client);
      const rtc = ctx.wrap(client);
      await ctx.call('join', () => rtc.client.join(APP_ID, 'test-channel', null, 1001));
      ctx.note('sdkJoinAttempts', attempts.count);
      // Removed after dispose (ctx.disposeAll runs first), so the counts compare like with like.
      leftovers.push({ close: attempts.stop });
    },
  },
  {
    id: 'join-offline-abort',
    label: 'join offline, aborted during the backoff',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      leftovers.push(client);
      const attempts = countConnecting(client);
      const rtc = ctx.wrap(client);
      const controller = new AbortController();
      rtc.once('retry', ({ delayMs }) => {
        ctx.note('abortAfterMs', Math.floor(delayMs / 3));
        setTimeout(() => controller.abort(new Error('the user closed the call screen')), Math.floor(delayMs / 3));
      });
      await ctx.call('join', () =>
        rtc.invoke('join', [APP_ID, 'test-channel', null, 1002], { signal: controller.signal }),
      );
      ctx.note('sdkJoinAttempts', attempts.count);
      leftovers.push({ close: attempts.stop });
    },
  },
  {
    id: 'join-hung-network',
    label: 'join with the network hanging (timeouts, left before each retry, bounded by the budget)',
    hint: 'The browser test makes every request to the outside hang; offline, the SDK fails at once instead',
    cleanup,
    async run(ctx) {
      // the SDK's own defaults: with requests that never answer, its join stays pending for minutes
      const client = AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });
      leftovers.push(client);
      const rtc = ctx.wrap(client, {
        timeoutMs: { join: 3_000 },
        retry: { join: { maxAttempts: 5, budgetMs: 8_000, backoff: { initialDelayMs: 200, maxDelayMs: 400 } } },
      });
      const started = Date.now();
      await ctx.call('join', () => rtc.client.join(APP_ID, 'test-channel', null, 1004));
      ctx.note('joinSettledAfterMs', Date.now() - started);
      ctx.note('stateAtSettle', client.connectionState);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      ctx.note('stateOneSecondLater', client.connectionState);
    },
  },
  {
    id: 'dispose-during-hung-join',
    label: 'dispose() during a join with the network hanging (the SDK stops joining too)',
    hint: 'The browser test makes every request to the outside hang',
    cleanup,
    async run(ctx) {
      const client = AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      const joining = ctx.call('join', () => rtc.client.join(APP_ID, 'test-channel', null, 1006));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      ctx.note('stateBeforeDispose', client.connectionState);
      rtc.dispose();
      await joining;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      ctx.note('stateAfterDispose', client.connectionState);
    },
  },
  {
    id: 'leave-during-join',
    label: 'leave during a pending join',
    cleanup,
    async run(ctx) {
      const client = makeClient();
      leftovers.push(client);
      const rtc = ctx.wrap(client);
      const joining = ctx.call('join', () => rtc.client.join(APP_ID, 'test-channel', null, 1003));
      await ctx.call('leave', () => rtc.client.leave());
      await joining;
    },
  },
];
