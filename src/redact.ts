/**
 * Masks secrets in text and in plain data, for every way out of the library (CLI output, example
 * log lines, `RtcError.toJSON()`, telemetry). A secret keeps its key or prefix and loses its value:
 * `token=***`, `"userSig": "***"`, `006***`.
 *
 * What counts as a secret:
 * - the value of a key named like a secret, in URL query (`token=…&`), `key=value`, `key: value`,
 *   JSON (`"key": "value"`, also with escaped quotes) and JS-printed (`key: 'value'`) forms: every
 *   key ending in `token`, `signature`, `sig` (TRTC `userSig`), `nonce`, `secret`, `certificate`
 *   (`appCertificate`), `password`, `privateMapKey`, and the key `sign`;
 * - Agora access tokens anywhere in text (`006…`, `007…`: a long base64-like run);
 * - zlib-compressed base64 blobs (`eJ…`, TRTC `userSig`, the body of `007` tokens) and base64 JSON /
 *   JWT blobs (`eyJ…`, Alibaba's single-parameter join token);
 * - `Bearer …` credentials.
 *
 * With `ids: true`, the values of app id, user id and channel keys (`appid`, `appId`, `sdkAppId`,
 * `uid`, `userid`, `channel`, `channelName`, `channelId`, `roomId`, …) and bare 32-digit hex app ids
 * are masked too. They are not secrets and support usually needs them, so this is off by default.
 *
 * Every pattern here runs in time linear in the text (no nested or unbounded backtracking), so a
 * huge string costs a few passes over it, never more. Nothing is stored between calls.
 * @module
 */

/** Options of {@link redact} and {@link redactValue}. */
export interface RedactOptions {
  /** Also mask app ids, user ids and channel names. Default `false`. */
  readonly ids?: boolean;
  /**
   * Extra patterns for this call only. Every match becomes `***`; in a pattern with a capture group
   * named `secret`, only that group's text is masked (`/pin=(?<secret>\d+)/` gives `pin=***`).
   */
  readonly patterns?: readonly RegExp[];
}

/** What a masked value becomes. */
export const MASK = '***';

/** Characters a key name does not start after (so `token` is not found inside `mytokens`). */
const BEFORE_KEY = '(?<![A-Za-z0-9_$-])';
/** Characters a key name does not continue with. */
const AFTER_KEY = '(?![A-Za-z0-9_$-])';
/** A key's opening quote (plain or escaped, as in JSON inside a string), repeated after the key. */
const KEY_QUOTE = '(\\\\?["\'`]?)';
/** Between key and value: `=`, `:` or a URL-encoded `=`, with optional spaces. */
const SEPARATOR = '\\1\\s*(?:=|:|%3[Dd])\\s*';
/**
 * A value: quoted (plain or escaped quotes) up to its closing quote, or else a run up to a quote,
 * space, the separator of the next pair or a bracket (also when an opening quote has no closing one).
 */
const VALUE = '(?:(\\\\?["\'`])([^"\'`\\\\\\r\\n]+)\\3|\\\\?["\'`]?([^\\s"\'`&,;(){}\\[\\]<>\\\\]+))';

const SECRET_KEYS =
  '(?:[A-Za-z0-9_-]{0,64}(?:token|signature|sig|nonce|secret|certificate|password|passwd|privatemapkey)|sign)';
const ID_KEYS =
  '(?:sdk_?app_?id|app_?id|pub_?user_?id|user_?id|u_?id|user_?account|account|pub_?channel_?id|channel_?id|channel_?name|channel|c_?name|str_?room_?id|room_?id)';

function keyValue(keys: string): RegExp {
  return new RegExp(`${KEY_QUOTE}${BEFORE_KEY}(${keys})${AFTER_KEY}${SEPARATOR}${VALUE}`, 'gi');
}

/** Values a secret-named key may hold that are not secrets (and say something useful). */
const NOT_SECRET = new Set(['null', 'undefined', 'true', 'false', 'none', 'nil', MASK]);

/** A base64-like run: the characters tokens and signatures are made of (also URL-encoded). */
const RUN = 'A-Za-z0-9+/_%*\\-';

/** Every rule: a global pattern and its replacement. Each call uses them through `replace`. */
const SECRET_KEY_VALUE = keyValue(SECRET_KEYS);
const ID_KEY_VALUE = keyValue(ID_KEYS);
const AGORA_TOKEN = new RegExp(`(?<![${RUN}])(00[67])[${RUN}=]{40,}`, 'g');
const ZLIB_BLOB = new RegExp(`(?<![${RUN}])(eJ)[${RUN}=]{40,}`, 'g');
const JSON_BLOB = new RegExp(`(?<![${RUN}.])(eyJ)[${RUN}.=]{20,}`, 'g');
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g;
const HEX_APP_ID = /(?<![0-9A-Za-z])[0-9a-fA-F]{32}(?![0-9A-Za-z])/g;

/**
 * Replaces the value of a key-value match. Groups: key quote, key, value quote and quoted value
 * (when quoted), or unquoted value.
 */
function maskPair(match: string, ...groups: (string | undefined)[]): string {
  const closing = groups[3] !== undefined ? (groups[2] ?? '') : '';
  const value = groups[3] ?? groups[4] ?? '';
  if (value === '' || NOT_SECRET.has(value.toLowerCase())) return match;
  // The key, its quotes and the separator are the head of the match; the value (and its closing
  // quote) the tail.
  return match.slice(0, match.length - value.length - closing.length) + MASK + closing;
}

function maskPrefixed(match: string, prefix: string): string {
  // A run of digits only is a number, not a token.
  return /[A-Za-z]/.test(match.slice(prefix.length)) ? prefix + MASK : match;
}

/** Builds the global copy of a caller's pattern and masks its matches. */
function applyPattern(text: string, pattern: RegExp): string {
  const flags = pattern.flags.replace(/[gy]/g, '');
  const regex = new RegExp(pattern.source, `${flags}g`);
  return text.replace(regex, (...args: unknown[]) => {
    const match = args[0] as string;
    const last = args[args.length - 1];
    const secret =
      typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>).secret : undefined;
    if (secret === undefined) return match === '' ? '' : MASK;
    return secret === '' ? match : match.replace(secret, MASK);
  });
}

function checkPatterns(patterns: unknown): readonly RegExp[] {
  if (patterns === undefined) return [];
  if (!Array.isArray(patterns) || !patterns.every((p) => p instanceof RegExp)) {
    throw new TypeError('redact: options.patterns must be an array of RegExp');
  }
  return patterns as readonly RegExp[];
}

/**
 * Masks the secrets in `text` (see the module notes for what counts). Returns `text` itself when
 * nothing is masked.
 *
 * @example
 * redact('wss://gw.example/ws?appid=a1&token=0a9f…&nonce=AK-1'); // 'wss://gw.example/ws?appid=a1&token=***&nonce=***'
 * redact('uid=42 token=006abc…', { ids: true }); // 'uid=*** token=***'
 * @throws TypeError when `options.patterns` is not an array of RegExp (a programming error).
 */
export function redact(text: string, options?: RedactOptions): string {
  const patterns = checkPatterns(options?.patterns);
  let out = typeof text === 'string' ? text : String(text);
  out = out.replace(SECRET_KEY_VALUE, maskPair);
  out = out.replace(BEARER, `$1${MASK}`);
  out = out.replace(AGORA_TOKEN, maskPrefixed);
  out = out.replace(ZLIB_BLOB, maskPrefixed);
  out = out.replace(JSON_BLOB, maskPrefixed);
  if (options?.ids) {
    out = out.replace(ID_KEY_VALUE, maskPair);
    out = out.replace(HEX_APP_ID, MASK);
  }
  for (const pattern of patterns) out = applyPattern(out, pattern);
  return out;
}

const SECRET_KEY_NAME = new RegExp(`^${SECRET_KEYS}$`, 'i');
const ID_KEY_NAME = new RegExp(`^${ID_KEYS}$`, 'i');

/** How deep {@link redactValue} copies; deeper values become a marker. */
const MAX_DEPTH = 16;
/** How many values {@link redactValue} copies in all; the rest become a marker. */
const MAX_NODES = 10_000;

interface Walk {
  readonly options: RedactOptions;
  readonly seen: Set<object>;
  nodes: number;
}

function maskedByKey(key: string, value: unknown, walk: Walk): boolean {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') return false;
  if (typeof value === 'string' && (value === '' || NOT_SECRET.has(value.toLowerCase()))) return false;
  return SECRET_KEY_NAME.test(key) || (walk.options.ids === true && ID_KEY_NAME.test(key));
}

function safeKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  if (obj instanceof Error) {
    for (const key of ['name', 'message', 'stack']) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function copy(value: unknown, depth: number, walk: Walk): unknown {
  if (typeof value === 'string') {
    try {
      return redact(value, walk.options);
    } catch {
      return MASK;
    }
  }
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (walk.seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Too deep]';
  walk.seen.add(value);
  try {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) {
        if (++walk.nodes > MAX_NODES) {
          out.push('[Truncated]');
          break;
        }
        out.push(copy(item, depth + 1, walk));
      }
      return out;
    }
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      for (const [k, v] of value) {
        if (++walk.nodes > MAX_NODES) break;
        out.set(
          copy(k, depth + 1, walk),
          typeof k === 'string' && maskedByKey(k, v, walk) ? MASK : copy(v, depth + 1, walk),
        );
      }
      return out;
    }
    if (value instanceof Set) {
      const out = new Set<unknown>();
      for (const v of value) {
        if (++walk.nodes > MAX_NODES) break;
        out.add(copy(v, depth + 1, walk));
      }
      return out;
    }
    // Plain objects, errors and class instances alike become plain objects of their own
    // enumerable fields (plus an error's name, message and stack), as JSON would see them.
    const out: Record<string, unknown> = {};
    for (const key of safeKeys(value)) {
      if (++walk.nodes > MAX_NODES) {
        out['…'] = '[Truncated]';
        break;
      }
      let field: unknown;
      try {
        field = (value as Record<string, unknown>)[key];
      } catch {
        out[key] = '[Unreadable]';
        continue;
      }
      if (field === undefined && value instanceof Error && !Object.prototype.hasOwnProperty.call(value, key)) continue;
      out[key] = maskedByKey(key, field, walk) ? MASK : copy(field, depth + 1, walk);
    }
    return out;
  } catch {
    return '[Unreadable]';
  } finally {
    walk.seen.delete(value);
  }
}

/**
 * A deep copy of plain data with every string passed through {@link redact}, and the whole value of
 * every field named like a secret (`token`, `userSig`, `nonce`, … and, with `ids`, `appId`, `uid`,
 * `channelName`, …) replaced by `***`. Arrays, plain objects, `Map`s and `Set`s are copied; errors
 * and class instances become plain objects of their own fields (an error's `name`, `message` and
 * `stack` included); other values are returned as they are. Cycles become `'[Circular]'`, values
 * deeper than 16 levels `'[Too deep]'`, and after 10 000 values the rest is cut (`'[Truncated]'`).
 * A getter or proxy that throws gives `'[Unreadable]'`. Never throws: bad `options.patterns` mask
 * every string.
 */
export function redactValue<T>(value: T, options?: RedactOptions): T {
  const walk: Walk = { options: options ?? {}, seen: new Set(), nodes: 0 };
  try {
    return copy(value, 0, walk) as T;
  } catch {
    return (typeof value === 'string' ? MASK : '[Unreadable]') as T;
  }
}
