/** Agora Web SDK 3.x scenarios. Global `AgoraRTC` from AgoraRTCSDK.min.js. */

/* global AgoraRTC, AudioContext, performance, setTimeout, clearTimeout */

const APP_ID = '0123456789abcdef0123456789abcdef';

/** Client events that can carry errors or state changes. */
const CLIENT_EVENTS = [
  'error',
  'exception',
  'connection-state-change',
  'network-type-changed',
  'client-banned',
  'crypt-error',
  'stream-reconnect-start',
  'stream-reconnect-end',
  'reconnect',
  'rejoin',
  'onTokenPrivilegeWillExpire',
  'onTokenPrivilegeDidExpire',
  'stream-published',
];

/** Stream events that can carry errors. */
const STREAM_EVENTS = ['accessAllowed', 'accessDenied', 'videoTrackEnded', 'audioTrackEnded', 'player-status-change'];

export async function load({ loadScript }) {
  await loadScript('/node_modules/agora-rtc-sdk/AgoraRTCSDK.min.js');
  AgoraRTC.Logger?.setLogLevel?.(AgoraRTC.Logger.NONE);
  AgoraRTC.Logger?.disableLogUpload?.();
}

export function version() {
  return AgoraRTC.VERSION;
}

function watch(emitter, names, rec, operation) {
  for (const name of names) emitter.on(name, (...args) => rec.event(operation, name, args));
}

/** Passed to `ok` by calls that have no success callback (publish, unpublish) once they stayed quiet. */
const NO_FAILURE = Symbol('no onFailure');

/** Wraps a callback-style call: resolves with `{ ok }` or `{ failed }`, records the failure. */
function callbacks(rec, operation, start, ms = 20000) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value) => {
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      rec.log(`${operation}: no callback within ${ms} ms`);
      settle({ pending: true });
    }, ms);
    const ok = (...args) => {
      if (settled) return;
      rec.log(`${operation}: ${args[0] === NO_FAILURE ? 'no onFailure within 1500 ms' : 'onSuccess'}`);
      settle({ ok: args });
    };
    const fail = (err) => {
      // A failure after the scenario gave up waiting is still recorded.
      rec.callback(operation, err);
      if (!settled) settle({ failed: err });
    };
    try {
      start(ok, fail);
    } catch (err) {
      rec.log(`${operation}: threw`);
      recThrow(rec, operation, err);
      settle({ threw: err });
    }
  });
}

function recThrow(rec, operation, err) {
  // Reuse the recorder's throw path so the value is encoded the same way.
  return rec.call(operation, () => {
    throw err;
  });
}

function customAudioTrack() {
  const ctx = new AudioContext();
  const dest = ctx.createMediaStreamDestination();
  ctx.createOscillator().connect(dest);
  return dest.stream.getAudioTracks()[0];
}

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

let current;
const cleanup = async () => {
  const c = current;
  current = undefined;
  if (c?.client) await new Promise((r) => c.client.leave(r, r)).catch(() => {});
  c?.streams?.forEach((s) => s.close());
};

function makeClient() {
  return AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });
}

async function initedStream(rec) {
  const stream = AgoraRTC.createStream({ streamID: 7, audio: true, video: false, audioSource: customAudioTrack() });
  await callbacks(rec, 'init', (ok, fail) => stream.init(ok, fail));
  return stream;
}

export const scenarios = [
  {
    name: 'createClient with an empty config',
    profiles: SHARED,
    run: (rec) => rec.call('createClient', () => AgoraRTC.createClient({})),
  },
  {
    name: 'createClient with an invalid codec',
    profiles: SHARED,
    run: (rec) => rec.call('createClient', () => AgoraRTC.createClient({ mode: 'rtc', codec: 'bogus' })),
  },
  {
    name: 'createStream with no config',
    profiles: SHARED,
    run: (rec) => rec.call('createStream', () => AgoraRTC.createStream()),
  },
  {
    name: 'stream.init with microphone and camera',
    profiles: DEVICES,
    async run(rec) {
      const stream = AgoraRTC.createStream({ streamID: 1, audio: true, video: true });
      watch(stream, STREAM_EVENTS, rec, 'init');
      const r = await callbacks(rec, 'init', (ok, fail) => stream.init(ok, fail));
      if (r.ok) stream.close();
    },
  },
  {
    name: 'stream.init with the microphone only',
    profiles: DEVICES,
    async run(rec) {
      const stream = AgoraRTC.createStream({ streamID: 2, audio: true, video: false });
      watch(stream, STREAM_EVENTS, rec, 'init');
      const r = await callbacks(rec, 'init', (ok, fail) => stream.init(ok, fail));
      if (r.ok) stream.close();
    },
  },
  {
    name: 'stream.init with the camera only',
    profiles: DEVICES,
    async run(rec) {
      const stream = AgoraRTC.createStream({ streamID: 3, audio: false, video: true });
      watch(stream, STREAM_EVENTS, rec, 'init');
      const r = await callbacks(rec, 'init', (ok, fail) => stream.init(ok, fail));
      if (r.ok) stream.close();
    },
  },
  {
    name: 'getDevices',
    profiles: DEVICES,
    async run(rec) {
      await callbacks(rec, 'getDevices', (ok, fail) => AgoraRTC.getDevices(ok, fail));
    },
  },
  {
    name: 'publish before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'publish');
      const stream = await initedStream(rec);
      current = { client, streams: [stream] };
      await callbacks(rec, 'publish', (ok, fail) => {
        client.publish(stream, fail);
        setTimeout(() => ok(NO_FAILURE), 1500);
      });
    },
  },
  {
    name: 'unpublish before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'unpublish');
      const stream = await initedStream(rec);
      current = { client, streams: [stream] };
      await callbacks(rec, 'unpublish', (ok, fail) => {
        client.unpublish(stream, fail);
        setTimeout(() => ok(NO_FAILURE), 1500);
      });
    },
  },
  {
    name: 'publish after init, before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'publish');
      await callbacks(rec, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 5000);
      const stream = await initedStream(rec);
      current = { client, streams: [stream] };
      await callbacks(rec, 'publish', (ok, fail) => {
        client.publish(stream, fail);
        setTimeout(() => ok(NO_FAILURE), 1500);
      });
    },
  },
  {
    name: 'unpublish after init, before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'unpublish');
      await callbacks(rec, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 5000);
      const stream = await initedStream(rec);
      current = { client, streams: [stream] };
      await callbacks(rec, 'unpublish', (ok, fail) => {
        client.unpublish(stream, fail);
        setTimeout(() => ok(NO_FAILURE), 1500);
      });
    },
  },
  {
    name: 'publish an uninitialized stream before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'publish');
      const stream = AgoraRTC.createStream({ streamID: 8, audio: true, video: false });
      current = { client };
      await callbacks(rec, 'publish', (ok, fail) => {
        client.publish(stream, fail);
        setTimeout(() => ok(NO_FAILURE), 1500);
      });
    },
  },
  {
    name: 'join before init',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'join');
      current = { client };
      await callbacks(rec, 'join', (ok, fail) => client.join(null, 'test-channel', null, ok, fail), 5000);
    },
  },
  {
    name: 'init with an empty App ID',
    profiles: SHARED,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'init');
      await callbacks(rec, 'init', (ok, fail) => client.init('', ok, fail), 5000);
    },
  },
  {
    name: 'init and join offline',
    profiles: SHARED,
    timeoutMs: 40000,
    cleanup,
    async run(rec) {
      const client = makeClient();
      watch(client, CLIENT_EVENTS, rec, 'join');
      current = { client };
      const init = await callbacks(rec, 'init', (ok, fail) => client.init(APP_ID, ok, fail), 10000);
      if (!init.ok) return;
      const t0 = performance.now();
      await callbacks(rec, 'join', (ok, fail) => client.join(null, 'test-channel', 1001, ok, fail), 20000);
      rec.log(`join settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
];
