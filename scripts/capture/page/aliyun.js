/** Alibaba Cloud RTC (aliyun-rtc-sdk) scenarios. The ES build is bundled by run.mjs into .tmp/capture/. */

/* global performance, setTimeout, btoa */

let sdk;
let Engine;

export async function load() {
  sdk = await import('/.tmp/capture/aliyun-rtc-sdk.js');
  Engine = sdk.default;
  Engine.setLogLevel?.(5);
}

export function version() {
  return Engine.getSdkVersion?.() ?? 'unknown';
}

/** Engine events that can carry errors or connection changes; the others are only logged by name. */
const WATCHED = new Set([
  'connectionStatusChange',
  'localDeviceException',
  'occurError',
  'onOccurError',
  'bye',
  'authInfoWillExpire',
  'authInfoExpired',
  'remoteAudioAutoPlayFail',
  'remoteVideoAutoPlayFail',
  'remoteAudioPlayError',
  'remoteVideoPlayError',
  'sdkAdvisory',
]);

let engine;
function makeEngine(rec, operation) {
  engine = Engine.getInstance({ webTrack: false, maxSignalingReconnectDuration: 3000 });
  const emit = engine.emit;
  // Every event the engine emits to its listeners goes through EventEmitter3's emit.
  const unrecorded = new Set();
  engine.emit = function (name, ...args) {
    if (WATCHED.has(name)) rec.event(operation, String(name), args);
    else if (!unrecorded.has(name)) {
      unrecorded.add(name);
      rec.log(`event ${String(name)} (not recorded)`);
    }
    return emit.call(this, name, ...args);
  };
  return engine;
}

const cleanup = async () => {
  const e = engine;
  engine = undefined;
  if (!e) return;
  await Promise.race([e.leaveChannel().catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
  await Promise.race([e.destroy().catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
};

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

function authInfo(over = {}) {
  return {
    channelId: 'test-channel',
    userId: 'user1',
    appId: 'bogus-app-id',
    nonce: 'AK-0123456789',
    timestamp: Math.floor(Date.now() / 1000) + 3600,
    token: 'a'.repeat(64),
    ...over,
  };
}

export const scenarios = [
  {
    name: 'joinChannel with empty auth info',
    profiles: SHARED,
    cleanup,
    timeoutMs: 20000,
    run: (rec) =>
      rec.call('joinChannel', () =>
        makeEngine(rec, 'joinChannel').joinChannel(
          { channelId: '', userId: '', appId: '', timestamp: 0, token: '' },
          'user',
        ),
      ),
  },
  {
    name: 'joinChannel with a malformed token string',
    profiles: SHARED,
    cleanup,
    timeoutMs: 20000,
    run: (rec) =>
      rec.call('joinChannel', () => makeEngine(rec, 'joinChannel').joinChannel('this-is-not-a-token', 'user')),
  },
  {
    name: 'joinChannel with a base64 token that is not JSON',
    profiles: SHARED,
    cleanup,
    timeoutMs: 20000,
    run: (rec) => rec.call('joinChannel', () => makeEngine(rec, 'joinChannel').joinChannel(btoa('garbage'), 'user')),
  },
  {
    name: 'joinChannel offline',
    profiles: SHARED,
    cleanup,
    timeoutMs: 45000,
    async run(rec) {
      const t0 = performance.now();
      await rec.call('joinChannel', () => makeEngine(rec, 'joinChannel').joinChannel(authInfo(), 'user'));
      rec.log(`joinChannel settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
  {
    name: 'startAudioCapture',
    profiles: DEVICES,
    cleanup,
    run: (rec) => rec.call('startAudioCapture', () => makeEngine(rec, 'startAudioCapture').startAudioCapture()),
  },
  {
    name: 'startPreview',
    profiles: DEVICES,
    cleanup,
    run: (rec) => rec.call('startPreview', () => makeEngine(rec, 'startPreview').startPreview()),
  },
  {
    name: 'startPublishLiveStream before join',
    profiles: SHARED,
    cleanup,
    run: (rec) =>
      rec.call('startPublishLiveStream', () =>
        makeEngine(rec, 'startPublishLiveStream').startPublishLiveStream(
          'rtmp://127.0.0.1/live/test',
          new sdk.AliRtcLiveTranscodingParam(),
        ),
      ),
  },
];
