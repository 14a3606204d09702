/** The agora-web recognizer on the shapes the 3.x SDK produces, and on values it must leave alone. */
import { describe, expect, it } from 'vitest';
import { agoraWebAdapter } from '../../../adapters/agora-web/index.js';
import { normalize } from '../../../src/index.js';

const recognize = (raw: unknown) => agoraWebAdapter.recognize(raw, {});

describe('agora-web recognize: onFailure strings and numbers', () => {
  it('recognizes error table values, keeping the value as reported', () => {
    expect(recognize('INVALID_OPERATION')).toMatchObject({
      vendorCode: 'INVALID_OPERATION',
      entry: { code: 'invalid_state' },
    });
    expect(recognize(' STREAM_ALREADY_PUBLISHED ')?.entry?.code).toBe('already_published');
    expect(recognize('110')).toMatchObject({ vendorCode: '110', entry: { vendorName: 'ERR_INVALID_DYNAMIC_KEY' } });
    expect(recognize(110)).toMatchObject({ vendorCode: 110 });
  });

  it('reads gateway numbers the SDK could not name', () => {
    expect(recognize('UNKNOW_ERROR_16')?.entry?.vendorName).toBe('K_CHANNEL_BANNED');
    expect(recognize('UNKNOW_ERROR_9999')).toMatchObject({ code: 'server_error', vendorCode: 'UNKNOW_ERROR_9999' });
  });

  it('reads the access point failure text', () => {
    expect(recognize('Get server node failed [INVALID_VENDOR_KEY]')).toMatchObject({
      vendorCode: 'INVALID_VENDOR_KEY',
      entry: { code: 'app_id_invalid' },
    });
  });

  it('leaves unknown strings and non-finite numbers alone', () => {
    expect(recognize('hello world')).toBeUndefined();
    expect(recognize('SOMETHING_ELSE')).toBeUndefined();
    expect(recognize('')).toBeUndefined();
    expect(recognize(Number.NaN)).toBeUndefined();
    expect(recognize(Infinity)).toBeUndefined();
    expect(recognize(987654)).toBeUndefined();
  });
});

describe('agora-web recognize: Stream.init failures', () => {
  it('puts msg and info in detail so core refines browser media names', () => {
    const err = normalize({ type: 'error', msg: 'NotAllowedError', info: 'Permission denied' }, agoraWebAdapter);
    expect(err.vendor).toBe('agora-web');
    expect(err.code).toBe('permission_denied');
    expect(err.detail).toBe('NotAllowedError: Permission denied');
    expect(err.vendorCode).toBe('NotAllowedError');
  });

  it('keeps the SDK code when msg is one', () => {
    const err = normalize({ type: 'error', msg: 'CONSTRAINT_NOT_SATISFIED', info: null }, agoraWebAdapter);
    expect(err).toMatchObject({ code: 'constraint_not_satisfied', vendorName: 'CONSTRAINT_NOT_SATISFIED' });
  });

  it('keeps the warning kind of init warnings', () => {
    expect(normalize({ type: 'warning', msg: 'STREAM_NOT_LOCAL' }, agoraWebAdapter)).toMatchObject({
      kind: 'warning',
      code: 'invalid_state',
    });
  });

  it('classes an init failure with unknown text as internal, with the text kept', () => {
    const err = normalize({ type: 'error', msg: 'Cannot read property getTracks of null' }, agoraWebAdapter);
    expect(err.code).toBe('internal_error');
    expect(err.detail).toContain('getTracks');
  });

  it('does not claim objects with a type but no msg or reason', () => {
    expect(recognize({ type: 'error' })).toBeUndefined();
    expect(recognize({ type: 'info', msg: 'INVALID_OPERATION' })).toBeUndefined();
  });
});

describe('agora-web recognize: thrown errors', () => {
  it('recognizes codes thrown as messages', () => {
    expect(normalize(new Error('INVALID_CLIENT_MODE'), agoraWebAdapter)).toMatchObject({
      code: 'invalid_params',
      vendorCode: 'INVALID_CLIENT_MODE',
      vendor: 'agora-web',
    });
  });

  it.each([
    'Invalid string param: Length of the string: [1,255]. ASCII characters only.',
    'Invalid uid: The value range is [0,4294967295]',
    'Invalid audio: The value is of the boolean type.',
    'Invalid token: Token is of the string type .Length of the string: [1,255]. ASCII characters only.',
    'Invalid param: channel cannot be empty',
    'param cannot be null',
    'options is of the object type',
    'areaCode should be an array',
    'Param user[0] - [uid] is inValid',
    'Invalid Profile 9000p',
    'udpport should not be 0',
  ])('classes the SDK parameter check "%s" as invalid_params', (message) => {
    const err = normalize(new Error(message), agoraWebAdapter);
    expect(err.code).toBe('invalid_params');
    expect(err.vendor).toBe('agora-web');
    expect(err.detail).toBe(message);
  });

  it('classes call-order checks as invalid_state', () => {
    expect(normalize(new Error('Stop proxy server after leave channel'), agoraWebAdapter).code).toBe('invalid_state');
  });

  it.each(['Cannot read properties of undefined (reading "play")', 'Failed to fetch', 'Invalid Date', 'timeout'])(
    'does not claim the unrelated error "%s"',
    (message) => {
      expect(recognize(new Error(message))).toBeUndefined();
      expect(normalize(new Error(message), agoraWebAdapter).vendor).not.toBe('agora-web');
    },
  );

  it('leaves raw browser media errors to core', () => {
    const err = normalize(new DOMException('Permission denied', 'NotAllowedError'), agoraWebAdapter);
    expect(err).toMatchObject({ vendor: 'browser', code: 'permission_denied' });
  });

  it('recognizes AgoraRTCException objects of the newer modules, known or not', () => {
    expect(
      normalize(
        { name: 'AgoraRTCException', code: 'WS_ABORT', message: 'AgoraRTCError WS_ABORT: websocket abort' },
        agoraWebAdapter,
      ),
    ).toMatchObject({ code: 'signaling_failed', detail: 'AgoraRTCError WS_ABORT: websocket abort' });
    expect(
      normalize(
        { name: 'AgoraRTCException', code: 'BRAND_NEW', message: 'AgoraRTCError BRAND_NEW: x' },
        agoraWebAdapter,
      ),
    ).toMatchObject({ vendor: 'agora-web', code: 'unknown', vendorCode: 'BRAND_NEW' });
  });
});

describe('agora-web recognize: event payloads passed to normalize', () => {
  it('follows the reason of an error event', () => {
    expect(normalize({ type: 'error', reason: 'SOCKET_DISCONNECTED' }, agoraWebAdapter).code).toBe(
      'network_unavailable',
    );
  });

  it('reads an exception payload in the EXCEPTION family', () => {
    expect(normalize({ code: 2002, msg: 'AUDIO_OUTPUT_LEVEL_TOO_LOW', uid: '1' }, agoraWebAdapter)).toMatchObject({
      vendorName: 'AUDIO_OUTPUT_LEVEL_TOO_LOW',
      code: 'stream_interrupted',
    });
  });

  it('reads a ChannelMediaError in the RELAY family, not as a K code', () => {
    expect(normalize({ code: 10, message: 'SRC_TOKEN_EXPIRED' }, agoraWebAdapter)).toMatchObject({
      vendorName: 'SRC_TOKEN_EXPIRED',
      vendorCode: 10,
    });
    expect(recognize({ code: 10, message: 'something else' })).toBeUndefined();
  });

  it('uses the caller operation', () => {
    expect(normalize('INVALID_OPERATION', agoraWebAdapter, { operation: 'subscribe' }).operation).toBe('subscribe');
  });
});

describe('agora-web recognize: exact codes only', () => {
  it('does not claim a lower-case word that happens to spell a code', () => {
    expect(recognize('timeout')).toBeUndefined();
    expect(recognize('failed')).toBeUndefined();
    expect(agoraWebAdapter.lookup('timeout')?.vendorName).toBe('TIMEOUT');
  });

  it('claims the SDK mixed-case init message it documents', () => {
    expect(recognize({ type: 'error', msg: 'PluginNotInstalledProperly' })?.entry?.code).toBe('screen_share_failed');
  });
});
