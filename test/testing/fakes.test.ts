/**
 * `rtc-errors/testing`: each vendor's fake, wrapped with the REAL adapter of that vendor, fails with
 * three codes of the vendor's catalog (by vendor code and by unified code) and the app receives the
 * RtcError the catalog says; the fakes also emit any event payload, hang, and recover.
 */
import { describe, expect, it } from 'vitest';
import { agoraNativeAdapter } from '../../adapters/agora-native/index.js';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../../adapters/agora-web/index.js';
import { aliyunAdapter } from '../../adapters/aliyun/index.js';
import { trtcAdapter } from '../../adapters/trtc/index.js';
import { isRtcError, wrapClient, type RtcError } from '../../src/index.js';
import {
  FakeAliEngine,
  FakeNativeEngine,
  FakeNgClient,
  FakeTrtcClient,
  FakeTrtcError,
  FakeWebClient,
  agoraNgFailure,
  aliyunFailure,
  trtcEventError,
  trtcFailure,
} from '../../fixtures/fakes/index.js';
import { loadFixtures } from '../../fixtures/fakes/load.js';
import { collect, flush } from '../wrap/support.js';

async function rejection(p: Promise<unknown>): Promise<RtcError> {
  const outcome = await p.then(
    (v) => ({ ok: true as const, v }),
    (e: unknown) => ({ ok: false as const, e }),
  );
  if (outcome.ok) throw new Error(`expected a rejection, got ${String(outcome.v)}`);
  expect(isRtcError(outcome.e)).toBe(true);
  return outcome.e as RtcError;
}

async function pending(p: Promise<unknown>): Promise<boolean> {
  let settled = false;
  p.then(
    () => (settled = true),
    () => (settled = true),
  );
  await flush(50);
  return !settled;
}

describe('agora-ng fake', () => {
  it.each([
    ['INVALID_PARAMS', 'invalid_params', 'fatal'],
    ['UID_CONFLICT', 'uid_conflict', 'fatal'],
    ['invalid_operation→INVALID_OPERATION', 'invalid_state', 'fatal'],
  ])('join fails with %s: RtcError %s', async (asked, code, severity) => {
    const vendorCode = asked.includes('→') ? asked.split('→')[1]! : asked;
    const fake = new FakeNgClient().failWith('join', asked.includes('→') ? code : asked);
    const rtc = wrapClient(fake, agoraNgAdapter, { retry: false });
    const e = await rejection(rtc.client.join('app', 'room', null));
    expect(e).toMatchObject({ code, severity, vendor: 'agora-ng', vendorCode, operation: 'join' });
    expect(e.cause).toBeInstanceOf(Error);
    expect((e.cause as Error).name).toBe('AgoraRTCException');
    rtc.dispose();
  });

  it('emits any event payload, hangs, and recovers', async () => {
    const fake = new FakeNgClient();
    const rtc = wrapClient(fake, agoraNgAdapter, { retry: false });
    const { errors } = collect(rtc);
    fake.emit('exception', { code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid: 7 });
    expect(errors.map((e) => [e.vendorCode, e.kind])).toEqual([[2001, 'warning']]);
    fake.hang('join');
    expect(await pending(rtc.client.join('app', 'room', null))).toBe(true);
    fake.recover('join', 42);
    await expect(rtc.client.join('app', 'room', null)).resolves.toBe(42);
    rtc.dispose();
  });

  it('refuses a code the SDK never rejects with, naming it', () => {
    expect(() => agoraNgFailure('NOT_A_CODE')).toThrow(/agora-ng fake: no catalog entry for code "NOT_A_CODE"/);
  });
});

describe('agora-web fake', () => {
  it.each([
    ['INVALID_OPERATION', 'invalid_state'],
    ['STREAM_ALREADY_PUBLISHED', 'already_published'],
    ['INVALID_VENDOR_KEY', 'app_id_invalid'],
  ])('join fails with %s: RtcError %s', async (vendorCode, code) => {
    const fake = new FakeWebClient().failWith('join', vendorCode);
    const rtc = wrapClient(fake, agoraWebAdapter, { retry: false });
    const e = await rejection(
      new Promise((resolve, reject) => rtc.client.join(null, 'room', 7, undefined, resolve, reject)),
    );
    expect(e).toMatchObject({ code, vendor: 'agora-web', vendorCode, severity: 'fatal' });
    rtc.dispose();
  });

  it('fails by unified code, hangs and recovers', async () => {
    const fake = new FakeWebClient().failWith('join', 'app_id_invalid');
    const rtc = wrapClient(fake, agoraWebAdapter, { retry: false });
    const join = () => new Promise((resolve, reject) => rtc.client.join(null, 'room', 7, undefined, resolve, reject));
    expect((await rejection(join())).code).toBe('app_id_invalid');
    fake.recover('join', 9).hang('publish');
    await expect(join()).resolves.toBe(9);
    rtc.dispose();
  });
});

describe('agora-native fake', () => {
  it.each([
    ['ERR_INVALID_ARGUMENT', -2, 'invalid_params'],
    [17, -17, 'already_joined'],
    ['token_expired', -109, 'token_expired'],
  ] as const)('joinChannel fails with %s: returns %i, RtcError %s', async (asked, returned, code) => {
    const fake = new FakeNativeEngine().failWith('joinChannel', asked);
    const rtc = wrapClient(fake, agoraNativeAdapter, { retry: false });
    const { errors } = collect(rtc);
    expect(rtc.client.joinChannel('t', 'room', 7, {})).toBe(returned);
    await flush();
    expect(errors.map((e) => [e.code, e.vendor, e.operation])).toEqual([[code, 'agora-native', 'joinChannel']]);
    fake.recover('joinChannel');
    expect(rtc.client.joinChannel('t', 'room', 7, {})).toBe(0);
    rtc.dispose();
  });

  it('emits onError and any other event', async () => {
    const fake = new FakeNativeEngine();
    const rtc = wrapClient(fake, agoraNativeAdapter, { retry: false });
    const { errors } = collect(rtc);
    fake.emitError('ERR_TOKEN_EXPIRED', 'expired');
    fake.emit('onConnectionStateChanged', {}, 5, 8);
    await flush();
    expect(errors.map((e) => e.code)).toEqual(['token_expired', expect.any(String)]);
    rtc.dispose();
  });
});

describe('aliyun fake', () => {
  it.each([
    [0x01040404, 'device_in_use'],
    ['0x02010205', 'token_invalid'],
    ['app_id_invalid', 'app_id_invalid'],
  ] as const)('joinChannel fails with %s: RtcError %s', async (asked, code) => {
    const fake = new FakeAliEngine().failWith('joinChannel', asked);
    const rtc = wrapClient(fake, aliyunAdapter, { retry: false });
    const e = await rejection(rtc.client.joinChannel({ channelId: 'room' }, 'Alice'));
    expect(e).toMatchObject({ code, vendor: 'aliyun' });
    expect(e.vendorCode).toBe(aliyunFailure(asked).code);
    rtc.dispose();
  });

  it('emits any event payload, hangs, and recovers', async () => {
    const fake = new FakeAliEngine();
    const rtc = wrapClient(fake, aliyunAdapter, { retry: false });
    const { errors } = collect(rtc);
    fake.emit('occurError', aliyunFailure(0x0102020c), 'u-7');
    expect(errors.map((e) => e.vendorCode)).toEqual([0x0102020c]);
    fake.hang('joinChannel');
    expect(await pending(rtc.client.joinChannel({}, 'Alice'))).toBe(true);
    fake.recover('joinChannel');
    await expect(rtc.client.joinChannel({}, 'Alice')).resolves.toBeUndefined();
    rtc.dispose();
  });
});

describe('trtc fake', () => {
  const params = { sdkAppId: 1400000000, userId: 'u1', userSig: 'sig-1', roomId: 8 };

  it.each([
    // asked, method, RtcError code, top-level code and its name, extraCode, vendorName
    [5302, 'startLocalAudio', 'permission_denied', 5300, 'DEVICE_ERROR', 5302, 'DEVICE_NOT_ALLOWED_ERROR'],
    ['5400/70001', 'enterRoom', 'token_expired', 5400, 'SERVER_ERROR', 70001, 'SERVER_ERROR.70001'],
    ['not_joined', 'switchRole', 'not_joined', 5100, 'INVALID_OPERATION', 5101, 'INVALID_OPERATION_NOT_JOINED'],
  ] as const)('%s from %s: RtcError %s', async (asked, method, code, top, topName, extraCode, vendorName) => {
    const fake = new FakeTrtcClient().failWith(method, asked);
    const rtc = wrapClient(fake, trtcAdapter, { retry: false });
    const e = await rejection(rtc.client[method](params));
    expect(e).toMatchObject({ code, vendor: 'trtc', vendorCode: top, vendorName, operation: method });
    expect(e.context.extraCode).toBe(extraCode);
    // shaped like trtc-sdk-v5's RtcError: the top-level name, both codes, the API called
    expect(e.cause).toBeInstanceOf(Error);
    expect({ ...(e.cause as object) }).toMatchObject({
      name: topName,
      code: top,
      extraCode,
      functionName: method,
    });
    rtc.dispose();
  });

  it('a top-level code alone has no extraCode, as the SDK gives 5998 (by name or unified code)', () => {
    expect(trtcFailure('operation_aborted', 'startLocalVideo')).toMatchObject({ code: 5998, name: 'OPERATION_ABORT' });
    const e = trtcFailure('OPERATION_ABORT', 'startLocalVideo');
    expect([e.name, e.code, e.extraCode, e.functionName]).toEqual([
      'OPERATION_ABORT',
      5998,
      undefined,
      'startLocalVideo',
    ]);
    expect(Object.keys(e)).toEqual(
      expect.arrayContaining([
        'message',
        'name',
        'code',
        'extraCode',
        'functionName',
        'originError',
        'handler',
        'data',
      ]),
    );
  });

  it('emits any event payload, hangs, and recovers', async () => {
    const fake = new FakeTrtcClient();
    const rtc = wrapClient(fake, trtcAdapter, { retry: false });
    const { errors } = collect(rtc);
    fake.emit('kicked-out', { reason: 'banned' });
    fake.emitError(5501);
    expect(errors.map((e) => [e.code, e.vendorName])).toEqual([
      ['kicked', 'kicked-out:banned'],
      ['media_connection_failed', 'FIREWALL_RESTRICTION'],
    ]);
    fake.hang('enterRoom');
    expect(await pending(rtc.client.enterRoom(params))).toBe(true);
    fake.recover('enterRoom', 'entered');
    await expect(rtc.client.enterRoom(params)).resolves.toBe('entered');
    expect(fake.callsOf('enterRoom')).toEqual([[params], [params]]);
    rtc.dispose();
  });

  it.each([
    ['NOT_A_CODE', /no catalog entry for code "NOT_A_CODE"/],
    [5010, /no catalog entry for code 5010/], // defined, never reported by the SDK
    [5507, /no catalog entry for code 5507/], // reported only on the error event
    ['0x1000', /no catalog entry for code "0x1000"/], // a 4.x code: never on a v5 rejection
    ['5300/5401', /code "5300\/5401" pairs 5401 with 5300: the SDK reports it under 5400/],
    ['5300/5300', /gives a top-level code as the extraCode/],
  ] as const)('refuses %s, naming it', (asked, message) => {
    expect(() => trtcFailure(asked)).toThrow(message);
  });

  it('the error event carries its own codes, never one the SDK only defines', () => {
    expect(trtcEventError('5500/5507')).toMatchObject({
      name: 'OPERATION_FAILED',
      code: 5500,
      extraCode: 5507,
      functionName: '',
    });
    expect(() => trtcEventError(5502)).toThrow(/no catalog entry for code 5502 that the TRTC error event carries/);
  });
});

describe('FakeTrtcError', () => {
  it('has the own keys of a captured TRTC v5 error, in the same order', () => {
    const captured = loadFixtures('trtc').find((f) => f.path.endsWith('captured/fake-devices.json'))!.file;
    const raw = captured.cases[0]!.raw as { $error: { props: Record<string, unknown> } };
    const real = Object.keys(raw.$error.props);
    const fake = new FakeTrtcError({ code: 5000, extraCode: 5001, functionName: 'enterRoom' });
    expect(Object.keys(fake)).toEqual(real);
  });
});
