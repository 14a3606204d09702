/** agora-web event translators: which SDK events become errors, which clear earlier ones. */
import { describe, expect, it } from 'vitest';
import { agoraWebAdapter } from '../../../adapters/agora-web/index.js';
import { translateEvent, type RtcSignal } from '../../../src/index.js';

const translate = (event: string, ...args: unknown[]): RtcSignal[] => translateEvent(agoraWebAdapter, event, args);
const firstError = (signals: RtcSignal[]) => {
  const s = signals[0];
  if (s?.type !== 'error') throw new Error(`expected an error signal, got ${JSON.stringify(s?.type)}`);
  return s.error;
};

describe('agora-web events: error', () => {
  it('keeps the event as cause', () => {
    const evt = { type: 'error', reason: 'SOCKET_DISCONNECTED' };
    expect(firstError(translate('error', evt)).cause).toBe(evt);
  });

  it('numeric reasons resolve with family preference', () => {
    expect(firstError(translate('error', { type: 'error', reason: 2 }))).toMatchObject({
      code: 'token_expired',
      vendorName: 'K_TIMESTAMP_EXPIRED',
    });
  });

  it('unknown or missing reasons are still reconnect errors', () => {
    expect(firstError(translate('error', { type: 'error', reason: 'USER_ACCOUNT_SERVER_WRONG_error' }))).toMatchObject({
      code: 'signaling_failed',
      vendorCode: 'USER_ACCOUNT_SERVER_WRONG_error',
    });
    expect(firstError(translate('error', { type: 'error' })).code).toBe('signaling_failed');
    expect(firstError(translate('error')).code).toBe('signaling_failed');
  });
});

describe('agora-web events: exception', () => {
  it.each([
    [1002, 'FRAMERATE_SENT_TOO_LOW', 'stream_interrupted'],
    [1005, 'RECV_VIDEO_DECODE_FAILED', 'stream_interrupted'],
    [2003, 'SEND_AUDIO_BITRATE_TOO_LOW', 'stream_interrupted'],
  ])('%i %s is a recoverable warning', (code, msg, unified) => {
    const err = firstError(translate('exception', { type: 'exception', code, msg, uid: '9' }));
    expect(err).toMatchObject({
      code: unified,
      kind: 'warning',
      severity: 'recoverable',
      vendorName: msg,
      context: { uid: '9' },
    });
  });

  it.each([
    [3002, 'stream_interrupted'],
    [3005, 'stream_interrupted'],
    [4002, 'stream_interrupted'],
    [4005, 'stream_interrupted'],
  ])('recovery %i clears %s', (code, clears) => {
    const [signal] = translate('exception', { type: 'exception', code, msg: 'X_RECOVER', uid: '9' });
    expect(signal?.type).toBe('recovered');
    if (signal?.type === 'recovered')
      expect(signal.recovered).toMatchObject({ code: clears, vendorCode: code, context: { uid: '9' } });
  });

  it('an unknown exception code is a warning, an unknown recovery nothing, a missing code nothing', () => {
    expect(firstError(translate('exception', { code: 1999, msg: 'NEW' }))).toMatchObject({
      kind: 'warning',
      severity: 'recoverable',
      vendorCode: 1999,
    });
    expect(translate('exception', { code: 3999, msg: 'NEW_RECOVER' })).toEqual([]);
    expect(translate('exception', { msg: 'no code' })).toEqual([]);
  });
});

describe('agora-web events: connection-state-change', () => {
  const change = (prevState: string, curState: string, reason?: string) =>
    translate('connection-state-change', {
      type: 'connection-state-change',
      prevState,
      curState,
      ...(reason ? { reason } : {}),
    });

  it('CONNECTED → CONNECTING is a recoverable network loss, CONNECTING → CONNECTED clears it', () => {
    expect(firstError(change('CONNECTED', 'CONNECTING'))).toMatchObject({
      code: 'network_unavailable',
      severity: 'recoverable',
    });
    const [signal] = change('CONNECTING', 'CONNECTED');
    expect(signal?.type === 'recovered' && signal.recovered.code).toBe('network_unavailable');
  });

  it.each([
    ['UID_BANNED', 'banned'],
    ['IP_BANNED', 'banned'],
    ['CHANNEL_BANNED', 'banned'],
    ['KICKED', 'kicked'],
  ])('DISCONNECTED because %s is fatal %s', (reason, code) => {
    const err = firstError(change('CONNECTED', 'DISCONNECTED', reason));
    expect(err).toMatchObject({ code, severity: 'fatal', retry: { retryable: false } });
  });

  it('DISCONNECTED because of a catalog code uses the catalog', () => {
    expect(firstError(change('CONNECTING', 'DISCONNECTED', 'K_CHANNEL_BANNED'))).toMatchObject({
      code: 'banned',
      vendorName: 'K_CHANNEL_BANNED',
    });
  });

  it('an unexplained DISCONNECTED asks for a rejoin', () => {
    expect(firstError(change('CONNECTED', 'DISCONNECTED'))).toMatchObject({
      code: 'signaling_failed',
      retry: { strategy: 'rejoin' },
    });
  });

  it('leaving and connecting are not errors', () => {
    expect(change('DISCONNECTING', 'DISCONNECTED')).toEqual([]);
    expect(change('CONNECTED', 'DISCONNECTED', 'LEAVE')).toEqual([]);
    expect(change('DISCONNECTED', 'CONNECTING')).toEqual([]);
    expect(change('CONNECTED', 'DISCONNECTING')).toEqual([]);
  });
});

describe('agora-web events: others', () => {
  it('client-banned uses the K code in attr, or banned without one', () => {
    expect(firstError(translate('client-banned', { type: 'client-banned', uid: 1, attr: 15 }))).toMatchObject({
      code: 'banned',
      vendorName: 'K_IP_BANNED',
    });
    expect(firstError(translate('client-banned', { type: 'client-banned', uid: 1 }))).toMatchObject({
      code: 'banned',
      severity: 'fatal',
    });
    expect(firstError(translate('client-banned', { type: 'client-banned', uid: 1, attr: 2 }))).toMatchObject({
      code: 'banned',
      vendorCode: 2,
    });
  });

  it('token events', () => {
    expect(firstError(translate('onTokenPrivilegeWillExpire', { type: 'onTokenPrivilegeWillExpire' }))).toMatchObject({
      code: 'token_expiring',
      severity: 'recoverable',
    });
    expect(firstError(translate('onTokenPrivilegeDidExpire', { type: 'onTokenPrivilegeDidExpire' }))).toMatchObject({
      code: 'token_expired',
      severity: 'fatal',
    });
  });

  it('stream-fallback with an unknown attr is nothing', () => {
    expect(translate('stream-fallback', { uid: 1, attr: 7 })).toEqual([]);
  });

  it('liveStreamingFailed without a reason is still a live streaming failure', () => {
    expect(
      firstError(translate('liveStreamingFailed', { type: 'liveStreamingFailed', url: 'rtmp://x' })),
    ).toMatchObject({ code: 'live_streaming_failed', context: { url: 'rtmp://x' } });
  });

  it('liveStreamingWarning is always recoverable', () => {
    const err = firstError(
      translate('liveStreamingWarning', { url: 'rtmp://x', reason: 'LIVE_STREAMING_WARN_STREAM_NUM_REACH_LIMIT' }),
    );
    expect(err).toMatchObject({ kind: 'warning', severity: 'recoverable' });
  });

  it('relay state 3 with an unknown code is a relay failure', () => {
    expect(firstError(translate('channel-media-relay-state', { state: 3, code: 99 }))).toMatchObject({
      code: 'relay_failed',
      vendorCode: 99,
    });
  });

  it('device events', () => {
    expect(firstError(translate('accessDenied', { type: 'accessDenied' })).code).toBe('permission_denied');
    expect(firstError(translate('videoTrackEnded', { type: 'videoTrackEnded' }))).toMatchObject({
      code: 'device_failure',
      context: { deviceKind: 'video' },
    });
  });

  it('events it does not translate give nothing', () => {
    expect(translate('stream-added', { stream: {} })).toEqual([]);
    expect(translate('volume-indicator', { attr: [] })).toEqual([]);
  });
});
