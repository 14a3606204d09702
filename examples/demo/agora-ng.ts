/**
 * The main story, on Agora Web SDK 4.x ("NG"): a fake `IAgoraRTCClient` and `AgoraRTC` object whose
 * rejections and events are the fixtures' raw values.
 * @module
 */
import { agoraNgAdapter, agoraNgZh } from '../../adapters/agora-ng/index.js';
import { unifiedZh, wrapClient, type RtcError } from '../../src/index.js';
import { eventArgs, raw } from './fixtures.js';
import { AgoraLikeEmitter, FakeNgClient } from '../../fixtures/fakes/index.js';
import { after, type Session } from './session.js';
import { describeEvent, describeRaw } from './timeline.js';

const VENDOR = 'agora-ng';

/** The shared fake `IAgoraRTCClient` (rtc-errors/testing), playing the story: delays, fixture rejections, a timeline. */
class FakeAgoraRTCClient extends FakeNgClient {
  /** What each join call does, in order: a raw rejection, or `undefined` to succeed. */
  readonly joinScript: unknown[] = [];

  constructor(private readonly session: Session) {
    super();
  }

  override async join(
    _appid: string,
    channel: string,
    token: string | null,
    uid?: number | string | null,
  ): Promise<number> {
    this.connectionState = 'CONNECTING';
    await after(this.session.clock, 180); // the access point and the gateway answer
    const failure = this.joinScript.shift();
    if (failure !== undefined) {
      this.connectionState = 'DISCONNECTED';
      this.session.timeline.sdk(`join('${channel}', token '${token}') rejects ${describeRaw(failure, VENDOR)}`);
      throw failure;
    }
    this.connectionState = 'CONNECTED';
    return typeof uid === 'number' ? uid : 1001;
  }

  override async renewToken(token: string): Promise<void> {
    await after(this.session.clock, 40);
    this.session.timeline.sdk(`renewToken('${token}') resolves`);
  }

  override async leave(): Promise<void> {
    this.connectionState = 'DISCONNECTED';
  }

  /** Makes the SDK emit an event with the arguments of a fixture case. */
  fireCase(name: string, quiet = false): void {
    const { event, args } = eventArgs(VENDOR, name);
    if (!quiet) this.session.timeline.sdk(`emits ${describeEvent(event, args, VENDOR)}`);
    this.emit(event, ...args);
  }
}

/** Shaped like the `AgoraRTC` object: track factories returning promises, events through `on`/`off`. */
class FakeAgoraRTC extends AgoraLikeEmitter {
  constructor(private readonly session: Session) {
    super();
  }

  createClient(_config: { mode: 'rtc' | 'live'; codec: 'vp8' | 'vp9' | 'h264' | 'av1' }): FakeAgoraRTCClient {
    return new FakeAgoraRTCClient(this.session);
  }

  async createMicrophoneAudioTrack(_config?: { encoderConfig?: string }): Promise<never> {
    await after(this.session.clock, 30);
    const failure = raw(VENDOR, 'microphone blocked by the OS (macOS)');
    this.session.timeline.sdk(`createMicrophoneAudioTrack() rejects ${describeRaw(failure, VENDOR)}`);
    throw failure;
  }
}

/** The whole story on one client: join with retries, token renewal, permissions, warnings, network, ban. */
export async function agoraNgSession(session: Session): Promise<void> {
  const { clock, timeline: tl, random } = session;
  tl.section('agora-ng · Agora Web SDK 4.x: rejected promises and client events');

  const AgoraRTC = new FakeAgoraRTC(session);
  const client = AgoraRTC.createClient({ mode: 'rtc', codec: 'vp8' });
  const rtc = wrapClient(client, agoraNgAdapter, {
    clock,
    random,
    renewToken: async ({ reason }) => {
      tl.app(`renewToken callback (reason '${reason}'): fetching a new token from the app server`);
      await after(clock, 120);
      return 'token-2';
    },
  });
  rtc.attach(AgoraRTC, 'global');
  tl.follow(rtc, [agoraNgZh, unifiedZh]);

  tl.step('join', '1. join: the network fails twice, then the join goes through (retry defaults: 5 attempts in 30 s)');
  client.joinScript.push(
    raw(VENDOR, 'axios network error'),
    raw(VENDOR, 'access point returned no gateway address (retry: true)'),
  );
  const uid = await clock.until(rtc.client.join('demo-app-id', 'room-42', 'token-1', 7));
  tl.ok(`join resolved: uid ${uid}`);

  await clock.advance(60_000);
  tl.step('token', '2. the token is about to expire and is renewed (wrapClient option renewToken)');
  client.fireCase('token will expire in 30 s');
  await clock.advance(1_000);

  tl.step('microphone', '3. the microphone is denied');
  const mic = await clock.until(
    AgoraRTC.createMicrophoneAudioTrack().then(
      () => undefined,
      (e: unknown) => e as RtcError,
    ),
  );
  if (mic) tl.app(`createMicrophoneAudioTrack rejected with RtcError ${mic.code}; the app goes on without audio`);

  await clock.advance(2_000);
  tl.step('warnings', '4. a storm of identical audio warnings (coalesced: the first at once, the rest as one count)');
  const storm = eventArgs(VENDOR, 'exception 2001: microphone silent');
  tl.sdk(`emits ${describeEvent(storm.event, storm.args, VENDOR)} 12 times, every 150 ms`);
  for (let i = 0; i < 12; i += 1) {
    client.fireCase('exception 2001: microphone silent', true);
    await clock.advance(150);
  }
  await clock.advance(5_000);

  tl.step('network', '5. the network degrades, drops for a moment, and recovers');
  client.fireCase('remote stream falls back');
  await clock.advance(3_000);
  client.fireCase('reconnecting');
  await clock.advance(4_000);
  client.fireCase('reconnected');
  await clock.advance(2_000);
  client.fireCase('remote stream recovers');
  await clock.advance(10_000);

  tl.step('ban', '6. the user is banned from the channel: the session ends');
  client.fireCase('disconnected: uid banned');
  await clock.advance(100);
  tl.app('shows the action to the user and disposes the wrapped client');
  rtc.dispose();
}
