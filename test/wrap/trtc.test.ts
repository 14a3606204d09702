/** wrapClient over the fake TRTC v5 client (fixtures/fakes/trtc.ts) with the real trtc adapter. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trtcAdapter } from '../../adapters/trtc/index.js';
import { FakeTrtcClient, FakeTrtcError, trtcError } from '../../fixtures/fakes/trtc.js';
import { normalize, wrapClient, type RtcError, type TokenRequest } from '../../src/index.js';
import { collect, flush } from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The inner error trtc-sdk-v5 keeps as originError when scheduling fails (4.x-style, `code` 0x404c). */
function scheduleFailed(serverCode: number): Error {
  return Object.assign(
    new Error(`Failed to join room - schedule failed: x code: ${serverCode} <SCHEDULE_FAILED 0x404c>`),
    {
      name: 'RtcError',
      code: 0x404c,
      extraCode: serverCode,
      getCode: () => 0x404c,
      getExtraCode: () => serverCode,
    },
  );
}

const params = { sdkAppId: 1400000000, userId: 'u1', userSig: 'sig-1', roomId: 1234 };

describe('trtc wrapClient', () => {
  it('retries enterRoom when scheduling could not reach the servers, with the same options', async () => {
    const trtc = new FakeTrtcClient().queue(
      'enterRoom',
      () => {
        throw new FakeTrtcError({ code: 5500, functionName: 'enterRoom', originError: scheduleFailed(0) });
      },
      () => undefined,
    );
    const rtc = wrapClient(trtc, trtcAdapter, { random: () => 0 });
    const { events } = collect(rtc);
    const entered = trtc.enterRoom(params);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(entered).resolves.toBeUndefined();
    expect(trtc.calls.map((c) => c.args[0])).toEqual([params, params]);
    expect(events.map(([name]) => name)).toEqual(['retry']);
    expect((events[0]?.[1] as { error: RtcError }).error).toMatchObject({
      code: 'gateway_unreachable',
      vendorCode: 5500,
    });
    rtc.dispose();
  });

  it('an expired userSig (5400 / 70001) goes through renewToken: enterRoom again with the new userSig', async () => {
    const trtc = new FakeTrtcClient().failWith('enterRoom', '5400/70001').queue('enterRoom', () => undefined);
    const renewToken = vi.fn(async (_request: TokenRequest) => 'sig-2');
    const rtc = wrapClient(trtc, trtcAdapter, { renewToken });
    await expect(trtc.enterRoom(params)).resolves.toBeUndefined();
    expect(renewToken).toHaveBeenCalledTimes(1);
    expect(renewToken.mock.calls[0]?.[0]).toMatchObject({ reason: 'rejected', operation: 'enterRoom' });
    expect(trtc.calls.map((c) => c.args[0] as unknown)).toEqual([params, { ...params, userSig: 'sig-2' }]);
    expect(params.userSig).toBe('sig-1'); // the app's object is not changed
    rtc.dispose();
  });

  it('a userSig rejected by the scheduling server (5500, inner 70009) is renewed too', async () => {
    const trtc = new FakeTrtcClient().queue(
      'enterRoom',
      () => {
        throw new FakeTrtcError({ code: 5500, functionName: 'enterRoom', originError: scheduleFailed(70009) });
      },
      () => undefined,
    );
    const rtc = wrapClient(trtc, trtcAdapter, { renewToken: () => 'sig-3' });
    await expect(trtc.enterRoom(params)).resolves.toBeUndefined();
    expect(trtc.calls[1]?.args[0]).toEqual({ ...params, userSig: 'sig-3' });
    rtc.dispose();
  });

  it('5998 rejects the call with operation_aborted, is not retried and never emitted as error or fatal', async () => {
    const trtc = new FakeTrtcClient().failWith('startLocalAudio', 5998);
    const rtc = wrapClient(trtc, trtcAdapter);
    const { events } = collect(rtc);
    const error = (await trtc.startLocalAudio().catch((e: unknown) => e)) as RtcError;
    expect(error).toMatchObject({ code: 'operation_aborted', vendorCode: 5998, operation: 'startLocalAudio' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(trtc.calls).toHaveLength(1);
    expect(events).toEqual([]);
    trtc.emit('error', trtcError(5998, undefined, 'startLocalVideo'));
    await flush();
    expect(events).toEqual([]);
    rtc.dispose();
  });

  it('error event after the SDK left the room: classified as normalize classifies the value, the way back is rejoin', async () => {
    const trtc = new FakeTrtcClient();
    const rtc = wrapClient(trtc, trtcAdapter);
    const { events } = collect(rtc);
    const roomFailure = new FakeTrtcError({ code: 5500, originError: scheduleFailed(0) });
    trtc.emit('error', roomFailure);
    trtc.emit('error', trtcError(5500, 5507, '', 'video decode failed'));
    await flush();
    const kinds = events.map(([name, e]) => [name, (e as RtcError).code, (e as RtcError).context.roomExited ?? false]);
    expect(kinds).toEqual([
      ['error', 'gateway_unreachable', true],
      ['recoverable', 'gateway_unreachable', true],
      ['error', 'subscribe_failed', false],
      ['recoverable', 'subscribe_failed', false],
    ]);
    const viaEvent = events[0]?.[1] as RtcError;
    const viaNormalize = normalize(roomFailure, trtcAdapter);
    expect(viaEvent.retry).toEqual({ retryable: true, strategy: 'rejoin' });
    expect([viaNormalize.severity, viaNormalize.retry]).toEqual([viaEvent.severity, viaEvent.retry]);
    // the same inner failure as a rejection of enterRoom (the call named) is retried with backoff
    const rejected = normalize(
      new FakeTrtcError({ code: 5500, functionName: 'enterRoom', originError: scheduleFailed(0) }),
      trtcAdapter,
    );
    expect([rejected.code, rejected.severity, rejected.retry.strategy]).toEqual([
      'gateway_unreachable',
      'recoverable',
      'backoff',
    ]);
    rtc.dispose();
  });

  it('reconnecting is recoverable and CONNECTED again is recovered; kicked-out is fatal', async () => {
    const trtc = new FakeTrtcClient();
    const rtc = wrapClient(trtc, trtcAdapter);
    const { events } = collect(rtc);
    trtc.emit('connection-state-changed', { prevState: 'CONNECTED', state: 'CONNECTING', isReconnecting: true });
    trtc.emit('connection-state-changed', { prevState: 'CONNECTING', state: 'CONNECTED' });
    trtc.emit('kicked-out', { reason: 'kick' });
    await flush();
    expect(events.map(([name]) => name)).toEqual(['error', 'recoverable', 'recovered', 'error', 'fatal']);
    expect(events[2]?.[1]).toMatchObject({ code: 'network_unavailable' });
    expect(events[4]?.[1]).toMatchObject({ code: 'uid_conflict', vendorName: 'kicked-out:kick' });
    rtc.dispose();
  });

  it('dispose removes every listener it added', () => {
    const trtc = new FakeTrtcClient();
    const rtc = wrapClient(trtc, trtcAdapter);
    expect(trtc.totalListeners()).toBeGreaterThan(0);
    rtc.dispose();
    expect(trtc.totalListeners()).toBe(0);
  });
});
