/**
 * Tencent Cloud TRTC Web SDK 5.x: the fake `TRTC` client of `rtc-errors/testing`
 * (fixtures/fakes/trtc.ts), fed with the fixtures' raw values (captured from trtc-sdk-v5 5.17.1 in
 * Chromium, and read off its bundle).
 * @module
 */
import { trtcAdapter, trtcZh } from '../../adapters/trtc/index.js';
import { FakeTrtcClient } from '../../fixtures/fakes/trtc.js';
import { unifiedZh, wrapClient, type RtcError } from '../../src/index.js';
import { eventArgs, raw } from './fixtures.js';
import { after, type Session } from './session.js';
import { describeEvent, describeRaw } from './timeline.js';

const VENDOR = 'trtc';

/** `enterRoom` offline, then with an expired userSig, then accepted; the microphone denied; reconnecting; kicked out. */
export async function trtcSession(session: Session): Promise<void> {
  const { clock, timeline: tl, random } = session;
  tl.section('trtc · Tencent Cloud TRTC 5.x: RtcError code + extraCode, userSig renewal, kicked-out');

  const trtc = new FakeTrtcClient();
  const reject = (name: string) => async (): Promise<never> => {
    await after(clock, 300);
    const failure = raw(VENDOR, name);
    tl.sdk(`rejects ${describeRaw(failure, VENDOR)}`);
    throw failure;
  };
  const fire = (name: string): void => {
    const { event, args } = eventArgs(VENDOR, name);
    tl.sdk(`emits ${describeEvent(event, args, VENDOR)}`);
    trtc.emit(event, ...args);
  };

  const rtc = wrapClient(trtc, trtcAdapter, {
    clock,
    random,
    renewToken: () => {
      tl.app('renewToken callback: a new userSig from the app server');
      return 'user-sig-2';
    },
  });
  tl.follow(rtc, [trtcZh, unifiedZh]);

  tl.step('enter', 'enterRoom: offline first (5500, inner 0x404c), then the userSig has expired (5400 / 70001)');
  trtc.queue(
    'enterRoom',
    reject('enterRoom offline [fake-devices] rejection (enterRoom)'),
    reject('5400 with 70001 (userSig expired)'),
    async (params) => {
      await after(clock, 300);
      tl.sdk(`enterRoom(${JSON.stringify(params)}) resolves`);
    },
  );
  await clock.until(rtc.client.enterRoom({ sdkAppId: 1400000000, userId: 'alice', userSig: 'user-sig-1', roomId: 8 }));
  tl.ok('enterRoom resolved');

  tl.step('microphone', 'startLocalAudio: the permission is denied (5300 / 5302)');
  trtc.queue('startLocalAudio', reject('startLocalAudio [permission-denied] rejection (startLocalAudio)'));
  const mic = await clock.until(
    rtc.client.startLocalAudio().then(
      () => undefined,
      (e: unknown) => e as RtcError,
    ),
  );
  if (mic) tl.app(`startLocalAudio rejected with RtcError ${mic.code}`);

  await clock.advance(5_000);
  tl.step('network', 'connection-state-changed: reconnecting, then connected again');
  fire('connection-state-changed: reconnecting (CONNECTING, isReconnecting)');
  await clock.advance(3_000);
  fire('connection-state-changed: connected again');
  await clock.advance(10_000);

  tl.step('kick', 'kicked-out: removed by the administrator (banned)');
  fire('kicked-out: banned (RemoveUser)');
  rtc.dispose();
}
