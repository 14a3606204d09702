/**
 * Secrets the telemetry tests put into errors, and the check that none of them comes out. The
 * token and nonce are taken from the committed SDK logs (fixtures/logs/), the lines they appear
 * in are used as the SDK's error detail; one full-length Agora access token and an app
 * certificate are added (the fixture logs hold truncated tokens only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOGS = join(import.meta.dirname, '..', '..', 'fixtures', 'logs');

function lineWith(file: string, pattern: RegExp): { line: string; value: string } {
  const text = readFileSync(join(LOGS, file), 'utf8');
  for (const line of text.split('\n')) {
    const m = pattern.exec(line);
    if (m?.[1]) return { line: line.trim(), value: m[1] };
  }
  throw new Error(`no ${String(pattern)} in fixtures/logs/${file}`);
}

/** `joinChannel token=006e8c...IAA channel=support-room-42 uid=0` (Agora native logcat). */
export const LOGCAT = lineWith('agora-native-android-logcat.log', /token=(\S+)/);
/** `joinChannel {channelId: ..., nonce: AK-0123456789, ...}` (Alibaba web console, captured from aliyun-rtc-sdk). */
export const ALIYUN = lineWith('aliyun-console-fake-devices.log', /joinChannel \{.*\bnonce: ([^,}\s]+)/);

/** An Agora 006 access token of real length: "006" + app id + base64 content. */
export const FULL_TOKEN = `006${'e8c1f0a2b3c4d5e6f708192a3b4c5d6e'}${Buffer.from(
  Array.from({ length: 96 }, (_, i) => (i * 37 + 11) % 256),
).toString('base64')}`;
export const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';

/** Every secret that must never be exported. */
export const SECRETS = [LOGCAT.value, ALIYUN.value, FULL_TOKEN, CERTIFICATE] as const;

/** Text of anything exported (objects as JSON; bytes as UTF-8, as a collector would read them). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'object' && v !== null) {
        if (seen.has(v)) return '[seen]';
        seen.add(v);
      }
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
      if (v instanceof Map) return Object.fromEntries(v);
      return v;
    }) ?? ''
  );
}

/** The secrets found in what was exported (expected: none). */
export function leakedSecrets(...exported: unknown[]): string[] {
  const text = exported.map(textOf).join('\n');
  return SECRETS.filter((secret) => text.includes(secret));
}

/** The JSON arguments of that Alibaba line (short enough for an SDK message field). */
export const ALIYUN_JSON = ALIYUN.line.slice(ALIYUN.line.indexOf('{'), ALIYUN.line.lastIndexOf('}') + 1);
