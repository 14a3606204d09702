/**
 * Alibaba Cloud RTC for the web: a fake `AliRtcEngine` (eventemitter3, promise methods, errors whose
 * `code` is a prototype getter holding Alibaba's hex codes), fed with the fixtures' raw values.
 * @module
 */
import { aliyunAdapter, aliyunZh } from '../../adapters/aliyun/index.js';
import { unifiedZh, wrapClient, type RtcError } from '../../src/index.js';
import { eventArgs, raw } from './fixtures.js';
import { FakeAliEngine } from '../../fixtures/fakes/index.js';
import { after, type Session } from './session.js';
import { describeEvent, describeRaw } from './timeline.js';

const VENDOR = 'aliyun';

interface AliRtcAuthInfo {
  channelId: string;
  userId: string;
  appId: string;
  token: string;
  timestamp: number;
}

/** The shared fake `AliRtcEngine` (rtc-errors/testing), playing the story: delays, fixture rejections, a timeline. */
class FakeAliRtcEngine extends FakeAliEngine {
  /** What each joinChannel call does, in order: a raw rejection, or `undefined` to succeed. */
  readonly joinScript: unknown[] = [];

  constructor(private readonly session: Session) {
    super();
  }

  override async joinChannel(authInfo: AliRtcAuthInfo, userName?: string): Promise<void> {
    await after(this.session.clock, 300);
    const failure = this.joinScript.shift();
    if (failure !== undefined) {
      this.session.timeline.sdk(
        `joinChannel({channelId: '${authInfo.channelId}'}, '${userName ?? ''}') rejects ${describeRaw(failure, VENDOR)}`,
      );
      throw failure;
    }
  }

  async startAudioCapture(): Promise<void> {
    await after(this.session.clock, 40);
    const failure = raw(VENDOR, 'auto-open microphone denied (SDK always reports ERR_MIC_OPEN_FAIL)');
    this.session.timeline.sdk(`startAudioCapture() rejects ${describeRaw(failure, VENDOR)}`);
    throw failure;
  }

  override async refreshAuthInfo(authInfo: AliRtcAuthInfo): Promise<void> {
    await after(this.session.clock, 50);
    this.session.timeline.sdk(
      `refreshAuthInfo({token: '${authInfo.token}', timestamp: ${authInfo.timestamp}}) resolves`,
    );
  }

  override async leaveChannel(): Promise<void> {}

  /** Emits an event with the arguments of a fixture case. */
  fireCase(name: string): void {
    const { event, args } = eventArgs(VENDOR, name);
    this.session.timeline.sdk(`emits ${describeEvent(event, args, VENDOR)}`);
    this.emit(event, ...args);
  }
}

/** Hex codes on rejections, auth-info renewal, network quality, and `bye`. */
export async function aliyunSession(session: Session): Promise<void> {
  const { clock, timeline: tl, random } = session;
  tl.section('aliyun · Alibaba Cloud RTC: hex error codes on rejections, engine events, bye');

  const engine = new FakeAliRtcEngine(session);
  const authInfo = (token: string): AliRtcAuthInfo => ({
    channelId: 'room-42',
    userId: 'u-7',
    appId: 'demo-app-id',
    token,
    timestamp: 1_900_000_000,
  });
  const rtc = wrapClient(engine, aliyunAdapter, {
    clock,
    random,
    renewToken: () => {
      tl.app('renewToken callback: new auth info from the app server');
      return { ...authInfo('ali-token-2') };
    },
  });
  tl.follow(rtc, [aliyunZh, unifiedZh]);

  tl.step('join', 'joinChannel: ICE fails once (0x01050201), the retry goes through');
  engine.joinScript.push(
    raw(VENDOR, 'error class recognized whatever its constructor name (AliRtcError in the UMD build)'),
  );
  await clock.until(rtc.client.joinChannel(authInfo('ali-token-1'), 'Alice'));
  tl.ok('joinChannel resolved');

  await clock.advance(15_000);
  tl.step('token', 'authInfoWillExpire: the auth info is refreshed');
  engine.fireCase('auth info will expire in 30 s');
  await clock.advance(1_000);

  tl.step('microphone', 'startAudioCapture: the microphone is denied (0x01040404)');
  const mic = await clock.until(
    rtc.client.startAudioCapture().then(
      () => undefined,
      (e: unknown) => e as RtcError,
    ),
  );
  if (mic) tl.app(`startAudioCapture rejected with RtcError ${mic.code}`);

  await clock.advance(2_000);
  tl.step('network', 'networkQuality drops to very bad, then good again');
  engine.fireCase('networkQuality very bad');
  await clock.advance(5_000);
  engine.fireCase('networkQuality good again');
  await clock.advance(10_000);

  tl.step('ban', 'bye: the user is kicked out and the session ends');
  engine.fireCase('bye: kicked out');
  rtc.dispose();
}
