/**
 * Tencent Cloud TRTC Web SDK 5.x (`trtc-sdk-v5`) scenarios, from its UMD build (`window.TRTC`).
 * Each scenario uses a fresh client (`TRTC.create()`), exited and destroyed afterwards.
 * How pages run them: README.md beside this file.
 */

/* global window, performance */

let TRTC;

export async function load({ loadScript }) {
  await loadScript('/node_modules/trtc-sdk-v5/trtc.js');
  TRTC = window.TRTC;
  TRTC.setLogLevel(1);
  return version();
}

export function version() {
  return TRTC.VERSION ?? 'unknown';
}

let clients = [];
/** A fresh client for `operation`, exited and destroyed at cleanup. */
function newClient(ctx, operation, wrapOptions) {
  const trtc = TRTC.create();
  clients.push(trtc);
  return ctx.client(trtc, operation, wrapOptions);
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
const enterParams = (extra = {}) => ({
  sdkAppId: 1400000000,
  userId: 'user1',
  userSig: 'not-a-real-user-sig',
  roomId: 1234,
  ...extra,
});

const SHARED = ['fake-devices'];
const DEVICES = ['fake-devices', 'no-devices', 'permission-denied'];

/** One call of a fresh client. */
function oneCall(method, args, more) {
  return {
    profiles: SHARED,
    cleanup,
    run: (ctx) => ctx.call(method, () => newClient(ctx, method)[method](...args)),
    ...more,
  };
}

function deviceScenario(id, method) {
  return oneCall(method, [], {
    id,
    label: method,
    name: method,
    profiles: DEVICES,
    hint: 'Start Chromium with --deny-permission-prompts, or without any camera/microphone, to see it fail',
  });
}

export const scenarios = [
  oneCall('enterRoom', [{}], {
    id: 'enter-missing-params',
    label: 'enterRoom({}): required parameter missing',
    name: 'enterRoom({})',
  }),
  oneCall('enterRoom', [enterParams({ roomId: undefined, strRoomId: '' })], { name: 'enterRoom without a room id' }),
  oneCall('enterRoom', [enterParams({ roomId: '1234' })], {
    id: 'enter-string-room-id',
    label: "enterRoom({ roomId: '1234' }): a string room id",
    name: "enterRoom with roomId '1234'",
  }),
  oneCall('switchRole', ['anchor'], {
    id: 'switch-role-before-enter',
    label: 'switchRole before enterRoom',
    name: 'switchRole before enterRoom',
  }),
  oneCall('startRemoteVideo', [{ userId: 'someone', streamType: 'main', view: 'nope' }], {
    id: 'remote-video-missing-view',
    label: 'startRemoteVideo into an element that does not exist',
    name: 'startRemoteVideo into a missing element',
  }),
  oneCall('sendSEIMessage', [new ArrayBuffer(8)], {
    id: 'sei-not-enabled',
    label: 'sendSEIMessage without enableSEI',
    name: 'sendSEIMessage without enableSEI',
  }),
  {
    id: 'microphone-twice',
    label: 'startLocalAudio again while it is on (5998 OPERATION_ABORT)',
    name: 'startLocalAudio while it is on',
    profiles: SHARED,
    cleanup,
    async run(ctx) {
      const trtc = newClient(ctx, 'startLocalAudio');
      await ctx.call('startLocalAudio', () => trtc.startLocalAudio());
      await ctx.call('startLocalAudio', () => trtc.startLocalAudio());
    },
  },
  deviceScenario('microphone', 'startLocalAudio'),
  deviceScenario('camera', 'startLocalVideo'),
  {
    id: 'enter-offline',
    label: 'enterRoom offline (retried, then gives up)',
    name: 'enterRoom offline',
    profiles: SHARED,
    cleanup,
    timeoutMs: 30000,
    async run(ctx) {
      const t0 = performance.now();
      await ctx.call('enterRoom', () => newClient(ctx, 'enterRoom').enterRoom(enterParams()));
      ctx.log(`enterRoom settled after ${Math.round(performance.now() - t0)} ms`);
    },
  },
  {
    id: 'enter-usersig-expired',
    label: 'enterRoom with an expired userSig (the test answers the schedule request with 70001)',
    cleanup,
    async run(ctx) {
      const renewed = [];
      const trtc = newClient(ctx, 'enterRoom', {
        renewToken: async (request) => {
          renewed.push({ reason: request.reason, code: request.error.code, operation: request.operation });
          return 'renewed-user-sig';
        },
      });
      await ctx.call('enterRoom', () => trtc.enterRoom(enterParams({ userSig: 'expired-user-sig' })));
      ctx.note('renewed', renewed);
    },
  },
];
