/** The agora-native event translators, with the argument lists react-native-agora 4.x passes. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agoraNativeAdapter as adapter, agoraNativeZh } from '../../../adapters/agora-native/index.js';
import { localize, translateEvent, unifiedZh, type RtcError, type RtcSignal } from '../../../src/index.js';

const conn = { channelId: 'room-1', localUid: 1001 };

function errorOf(signals: RtcSignal[]): RtcError {
  expect(signals).toHaveLength(1);
  const [s] = signals;
  if (s?.type !== 'error') throw new Error(`expected an error signal, got ${JSON.stringify(s)}`);
  return s.error;
}

const translate = (event: string, args: unknown[]): RtcSignal[] => translateEvent(adapter, event, args);

describe('agora-native event names', () => {
  it('are callbacks the installed SDK declares (onWarning comes from the 3.x SDKs)', () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('react-native-agora/package.json'));
    const handler = readFileSync(join(dir, 'src', 'IAgoraRtcEngine.ts'), 'utf8');
    const undeclared = Object.keys(adapter.events).filter((name) => !new RegExp(`\\b${name}\\?\\(`).test(handler));
    expect(undeclared).toEqual(['onWarning']);
  });
});

describe('onError / onWarning', () => {
  it('reports the ERR entry with the message as detail', () => {
    const err = errorOf(translate('onError', [110, 'invalid token']));
    expect([err.code, err.vendorName, err.detail, err.kind]).toEqual([
      'token_invalid',
      'ERR_INVALID_TOKEN',
      'invalid token',
      'error',
    ]);
  });

  it('reads 20 as ERR_ABORTED in onError and WARN_PENDING in onWarning', () => {
    expect(errorOf(translate('onError', [20, ''])).vendorName).toBe('ERR_ABORTED');
    const warn = errorOf(translate('onWarning', [20, 'pending']));
    expect([warn.vendorName, warn.kind, warn.severity]).toEqual(['WARN_PENDING', 'warning', 'recoverable']);
  });

  it('ignores code 0 and non-numeric codes', () => {
    expect(translate('onError', [0, ''])).toEqual([]);
    expect(translate('onError', ['oops'])).toEqual([]);
    expect(translate('onWarning', [])).toEqual([]);
  });

  it('gives Chinese text from the adapter pack', () => {
    const err = errorOf(translate('onError', [1005, '']));
    expect(localize(err, [agoraNativeZh, unifiedZh]).message).toContain('音频设备模块');
  });
});

describe('onConnectionStateChanged', () => {
  it('puts the connection and state into context', () => {
    const err = errorOf(translate('onConnectionStateChanged', [conn, 5, 3]));
    expect(err.code).toBe('banned');
    expect(err.severity).toBe('fatal');
    expect(err.vendorCode).toBe(3);
    expect(err.context).toMatchObject({ channelId: 'room-1', localUid: 1001, state: 5 });
  });

  it('maps auth reasons to fatal auth codes', () => {
    const codes = [6, 8, 9, 19].map((r) => errorOf(translate('onConnectionStateChanged', [conn, 5, r])));
    expect(codes.map((e) => e.code)).toEqual(['app_id_invalid', 'token_invalid', 'token_expired', 'uid_conflict']);
    expect(codes.every((e) => e.severity === 'fatal')).toBe(true);
  });

  it('keeps interruptions recoverable while reconnecting, and makes them fatal once the SDK gives up', () => {
    for (const reason of [2, 14, 16]) {
      const err = errorOf(translate('onConnectionStateChanged', [conn, 4, reason]));
      expect(err.severity).toBe('recoverable');
    }
    const failed = errorOf(translate('onConnectionStateChanged', [conn, 5, 16]));
    expect([failed.severity, failed.retry.strategy, failed.retry.retryable]).toEqual(['fatal', 'rejoin', false]);
  });

  it('turns join and rejoin success into recovered signals', () => {
    for (const reason of [1, 15]) {
      const signals = translate('onConnectionStateChanged', [conn, 3, reason]);
      expect(signals.length).toBeGreaterThan(0);
      expect(signals.every((s) => s.type === 'recovered')).toBe(true);
      const codes = signals.map((s) => (s.type === 'recovered' ? s.recovered.code : ''));
      expect(codes).toContain('network_unavailable');
      expect(codes).toContain('network_timeout');
      const first = signals[0];
      if (first?.type === 'recovered') expect(first.recovered.context).toMatchObject({ channelId: 'room-1', state: 3 });
    }
  });

  it('reports nothing for reasons that mean nothing is wrong', () => {
    for (const reason of [0, 5, 11, 12, 17, 18]) {
      expect(translate('onConnectionStateChanged', [conn, 3, reason])).toEqual([]);
    }
  });

  it('accepts the 3.x form (state, reason)', () => {
    const err = errorOf(translate('onConnectionStateChanged', [5, 8]));
    expect(err.code).toBe('token_invalid');
    expect(err.context).toMatchObject({ state: 5 });
  });

  it('reports an unlisted reason only when the connection failed', () => {
    expect(translate('onConnectionStateChanged', [conn, 4, 999])).toEqual([]);
    const err = errorOf(translate('onConnectionStateChanged', [conn, 5, 999]));
    expect([err.code, err.severity, err.vendorCode]).toEqual(['network_unavailable', 'fatal', 999]);
  });
});

describe('token and connection callbacks', () => {
  it('onTokenPrivilegeWillExpire is token_expiring and never copies the token', () => {
    const err = errorOf(translate('onTokenPrivilegeWillExpire', [conn, 'secret-token']));
    expect([err.code, err.severity, err.retry.strategy]).toEqual(['token_expiring', 'recoverable', 'renew-token']);
    expect(JSON.stringify(err.context)).not.toContain('secret-token');
    expect(err.detail ?? '').not.toContain('secret-token');
  });

  it('onRequestToken is token_expired', () => {
    expect(errorOf(translate('onRequestToken', [conn])).code).toBe('token_expired');
    expect(errorOf(translate('onRequestToken', [])).code).toBe('token_expired');
  });

  it('onConnectionLost and onConnectionInterrupted are recoverable; onConnectionBanned is fatal', () => {
    expect(errorOf(translate('onConnectionLost', [conn])).severity).toBe('recoverable');
    expect(errorOf(translate('onConnectionInterrupted', [conn])).severity).toBe('recoverable');
    const banned = errorOf(translate('onConnectionBanned', [conn]));
    expect([banned.code, banned.severity]).toEqual(['banned', 'fatal']);
  });

  it('onRejoinChannelSuccess is recovered', () => {
    const signals = translate('onRejoinChannelSuccess', [conn, 420]);
    expect(signals[0]?.type).toBe('recovered');
  });

  it('onLicenseValidationFailure is not_authorized with the license reason in context', () => {
    const err = errorOf(translate('onLicenseValidationFailure', [conn, 2]));
    expect(err.code).toBe('not_authorized');
    expect(err.context).toMatchObject({ licenseError: 2, channelId: 'room-1' });
  });
});

describe('local media callbacks', () => {
  it('reports a failed local audio state with its reason', () => {
    const err = errorOf(translate('onLocalAudioStateChanged', [conn, 3, 6]));
    expect([err.code, err.vendorName]).toEqual(['device_not_found', 'LOCAL_AUDIO_STREAM_REASON_NO_RECORDING_DEVICE']);
  });

  it('reports a failed state with reason OK as a general device failure', () => {
    const err = errorOf(translate('onLocalAudioStateChanged', [conn, 3, 0]));
    expect(err.code).toBe('device_failure');
    expect(err.vendorCode).toBe(0);
  });

  it('reports nothing for normal states', () => {
    expect(translate('onLocalAudioStateChanged', [conn, 2, 0])).toEqual([]);
    expect(translate('onLocalVideoStateChanged', [0, 1, 0])).toEqual([]);
  });

  it('reads onLocalVideoStateChanged(source, state, reason) and its 3.x form (state, error)', () => {
    const v4 = errorOf(translate('onLocalVideoStateChanged', [0, 3, 2]));
    expect([v4.code, v4.context.source, v4.context.state]).toEqual(['permission_denied', 0, 3]);
    const v3 = errorOf(translate('onLocalVideoStateChanged', [3, 3]));
    expect(v3.code).toBe('device_in_use');
  });

  it('turns screen-capture recovery reasons into recovered stream_interrupted', () => {
    const signals = translate('onLocalVideoStateChanged', [2, 1, 26]);
    expect(signals[0]?.type === 'recovered' && signals[0].recovered.code).toBe('stream_interrupted');
  });

  it('onPermissionError names the device', () => {
    const err = errorOf(translate('onPermissionError', [0]));
    expect([err.code, err.context.device]).toEqual(['permission_denied', 'microphone']);
  });
});

describe('translators on hostile arguments', () => {
  it('never throw, whatever the arguments', () => {
    const hostileConnection = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    for (const event of Object.keys(adapter.events)) {
      expect(() => translate(event, [hostileConnection, 5, 3])).not.toThrow();
      expect(() => translate(event, [])).not.toThrow();
      expect(() => translate(event, [Symbol('x'), 10n, null])).not.toThrow();
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(adapter.events)),
        fc.array(fc.anything({ withBigInt: true }), { maxLength: 4 }),
        (event, args) => {
          expect(Array.isArray(translate(event, args))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
