/**
 * Agora Web SDK 4.x ("NG", `agora-rtc-sdk-ng`) scenarios, from its UMD bundle (global `AgoraRTC`).
 * Every scenario fails offline; the SDK's own HTTP and WebSocket retries are kept short.
 * How pages run them: README.md beside this file.
 */

/* global window, AudioContext, AbortController, location, performance, setTimeout */

let AgoraRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/agora-rtc-sdk-ng/AgoraRTC_N-production.js');
  AgoraRTC = window.AgoraRTC;
  AgoraRTC.setLogLevel(4);
  AgoraRTC.disableLogUpload();
  return version();
}

export function version() {
  return AgoraRTC.VERSION;
}

/** A well-formed App ID that no server knows (and no server is reachable anyway). */
const APP_ID = '0123456789abcdef0123456789abcdef';
/** The SDK's retries of its own requests, short so that an offline join rejects within seconds. */
const SDK_RETRY = { timeout: 500, timeoutFactor: 1, maxRetryCount: 1, maxRetryTimeout: 1000 };

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

/** A client the example page wraps to attach something to (the capture makes none), left at cleanup. */
function hostClient() {
  const client = makeClient();
  leftovers.push(client);
  return client;
}

/** A call of the global `AgoraRTC`, attached to a client of its own on the example page. */
function globalCall(ctx, operation, fn) {
  ctx.attach(AgoraRTC, 'global', operation, hostClient);
  return ctx.call(operation, fn);
}

/** A client made for `operation`, recorded, left at cleanup. */
function joinedClient(ctx, operation) {
  const client = makeClient();
  leftovers.push(client);
  return { client, rtc: ctx.client(client, operation) };
}

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];
const DEVICE_HINT = 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail';

/** A track-creating call of `AgoraRTC`; the tracks it made are closed at cleanup. */
function deviceScenario(id, method) {
  return {
    id,
    label: method,
    name: method,
    profiles: DEVICES,
    hint: DEVICE_HINT,
    cleanup,
    async run(ctx) {
      const r = await globalCall(ctx, method, () => AgoraRTC[method]());
      if (r.value) leftovers.push(...(Array.isArray(r.value) ? r.value : [r.value]));
    },
  };
}

/** A join with bad arguments (rejected before any request). */
function badJoin(name, args, more = {}) {
  return {
    name,
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const { rtc } = joinedClient(ctx, 'join');
      await ctx.call('join', () => rtc.join(...args));
    },
    ...more,
  };
}

export const scenarios = [
  {
    id: 'create-client-bad-config',
    label: 'createClient({ mode: "bogus" })',
    name: 'createClient with an invalid mode',
    profiles: SHARED,
    cleanup,
    run: (ctx) => globalCall(ctx, 'createClient', () => AgoraRTC.createClient({ mode: 'bogus', codec: 'vp8' })),
  },
  {
    name: 'createClient with an invalid codec',
    profiles: SHARED,
    run: (ctx) => ctx.call('createClient', () => AgoraRTC.createClient({ mode: 'rtc', codec: 'bogus' })),
  },
  {
    id: 'publish-before-join',
    label: 'publish before join',
    name: 'publish before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const { rtc } = joinedClient(ctx, 'publish');
      const track = silentTrack();
      leftovers.push(track);
      await ctx.call('publish', () => rtc.publish(track));
    },
  },
  {
    id: 'unpublish-before-join',
    label: 'unpublish before join',
    name: 'unpublish before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const { rtc } = joinedClient(ctx, 'unpublish');
      const track = silentTrack();
      leftovers.push(track);
      await ctx.call('unpublish', () => rtc.unpublish(track));
    },
  },
  {
    id: 'subscribe-unknown-user',
    label: 'subscribe a user not in the channel',
    name: 'subscribe a user not in the channel (before join)',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const { rtc } = joinedClient(ctx, 'subscribe');
      await ctx.call('subscribe', () => rtc.subscribe({ uid: 4242 }, 'audio'));
    },
  },
  {
    name: 'subscribe an unknown uid (before join)',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const { rtc } = joinedClient(ctx, 'subscribe');
      await ctx.call('subscribe', () => rtc.subscribe(4242, 'video'));
    },
  },
  deviceScenario('microphone', 'createMicrophoneAudioTrack'),
  deviceScenario('camera', 'createCameraVideoTrack'),
  {
    name: 'createMicrophoneAndCameraTracks',
    profiles: DEVICES,
    cleanup,
    async run(ctx) {
      const r = await ctx.call('createMicrophoneAndCameraTracks', () => AgoraRTC.createMicrophoneAndCameraTracks());
      if (r.value) leftovers.push(...r.value);
    },
  },
  {
    name: 'getDevices',
    profiles: DEVICES,
    async run(ctx) {
      const r = await ctx.call('getDevices', () => AgoraRTC.getDevices());
      if (r.value) ctx.log(`devices: ${r.value.map((d) => d.kind).join(',') || 'none'}`);
    },
  },
  {
    id: 'buffer-source-404',
    label: 'audio file: 404',
    name: 'createBufferSourceAudioTrack from a 404 URL',
    profiles: SHARED,
    cleanup,
    run: (ctx) =>
      globalCall(ctx, 'createBufferSourceAudioTrack', () =>
        AgoraRTC.createBufferSourceAudioTrack({ source: `${location.origin}/missing-file.mp3` }),
      ),
  },
  {
    id: 'buffer-source-not-audio',
    label: 'audio file: not audio',
    name: 'createBufferSourceAudioTrack from a non-audio file',
    profiles: SHARED,
    cleanup,
    // A text file beside this module: fetched fine, but it is no audio.
    run: (ctx) =>
      globalCall(ctx, 'createBufferSourceAudioTrack', () =>
        AgoraRTC.createBufferSourceAudioTrack({ source: new URL('./not-audio.txt', import.meta.url).href }),
      ),
  },
  badJoin('join with a numeric App ID', [12345, 'test-channel', null], {
    id: 'join-wrong-appid-type',
    label: 'join(12345, …): App ID of the wrong type',
  }),
  badJoin('join with a 65-character channel name', [APP_ID, 'x'.repeat(65), null]),
  badJoin('join with a non-ASCII channel name', [APP_ID, '频道', null]),
  badJoin('join with an invalid uid', [APP_ID, 'test-channel', null, -5]),
  {
    id: 'join-offline',
    label: 'join offline (retried, then gives up)',
    name: 'join offline with a bogus App ID',
    profiles: SHARED,
    timeoutMs: 60000,
    cleanup,
    async run(ctx) {
      const client = makeClient();
      leftovers.push(client);
      const attempts = countConnecting(client);
      const rtc = ctx.client(client, 'join');
      const t0 = performance.now();
      await ctx.call('join', () => rtc.join(APP_ID, 'test-channel', null, 1001));
      ctx.log(`join settled after ${Math.round(performance.now() - t0)} ms`);
      ctx.note('sdkJoinAttempts', attempts.count);
      // Removed at cleanup (after the example page disposed its handle), so listener counts compare like with like.
      leftovers.push({ close: attempts.stop });
    },
  },
  {
    id: 'leave-during-join',
    label: 'leave during a pending join',
    name: 'leave during a pending join',
    profiles: SHARED,
    timeoutMs: 60000,
    cleanup,
    async run(ctx) {
      const { rtc } = joinedClient(ctx, 'join');
      const joining = ctx.call('join', () => rtc.join(APP_ID, 'test-channel', null, 1002));
      await ctx.call('leave', () => rtc.leave());
      await joining;
    },
  },
  {
    name: 'join offline with the default retry configuration, then leave',
    profiles: SHARED,
    timeoutMs: 30000,
    cleanup,
    async run(ctx) {
      const client = AgoraRTC.createClient({ mode: 'live', codec: 'vp8' });
      leftovers.push(client);
      const rtc = ctx.client(client, 'join');
      let settled = false;
      const joining = ctx.call('join', () => rtc.join(APP_ID, 'test-channel', null, 1003)).then(() => (settled = true));
      await new Promise((r) => setTimeout(r, 10000));
      ctx.log(`join ${settled ? 'settled' : 'still pending'} after 10 s`);
      await ctx.call('leave', () => rtc.leave());
      await joining;
    },
  },
  // What only a wrapped client does: abort a retried join, bound a hung one, dispose during it.
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
      const rtc = ctx.client(client, 'join', {
        timeoutMs: { join: 3_000 },
        retry: { join: { maxAttempts: 5, budgetMs: 8_000, backoff: { initialDelayMs: 200, maxDelayMs: 400 } } },
      });
      const started = Date.now();
      await ctx.call('join', () => rtc.join(APP_ID, 'test-channel', null, 1004));
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
];
