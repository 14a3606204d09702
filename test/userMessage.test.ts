import { describe, expect, it, vi } from 'vitest';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import {
  CODES,
  RTC_ERROR_CODES,
  RtcError,
  normalize,
  userMessage,
  userMessagesEn,
  userMessagesZh,
  type RtcErrorCode,
  type UserMessages,
} from '../src/index.js';
import { ADAPTERS } from './support/adapters.js';
import { loadFixtures, decodeRaw } from './support/fixtures.js';
import { hostileValues } from './support/hostile.js';

const TABLES = { en: userMessagesEn, zh: userMessagesZh } as const;

// Vendor and product names, in both languages, and the words of the developer's side of the API.
const VENDOR_WORDS = [
  /agora/i,
  /声网/,
  /aliyun/i,
  /alibaba/i,
  /阿里/,
  /tencent/i,
  /腾讯/,
  /trtc/i,
  /\bvendor\b/i,
  /厂商/,
];
const DEVELOPER_WORDS = [
  /\bsdk\b/i,
  /\bapi\b/i,
  /\btoken\b/i,
  /\buid\b/i,
  /app ?id/i,
  /app ?key/i,
  /callback/i,
  /\bcall(?:ing)? (?:join|leave|publish)\b/i,
  /renew/i,
  /\bconsole\b/i,
  /\bdetail\b/i,
  /\bparam/i,
  /channel/i,
  /频道/,
  /参数/,
  /回调/,
  /控制台/,
];
// How codes look: snake_case or UPPER_CASE identifiers, numbers of two digits or more, hex.
const CODE_PATTERNS = [/[a-z]+_[a-z_]+/, /[A-Z]{2,}_[A-Z_]+/, /\d{2,}/, /0x[0-9a-f]+/i];

/** Every vendor code name of every adapter's catalog (the vendors' own tables, not written here). */
const vendorNames = [
  ...new Set(
    Object.values(ADAPTERS)
      .flatMap(({ adapter }) => adapter.entries())
      .flatMap((e) => [e.vendorName, String(e.vendorCode)])
      .filter((name) => name.length >= 4),
  ),
];

describe('userMessage texts', () => {
  it.each(Object.entries(TABLES))(
    '%s has a non-empty sentence for every unified code, and no other key',
    (_, table) => {
      expect(Object.keys(table).sort()).toEqual([...RTC_ERROR_CODES].sort());
      for (const code of RTC_ERROR_CODES) expect(table[code].trim().length, code).toBeGreaterThan(5);
    },
  );

  it('covers invalid_usage (the code for misuse of this library)', () => {
    expect(Object.keys(CODES)).toContain('invalid_usage');
    expect(userMessagesEn.invalid_usage).toBeTruthy();
    expect(userMessagesZh.invalid_usage).toBeTruthy();
  });

  it('zh text is Chinese and en text is not', () => {
    for (const code of RTC_ERROR_CODES) {
      expect(userMessagesZh[code], code).toMatch(/[\u4e00-\u9fff]/);
      expect(userMessagesEn[code], code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('no text names a vendor, a code, or the developer side of the API', () => {
    expect(vendorNames.length).toBeGreaterThan(500);
    const problems: string[] = [];
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const [code, text] of Object.entries(table)) {
        for (const re of [...VENDOR_WORDS, ...DEVELOPER_WORDS, ...CODE_PATTERNS]) {
          if (re.test(text)) problems.push(`${lang}.${code} matches ${re}: ${text}`);
        }
        for (const name of vendorNames) if (text.includes(name)) problems.push(`${lang}.${code} names ${name}`);
        for (const other of RTC_ERROR_CODES) if (text.includes(other)) problems.push(`${lang}.${code} names ${other}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the checks above catch what they are for', () => {
    const bad = ['Agora gateway failed', 'Error 17040388', 'ERR_JOIN_BAD_APPID', 'renew the token', 'token_expired'];
    for (const text of bad) {
      const caught =
        [...VENDOR_WORDS, ...DEVELOPER_WORDS, ...CODE_PATTERNS].some((re) => re.test(text)) ||
        vendorNames.some((n) => text.includes(n));
      expect(caught, text).toBe(true);
    }
  });

  it('differs from the developer-facing action of every code', () => {
    for (const code of RTC_ERROR_CODES) expect(userMessagesEn[code]).not.toBe(CODES[code].action);
  });
});

describe('userMessage', () => {
  const kicked = new RtcError({ code: 'kicked', vendor: 'agora-ng', vendorCode: 'UID_BANNED' });

  it('gives the built-in sentence of the error code, English by default', () => {
    expect(userMessage(kicked)).toBe(userMessagesEn.kicked);
    expect(userMessage(kicked, { lang: 'en' })).toBe(userMessagesEn.kicked);
    expect(userMessage(kicked, { lang: 'zh' })).toBe(userMessagesZh.kicked);
  });

  it('answers errors normalized from the real SDK fixtures (camera blocked, network)', () => {
    const files = loadFixtures('agora-ng');
    let seen = 0;
    for (const { file } of files) {
      for (const c of file.cases) {
        if (c.via === 'event' || c.expect.code === undefined) continue;
        const raw = decodeRaw(c.raw);
        const text = userMessagesEn[c.expect.code as RtcErrorCode];
        if (c.operation === undefined) expect(userMessage(raw, { adapter: agoraNgAdapter }), c.name).toBe(text);
        else expect(userMessage(normalize(raw, agoraNgAdapter, { operation: c.operation })), c.name).toBe(text);
        seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('normalizes a value that is not an RtcError (browser media error without adapter)', () => {
    const denied = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    expect(userMessage(denied)).toBe(userMessagesEn.permission_denied);
    expect(userMessage(denied, { lang: 'zh' })).toBe(userMessagesZh.permission_denied);
    expect(userMessage('something odd')).toBe(userMessagesEn.unknown);
  });

  it('never throws, whatever it is given', () => {
    for (const { name, value } of hostileValues()) {
      expect(() => userMessage(value), name).not.toThrow();
      expect(typeof userMessage(value), name).toBe('string');
      expect(() => userMessage(kicked, value as never), name).not.toThrow();
      expect(() => userMessage(value, { adapter: value as never, overrides: value as never }), name).not.toThrow();
    }
    expect(userMessage(undefined)).toBe(userMessagesEn.unknown);
    expect(userMessage(null, { lang: 'xx' as never })).toBe(userMessagesEn.unknown);
  });

  it('takes an override per unified code: a string, or a function of the error', () => {
    expect(userMessage(kicked, { overrides: { kicked: 'The host removed you.' } })).toBe('The host removed you.');
    expect(userMessage(kicked, { overrides: { kicked: (e) => `Removed (${String(e.vendorCode)})` } })).toBe(
      'Removed (UID_BANNED)',
    );
    // an override of another code does not apply
    expect(userMessage(kicked, { overrides: { banned: 'x' } })).toBe(userMessagesEn.kicked);
    // an empty string or a non-string result is no text
    expect(userMessage(kicked, { overrides: { kicked: '' } })).toBe(userMessagesEn.kicked);
    expect(userMessage(kicked, { overrides: { kicked: (() => 42) as never } })).toBe(userMessagesEn.kicked);
  });

  it('an override that throws falls back to the built-in text and is reported once', () => {
    const onOverrideError = vi.fn();
    const boom = new Error('override bug');
    const override = (): string => {
      throw boom;
    };
    for (let i = 0; i < 3; i++) {
      expect(userMessage(kicked, { lang: 'zh', overrides: { kicked: override }, onOverrideError })).toBe(
        userMessagesZh.kicked,
      );
    }
    expect(onOverrideError).toHaveBeenCalledTimes(1);
    expect(onOverrideError).toHaveBeenCalledWith(boom, 'kicked');
  });

  it('reports a throwing override out of band when no onOverrideError is given', () => {
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    try {
      const override = (): string => {
        throw new Error('bug');
      };
      userMessage(kicked, { overrides: { kicked: override } });
      userMessage(kicked, { overrides: { kicked: override } });
      expect(reportError).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a third language is data brought by the app; missing codes fall back to lang', () => {
    const fr: Partial<UserMessages> = { kicked: "Vous avez été retiré de l'appel." };
    expect(userMessage(kicked, { texts: fr })).toBe("Vous avez été retiré de l'appel.");
    const banned = new RtcError({ code: 'banned', vendor: 'unknown' });
    expect(userMessage(banned, { texts: fr })).toBe(userMessagesEn.banned);
    expect(userMessage(banned, { texts: fr, lang: 'zh' })).toBe(userMessagesZh.banned);
    // overrides come before the brought table
    expect(userMessage(kicked, { texts: fr, overrides: { kicked: 'x!' } })).toBe('x!');
  });

  it('an error with a code outside the table gets the unknown text', () => {
    const odd = normalize({ code: 'WHATEVER' }, []);
    Object.defineProperty(odd, 'code', { value: 'not_a_code' });
    expect(userMessage(odd)).toBe(userMessagesEn.unknown);
  });
});
