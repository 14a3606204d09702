/**
 * Tencent Cloud TRTC Web SDK 5.x (`trtc-sdk-v5`), from its UMD build (`window.TRTC`). Each
 * scenario uses a fresh client (`TRTC.create()`), exited and destroyed afterwards.
 */

/* global window */
import { trtcAdapter, trtcZh } from 'rtc-errors/trtc';

export const adapter = trtcAdapter;
export const zhPack = trtcZh;

/** Our retry policy for enterRoom: 2 attempts, short delays. */
export const wrapOptions = {
  retry: { enterRoom: { maxAttempts: 2, budgetMs: 30_000, backoff: { initialDelayMs: 150, maxDelayMs: 300 } } },
};

let TRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/trtc-sdk-v5/trtc.js');
  TRTC = window.TRTC;
  TRTC.setLogLevel(1);
  return TRTC.VERSION ?? '5';
}

/** Listeners of a client or of the TRTC object (eventemitter3 inside the SDK). */
export function countListeners(target) {
  if (typeof target.eventNames === 'function') {
    return target.eventNames().reduce((n, name) => n + target.listenerCount(name), 0);
  }
  const emitter = target._eventEmitter ?? target.eventEmitter ?? target._emitter;
  if (emitter && typeof emitter.eventNames === 'function') {
    return emitter.eventNames().reduce((n, name) => n + emitter.listenerCount(name), 0);
  }
  return 0;
}

let clients = [];
function makeClient() {
  const trtc = TRTC.create();
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

/** Parameters of the right shape that no server will accept (and none is reachable). */
export function enterParams(extra = {}) {
  return { sdkAppId: 1400000000, userId: 'user1', userSig: 'not-a-real-user-sig', roomId: 1234, ...extra };
}

function deviceScenario(id, label, method) {
  return {
    id,
    label,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call(method, () => rtc.client[method]());
    },
  };
}

export const scenarios = [
  {
    id: 'enter-missing-params',
    label: 'enterRoom({}): required parameter missing',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('enterRoom', () => rtc.client.enterRoom({}));
    },
  },
  {
    id: 'enter-string-room-id',
    label: "enterRoom({ roomId: '1234' }): a string room id",
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('enterRoom', () => rtc.client.enterRoom(enterParams({ roomId: '1234' })));
    },
  },
  {
    id: 'switch-role-before-enter',
    label: 'switchRole before enterRoom',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('switchRole', () => rtc.client.switchRole('anchor'));
    },
  },
  {
    id: 'remote-video-missing-view',
    label: 'startRemoteVideo into an element that does not exist',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('startRemoteVideo', () =>
        rtc.client.startRemoteVideo({ userId: 'someone', streamType: 'main', view: 'no-such-element' }),
      );
    },
  },
  {
    id: 'sei-not-enabled',
    label: 'sendSEIMessage without enableSEI',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('sendSEIMessage', () => rtc.client.sendSEIMessage(new ArrayBuffer(8)));
    },
  },
  deviceScenario('microphone', 'startLocalAudio', 'startLocalAudio'),
  deviceScenario('camera', 'startLocalVideo', 'startLocalVideo'),
  {
    id: 'microphone-twice',
    label: 'startLocalAudio again while it is on (5998 OPERATION_ABORT)',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('startLocalAudio', () => rtc.client.startLocalAudio());
      await ctx.call('startLocalAudio', () => rtc.client.startLocalAudio());
    },
  },
  {
    id: 'enter-offline',
    label: 'enterRoom offline (retried, then gives up)',
    cleanup,
    async run(ctx) {
      const rtc = ctx.wrap(makeClient());
      await ctx.call('enterRoom', () => rtc.client.enterRoom(enterParams()));
    },
  },
  {
    id: 'enter-usersig-expired',
    label: 'enterRoom with an expired userSig (the test answers the schedule request with 70001)',
    cleanup,
    async run(ctx) {
      const renewed = [];
      const rtc = ctx.wrap(makeClient(), {
        renewToken: async (request) => {
          renewed.push({ reason: request.reason, code: request.error.code, operation: request.operation });
          return 'renewed-user-sig';
        },
      });
      await ctx.call('enterRoom', () => rtc.client.enterRoom(enterParams({ userSig: 'expired-user-sig' })));
      ctx.note('renewed', renewed);
    },
  },
];
