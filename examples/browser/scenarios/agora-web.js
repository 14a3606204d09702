/**
 * Agora Web SDK 3.x (`agora-rtc-sdk`) scenarios, from its bundle (global `AgoraRTC`). Its methods
 * report failure through `onFailure` callbacks (wrapped, the callbacks receive `RtcError`s).
 * How pages run them: README.md beside this file.
 */

/* global window, AudioContext, performance, setTimeout, clearTimeout */

let AgoraRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/agora-rtc-sdk/AgoraRTCSDK.min.js');
  AgoraRTC = window.AgoraRTC;
  AgoraRTC.Logger?.setLogLevel?.(AgoraRTC.Logger.NONE);
  AgoraRTC.Logger?.disableLogUpload?.();
  return version();
}

export function version() {
  return AgoraRTC.VERSION;
}

/** A well-formed App ID that no server knows. */
const APP_ID = '0123456789abcdef0123456789abcdef';

const makeClient = () => AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });

/** Passed to `ok` by calls that have no success callback (publish, unpublish) once they stayed quiet. */
const NO_FAILURE = Symbol('no onFailure');

/**
 * Runs a callback-style call: `start(ok, fail)`. Resolves to `{ ok }`, `{ failed }`, `{ threw }` or,
 * after `ms` without a callback, `{ pending: true }`; a failure that comes later is still reported.
 */
function callbacks(ctx, operation, start, ms = 20000) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value) => {
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      ctx.note(operation, `no callback within ${ms} ms`);
      settle({ pending: true });
    }, ms);
    const ok = (...args) => {
      if (settled) return;
      ctx.note(operation, args[0] === NO_FAILURE ? 'no onFailure within 1500 ms' : 'onSuccess');
      settle({ ok: args });
    };
    const fail = (error) => {
      ctx.failed(operation, error);
      if (!settled) settle({ failed: error });
    };
    try {
      start(ok, fail);
    } catch (error) {
      ctx.threw(operation, error);
      settle({ threw: error });
    }
  });
}

/** A call with an `onFailure` callback only (publish, unpublish): quiet for 1.5 s counts as no failure. */
const failureOnly = (ctx, operation, start) =>
  callbacks(ctx, operation, (ok, fail) => {
    start(fail);
    setTimeout(() => ok(NO_FAILURE), 1500);
  });

/** A microphone-free audio source: an oscillator through Web Audio. */
function silentAudioTrack() {
  const ctx = new AudioContext();
  const dest = ctx.createMediaStreamDestination();
  ctx.createOscillator().connect(dest);
  return dest.stream.getAudioTracks()[0];
}

let clients = [];
let streams = [];
/** Leaves clients (for at most 2 s each: with the network hanging, leave may never call back) and closes streams. */
async function cleanup() {
  for (const c of clients.splice(0)) await new Promise((r) => (c.leave(r, r), setTimeout(r, 2000))).catch(() => {});
  for (const s of streams.splice(0)) s.close?.();
}

/** A client made for `operation`, recorded, left at cleanup. */
function newClient(ctx, operation) {
  const client = makeClient();
  clients.push(client);
  return ctx.client(client, operation);
}

/** A client the example page wraps to attach something to (the capture makes none), left at cleanup. */
function hostClient() {
  const client = makeClient();
  clients.push(client);
  return client;
}

/** A stream initialized from a Web Audio track (no device needed), for publish/unpublish. */
async function audioStream(ctx) {
  const stream = AgoraRTC.createStream({ streamID: 7, audio: true, video: false, audioSource: silentAudioTrack() });
  streams.push(stream);
  await callbacks(ctx, 'init', (ok, fail) => stream.init(ok, fail));
  return stream;
}

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];
const DEVICE_HINT = 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail';

/** `stream.init` of a stream that captures devices, attached to a client; fails without them. */
function initScenario(name, streamID, spec, more = {}) {
  return {
    name,
    profiles: DEVICES,
    hint: DEVICE_HINT,
    cleanup,
    async run(ctx) {
      const stream = AgoraRTC.createStream({ streamID, ...spec });
      ctx.attach(stream, 'stream', 'init', hostClient);
      const r = await callbacks(ctx, 'init', (ok, fail) => stream.init(ok, fail));
      if (r.ok) streams.push(stream); // closed at cleanup; a stream that failed to start has nothing to close
    },
    ...more,
  };
}

export const scenarios = [
  {
    id: 'create-client-empty-config',
    label: 'createClient({})',
    name: 'createClient with an empty config',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      ctx.attach(AgoraRTC, 'global', 'createClient', hostClient);
      await ctx.call('createClient', () => AgoraRTC.createClient({}));
    },
  },
  {
    name: 'createClient with an invalid codec',
    profiles: SHARED,
    run: (ctx) => ctx.call('createClient', () => AgoraRTC.createClient({ mode: 'rtc', codec: 'bogus' })),
  },
  {
    name: 'createStream with no config',
    profiles: SHARED,
    run: (ctx) => ctx.call('createStream', () => AgoraRTC.createStream()),
  },
  initScenario(
    'stream.init with microphone and camera',
    1,
    { audio: true, video: true },
    { id: 'stream-init', label: 'stream.init (microphone + camera)' },
  ),
  initScenario(
    'stream.init with the microphone only',
    2,
    { audio: true, video: false },
    { id: 'stream-init-microphone', label: 'stream.init (microphone)' },
  ),
  initScenario('stream.init with the camera only', 3, { audio: false, video: true }),
  {
    name: 'getDevices',
    profiles: DEVICES,
    run: (ctx) => callbacks(ctx, 'getDevices', (ok, fail) => AgoraRTC.getDevices(ok, fail)),
  },
  {
    // the SDK throws at once here; the wrapped publish throws too (an RtcError), as the raw one does
    id: 'publish-before-init',
    label: 'publish before init',
    name: 'publish before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'publish');
      const stream = await audioStream(ctx);
      await failureOnly(ctx, 'publish', (fail) => client.publish(stream, fail));
    },
  },
  {
    name: 'unpublish before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'unpublish');
      const stream = await audioStream(ctx);
      await failureOnly(ctx, 'unpublish', (fail) => client.unpublish(stream, fail));
    },
  },
  {
    id: 'publish-before-join',
    label: 'publish after init, before join',
    name: 'publish after init, before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'publish');
      await callbacks(ctx, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 5000);
      const stream = await audioStream(ctx);
      await failureOnly(ctx, 'publish', (fail) => client.publish(stream, fail));
    },
  },
  {
    id: 'unpublish-before-join',
    label: 'unpublish after init, before join',
    name: 'unpublish after init, before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'unpublish');
      await callbacks(ctx, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 5000);
      const stream = await audioStream(ctx);
      await failureOnly(ctx, 'unpublish', (fail) => client.unpublish(stream, fail));
    },
  },
  {
    name: 'publish an uninitialized stream before join',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'publish');
      const stream = AgoraRTC.createStream({ streamID: 8, audio: true, video: false });
      await failureOnly(ctx, 'publish', (fail) => client.publish(stream, fail));
    },
  },
  {
    name: 'join before init',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'join');
      await callbacks(ctx, 'join', (ok, fail) => client.join(null, 'test-channel', null, ok, fail), 5000);
    },
  },
  {
    name: 'init with an empty App ID',
    profiles: SHARED,
    async run(ctx) {
      const client = ctx.client(makeClient(), 'init');
      await callbacks(ctx, 'init', (ok, fail) => client.init('', ok, fail), 5000);
    },
  },
  {
    name: 'init and join offline',
    profiles: SHARED,
    timeoutMs: 40000,
    cleanup,
    async run(ctx) {
      const client = newClient(ctx, 'join');
      const init = await callbacks(ctx, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 10000);
      if (!init.ok) return;
      const t0 = performance.now();
      await callbacks(ctx, 'join', (ok, fail) => client.join(null, 'test-channel', 1001, ok, fail), 20000);
      ctx.log(`join settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
  {
    id: 'join-hung-network',
    label: 'join with the network hanging (timeouts, left before each retry, bounded by the budget)',
    hint: 'The browser test makes every request to the outside hang; offline, the SDK fails at once instead',
    cleanup,
    async run(ctx) {
      const raw = makeClient();
      clients.push(raw);
      const client = ctx.client(raw, 'join', {
        timeoutMs: { join: 3_000 },
        retry: { join: { maxAttempts: 5, budgetMs: 8_000, backoff: { initialDelayMs: 200, maxDelayMs: 400 } } },
      });
      await callbacks(ctx, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 3000);
      const started = Date.now();
      await callbacks(ctx, 'join', (ok, fail) => client.join(null, 'test-channel', 1005, undefined, ok, fail));
      ctx.note('joinSettledAfterMs', Date.now() - started);
      ctx.note('stateAtSettle', raw.getConnectionState());
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      ctx.note('stateOneSecondLater', raw.getConnectionState());
    },
  },
];
