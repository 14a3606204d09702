/**
 * Recognizers of agora-ng: AgoraRTCError shapes, the split of overloaded codes by the server's
 * reason (read off the SDK bundle), vendor retry hints, HTTP statuses, the WebRTC shim's argument
 * errors, and hostile inputs.
 */
import { describe, expect, it } from 'vitest';
import { agoraNgAdapter, agoraNgZh } from '../../../adapters/agora-ng/index.js';
import { findReason } from '../../../adapters/agora-ng/reasons.js';
import { recognize } from '../../../adapters/agora-ng/recognize.js';
import { localize, normalize, unifiedZh } from '../../../src/index.js';
import { bundle, sdkEnum } from './sdk.js';

/** Built the way the SDK builds it: own `code`, `message`, `data` and `name` on an Error subclass. */
class KL extends Error {
  readonly code: string;
  readonly data: unknown;
  override readonly name = 'AgoraRTCException';
  constructor(code: string, detail = '', data?: unknown) {
    super(detail);
    this.code = code;
    this.message = `AgoraRTCError ${code}: ${detail}`;
    this.data = data;
  }
}

describe('recognizing AgoraRTCError', () => {
  it('reads code, detail and vendor names off a live error', () => {
    const err = normalize(new KL('INVALID_OPERATION', "Can't publish stream, haven't joined yet!"), agoraNgAdapter);
    expect(err.vendor).toBe('agora-ng');
    expect(err.code).toBe('not_joined'); // the detail says the client has not joined (agora-web says the same)
    expect(err.vendorCode).toBe('INVALID_OPERATION');
    expect(err.detail).toBe("Can't publish stream, haven't joined yet!");
  });

  it('keeps the whole message as detail when its code disagrees with the code property', () => {
    const odd = { name: 'AgoraRTCException', code: 'WS_ERR', message: 'AgoraRTCError WS_ABORT: type: publish' };
    const err = normalize(odd, agoraNgAdapter);
    expect(err.vendorCode).toBe('WS_ERR');
    expect(err.detail).toBe('AgoraRTCError WS_ABORT: type: publish');
  });

  it('leaves detail out when the SDK gave none', () => {
    expect(normalize(new KL('UID_CONFLICT'), agoraNgAdapter).detail).toBeUndefined();
  });

  it('recognizes a serialized copy (plain object) and the stringified message', () => {
    const copy = {
      name: 'AgoraRTCException',
      code: 'NETWORK_TIMEOUT',
      message: 'AgoraRTCError NETWORK_TIMEOUT: timeout',
    };
    expect(normalize(copy, agoraNgAdapter).code).toBe('network_timeout');
    const text = normalize('AgoraRTCError WS_ERR: init websocket failed! Error: 1006', agoraNgAdapter);
    expect(text.code).toBe('signaling_failed');
    expect(text.detail).toBe('init websocket failed! Error: 1006');
  });

  it('recognizes by message prefix when the name was lost (e.g. re-wrapped by an app)', () => {
    const wrapped = new Error('AgoraRTCError PERMISSION_DENIED: NotAllowedError: Permission denied');
    expect(normalize(wrapped, agoraNgAdapter).code).toBe('permission_denied');
  });

  it('accepts the oddly valued CROSS_CHANNEL_FAILED_JOIN_SRC by its value and its name', () => {
    expect(recognize(new KL('CROSS_CHANNEL_FAILED_JOIN_SEC'))?.entry?.vendorName).toBe('CROSS_CHANNEL_FAILED_JOIN_SRC');
    expect(recognize({ name: 'AgoraRTCException', code: 'CROSS_CHANNEL_FAILED_JOIN_SRC' })?.entry?.vendorCode).toBe(
      'CROSS_CHANNEL_FAILED_JOIN_SEC',
    );
  });

  it('does not claim values of other shapes', () => {
    expect(recognize({ code: 'NOT_A_CODE', message: 'something else' })).toBeUndefined(); // no code of this SDK
    expect(recognize({ name: 'AgoraRTCException', code: 'NOT_A_CODE', message: 'x' })).toBeUndefined();
    expect(recognize(new Error('AgoraRTCError NOT_A_CODE: x'))).toBeUndefined();
    expect(recognize(new TypeError("Cannot read properties of undefined (reading 'join')"))).toBeUndefined();
    expect(recognize('plain text')).toBeUndefined();
    expect(recognize(42)).toBeUndefined();
    expect(normalize(new TypeError('x is not a function'), agoraNgAdapter).vendor).toBe('unknown');
  });
});

describe('every AgoraRTCErrorCode the SDK defines', () => {
  it('normalizes to its catalog entry, with consistent retry hints and Chinese text', () => {
    for (const [member, value] of sdkEnum('AgoraRTCErrorCode')) {
      const err = normalize(new KL(value, 'some detail'), agoraNgAdapter);
      const entry = agoraNgAdapter.lookup(value);
      expect(err.vendor, member).toBe('agora-ng');
      expect(err.vendorName, member).toBe(member);
      expect(err.code, member).toBe(entry?.code);
      expect(err.message, member).toBe(entry?.message);
      if (err.severity === 'fatal') expect(err.retry.retryable, member).toBe(false);
      const zh = localize(err, [agoraNgZh, unifiedZh]);
      expect(zh.locale, member).toBe('zh');
    }
  });
});

describe('overloaded codes split by the server reason', () => {
  it.each([
    ['dynamic key expired', 'token_expired'],
    ['invalid vendor key, can not find appid', 'app_id_invalid'],
    ['no active status', 'app_inactive'],
    ['dynamic use static key', 'token_invalid'],
    ['static use dynamic key', 'token_invalid'],
    ['invalid token, authorized failed', 'token_invalid'],
    ['K_UID_BANNED: uid banned', 'banned'],
    ['ERR_INVALID_CHANNEL_NAME: invalid channel name', 'invalid_channel_name'],
  ])('CAN_NOT_GET_GATEWAY_SERVER "%s" → %s', (desc, code) => {
    const raw = new KL(
      'CAN_NOT_GET_GATEWAY_SERVER',
      `flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: ${desc}`,
      {
        retry: false,
        csIp: '10.0.0.1',
        desc: [desc],
      },
    );
    const err = normalize(raw, agoraNgAdapter);
    expect(err.code).toBe(code);
    expect(err.vendorCode).toBe('CAN_NOT_GET_GATEWAY_SERVER');
    expect(err.retry.retryable).toBe(false);
    expect(err.severity).toBe('fatal');
    expect(err.context).toMatchObject({ csIp: '10.0.0.1', serverReason: desc });
  });

  it('uses data.desc as a string (single access-point error) and the detail alone', () => {
    expect(
      normalize(new KL('CAN_NOT_GET_GATEWAY_SERVER', 'x', { desc: 'no active status', retry: false }), agoraNgAdapter)
        .code,
    ).toBe('app_inactive');
    expect(normalize(new KL('UNEXPECTED_RESPONSE', 'ERR_NO_ACTIVE_STATUS: no active'), agoraNgAdapter).code).toBe(
      'app_inactive',
    );
  });

  it('reports the reason the app must act on when an aggregate names several', () => {
    const raw = new KL(
      'CAN_NOT_GET_GATEWAY_SERVER',
      'flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: no service available | flag: 1048576, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key expired',
      { retry: true, desc: ['no service available', 'dynamic key expired'] },
    );
    expect(normalize(raw, agoraNgAdapter).code).toBe('token_expired');
  });

  it('keeps the generic entry when no reason is recognized', () => {
    const err = normalize(
      new KL('CAN_NOT_GET_GATEWAY_SERVER', 'flag: 4096, message: x: invalid flag', {
        retry: false,
        desc: ['invalid flag'],
      }),
      agoraNgAdapter,
    );
    expect(err.code).toBe('gateway_unreachable');
    expect(err.severity).toBe('fatal'); // data.retry === false
    expect(err.retry.strategy).toBe('none');
  });

  it('does not split codes that are not overloaded', () => {
    expect(
      normalize(new KL('INVALID_PARAMS', 'Invalid token: 1. If you don not use token, set it to null'), agoraNgAdapter)
        .code,
    ).toBe('invalid_params');
  });

  describe('every reason in the bundle’s access-point and gateway tables', () => {
    const descs = [...bundle.matchAll(/\{desc:"([^"]+)",(retry|action):(!0|!1|"[A-Za-z]+")\}/g)].map((m) => ({
      desc: m[1] as string,
      hint: `${m[2]}:${m[3]}`,
    }));
    // Reasons that say nothing the app can act on (request plumbing, tests, fallbacks the SDK handles).
    const INTERNAL =
      /^(flag |invalid flag|invalid service id|unknown error|request downgrade fallback|ERR_TEST_|k_AUTO_REBALANCE|ERR_JOIN_BY_MULTI_IP|ERR_SET_CLIENT_ROLE_ALREADY_IN_USE)/;

    it('reads the tables', () => expect(descs.length).toBeGreaterThan(60));

    it('maps every reason the SDK treats as final (retry false, action failed/quit) to a unified code', () => {
      const final = descs.filter((d) => ['retry:!1', 'action:"failed"', 'action:"quit"'].includes(d.hint));
      const unmapped = final
        .filter((d) => !INTERNAL.test(d.desc) && findReason(d.desc) === undefined)
        .map((d) => d.desc);
      expect(unmapped).toEqual([]);
    });

    it('never maps a reason the SDK retries to an auth code', () => {
      const retried = descs.filter((d) => ['retry:!0', 'action:"tryNext"'].includes(d.hint));
      for (const d of retried) {
        const code = findReason(d.desc)?.code;
        expect(['token_expired', 'token_invalid', 'app_id_invalid', 'app_inactive', 'banned'], d.desc).not.toContain(
          code,
        );
      }
    });
  });
});

describe('vendor retry hints and HTTP statuses', () => {
  it('data.retry === false makes the error fatal and not retryable', () => {
    const err = normalize(new KL('NETWORK_TIMEOUT', 'timeout', { retry: false }), agoraNgAdapter);
    expect(err.severity).toBe('fatal');
    expect(err.retry.retryable).toBe(false);
  });

  it('data.retry === true makes it recoverable and retryable, keeping a retrying strategy', () => {
    const err = normalize(
      new KL('UNEXPECTED_RESPONSE', 'live streaming ap error, code500', { retry: true }),
      agoraNgAdapter,
    );
    expect(err.severity).toBe('recoverable');
    expect(err.retry).toMatchObject({ retryable: true, strategy: 'backoff' });
    const ws = normalize(new KL('WS_ABORT', '', { retry: true }), agoraNgAdapter);
    expect(ws.retry.strategy).toBe('wait-for-network');
  });

  it('data.retry === true keeps the unified default strategy when it retries, and renew-token', () => {
    expect(normalize(new KL('SUBSCRIBE_FAILED', 'code 1: x', { retry: true }), agoraNgAdapter).retry.strategy).toBe(
      'resubscribe',
    );
    expect(normalize(new KL('ICE_FAILED', '', { retry: true }), agoraNgAdapter).retry.strategy).toBe('rejoin');
    const token = normalize(new KL('TOKEN_EXPIRE', 'dynamic key expired', { retry: true }), agoraNgAdapter);
    expect(token.retry).toMatchObject({ retryable: true, strategy: 'renew-token' });
    const fatalByDefault = normalize(new KL('INVALID_PARAMS', 'x', { retry: true }), agoraNgAdapter);
    expect(fatalByDefault.retry).toMatchObject({ retryable: true, strategy: 'backoff' });
    expect(fatalByDefault.severity).toBe('recoverable');
  });

  it('ignores a non-boolean retry', () => {
    const err = normalize(new KL('NETWORK_TIMEOUT', 'timeout', { retry: 'no' }), agoraNgAdapter);
    expect(err.retry.retryable).toBe(true);
  });

  it.each([
    ['500', 'server_error', true],
    ['502', 'server_error', true],
    ['503', 'server_error', true],
    ['429', 'rate_limited', true],
    ['400', 'request_rejected', false],
    ['403', 'request_rejected', false],
  ])('NETWORK_RESPONSE_ERROR %s → %s', (status, code, retryable) => {
    const err = normalize(new KL('NETWORK_RESPONSE_ERROR', status), agoraNgAdapter);
    expect(err.code).toBe(code);
    expect(err.retry.retryable).toBe(retryable);
    expect(err.context.httpStatus).toBe(Number(status));
  });

  it('keeps the catalog entry for a non-numeric response error', () => {
    expect(normalize(new KL('NETWORK_RESPONSE_ERROR', 'bad gateway'), agoraNgAdapter).code).toBe('server_error');
  });
});

describe('browser media errors inside AgoraRTCError', () => {
  it.each([
    ['PERMISSION_DENIED', 'NotAllowedError: Permission denied', 'permission_denied'],
    ['DEVICE_NOT_FOUND', 'NotFoundError: Requested device not found', 'device_not_found'],
    ['NOT_READABLE', 'NotReadableError: Could not start video source', 'device_in_use'],
    ['MEDIA_OPTION_INVALID', 'TrackStartError: Could not start', 'device_in_use'],
    ['MEDIA_OPTION_INVALID', 'OverconstrainedError: undefined', 'constraint_not_satisfied'],
  ])('%s "%s" → %s', (code, detail, unified) => {
    const err = normalize(new KL(code, detail), agoraNgAdapter);
    expect(err.code).toBe(unified);
    expect(err.vendorCode).toBe(code);
    expect(err.context.mediaError).toBe(detail.split(':')[0]);
  });
});

describe('the WebRTC shim’s argument errors', () => {
  it('are invalid_params, fatal', () => {
    for (const raw of [
      new TypeError('Invalid RID value provided.'),
      new TypeError('Message too large (can send a maximum of 262144 bytes)'),
      new RangeError('max_framerate must be >= 0.0'),
    ]) {
      const err = normalize(raw, agoraNgAdapter);
      expect(err.code).toBe('invalid_params');
      expect(err.severity).toBe('fatal');
      expect(err.vendor).toBe('agora-ng');
    }
  });

  it('are messages the bundle really contains', () => {
    expect(bundle).toContain('"Invalid RID value provided."');
    expect(bundle).toContain('"scale_resolution_down_by must be >= 1.0"');
    expect(bundle).toContain('"max_framerate must be >= 0.0"');
    expect(bundle).toContain('"Message too large (can send a maximum of "');
  });
});

describe('hostile inputs', () => {
  const throwing = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const getterBomb = Object.defineProperties(new Error('x'), {
    name: { get: () => 'AgoraRTCException' },
    code: { get: () => 'CAN_NOT_GET_GATEWAY_SERVER' },
    data: {
      get: () => {
        throw new Error('boom');
      },
    },
  });
  const hugeDesc = new KL('CAN_NOT_GET_GATEWAY_SERVER', 'x'.repeat(100_000), {
    desc: new Array(100_000).fill('dynamic key expired'),
  });
  const descProxy = new KL('CAN_NOT_GET_GATEWAY_SERVER', 'x', {
    desc: new Proxy(['a'], {
      get(t, k) {
        if (k === 'length') return 3;
        throw new Error('trap');
      },
    }),
  });
  const codeObject = { name: 'AgoraRTCException', code: { toString: () => 'INVALID_PARAMS' }, message: 1 };
  const cases: [string, unknown][] = [
    ['a throwing proxy', throwing],
    ['a revoked proxy', revocable.proxy],
    ['an error whose data getter throws', getterBomb],
    ['a huge detail and desc', hugeDesc],
    ['a desc proxy', descProxy],
    ['a code that is an object', codeObject],
    ['null', null],
    ['a symbol', Symbol('x')],
  ];

  it.each(cases)('normalize never throws on %s', (_label, raw) => {
    const err = normalize(raw, agoraNgAdapter);
    expect(err.message.length).toBeGreaterThan(0);
    expect(() => JSON.stringify(err)).not.toThrow();
  });

  it('still recognizes what it can read', () => {
    expect(normalize(getterBomb, agoraNgAdapter).vendorCode).toBe('CAN_NOT_GET_GATEWAY_SERVER');
    const big = normalize(hugeDesc, agoraNgAdapter);
    expect(big.code).toBe('token_expired');
    expect((big.detail ?? '').length).toBeLessThanOrEqual(2048);
  });
});
