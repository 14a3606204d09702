/**
 * Reading the installed `agora-rtc-sdk-ng`: its type definitions, bundle and the error-code page
 * (seed 003, imported into fixtures/vendor-docs/agora-ng-zh.json), so the parity tests compare the catalog with what the SDK really defines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readVendorDoc } from '../../support/vendor-docs.js';

const sdkDir = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'agora-rtc-sdk-ng');

export const sdkVersion = (JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8')) as { version: string })
  .version;
export const typingsEn = readFileSync(join(sdkDir, 'rtc-sdk_en.d.ts'), 'utf8');
export const bundle = readFileSync(join(sdkDir, 'AgoraRTC_N-production.js'), 'utf8');

/** Members (`NAME = "value"`) of `export declare enum <name>` in the English typings. */
export function sdkEnum(name: string): Map<string, string> {
  const body = new RegExp(`declare enum ${name} \\{([\\s\\S]*?)\\n\\}`).exec(typingsEn)?.[1];
  if (body === undefined) throw new Error(`enum ${name} not found in rtc-sdk_en.d.ts`);
  const members = new Map<string, string>();
  for (const m of body.matchAll(/^\s*([A-Z0-9_]+)\s*=\s*"([^"]*)"/gm)) members.set(m[1] as string, m[2] as string);
  return members;
}

/** Rows `| 1001 | FRAMERATE_INPUT_TOO_LOW | ... |` of the `exception` event's TSDoc. */
export function documentedExceptionCodes(): Map<number, string> {
  const doc =
    /Reports exceptions in the channel\.([\s\S]*?)declare function event_exception/.exec(typingsEn)?.[1] ?? '';
  const out = new Map<number, string>();
  for (const m of doc.matchAll(/^\s*\*\s*\|\s*(\d{4})\s*\|\s*([A-Z0-9_]+)\s*\|/gm))
    out.set(Number(m[1]), m[2] as string);
  return out;
}

/** The exception monitor's `{ NAME: code }` table in the bundle (codes the SDK really emits, before +2000). */
export function bundleExceptionCodes(): Map<number, string> {
  const table = /\{((?:[A-Z_]+:\d{4},)*FRAMERATE_INPUT_TOO_LOW:1001(?:,[A-Z_]+:\d{4})*)\}/.exec(bundle)?.[1];
  if (table === undefined) throw new Error('exception table not found in the bundle');
  const out = new Map<number, string>();
  for (const m of table.matchAll(/([A-Z_]+):(\d{4})/g)) out.set(Number(m[2]), m[1] as string);
  return out;
}

/**
 * Error codes listed in the tables of seed 003 (the Chinese error-code page), from
 * fixtures/vendor-docs/agora-ng-zh.json; `unparsed` holds rows whose code is not an SDK identifier.
 */
export function seedCodes(): { codes: string[]; unparsed: string[] } {
  const codes: string[] = [];
  const unparsed: string[] = [];
  for (const row of readVendorDoc('agora-ng-zh').rows) {
    if (/^[A-Z0-9_]+$/.test(row.code)) codes.push(row.code);
    else unparsed.push(row.code);
  }
  return { codes, unparsed };
}
