/**
 * Event translators of agora-ng beyond the fixtures: every translated event name is one the SDK
 * emits, exception/recovery pairs, connection states, relay, live streaming, and hostile payloads.
 */
import { describe, expect, it } from 'vitest';
import { NOT_ERRORS } from '../../../adapters/agora-ng/catalog.js';
import { agoraNgAdapter } from '../../../adapters/agora-ng/index.js';
import { translateEvent, type RtcSignal } from '../../../src/index.js';
import { bundle, bundleExceptionCodes, sdkEnum } from './sdk.js';

const run = (event: string, ...args: unknown[]): RtcSignal[] => translateEvent(agoraNgAdapter, event, args);
const only = (signals: RtcSignal[]): RtcSignal => {
  expect(signals).toHaveLength(1);
  return signals[0] as RtcSignal;
};
const errorOf = (signals: RtcSignal[]) => {
  const s = only(signals);
  if (s.type !== 'error') throw new Error(`expected an error signal, got ${s.type}`);
  return s.error;
};
const recoveredOf = (signals: RtcSignal[]) => {
  const s = only(signals);
  if (s.type !== 'recovered') throw new Error(`expected a recovered signal, got ${s.type}`);
  return s.recovered;
};

describe('translated event names', () => {
  it('are all event names of the SDK bundle', () => {
    for (const name of Object.keys(agoraNgAdapter.events)) expect(bundle, name).toContain(`"${name}"`);
  });
});

describe('exception', () => {
  it('pairs every emitted exception code with its recovery (+2000)', () => {
    for (const [code, msg] of bundleExceptionCodes()) {
      const problem = errorOf(run('exception', { code, msg, uid: 1 }));
      expect(problem.kind).toBe('warning');
      expect(problem.severity).toBe('recoverable');
      expect(problem.vendorCode).toBe(code);
      const recovered = recoveredOf(run('exception', { code: code + 2000, msg: `${msg}_RECOVER`, uid: 1 }));
      expect(recovered.code).toBe(problem.code);
      expect(recovered.vendorName).toBe(`exception.${msg}_RECOVER`);
      expect(recovered.context.uid).toBe(1);
    }
  });

  it('accepts a code given as text and reports an unknown problem code as a recoverable warning', () => {
    expect(errorOf(run('exception', { code: '1001', msg: 'FRAMERATE_INPUT_TOO_LOW', uid: 1 })).code).toBe(
      'device_warning',
    );
    const unknown = errorOf(run('exception', { code: 1999, msg: 'NEW_THING', uid: 1 }));
    expect(unknown).toMatchObject({ code: 'unknown', kind: 'warning', severity: 'recoverable', detail: 'NEW_THING' });
  });

  it('ignores payloads without a usable code and unknown recoveries', () => {
    expect(run('exception')).toEqual([]);
    expect(run('exception', { msg: 'x' })).toEqual([]);
    expect(run('exception', { code: 3999, msg: 'X_RECOVER' })).toEqual([]);
    expect(run('exception', { code: 1.5 })).toEqual([]);
  });
});

describe('connection-state-change', () => {
  it('turns every error reason of ConnectionDisconnectedReason into an error carrying the states', () => {
    const notErrors = NOT_ERRORS.ConnectionDisconnectedReason ?? [];
    for (const [member, value] of sdkEnum('ConnectionDisconnectedReason')) {
      const signals = run('connection-state-change', 'DISCONNECTED', 'CONNECTED', value);
      if (notErrors.includes(value)) {
        expect(signals, member).toEqual([]);
        continue;
      }
      const err = errorOf(signals);
      expect(err.vendorName).toBe(`ConnectionDisconnectedReason.${member}`);
      expect(err.context).toMatchObject({ state: 'DISCONNECTED', prevState: 'CONNECTED', reason: value });
    }
  });

  it('maps bans to fatal banned, network and server errors to recoverable', () => {
    for (const reason of ['UID_BANNED', 'IP_BANNED', 'CHANNEL_BANNED']) {
      expect(errorOf(run('connection-state-change', 'DISCONNECTED', 'CONNECTED', reason))).toMatchObject({
        code: 'banned',
        severity: 'fatal',
      });
    }
    for (const reason of ['NETWORK_ERROR', 'SERVER_ERROR']) {
      expect(errorOf(run('connection-state-change', 'DISCONNECTED', 'RECONNECTING', reason)).severity).toBe(
        'recoverable',
      );
    }
  });

  it('reports an unknown reason without inventing a meaning', () => {
    const err = errorOf(run('connection-state-change', 'DISCONNECTED', 'CONNECTED', 'SOMETHING_NEW'));
    expect(err).toMatchObject({ code: 'unknown', vendorCode: 'SOMETHING_NEW' });
  });

  it('says nothing for leave, a missing reason or ordinary transitions', () => {
    expect(run('connection-state-change', 'DISCONNECTED', 'DISCONNECTING', 'LEAVE')).toEqual([]);
    expect(run('connection-state-change', 'DISCONNECTED', 'CONNECTING')).toEqual([]);
    expect(run('connection-state-change', 'CONNECTED', 'CONNECTING')).toEqual([]);
    expect(run('connection-state-change', 'DISCONNECTING', 'CONNECTED')).toEqual([]);
  });

  it('reports reconnecting as a warning and reconnected as its recovery', () => {
    expect(errorOf(run('connection-state-change', 'RECONNECTING', 'CONNECTED'))).toMatchObject({
      code: 'network_unavailable',
      kind: 'warning',
    });
    expect(recoveredOf(run('connection-state-change', 'CONNECTED', 'RECONNECTING')).code).toBe('network_unavailable');
  });
});

describe('channel media relay', () => {
  it('reports every relay error code, and a failure state without one', () => {
    for (const [, value] of sdkEnum('ChannelMediaRelayError')) {
      const signals = run('channel-media-relay-state', 'RELAY_STATE_FAILURE', value);
      expect(errorOf(signals).context.state).toBe('RELAY_STATE_FAILURE');
    }
    expect(errorOf(run('channel-media-relay-state', 'RELAY_STATE_FAILURE', 'RELAY_OK')).code).toBe('relay_failed');
  });

  it('says nothing for normal states and events', () => {
    for (const state of NOT_ERRORS.ChannelMediaRelayState ?? [])
      expect(run('channel-media-relay-state', state, 'RELAY_OK')).toEqual([]);
    for (const event of (NOT_ERRORS.ChannelMediaRelayEvent ?? []).filter((e) => e !== 'NETWORK_CONNECTED')) {
      expect(run('channel-media-relay-event', event), event).toEqual([]);
    }
  });

  it('reports a refused destination update as a warning', () => {
    expect(errorOf(run('channel-media-relay-event', 'PACKET_UPDATE_DEST_CHANNEL_REFUSED'))).toMatchObject({
      code: 'relay_failed',
      kind: 'warning',
    });
  });
});

describe('live streaming', () => {
  it('keeps the error as cause and the url in context', () => {
    const err = Object.assign(new Error('AgoraRTCError LIVE_STREAMING_CDN_ERROR: '), {
      name: 'AgoraRTCException',
      code: 'LIVE_STREAMING_CDN_ERROR',
    });
    const out = errorOf(run('live-streaming-error', 'rtmp://x/live/1', err));
    expect(out.cause).toBe(err);
    expect(out.context.url).toBe('rtmp://x/live/1');
  });

  it('reports an unrecognizable payload as live_streaming_failed, warnings recoverable', () => {
    expect(errorOf(run('live-streaming-error', 'rtmp://x', { weird: true })).code).toBe('live_streaming_failed');
    const warning = errorOf(run('live-streaming-warning', 'rtmp://x'));
    expect(warning).toMatchObject({ code: 'live_streaming_failed', kind: 'warning', severity: 'recoverable' });
  });
});

describe('stream-fallback and one-shot events', () => {
  it('ignores an unknown fallback kind', () => {
    expect(run('stream-fallback', 1, 'sideways')).toEqual([]);
  });

  it('reads the blocked URI of a CSP violation event', () => {
    const err = errorOf(
      run('security-policy-violation', { blockedURI: 'wss://edge.agora.io', violatedDirective: 'connect-src' }),
    );
    expect(err.context).toMatchObject({ blockedURI: 'wss://edge.agora.io', violatedDirective: 'connect-src' });
  });

  it('recognizes content-inspect-error only when it carries an AgoraRTCError', () => {
    expect(run('content-inspect-error')).toEqual([]);
    const err = Object.assign(new Error('AgoraRTCError UNEXPECTED_RESPONSE: image inspect ap empty server'), {
      name: 'AgoraRTCException',
      code: 'UNEXPECTED_RESPONSE',
    });
    expect(errorOf(run('content-inspect-error', err)).vendorCode).toBe('UNEXPECTED_RESPONSE');
  });
});

describe('hostile payloads', () => {
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
    },
  );
  it('never throw out of translateEvent', () => {
    for (const event of Object.keys(agoraNgAdapter.events)) {
      for (const args of [[trap], [trap, trap, trap], [undefined], [null, 1n], [Symbol('s'), {}]]) {
        expect(() => translateEvent(agoraNgAdapter, event, args)).not.toThrow();
      }
    }
  });
});
