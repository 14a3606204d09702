/**
 * Tencent Cloud TRTC Web SDK 4.x (`trtc-js-sdk`) scenarios, from its UMD build (`window.TRTC`).
 * Each scenario uses a fresh client (`TRTC.createClient()`); streams are attached to it.
 * How pages run them: README.md beside this file.
 */

/* global window */

let TRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/trtc-js-sdk/trtc.js');
  TRTC = window.TRTC;
  return version();
}

export function version() {
  return TRTC.VERSION ?? 'unknown';
}

const clientConfig = () => ({ mode: 'rtc', sdkAppId: 1400000000, userId: 'user1', userSig: 'not-a-real-user-sig' });

let leftovers = [];
/** A fresh client for `operation`, left and closed at cleanup. */
function newClient(ctx, operation) {
  const client = TRTC.createClient(clientConfig());
  leftovers.push(client);
  return ctx.client(client, operation);
}

async function cleanup() {
  for (const item of leftovers.splice(0)) {
    await Promise.resolve()
      .then(() => item.leave?.())
      .catch(() => {});
    try {
      item.close?.();
    } catch {
      // already closed
    }
  }
}

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

export const scenarios = [
  {
    name: 'createClient({})',
    profiles: SHARED,
    run: (ctx) => ctx.call('createClient', () => TRTC.createClient({})),
  },
  {
    id: 'publish-before-join',
    label: 'publish before join (0x1001)',
    name: 'publish before join',
    profiles: SHARED,
    cleanup,
    run: (ctx) =>
      ctx.call('publish', () => newClient(ctx, 'publish').publish(TRTC.createStream({ audio: true, video: false }))),
  },
  {
    name: 'switchRole in rtc mode',
    profiles: SHARED,
    cleanup,
    run: (ctx) => ctx.call('switchRole', () => newClient(ctx, 'switchRole').switchRole('anchor')),
  },
  {
    id: 'join-bad-room-id',
    label: "join({ roomId: 'abc' }) (0x1000)",
    name: "join({ roomId: 'abc' })",
    profiles: SHARED,
    cleanup,
    run: (ctx) => ctx.call('join', () => newClient(ctx, 'join').join({ roomId: 'abc' })),
  },
  {
    id: 'stream-initialize',
    label: 'LocalStream.initialize() (camera and microphone)',
    name: 'LocalStream.initialize()',
    profiles: DEVICES,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    run(ctx) {
      const stream = TRTC.createStream({ audio: true, video: true, userId: 'user1' });
      leftovers.push(stream);
      // the example page attaches the stream to a client of its own; the capture makes none
      ctx.attach(stream, 'stream', 'initialize', () => {
        const client = TRTC.createClient(clientConfig());
        leftovers.push(client);
        return client;
      });
      return ctx.call('initialize', () => stream.initialize());
    },
  },
  {
    id: 'join-offline',
    label: 'join offline (retried, then gives up)',
    name: 'join offline',
    profiles: SHARED,
    cleanup,
    timeoutMs: 30000,
    run: (ctx) => ctx.call('join', () => newClient(ctx, 'join').join({ roomId: 1234 })),
  },
];
