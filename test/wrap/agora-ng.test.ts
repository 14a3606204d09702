/** wrapClient over a fake `IAgoraRTCClient` (promise methods, on/off events). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRtcError, wrapClient, type RecoveredEvent, type RtcError } from '../../src/index.js';
import { AgoraLikeEmitter, collect, FakeNgClient, flush, ngError, ngTestAdapter } from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('agora-ng: identity and pass-through', () => {
  it('keeps the client, its results and its this', async () => {
    const client = new FakeNgClient().script('join', async () => 42);
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0.5 });
    expect(rtc.client).toBe(client);
    await expect(client.join('app', 'ch', 'tok', 7)).resolves.toBe(42);
    expect(client.calls[0]?.self).toBe(client);
    expect(client.callsOf('join')).toEqual([['app', 'ch', 'tok', 7]]);
    expect(client.getRTCStats()).toEqual({ Duration: 1 });
    expect(Object.prototype.hasOwnProperty.call(client, 'join')).toBe(true);
    rtc.dispose();
    expect(Object.prototype.hasOwnProperty.call(client, 'join')).toBe(false);
    expect(client.join).toBe(FakeNgClient.prototype.join);
  });

  it('listens only to events the adapter translates; other events reach the app untouched', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    // the client's translated events; track-ended and autoplay-failed belong to other targets
    expect(client.getListeners('exception')).toHaveLength(1);
    expect(client.getListeners('track-ended')).toHaveLength(0);
    expect(client.getListeners('autoplay-failed')).toHaveLength(0);
    expect(client.getListeners('user-published')).toHaveLength(0);
    const seen: unknown[] = [];
    const user = { uid: 1 };
    client.on('user-published', (...args: unknown[]) => seen.push(args));
    const { events } = collect(rtc);
    client.emit('user-published', user, 'video');
    expect(seen).toEqual([[user, 'video']]);
    expect(events).toEqual([]);
    rtc.dispose();
  });

  it('restores the original listener counts on dispose', () => {
    const client = new FakeNgClient();
    client.on('exception', () => undefined);
    const before = client.totalListeners();
    const rtc = wrapClient(client, ngTestAdapter);
    expect(client.totalListeners()).toBe(before + Object.keys(ngTestAdapter.events).length - 2);
    rtc.dispose();
    expect(client.totalListeners()).toBe(before);
    rtc.dispose();
    expect(client.totalListeners()).toBe(before);
  });
});

describe('agora-ng: errors', () => {
  it('turns a rejection into an RtcError, emitted once, severity event included', async () => {
    const client = new FakeNgClient().script('setClientRole', async () => {
      throw ngError('INVALID_PARAMS', 'role must be host or audience');
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const { events } = collect(rtc);
    const error = (await client.setClientRole('boss').catch((e: unknown) => e)) as RtcError;
    expect(isRtcError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'invalid_params',
      vendor: 'agora-ng',
      vendorCode: 'INVALID_PARAMS',
      operation: 'setClientRole',
      severity: 'fatal',
    });
    expect(error.detail).toBe('role must be host or audience');
    expect(error.cause).toBeInstanceOf(Error);
    expect(events.map(([n]) => n)).toEqual(['error', 'fatal']);
    expect(events[0]?.[1]).toBe(error);
    rtc.dispose();
  });

  it('turns a synchronous throw of a promise method into a rejection with an RtcError', async () => {
    const client = new FakeNgClient();
    // the SDK validates some arguments before it makes its promise
    Object.defineProperty(client, 'startLiveStreaming', {
      value: function startLiveStreaming() {
        throw ngError('INVALID_PARAMS', 'url is not a string');
      },
      configurable: true,
      writable: true,
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    const p = client.startLiveStreaming(42 as never);
    await expect(p).rejects.toMatchObject({ code: 'invalid_params', operation: 'startLiveStreaming' });
    expect(errors).toHaveLength(1);
    rtc.dispose();
    expect(client.startLiveStreaming.name).toBe('startLiveStreaming');
  });

  it('turns a synchronous throw of a sync method into a thrown RtcError', () => {
    const client = new FakeNgClient().script('setEncryptionConfig', () => {
      throw ngError('INVALID_PARAMS', 'secret is empty');
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    expect(() => client.setEncryptionConfig('aes-128-gcm', '')).toThrow(
      expect.objectContaining({ code: 'invalid_params', operation: 'setEncryptionConfig' }),
    );
    expect(errors).toHaveLength(1);
    rtc.dispose();
  });

  it('translates error events and reports recovered signals', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter, { coalesce: false });
    const { events } = collect(rtc);
    client.emit('exception', { code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid: 12 });
    client.emit('exception', { code: 2003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW_RECOVER', uid: 12 });
    expect(events.map(([n]) => n)).toEqual(['error', 'recoverable', 'recovered']);
    expect(events[0]?.[1]).toMatchObject({
      code: 'network_degraded',
      kind: 'warning',
      vendorCode: 1003,
      context: { uid: 12 },
    });
    expect(events[2]?.[1]).toMatchObject({
      code: 'network_degraded',
      vendor: 'agora-ng',
    } satisfies Partial<RecoveredEvent>);
    rtc.dispose();
  });
});

describe('agora-ng: retries', () => {
  it('retries a join on a network error with the exact delays, then resolves', async () => {
    const client = new FakeNgClient().script(
      'join',
      async () => {
        throw ngError(
          'CAN_NOT_GET_GATEWAY_SERVER',
          'flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: no active status',
        );
      },
      async () => {
        throw ngError('NETWORK_TIMEOUT', 'request timeout');
      },
      async () => 1001,
    );
    const rtc = wrapClient(client, ngTestAdapter, {
      random: () => 0.5,
      retry: { join: { backoff: { initialDelayMs: 1_000 } } },
    });
    const { events, errors } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(client.callsOf('join')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(client.callsOf('join')).toHaveLength(2);
    // 1000 + 0.5 * (3 * 2000 - 1000) = 3500
    await vi.advanceTimersByTimeAsync(3_500);
    await expect(joined).resolves.toBe(1001);
    expect(events.filter(([n]) => n === 'retry').map(([, e]) => (e as { delayMs: number }).delayMs)).toEqual([
      2_000, 3_500,
    ]);
    // intermediate failures go through `retry`, not `error`
    expect(errors).toEqual([]);
    rtc.dispose();
  });

  it('gives up with a fatal error, emitted once, after the attempts the options allow', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'request timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0, retry: { join: { maxAttempts: 2 } } });
    const { events } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = (await joined) as RtcError;
    expect(client.callsOf('join')).toHaveLength(2);
    expect(error).toMatchObject({
      code: 'network_timeout',
      severity: 'fatal',
      context: { giveUpReason: 'attempts', attempts: 2 },
    });
    expect(events.map(([n]) => n)).toEqual(['retry', 'giveup', 'error', 'fatal']);
    expect(events[2]?.[1]).toBe(error);
    rtc.dispose();
  });

  it('does not retry operations without a retry policy', async () => {
    const client = new FakeNgClient().script('startLiveStreaming', async () => {
      throw ngError('NETWORK_TIMEOUT', 'timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const { events } = collect(rtc);
    await expect(client.startLiveStreaming('rtmp://x')).rejects.toMatchObject({
      code: 'network_timeout',
      severity: 'recoverable',
    });
    expect(client.callsOf('startLiveStreaming')).toHaveLength(1);
    expect(events.map(([n]) => n)).toEqual(['error', 'recoverable']);
    rtc.dispose();
  });

  it('retry: false disables every retry', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter, { retry: false });
    await expect(client.join('a', 'b', 'c')).rejects.toMatchObject({ code: 'network_timeout' });
    expect(client.callsOf('join')).toHaveLength(1);
    rtc.dispose();
  });
});

describe('agora-ng: leave ends the retries of a join', () => {
  it('a join still retrying rejects with operation_aborted (superseded by leave), not emitted', async () => {
    const client = new FakeNgClient()
      .script('join', async () => {
        throw ngError('NETWORK_TIMEOUT', 'timeout');
      })
      .script('leave', async () => undefined);
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0 });
    const { events } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    await client.leave();
    const error = (await joined) as RtcError;
    expect(error).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      context: { aborted: true, supersededBy: 'leave' },
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.callsOf('join')).toHaveLength(1);
    expect(events.map(([n]) => n)).toEqual(['retry']);
    rtc.dispose();
  });
});

describe('agora-ng: tokens', () => {
  it("the app's own renewToken call refused for its token is retried once with a renewed one", async () => {
    const client = new FakeNgClient().script(
      'renewToken',
      async () => {
        throw ngError('CAN_NOT_GET_GATEWAY_SERVER', 'invalid token, authorized failed');
      },
      async () => undefined,
    );
    const rtc = wrapClient(client, ngTestAdapter, { renewToken: () => 'good' });
    await client.renewToken('bad');
    expect(client.callsOf('renewToken')).toEqual([['bad'], ['good']]);
    rtc.dispose();
  });

  it('renews on token-privilege-will-expire through renewToken, then reports recovered', async () => {
    const client = new FakeNgClient().script('renewToken', async () => undefined);
    const renewToken = vi.fn(async () => 'fresh-token');
    const rtc = wrapClient(client, ngTestAdapter, { renewToken });
    const { events } = collect(rtc);
    client.emit('token-privilege-will-expire');
    await flush();
    expect(renewToken).toHaveBeenCalledWith(expect.objectContaining({ reason: 'expiring' }));
    expect(client.callsOf('renewToken')).toEqual([['fresh-token']]);
    expect(events.map(([n]) => n)).toEqual(['error', 'recoverable', 'recovered']);
    expect(events[2]?.[1]).toMatchObject({ code: 'token_expiring', context: { renewed: true } });
    rtc.dispose();
  });

  it('reports a failed renewal as an error of the renew operation', async () => {
    const client = new FakeNgClient().script('renewToken', async () => {
      throw ngError('INVALID_OPERATION', 'not joined');
    });
    const rtc = wrapClient(client, ngTestAdapter, { renewToken: () => 'fresh' });
    const { errors } = collect(rtc);
    client.emit('token-privilege-will-expire');
    await flush();
    expect(errors.map((e) => [e.code, e.operation])).toEqual([
      ['token_expiring', undefined],
      ['invalid_state', 'renewToken'],
    ]);
    rtc.dispose();
  });

  it('does not renew after expiry on this SDK (it needs a new join)', async () => {
    const client = new FakeNgClient();
    const renewToken = vi.fn(async () => 'fresh');
    const rtc = wrapClient(client, ngTestAdapter, { renewToken });
    const { errors } = collect(rtc);
    client.emit('token-privilege-did-expire');
    await flush();
    expect(renewToken).not.toHaveBeenCalled();
    expect(errors[0]).toMatchObject({ code: 'token_expired', severity: 'fatal' });
    rtc.dispose();
  });

  it('a join rejected for an expired token is retried once with the renewed token', async () => {
    const client = new FakeNgClient().script(
      'join',
      async () => {
        throw ngError('CAN_NOT_GET_GATEWAY_SERVER', 'dynamic key expired');
      },
      async () => 5,
    );
    const rtc = wrapClient(client, ngTestAdapter, {
      renewToken: async ({ operation }) => `new-token-for-${operation}`,
    });
    const { events } = collect(rtc);
    await expect(client.join('app', 'ch', 'old-token', 5)).resolves.toBe(5);
    expect(client.callsOf('join')).toEqual([
      ['app', 'ch', 'old-token', 5],
      ['app', 'ch', 'new-token-for-join', 5],
    ]);
    expect(events.map(([n]) => n)).toEqual(['retry']);
    rtc.dispose();
  });

  it('without renewToken an expired token is fatal, with its action text', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('CAN_NOT_GET_GATEWAY_SERVER', 'dynamic key expired');
    });
    const rtc = wrapClient(client, ngTestAdapter);
    const error = (await client.join('app', 'ch', 'old').catch((e: unknown) => e)) as RtcError;
    expect(error).toMatchObject({ code: 'token_expired', severity: 'fatal' });
    expect(error.action.length).toBeGreaterThan(0);
    expect(client.callsOf('join')).toHaveLength(1);
    rtc.dispose();
  });

  it('renews at most once: a second token failure is final', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('CAN_NOT_GET_GATEWAY_SERVER', 'invalid token, authorized failed');
    });
    const renewToken = vi.fn(async () => 'still-bad');
    const rtc = wrapClient(client, ngTestAdapter, { renewToken });
    await expect(client.join('app', 'ch', 'bad')).rejects.toMatchObject({ code: 'token_invalid' });
    expect(renewToken).toHaveBeenCalledTimes(1);
    expect(client.callsOf('join')).toHaveLength(2);
    rtc.dispose();
  });
});

describe('agora-ng: other objects (global AgoraRTC, local tracks)', () => {
  class FakeAgoraRTC extends AgoraLikeEmitter {
    async createMicrophoneAudioTrack(): Promise<never> {
      throw new DOMException('Permission denied', 'NotAllowedError');
    }
  }
  class FakeTrack extends AgoraLikeEmitter {
    async setEnabled(_enabled: boolean): Promise<void> {}
  }

  it('attach(AgoraRTC, "global") reports autoplay failures and track creation errors', async () => {
    const client = new FakeNgClient();
    const AgoraRTC = new FakeAgoraRTC();
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    const attachment = rtc.attach(AgoraRTC, 'global');
    expect(AgoraRTC.getListeners('autoplay-failed')).toHaveLength(1);
    AgoraRTC.emit('autoplay-failed');
    await expect(AgoraRTC.createMicrophoneAudioTrack()).rejects.toMatchObject({
      code: 'permission_denied',
      vendor: 'browser',
    });
    expect(errors.map((e) => e.code)).toEqual(['autoplay_blocked', 'permission_denied']);
    attachment.detach();
    expect(AgoraRTC.totalListeners()).toBe(0);
    expect(Object.prototype.hasOwnProperty.call(AgoraRTC, 'createMicrophoneAudioTrack')).toBe(false);
    rtc.dispose();
  });

  it('attach(track, "track") reports track-ended; dispose detaches it', () => {
    const client = new FakeNgClient();
    const track = new FakeTrack();
    const rtc = wrapClient(client, ngTestAdapter);
    const { errors } = collect(rtc);
    rtc.attach(track, 'track');
    track.emit('track-ended');
    expect(errors.map((e) => e.code)).toEqual(['device_failure']);
    rtc.dispose();
    expect(track.totalListeners()).toBe(0);
  });

  it('rejects an unknown role, naming the roles it knows', () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    expect(() => rtc.attach({}, 'camera')).toThrow(/unknown role 'camera'.*'global', 'track'/);
    rtc.dispose();
  });
});

describe('agora-ng: the first attempt of an operation (no retry machinery yet)', () => {
  it('a leave ends a join whose first attempt is still pending, and its late outcome is dropped', async () => {
    let settle: (uid: number) => void = () => undefined;
    const client = new FakeNgClient()
      .script('join', () => new Promise<number>((resolve) => (settle = resolve)))
      .script('leave', async () => undefined);
    const rtc = wrapClient(client, ngTestAdapter);
    const { events } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    await client.leave();
    expect(await joined).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      operation: 'join',
      context: { aborted: true, supersededBy: 'leave' },
    });
    settle(7);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(client.callsOf('join')).toHaveLength(1);
    expect(events).toEqual([]);
    rtc.dispose();
  });

  it('dispose ends a first attempt that never settles, promptly and without an event', async () => {
    const client = new FakeNgClient().script('join', () => new Promise<number>(() => undefined));
    const rtc = wrapClient(client, ngTestAdapter);
    const { events } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    rtc.dispose();
    expect(await joined).toMatchObject({ code: 'operation_aborted', context: { aborted: true } });
    expect(events).toEqual([]);
  });

  it('a first attempt that throws synchronously, then one that rejects, are retried like any failure', async () => {
    let calls = 0;
    const client = new FakeNgClient();
    const join = client.join.bind(client);
    client.join = ((...args: Parameters<typeof join>) => {
      calls += 1;
      if (calls === 1) throw ngError('NETWORK_TIMEOUT', 'timeout');
      return join(...args);
    }) as typeof client.join;
    client.script(
      'join',
      async () => {
        throw ngError('NETWORK_TIMEOUT', 'timeout');
      },
      async () => 42,
    );
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0 });
    const { events } = collect(rtc);
    const joined = client.join('app', 'ch', 'tok');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await joined).toBe(42);
    expect(calls).toBe(3);
    expect(events.map(([n, e]) => [n, (e as { attempt: number }).attempt])).toEqual([
      ['retry', 1],
      ['retry', 2],
    ]);
    rtc.dispose();
  });

  it('the value of a first attempt that succeeds passes through unchanged', async () => {
    const value = { uid: 9 };
    const client = new FakeNgClient().script('join', async () => value);
    const rtc = wrapClient(client, ngTestAdapter);
    expect(await client.join('app', 'ch', 'tok')).toBe(value);
    rtc.dispose();
  });
});
