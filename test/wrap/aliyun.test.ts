/** wrapClient over a fake `AliRtcEngine` (eventemitter3; promise methods; getter-coded errors). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wrapClient, type RtcError } from '../../src/index.js';
import { AliRtcError, aliyunTestAdapter, collect, FakeAliEngine, flush } from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('aliyun', () => {
  it('normalizes a rejection whose code is a prototype getter', async () => {
    const engine = new FakeAliEngine().queue('startPreview', async () => {
      throw new AliRtcError(0x01030204, 'no camera found');
    });
    const rtc = wrapClient(engine, aliyunTestAdapter);
    const error = (await engine.startPreview().catch((e: unknown) => e)) as RtcError;
    expect(error).toMatchObject({
      code: 'device_not_found',
      vendor: 'aliyun',
      vendorCode: 0x01030204,
      operation: 'startPreview',
    });
    rtc.dispose();
  });

  it('retries joinChannel on a signaling error, with the auth info unchanged', async () => {
    const auth = { channelId: 'ch', userId: 'u1', token: 't' };
    const engine = new FakeAliEngine().queue(
      'joinChannel',
      async () => {
        throw new AliRtcError(0x0102020c, 'signal heartbeat is timeout');
      },
      async () => undefined,
    );
    const rtc = wrapClient(engine, aliyunTestAdapter, { random: () => 0 });
    const joined = engine.joinChannel(auth, 'Alice');
    await vi.advanceTimersByTimeAsync(500);
    await expect(joined).resolves.toBeUndefined();
    expect(engine.callsOf('joinChannel')).toEqual([
      [auth, 'Alice'],
      [auth, 'Alice'],
    ]);
    rtc.dispose();
  });

  it('a joinChannel refused for an expired token is retried with the renewed auth info', async () => {
    const engine = new FakeAliEngine().queue(
      'joinChannel',
      async () => {
        throw new AliRtcError(0x01020104, 'token expired');
      },
      async () => undefined,
    );
    const fresh = { channelId: 'ch', userId: 'u1', token: 'fresh' };
    const rtc = wrapClient(engine, aliyunTestAdapter, { renewToken: async () => fresh });
    await engine.joinChannel({ token: 'old' }, 'Alice');
    expect(engine.callsOf('joinChannel')[1]).toEqual([fresh, 'Alice']);
    rtc.dispose();
  });

  it('translates occurError and renews on authInfoWillExpire through refreshAuthInfo', async () => {
    const engine = new FakeAliEngine();
    const rtc = wrapClient(engine, aliyunTestAdapter, { renewToken: () => 'new-token' });
    const { events } = collect(rtc);
    engine.emit('occurError', new AliRtcError(0x0102020c, 'heartbeat timeout'), 'u2');
    engine.emit('authInfoWillExpire');
    await flush();
    expect(engine.callsOf('refreshAuthInfo')).toEqual([['new-token']]);
    expect(events.map(([n, e]) => [n, (e as { code: string }).code])).toEqual([
      ['error', 'signaling_failed'],
      ['recoverable', 'signaling_failed'],
      ['error', 'token_expiring'],
      ['recoverable', 'token_expiring'],
      ['recovered', 'token_expiring'],
    ]);
    expect((events[0]?.[1] as RtcError).context.uid).toBe('u2');
    rtc.dispose();
  });

  it('adds exactly one listener per translated event and removes them all', () => {
    const engine = new FakeAliEngine();
    const mine = (): void => undefined;
    engine.on('occurError', mine);
    const rtc = wrapClient(engine, aliyunTestAdapter);
    expect(engine.listenerCount('occurError')).toBe(2);
    expect(engine.totalListeners()).toBe(1 + Object.keys(aliyunTestAdapter.events).length);
    rtc.dispose();
    expect(engine.totalListeners()).toBe(1);
    expect(engine.listeners('occurError')).toEqual([mine]);
  });

  it('attach(AliRtcEngine, "global") covers the static device lists', async () => {
    const engine = new FakeAliEngine();
    const rtc = wrapClient(engine, aliyunTestAdapter);
    const { errors } = collect(rtc);
    rtc.attach(FakeAliEngine, 'global');
    await expect(FakeAliEngine.getCameraList()).rejects.toMatchObject({
      code: 'device_not_found',
      operation: 'getCameraList',
    });
    expect(errors).toHaveLength(1);
    rtc.dispose();
    await expect(FakeAliEngine.getCameraList()).rejects.toBeInstanceOf(AliRtcError);
  });
});
