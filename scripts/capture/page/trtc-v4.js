/** Tencent TRTC Web SDK 4.x (trtc-js-sdk) scenarios, from its UMD build (`window.TRTC`). */

/* global window */

let TRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/trtc-js-sdk/trtc.js');
  TRTC = window.TRTC;
}

export function version() {
  return TRTC.VERSION ?? 'unknown';
}

const WATCHED = ['error', 'client-banned', 'connection-state-changed'];
const config = () => ({ mode: 'rtc', sdkAppId: 1400000000, userId: 'user1', userSig: 'not-a-real-user-sig' });
let leftovers = [];
function makeClient(rec, operation) {
  const client = TRTC.createClient(config());
  for (const name of WATCHED) client.on(name, (...args) => rec.event(operation, name, args));
  leftovers.push(client);
  return client;
}

async function cleanup() {
  for (const item of leftovers.splice(0)) {
    await Promise.resolve(item.leave?.()).catch(() => {});
    try {
      item.close?.();
    } catch {
      // closed
    }
  }
}

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

export const scenarios = [
  {
    name: 'createClient({})',
    profiles: SHARED,
    run: (rec) => rec.call('createClient', () => TRTC.createClient({})),
  },
  {
    name: 'publish before join',
    profiles: SHARED,
    cleanup,
    run: (rec) =>
      rec.call('publish', () => makeClient(rec, 'publish').publish(TRTC.createStream({ audio: true, video: false }))),
  },
  {
    name: 'switchRole in rtc mode',
    profiles: SHARED,
    cleanup,
    run: (rec) => rec.call('switchRole', () => makeClient(rec, 'switchRole').switchRole('anchor')),
  },
  {
    name: "join({ roomId: 'abc' })",
    profiles: SHARED,
    cleanup,
    run: (rec) => rec.call('join', () => makeClient(rec, 'join').join({ roomId: 'abc' })),
  },
  {
    name: 'LocalStream.initialize()',
    profiles: DEVICES,
    cleanup,
    run(rec) {
      const stream = TRTC.createStream({ audio: true, video: true, userId: 'user1' });
      leftovers.push(stream);
      stream.on('error', (...args) => rec.event('initialize', 'error', args));
      return rec.call('initialize', () => stream.initialize());
    },
  },
  {
    name: 'join offline',
    profiles: SHARED,
    cleanup,
    timeoutMs: 30000,
    run: (rec) => rec.call('join', () => makeClient(rec, 'join').join({ roomId: 1234 })),
  },
];
