/**
 * Builds the SDK-message tables (`fixtures/sdk-messages/<vendor>.json`) from the installed SDK
 * packages: every place a bundle constructs one of its errors with a code constant and a message
 * (`new KL(IN.LIVE_STREAMING_INVALID_RAW_STREAM, "raw streaming is only support h264")`), by code.
 * A message that is not a string literal is recorded as `<dynamic>`. Run with `npx tsx
 * scripts/sdk-messages.ts` after updating an SDK; `--check` fails when a committed table is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Source {
  readonly vendor: string;
  readonly pkg: string;
  readonly file: string;
}

const SOURCES: readonly Source[] = [
  { vendor: 'agora-web', pkg: 'agora-rtc-sdk', file: 'AgoraRTCSDK.min.js' },
  { vendor: 'agora-ng', pkg: 'agora-rtc-sdk-ng', file: 'AgoraRTC_N-production.js' },
  { vendor: 'aliyun', pkg: 'aliyun-rtc-sdk', file: 'dist/aliyun-rtc-sdk.es.js' },
];

/** `new X(Y.CODE, <message>` where X and Y are the bundle's (minified) error class and code enum. */
const THROW =
  /new\s+[\w$]{1,4}\(\s*[\w$]{1,4}\.([A-Z][A-Z0-9_]{2,80})\s*,\s*("(?:[^"\\]|\\.){0,300}"|'(?:[^'\\]|\\.){0,300}'|`[^`]{0,300}`|[^,)]{1,80})/g;

function messageOf(token: string): string {
  const quote = token[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const body = token.slice(1, -1);
    return quote === '`' ? body.replace(/\$\{[^}]*\}/g, '…') : body.replace(/\\(["'\\])/g, '$1');
  }
  return '<dynamic>';
}

export function tableOf(source: Source, root: string): object {
  const dir = join(root, 'node_modules', source.pkg);
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const text = readFileSync(join(dir, source.file), 'utf8');
  const codes = new Map<string, Set<string>>();
  for (const match of text.matchAll(THROW)) {
    const code = match[1] as string;
    const set = codes.get(code) ?? new Set<string>();
    set.add(messageOf(match[2] as string));
    codes.set(code, set);
  }
  const sorted = Object.fromEntries(
    [...codes.keys()].sort().map((code) => [code, [...(codes.get(code) as Set<string>)].sort()]),
  );
  return {
    vendor: source.vendor,
    package: source.pkg,
    version,
    file: source.file,
    how: 'scripts/sdk-messages.ts: every `new <ErrorClass>(<CodeEnum>.CODE, message)` in the bundle; <dynamic> = a message computed at run time.',
    codes: sorted,
  };
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const source of SOURCES) {
    const path = join(root, 'fixtures', 'sdk-messages', `${source.vendor}.json`);
    const table = tableOf(source, root);
    const text = `${JSON.stringify(table, null, 2)}\n`;
    if (check) {
      let old = '';
      try {
        old = readFileSync(path, 'utf8');
      } catch {
        // missing counts as stale
      }
      // compared as data: the committed file is Prettier-formatted
      if (old === '' || JSON.stringify(JSON.parse(old)) !== JSON.stringify(table)) {
        stale += 1;
        console.error(`stale: ${path}`);
      }
    } else writeFileSync(path, text); // then `npx prettier --write fixtures/sdk-messages`
  }
  if (stale > 0) process.exit(1);
}

if (process.argv[1]?.endsWith('sdk-messages.ts')) main();
