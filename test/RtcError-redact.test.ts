/** `RtcError.toJSON()` masks secrets carried in its strings (message, detail, context, cause). */
import { describe, expect, it } from 'vitest';
import { RtcError } from '../src/index.js';

const TOKEN = `007eJxTYBBa${'Q'.repeat(120)}`;

describe('RtcError.toJSON redacts secrets', () => {
  it('in the detail, the context and the cause, keeping everything else', () => {
    const cause = Object.assign(new Error(`join failed: wss://gw.example/ws?appid=a1&token=${TOKEN}&nonce=AK-99`), {
      code: 'CAN_NOT_GET_GATEWAY_SERVER',
    });
    const error = new RtcError({
      code: 'token_invalid',
      detail: `invalid token ${TOKEN}`,
      context: { channel: 'room-1', token: 'sha256-hex-token-value', uid: 7 },
      cause,
    });
    const json = error.toJSON();
    const text = JSON.stringify(json);
    expect(text).not.toContain(TOKEN.slice(10, 40));
    expect(text).not.toContain('sha256-hex-token-value');
    expect(text).not.toContain('AK-99');
    expect(json.detail).toBe('invalid token 007***');
    expect(json.context).toEqual({ channel: 'room-1', token: '***', uid: 7 });
    expect(json.code).toBe('token_invalid');
    expect(json.cause).toMatchObject({ code: 'CAN_NOT_GET_GATEWAY_SERVER' });
    expect((json.cause as { message: string }).message).toBe(
      'join failed: wss://gw.example/ws?appid=a1&token=***&nonce=***',
    );
    // The error itself is untouched: only what leaves as JSON is masked.
    expect(error.detail).toContain(TOKEN);
  });
});
