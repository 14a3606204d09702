import { createHash, createHmac } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MASK, redact, redactValue } from '../src/redact.js';

// Token shapes built the way the vendors build them (field layout from their token builders),
// with made-up keys: the shape is what redaction must recognize, not any real credential.
const APP_ID = '970ca35de60c44645bbae8a215061b33';
const APP_CERT = '5cfd2fd1755d40ecb72977518be15d3b';

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function bytes(b: Buffer): Buffer {
  return Buffer.concat([u16(b.length), b]);
}

/** Agora AccessToken (version 006): "006" + app id + base64(signature, crc32s, message). */
function agora006(channel: string, uid: string, salt: number): string {
  const message = Buffer.concat([u32(salt), u32(1_700_000_000 + salt), u16(1), u16(1), u32(1_700_086_400)]);
  const signature = createHmac('sha256', APP_CERT)
    .update(Buffer.concat([Buffer.from(APP_ID + channel + uid), message]))
    .digest();
  const content = Buffer.concat([bytes(signature), u32(0x1234abcd), u32(0x9f8e7d6c), bytes(message)]);
  return `006${APP_ID}${content.toString('base64')}`;
}

/** Agora AccessToken2 (version 007): "007" + base64(zlib(signature, app id, times, services)). */
function agora007(channel: string, uid: string, salt: number): string {
  const service = Buffer.concat([
    u16(1),
    u16(1),
    u16(1),
    u32(86_400),
    bytes(Buffer.from(channel)),
    bytes(Buffer.from(uid)),
  ]);
  const body = Buffer.concat([bytes(Buffer.from(APP_ID)), u32(1_700_000_000), u32(86_400), u32(salt), u16(1), service]);
  const signature = createHmac('sha256', APP_CERT).update(body).digest();
  return `007${deflateSync(Buffer.concat([bytes(signature), body])).toString('base64')}`;
}

/** Alibaba Cloud RTC token: sha256 hex of app id, app key, channel, user, nonce, timestamp. */
function aliyunToken(channel: string, user: string, nonce: string, timestamp: number): string {
  return createHash('sha256').update(`${APP_ID}${APP_CERT}${channel}${user}${nonce}${timestamp}`).digest('hex');
}

/** Alibaba "single-parameter" join token: base64 of the whole auth JSON. */
function aliyunJoinToken(channel: string, user: string): string {
  const auth = {
    appid: APP_ID,
    channelid: channel,
    userid: user,
    nonce: 'AK-2b9be4b25c2d38c409c376ffd2372be1',
    timestamp: 1_700_086_400,
    gslb: ['https://gw.rtn.aliyuncs.com'],
    token: aliyunToken(channel, user, 'AK-2b9be4b25c2d38c409c376ffd2372be1', 1_700_086_400),
  };
  return Buffer.from(JSON.stringify(auth)).toString('base64');
}

/** TRTC UserSig (TLSSigAPIv2): zlib(JSON) in base64 with `+/=` written as `*-_`. */
function trtcUserSig(user: string): string {
  const sig = createHmac('sha256', APP_CERT)
    .update(`TLS.identifier:${user}\nTLS.sdkappid:1400000001\n`)
    .digest('base64');
  const doc = JSON.stringify({
    'TLS.ver': '2.0',
    'TLS.identifier': user,
    'TLS.sdkappid': 1400000001,
    'TLS.expire': 604800,
    'TLS.time': 1700000000,
    'TLS.sig': sig,
  });
  return deflateSync(Buffer.from(doc)).toString('base64').replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
}

const t006 = agora006('room-1', '1234', 77);
const t007 = agora007('room-1', '1234', 99);
const aliToken = aliyunToken('room-1', 'user-7', 'AK-2b9be4b25c2d38c409c376ffd2372be1', 1_700_086_400);
const aliJoin = aliyunJoinToken('room-1', 'user-7');
const userSig = trtcUserSig('user_42');
const secrets = [t006, t007, aliToken, aliJoin, userSig, 'AK-2b9be4b25c2d38c409c376ffd2372be1'];

/** Asserts none of the secrets (nor a 24-char piece of one) survives in `text`. */
function expectNoSecret(text: string): void {
  for (const secret of secrets) expect(text).not.toContain(secret.slice(secret.length >> 1, (secret.length >> 1) + 24));
}

describe('token shapes used by these tests', () => {
  it('look like the real ones', () => {
    expect(t006).toMatch(/^006[0-9a-f]{32}[A-Za-z0-9+/]+=*$/);
    expect(t006.length).toBeGreaterThan(110);
    expect(t007).toMatch(/^007eJ[A-Za-z0-9+/]+=*$/);
    expect(t007.length).toBeGreaterThan(120);
    expect(aliToken).toMatch(/^[0-9a-f]{64}$/);
    expect(aliJoin).toMatch(/^eyJ/);
    expect(userSig).toMatch(/^eJ[A-Za-z0-9*_-]+$/);
  });
});

describe('redact: secrets in text', () => {
  it('masks Agora 006 and 007 tokens anywhere, keeping the prefix', () => {
    expect(redact(`join with token ${t006} now`)).toBe('join with token 006*** now');
    expect(redact(`renewToken("${t007}")`)).toBe('renewToken("007***")');
    expect(redact(`[${t007}]`)).toBe('[007***]');
  });

  it('masks URL-encoded tokens in a query', () => {
    const encoded = encodeURIComponent(t006);
    expect(encoded).toContain('%2');
    expect(redact(`https://gw.example/join?key=${encoded}&x=1`)).toBe('https://gw.example/join?key=006***&x=1');
  });

  it('masks query parameters token, signature, sign and nonce, keeping the others', () => {
    const url =
      `wss://wgw.rtn.aliyuncs.com/ws?appid=${APP_ID}&channelid=room-1&userid=user-7&timestamp=1700086400` +
      `&token=${aliToken}&nonce=AK-2b9be4b25c2d38c409c376ffd2372be1&sign=0f3a9c&signature=ab%2Bcd%3D`;
    expect(redact(`WebSocket connection to '${url}' failed:`)).toBe(
      `WebSocket connection to 'wss://wgw.rtn.aliyuncs.com/ws?appid=${APP_ID}&channelid=room-1&userid=user-7` +
        `&timestamp=1700086400&token=***&nonce=***&sign=***&signature=***' failed:`,
    );
  });

  it('masks JSON, escaped JSON, key=value and JS-printed forms', () => {
    expect(redact(`{"token":"${aliToken}","nonce": "AK-1x", "userSig" : "${userSig}"}`)).toBe(
      '{"token":"***","nonce": "***", "userSig" : "***"}',
    );
    expect(redact(`"{\\"token\\":\\"${aliToken}\\",\\"uid\\":1}"`)).toBe('"{\\"token\\":\\"***\\",\\"uid\\":1}"');
    expect(redact(`token=${aliToken} uid=7`)).toBe('token=*** uid=7');
    expect(redact(`{ token: '${aliToken}', privateMapKey: 'pmk-1', appCertificate: '${APP_CERT}' }`)).toBe(
      "{ token: '***', privateMapKey: '***', appCertificate: '***' }",
    );
    expect(redact(`usersig=${userSig}&sdkappid=1400000001`)).toBe('usersig=***&sdkappid=1400000001');
    expect(redact(`app_certificate: ${APP_CERT}`)).toBe('app_certificate: ***');
    expect(redact(`authInfo.token = ${aliToken};`)).toBe('authInfo.token = ***;');
    // A quoted value is masked up to its closing quote, spaces included; an unclosed one up to a space.
    expect(redact(`{"secret":"two words","token":""}`)).toBe('{"secret":"***","token":""}');
    expect(redact(`token: "${aliToken}`)).toBe('token: "***');
  });

  it('masks keys ending in token, signature, sig, nonce, secret (camel, snake, kebab)', () => {
    expect(redact('rtcToken=a1b2c3 rtm_token=d4e5 access-token=f6 x-signature=abc clientSecret: s3cr3t')).toBe(
      'rtcToken=*** rtm_token=*** access-token=*** x-signature=*** clientSecret: ***',
    );
  });

  it('masks base64 JSON / JWT blobs and zlib blobs with no key, and Bearer credentials', () => {
    expect(redact(`joinChannel(${aliJoin}, "user")`)).toBe('joinChannel(eyJ***, "user")');
    expect(redact(`sig ${userSig} end`)).toBe('sig eJ*** end');
    expect(redact('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl')).toBe(
      'Authorization: Bearer ***',
    );
  });

  it('masks secrets in a captured-style SDK line, keeping everything support needs', () => {
    const line =
      `12:01:02.345 Agora-SDK [DEBUG] Joining channel: room-1 uid: 1234 token: ${t006} ` +
      `{"appId":"${APP_ID}","cname":"room-1","token":"${t007}"}`;
    const out = redact(line);
    expectNoSecret(out);
    expect(out).toContain('channel: room-1');
    expect(out).toContain(APP_ID);
    expect(out).toBe(
      `12:01:02.345 Agora-SDK [DEBUG] Joining channel: room-1 uid: 1234 token: *** ` +
        `{"appId":"${APP_ID}","cname":"room-1","token":"***"}`,
    );
  });
});

describe('redact: ids', () => {
  it('leaves app ids, user ids and channel names by default', () => {
    const text = `appid=${APP_ID}&uid=1234&channelName=room-1`;
    expect(redact(text)).toBe(text);
  });

  it('masks them with ids: true, in every form', () => {
    expect(redact(`appid=${APP_ID}&userid=user-7&channelid=room-1&token=${aliToken}`, { ids: true })).toBe(
      'appid=***&userid=***&channelid=***&token=***',
    );
    expect(redact(`{"appId":"${APP_ID}","uid":1234,"channelName":"room 1","sdkAppId":1400000001}`, { ids: true })).toBe(
      '{"appId":"***","uid":***,"channelName":"***","sdkAppId":***}',
    );
    expect(redact(`channel: room-1, userId: 'u-9', roomId=42, strRoomId: abc`, { ids: true })).toBe(
      "channel: ***, userId: '***', roomId=***, strRoomId: ***",
    );
    expect(redact(`init with ${APP_ID}.`, { ids: true })).toBe('init with ***.');
  });
});

describe('redact: extra patterns per call', () => {
  it('masks every match, or only the group named secret', () => {
    expect(redact('card 4111-1111-1111-1111 ok', { patterns: [/\d{4}(?:-\d{4}){3}/] })).toBe('card *** ok');
    expect(redact('pin=1234 pin=5678', { patterns: [/pin=(?<secret>\d+)/] })).toBe('pin=*** pin=***');
  });

  it('keeps no state between calls (a pattern given once does not apply later)', () => {
    const pattern = /custom-\w+/g;
    expect(redact('a custom-1 b', { patterns: [pattern] })).toBe('a *** b');
    expect(pattern.lastIndex).toBe(0);
    expect(redact('a custom-1 b')).toBe('a custom-1 b');
  });

  it('rejects patterns that are not regular expressions, naming the option', () => {
    expect(() => redact('x', { patterns: ['token'] as unknown as RegExp[] })).toThrow(/options\.patterns/);
  });
});

describe('redact: normal text is left alone', () => {
  const unchanged = [
    'Agora-SDK [ERROR] Connect choose server error',
    '[16A77] User is not in the session',
    'Invalid parameter setting MODE: bogus CODEC: vp8 ERROR INVALID_CLIENT_MODE',
    'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed',
    'GetServerTime error Error: Network Error',
    'the token expired; call renewToken() before onTokenPrivilegeWillExpire',
    'token: null, nonce: undefined, hasToken: true, token=',
    'tokenWillExpire fired at 2024-05-01T12:00:00.000Z, version 4.24.8, code 17040388 (0x01040404)',
    'design=clean assign=me signed=1 signal: strong sigma=2',
    'GET https://example.com/path?page=2&sort=asc 404',
    'uid 00612345678901234567890123456789012345678901234567890 is numeric',
    'color #ffcc00 and md5 9e107d9d372bb6826bd81d3542a419d6 in text',
    '',
  ];
  it.each(unchanged)('%j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('redact: bounded work', () => {
  it('finishes on huge and adversarial strings (each pattern is linear)', () => {
    const inputs = [
      'token'.repeat(200_000),
      `${'a'.repeat(1_000_000)}token=`,
      `token=${'x'.repeat(1_000_000)}`,
      `006${'A'.repeat(1_000_000)}`,
      '"'.repeat(500_000) + 'token',
      'eJ'.repeat(500_000),
      `${'-'.repeat(1_000_000)}nonce`,
    ];
    for (const input of inputs) expect(typeof redact(input, { ids: true })).toBe('string');
    expect(redact(`token=${'x'.repeat(1_000_000)}`)).toBe('token=***');
  });
});

describe('redactValue', () => {
  it('deep-copies plain data, masking secret-named fields whole and secrets inside strings', () => {
    const input = {
      appId: APP_ID,
      token: aliToken,
      nested: { list: [`token=${aliToken}`, 1, true, null], userSig },
      message: `join failed with ${t006}`,
      nonce: 12345,
      hasToken: true,
    };
    const out = redactValue(input);
    expect(out).toEqual({
      appId: APP_ID,
      token: MASK,
      nested: { list: ['token=***', 1, true, null], userSig: MASK },
      message: 'join failed with 006***',
      nonce: MASK,
      hasToken: true,
    });
    expect(out).not.toBe(input);
    expect(out.nested).not.toBe(input.nested);
    expect(input.token).toBe(aliToken);
  });

  it('masks id fields with ids: true and applies extra patterns', () => {
    expect(
      redactValue(
        { appId: APP_ID, uid: 7, channelName: 'room-1', note: 'pin=42' },
        { ids: true, patterns: [/pin=(?<secret>\d+)/] },
      ),
    ).toEqual({
      appId: MASK,
      uid: MASK,
      channelName: MASK,
      note: 'pin=***',
    });
  });

  it('turns errors into plain objects with redacted name, message and stack', () => {
    const error = Object.assign(new Error(`bad token ${t007}`), { code: 'INVALID_TOKEN', token: t007 });
    const out = redactValue({ cause: error }) as unknown as { cause: Record<string, unknown> };
    expect(out.cause.name).toBe('Error');
    expect(out.cause.message).toBe('bad token 007***');
    expect(out.cause.code).toBe('INVALID_TOKEN');
    expect(out.cause.token).toBe(MASK);
    expect(String(out.cause.stack)).not.toContain(t007.slice(10, 40));
  });

  it('copies Maps and Sets, cuts cycles, depth and size, and never throws', () => {
    const cyclic: Record<string, unknown> = { token: 'abc' };
    cyclic.self = cyclic;
    expect(redactValue(cyclic)).toEqual({ token: MASK, self: '[Circular]' });

    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 40; i++) deep = { next: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[Too deep]');

    const big = Array.from({ length: 20_000 }, (_, i) => i);
    const copied = redactValue(big);
    expect(copied.length).toBeLessThan(big.length);
    expect(copied[copied.length - 1]).toBe('[Truncated]');

    const map = redactValue(
      new Map([
        ['token', 'abc'],
        ['note', `t=${t006}`],
      ]),
    );
    expect([...map]).toEqual([
      ['token', MASK],
      ['note', 't=006***'],
    ]);
    expect([...redactValue(new Set([`x ${t006}`]))]).toEqual(['x 006***']);

    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(redactValue({ hostile })).toEqual({ hostile: '[Unreadable]' });
    const getter = Object.defineProperty({}, 'token', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(redactValue(getter)).toEqual({ token: '[Unreadable]' });
    expect(redactValue('x', { patterns: ['bad'] as unknown as RegExp[] })).toBe(MASK);
    expect(redactValue(42)).toBe(42);
    expect(redactValue(undefined)).toBe(undefined);
  });
});
