/**
 * Agora Web SDK 3.x: a fake `Client` with the SDK's callback signatures (`onSuccess`/`onFailure`
 * trailing arguments, string error codes) and its events, fed with the fixtures' raw values.
 * @module
 */
import { agoraWebAdapter, agoraWebZh } from '../../adapters/agora-web/index.js';
import { unifiedZh, wrapClient } from '../../src/index.js';
import { eventArgs, raw } from './fixtures.js';
import { FakeWebClient } from '../../fixtures/fakes/index.js';
import type { Session } from './session.js';
import { describeEvent, describeRaw } from './timeline.js';

const VENDOR = 'agora-web';

/** Shaped like the 3.x `Client`: callback methods, `renewToken(token)` returning nothing. */
class FakeAgoraWebClient extends FakeWebClient {
  /** What each join call does, in order: a raw failure for `onFailure`, or `undefined` to succeed. */
  readonly joinScript: unknown[] = [];

  constructor(private readonly session: Session) {
    super();
  }

  override init(_appId: string, onSuccess?: () => void, _onFailure?: (err: string) => void): void {
    onSuccess?.();
  }

  /** `Client.join` as typed in the SDK's index.d.ts; like the SDK, `optionalInfo` may be left out. */
  override join(
    tokenOrKey: string | null,
    channel: string,
    uid: number | string | null,
    optionalInfo?: string,
    onSuccess?: (uid: number) => void,
    onFailure?: (err: string) => void,
  ): void {
    let success = onSuccess;
    let failure = onFailure;
    if (typeof (optionalInfo as unknown) === 'function') {
      failure = onSuccess as unknown as (err: string) => void;
      success = optionalInfo as unknown as (uid: number) => void;
    }
    const scripted = this.joinScript.shift();
    this.session.clock.setTimeout(() => {
      if (scripted !== undefined) {
        this.session.timeline.sdk(
          `join('${tokenOrKey}', '${channel}') calls onFailure(${describeRaw(scripted, VENDOR)})`,
        );
        failure?.(scripted as string);
      } else success?.(typeof uid === 'number' ? uid : 1001);
    }, 250);
  }

  override renewToken(token: string): void {
    this.session.timeline.sdk(`renewToken('${token}') returns`);
  }

  override leave(onSuccess?: () => void, _onFailure?: (err: string) => void): void {
    onSuccess?.();
  }

  /** Makes the SDK emit an event with the arguments of a fixture case. */
  fireCase(name: string): void {
    const { event, args } = eventArgs(VENDOR, name);
    this.session.timeline.sdk(`emits ${describeEvent(event, args, VENDOR)}`);
    this.emit(event, ...args);
  }
}

/** Callbacks keep working (the failure callback now receives an RtcError), retried under the policy. */
export async function agoraWebSession(session: Session): Promise<void> {
  const { clock, timeline: tl, random } = session;
  tl.section('agora-web · Agora Web SDK 3.x: onSuccess/onFailure callbacks and client events');

  const client = new FakeAgoraWebClient(session);
  const rtc = wrapClient(client, agoraWebAdapter, {
    clock,
    random,
    renewToken: () => {
      tl.app('renewToken callback: a new token from the app server');
      return 'web-token-2';
    },
  });
  tl.follow(rtc, [agoraWebZh, unifiedZh]);

  tl.step('join', 'join with callbacks: the SDK times out once, then onSuccess');
  client.joinScript.push(raw(VENDOR, 'join timeout value ERR_JOIN_CHANNEL_TIMEOUT'));
  const joined = new Promise<string>((resolve) =>
    client.join(
      'web-token-1',
      'room-42',
      9,
      undefined,
      (uid) => resolve(`onSuccess(${uid})`),
      (err) => resolve(`onFailure(${String(err)})`),
    ),
  );
  tl.ok(`join callback: ${await clock.until(joined)}`);

  await clock.advance(30_000);
  tl.step('token', 'the token is about to expire and is renewed');
  client.fireCase('token will expire');
  await clock.advance(1_000);

  tl.step('network', 'a remote stream falls back to audio only, then back to video');
  client.fireCase('stream falls back to audio only');
  await clock.advance(6_000);
  client.fireCase('stream back to video');
  await clock.advance(5_000);

  tl.step('ban', 'the server bans the user: the session ends');
  client.fireCase('client-banned with K_UID_BANNED');
  rtc.dispose();
}
