/** Hostile values never make the agora-web adapter break `normalize` or `translateEvent`. */
import { describe, expect, it } from 'vitest';
import { agoraWebAdapter } from '../../../adapters/agora-web/index.js';
import { isRtcError, normalize, translateEvent } from '../../../src/index.js';
import { trapsThrow } from '../../support/hostile.js';

function throwingProxy(): object {
  return trapsThrow(['get', 'has', 'ownKeys', 'getPrototypeOf']);
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const getterBomb = (keys: string[]) => {
  const o: Record<string, unknown> = {};
  for (const k of keys)
    Object.defineProperty(o, k, {
      enumerable: true,
      get: () => {
        throw new Error(`getter ${k}`);
      },
    });
  return o;
};

const HOSTILE: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['symbol', Symbol('x')],
  ['bigint', 10n],
  ['NaN', Number.NaN],
  ['-Infinity', -Infinity],
  ['huge string', 'INVALID_'.repeat(100_000)],
  ['huge UNKNOW_ERROR', `UNKNOW_ERROR_${'9'.repeat(5000)}`],
  ['throwing proxy', throwingProxy()],
  ['revoked proxy', revoked()],
  ['init failure with throwing getters', Object.assign(getterBomb(['msg', 'info']), { type: 'error' })],
  ['type getter throws', getterBomb(['type'])],
  ['reason is a proxy', { type: 'error', reason: throwingProxy() }],
  [
    'deep reason chain',
    {
      type: 'error',
      reason: {
        type: 'error',
        reason: { type: 'error', reason: { type: 'error', reason: { type: 'error', reason: 'INVALID_OPERATION' } } },
      },
    },
  ],
  [
    'msg is an object',
    {
      type: 'error',
      msg: {
        toString: () => {
          throw new Error('x');
        },
      },
    },
  ],
  [
    'Error with throwing message',
    Object.defineProperty(new Error('x'), 'message', {
      get: () => {
        throw new Error('m');
      },
    }),
  ],
  [
    'AgoraRTCException with a throwing code',
    Object.assign(getterBomb(['code', 'message']), { name: 'AgoraRTCException' }),
  ],
  [
    'code is an object',
    {
      code: {
        valueOf: () => {
          throw new Error('v');
        },
      },
      message: 'SERVER_NO_RESPONSE',
    },
  ],
  ['function', () => 'INVALID_OPERATION'],
  ['array', ['INVALID_OPERATION']],
];

describe('agora-web: hostile values', () => {
  it.each(HOSTILE)('normalize never throws on %s', (_name, raw) => {
    const err = normalize(raw, agoraWebAdapter);
    expect(isRtcError(err)).toBe(true);
    expect(() => JSON.stringify(err)).not.toThrow();
  });

  it('bounds the detail of huge values', () => {
    const err = normalize({ type: 'error', msg: 'NotAllowedError', info: 'x'.repeat(1_000_000) }, agoraWebAdapter);
    expect(err.code).toBe('permission_denied');
    expect((err.detail ?? '').length).toBeLessThanOrEqual(2048);
  });

  const events = Object.keys(agoraWebAdapter.events);
  it.each(events.flatMap((event) => HOSTILE.map(([name, raw]) => [event, name, raw] as const)))(
    'translateEvent(%s) never throws on %s',
    (event, _name, raw) => {
      const signals = translateEvent(agoraWebAdapter, event, [raw]);
      expect(Array.isArray(signals)).toBe(true);
      for (const s of signals) expect(s.type === 'error' || s.type === 'recovered').toBe(true);
    },
  );

  it('translators do not throw themselves on hostile payloads (core guard not needed)', () => {
    for (const event of events) {
      const translator = agoraWebAdapter.events[event];
      for (const [, raw] of HOSTILE) expect(() => translator?.([raw])).not.toThrow();
      expect(() => translator?.([])).not.toThrow();
    }
  });

  it('recognize itself does not throw on hostile values', () => {
    for (const [, raw] of HOSTILE) expect(() => agoraWebAdapter.recognize(raw, {})).not.toThrow();
  });
});
