/** Tencent TRTC Web SDK 5.x (trtc-sdk-v5) scenarios, from its UMD build (`window.TRTC`). */

/* global window, performance */

let TRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/trtc-sdk-v5/trtc.js');
  TRTC = window.TRTC;
  TRTC.setLogLevel(1);
}

export function version() {
  return TRTC.VERSION ?? 'unknown';
}

/** Client events that can carry errors or connection changes. */
const WATCHED = ['error', 'autoplay-failed', 'kicked-out', 'connection-state-changed', 'publish-state-changed'];

let clients = [];
function makeClient(rec, operation) {
  const trtc = TRTC.create();
  for (const name of WATCHED) trtc.on(name, (...args) => rec.event(operation, name, args));
  clients.push(trtc);
  return trtc;
}

async function cleanup() {
  for (const trtc of clients.splice(0)) {
    await trtc.exitRoom().catch(() => {});
    try {
      trtc.destroy();
    } catch {
      // already destroyed
    }
  }
}

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];
const params = (over = {}) => ({
  sdkAppId: 1400000000,
  userId: 'user1',
  userSig: 'not-a-real-user-sig',
  roomId: 1234,
  ...over,
});

export const scenarios = [
  {
    name: 'enterRoom({})',
    profiles: SHARED,
    cleanup,
    run: (rec) => rec.call('enterRoom', () => makeClient(rec, 'enterRoom').enterRoom({})),
  },
  {
    name: 'enterRoom without a room id',
    profiles: SHARED,
    cleanup,
    run: (rec) =>
      rec.call('enterRoom', () => makeClient(rec, 'enterRoom').enterRoom(params({ roomId: undefined, strRoomId: '' }))),
  },
  {
    name: "enterRoom with roomId '1234'",
    profiles: SHARED,
    cleanup,
    run: (rec) => rec.call('enterRoom', () => makeClient(rec, 'enterRoom').enterRoom(params({ roomId: '1234' }))),
  },
  {
    name: 'switchRole before enterRoom',
    profiles: SHARED,
    cleanup,
    run: (rec) => rec.call('switchRole', () => makeClient(rec, 'switchRole').switchRole('anchor')),
  },
  {
    name: 'startRemoteVideo into a missing element',
    profiles: SHARED,
    cleanup,
    run: (rec) =>
      rec.call('startRemoteVideo', () =>
        makeClient(rec, 'startRemoteVideo').startRemoteVideo({ userId: 'someone', streamType: 'main', view: 'nope' }),
      ),
  },
  {
    name: 'sendSEIMessage without enableSEI',
    profiles: SHARED,
    cleanup,
    run: (rec) =>
      rec.call('sendSEIMessage', () => makeClient(rec, 'sendSEIMessage').sendSEIMessage(new ArrayBuffer(8))),
  },
  {
    name: 'startLocalAudio while it is on',
    profiles: SHARED,
    cleanup,
    async run(rec) {
      const trtc = makeClient(rec, 'startLocalAudio');
      await rec.call('startLocalAudio', () => trtc.startLocalAudio());
      await rec.call('startLocalAudio', () => trtc.startLocalAudio());
    },
  },
  {
    name: 'startLocalAudio',
    profiles: DEVICES,
    cleanup,
    run: (rec) => rec.call('startLocalAudio', () => makeClient(rec, 'startLocalAudio').startLocalAudio()),
  },
  {
    name: 'startLocalVideo',
    profiles: DEVICES,
    cleanup,
    run: (rec) => rec.call('startLocalVideo', () => makeClient(rec, 'startLocalVideo').startLocalVideo()),
  },
  {
    name: 'enterRoom offline',
    profiles: SHARED,
    cleanup,
    timeoutMs: 30000,
    async run(rec) {
      const t0 = performance.now();
      await rec.call('enterRoom', () => makeClient(rec, 'enterRoom').enterRoom(params()));
      rec.log(`enterRoom settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
];
