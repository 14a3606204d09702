/**
 * Agora's native SDKs (`IRtcEngine` as React Native, Electron and Flutter expose it): a fake engine
 * whose methods return negative numbers on failure and whose events go to a registered handler
 * object, fed with the fixtures' raw values.
 * @module
 */
import { agoraNativeAdapter, agoraNativeZh } from '../../adapters/agora-native/index.js';
import { unifiedZh, wrapClient } from '../../src/index.js';
import { eventArgs, raw } from './fixtures.js';
import { FakeNativeEngine } from '../../fixtures/fakes/index.js';
import type { Session } from './session.js';
import { describeEvent } from './timeline.js';

const VENDOR = 'agora-native';

/** The shared fake `IRtcEngine` (rtc-errors/testing), playing the story: fixture return values, a timeline. */
class FakeRtcEngine extends FakeNativeEngine {
  /** What each joinChannel call returns, in order (then 0). */
  readonly joinScript: number[] = [];
  #joined = false;

  constructor(private readonly session: Session) {
    super();
  }

  initialize(_context: { appId: string }): number {
    return 0;
  }

  override joinChannel(token: string, channelId: string, _uid: number, _options: object): number {
    const scripted = this.joinScript.shift();
    const ret =
      scripted ?? (this.#joined ? (raw(VENDOR, 'joinChannel returns -17 (already in the channel)') as number) : 0);
    if (ret === 0) this.#joined = true;
    this.session.timeline.sdk(`joinChannel('${token}', '${channelId}') returns ${ret}`);
    return ret;
  }

  override renewToken(token: string): number {
    this.session.timeline.sdk(`renewToken('${token}') returns 0`);
    return 0;
  }

  override leaveChannel(): number {
    this.#joined = false;
    return 0;
  }

  /** Calls every registered handler's callback with the arguments of a fixture case. */
  fireCase(name: string): void {
    const { event, args } = eventArgs(VENDOR, name);
    this.session.timeline.sdk(`calls ${describeEvent(event, args, VENDOR)}`);
    for (const handler of [...this.handlers]) handler[event]?.(...args);
  }
}

/** Negative return values and handler callbacks; the promise forms retry. */
export async function agoraNativeSession(session: Session): Promise<void> {
  const { clock, timeline: tl, random } = session;
  tl.section('agora-native · Agora native SDKs: negative return codes and IRtcEngineEventHandler callbacks');

  const engine = new FakeRtcEngine(session);
  engine.initialize({ appId: 'demo-app-id' });
  const rtc = wrapClient(engine, agoraNativeAdapter, {
    clock,
    random,
    renewToken: () => {
      tl.app('renewToken callback: a new token from the app server');
      return 'native-token-2';
    },
  });
  tl.follow(rtc, [agoraNativeZh, unifiedZh]);

  tl.step('join', 'rtc.promise.joinChannel: the first call returns -10 (timed out), the retry returns 0');
  engine.joinScript.push(raw(VENDOR, 'method returns -10 (timed out) is recoverable') as number);
  const value = await clock.until(rtc.promise.joinChannel('native-token-1', 'room-42', 0, {}));
  tl.ok(`joinChannel resolved with ${String(value)}`);
  tl.app('calls engine.joinChannel once more by mistake: the value comes back unchanged, the error is emitted');
  engine.joinChannel('native-token-1', 'room-42', 0, {});

  await clock.advance(20_000);
  tl.step('token', 'onTokenPrivilegeWillExpire: the token is renewed');
  engine.fireCase('token will expire in 30 seconds (the token is not copied)');
  await clock.advance(1_000);

  tl.step('network', 'onError 111: the connection is interrupted; the SDK rejoins by itself');
  engine.fireCase('onError 111 (connection interrupted) is recoverable');
  await clock.advance(6_000);
  engine.fireCase('rejoin channel success clears the network condition');
  await clock.advance(10_000);

  tl.step('ban', 'onConnectionBanned: the session ends');
  engine.fireCase('connection banned');
  rtc.dispose();
}
