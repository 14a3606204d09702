/** Agora Web SDK 4.x (NG) scenarios. Global `AgoraRTC` from the UMD bundle. */

/* global AgoraRTC, AudioContext, location, performance, setTimeout */

const APP_ID = '0123456789abcdef0123456789abcdef';

/** Events of an IAgoraRTCClient that can carry errors or state changes. */
const CLIENT_EVENTS = [
  'connection-state-change',
  'exception',
  'token-privilege-will-expire',
  'token-privilege-did-expire',
  'live-streaming-error',
  'live-streaming-warning',
  'stream-fallback',
  'channel-media-relay-state',
  'is-using-cloud-proxy',
  'join-fallback-to-proxy',
  'network-quality',
  'crypt-error',
];

/** Short retries, so the offline scenarios finish in seconds. */
const RETRY = { timeout: 500, timeoutFactor: 1, maxRetryCount: 1, maxRetryTimeout: 1000 };

export async function load({ loadScript }) {
  await loadScript('/node_modules/agora-rtc-sdk-ng/AgoraRTC_N-production.js');
  AgoraRTC.setLogLevel(4);
  AgoraRTC.disableLogUpload();
  // Global event of the SDK: autoplay failures, device changes.
  for (const name of ['camera-changed', 'microphone-changed', 'autoplay-failed', 'security-policy-violation']) {
    AgoraRTC.on?.(name, (...args) => globalEvents.push({ name, args }));
  }
}

const globalEvents = [];

export function version() {
  return AgoraRTC.VERSION;
}

function makeClient() {
  return AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8', httpRetryConfig: RETRY, websocketRetryConfig: RETRY });
}

function watch(client, rec, operation) {
  const offs = [];
  for (const name of CLIENT_EVENTS) {
    if (name === 'network-quality') continue;
    const fn = (...args) => rec.event(operation, name, args);
    client.on(name, fn);
    offs.push(() => client.off(name, fn));
  }
  return () => offs.forEach((off) => off());
}

function silentTrack() {
  const ctx = new AudioContext();
  const dest = ctx.createMediaStreamDestination();
  const osc = ctx.createOscillator();
  osc.connect(dest);
  return AgoraRTC.createCustomAudioTrack({ mediaStreamTrack: dest.stream.getAudioTracks()[0] });
}

let current;
const cleanup = async () => {
  const c = current;
  current = undefined;
  if (c?.client) await c.client.leave().catch(() => {});
  c?.off?.();
  c?.tracks?.forEach((t) => t.close());
};

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

export const scenarios = [
  {
    name: 'createClient with an invalid mode',
    profiles: SHARED,
    run: (rec) => rec.call('createClient', () => AgoraRTC.createClient({ mode: 'bogus', codec: 'vp8' })),
  },
  {
    name: 'createClient with an invalid codec',
    profiles: SHARED,
    run: (rec) => rec.call('createClient', () => AgoraRTC.createClient({ mode: 'rtc', codec: 'bogus' })),
  },
  {
    name: 'publish before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      const track = silentTrack();
      current = { client, tracks: [track], off: watch(client, rec, 'publish') };
      await rec.call('publish', () => client.publish(track));
    },
  },
  {
    name: 'unpublish before join',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      const track = silentTrack();
      current = { client, tracks: [track], off: watch(client, rec, 'unpublish') };
      await rec.call('unpublish', () => client.unpublish(track));
    },
  },
  {
    name: 'subscribe a user not in the channel (before join)',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'subscribe') };
      await rec.call('subscribe', () => client.subscribe({ uid: 4242 }, 'audio'));
    },
  },
  {
    name: 'subscribe an unknown uid (before join)',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'subscribe') };
      await rec.call('subscribe', () => client.subscribe(4242, 'video'));
    },
  },
  {
    name: 'createMicrophoneAudioTrack',
    profiles: DEVICES,
    async run(rec) {
      const r = await rec.call('createMicrophoneAudioTrack', () => AgoraRTC.createMicrophoneAudioTrack());
      r.resolved?.close();
    },
  },
  {
    name: 'createCameraVideoTrack',
    profiles: DEVICES,
    async run(rec) {
      const r = await rec.call('createCameraVideoTrack', () => AgoraRTC.createCameraVideoTrack());
      r.resolved?.close();
    },
  },
  {
    name: 'createMicrophoneAndCameraTracks',
    profiles: DEVICES,
    async run(rec) {
      const r = await rec.call('createMicrophoneAndCameraTracks', () => AgoraRTC.createMicrophoneAndCameraTracks());
      r.resolved?.forEach((t) => t.close());
    },
  },
  {
    name: 'getDevices',
    profiles: DEVICES,
    async run(rec) {
      const r = await rec.call('getDevices', () => AgoraRTC.getDevices());
      if (r.resolved) rec.log(`devices: ${r.resolved.map((d) => d.kind).join(',') || 'none'}`);
    },
  },
  {
    name: 'createBufferSourceAudioTrack from a 404 URL',
    profiles: SHARED,
    run: (rec) =>
      rec.call('createBufferSourceAudioTrack', () =>
        AgoraRTC.createBufferSourceAudioTrack({ source: `${location.origin}/missing-file.mp3` }),
      ),
  },
  {
    name: 'createBufferSourceAudioTrack from a non-audio file',
    profiles: SHARED,
    run: (rec) =>
      rec.call('createBufferSourceAudioTrack', () =>
        AgoraRTC.createBufferSourceAudioTrack({ source: new URL('./not-audio.txt', location.href).href }),
      ),
  },
  {
    name: 'join with a numeric App ID',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'join') };
      await rec.call('join', () => client.join(12345, 'test-channel', null));
    },
  },
  {
    name: 'join with a 65-character channel name',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'join') };
      await rec.call('join', () => client.join(APP_ID, 'x'.repeat(65), null));
    },
  },
  {
    name: 'join with a non-ASCII channel name',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'join') };
      await rec.call('join', () => client.join(APP_ID, '频道', null));
    },
  },
  {
    name: 'join with an invalid uid',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'join') };
      await rec.call('join', () => client.join(APP_ID, 'test-channel', null, -5));
    },
  },
  {
    name: 'join offline with a bogus App ID',
    profiles: SHARED,
    timeoutMs: 60000,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'join') };
      const t0 = performance.now();
      await rec.call('join', () => client.join(APP_ID, 'test-channel', null, 1001));
      rec.log(`join settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
  {
    name: 'leave during a pending join',
    profiles: SHARED,
    timeoutMs: 60000,
    cleanup,
    async run(rec) {
      const client = makeClient();
      current = { client, off: watch(client, rec, 'join') };
      const joining = rec.call('join', () => client.join(APP_ID, 'test-channel', null, 1002));
      await rec.call('leave', () => client.leave());
      await joining;
    },
  },
  {
    name: 'join offline with the default retry configuration, then leave',
    profiles: SHARED,
    timeoutMs: 30000,
    cleanup,
    async run(rec) {
      const client = AgoraRTC.createClient({ mode: 'live', codec: 'vp8' });
      current = { client, off: watch(client, rec, 'join') };
      let settled = false;
      const joining = rec
        .call('join', () => client.join(APP_ID, 'test-channel', null, 1003))
        .then(() => (settled = true));
      await new Promise((r) => setTimeout(r, 10000));
      rec.log(`join ${settled ? 'settled' : 'still pending'} after 10 s`);
      await rec.call('leave', () => client.leave());
      await joining;
    },
  },
];
