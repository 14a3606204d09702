/**
 * What the installed TRTC packages define, read from the packages themselves (not typed by hand):
 * the v5 error enum of `trtc-sdk-v5` (its minified `Jt` table: `N[N.NAME=5001]="NAME"`), and the
 * `ErrorCode` object of `trtc-js-sdk` (`{INVALID_PARAMETER:4096,...}` in the bundle) and typings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const modules = join(import.meta.dirname, '..', '..', '..', 'node_modules');
export const read = (path: string): string => readFileSync(join(modules, path), 'utf8');

export const V5_BUNDLE = read('trtc-sdk-v5/trtc.esm.js');
export const V4_BUNDLE = read('trtc-js-sdk/trtc.esm.js');

/** The v5 enum: every `NAME = value` of the table that holds `OPERATION_ABORT=5998`. */
export function v5Enum(): Map<string, number> {
  const at = V5_BUNDLE.indexOf('.OPERATION_ABORT=5998]');
  if (at < 0) throw new Error('trtc-sdk-v5: error enum not found');
  const start = V5_BUNDLE.lastIndexOf('=>(', at);
  const end = V5_BUNDLE.indexOf('))(', at);
  const out = new Map<string, number>();
  for (const m of V5_BUNDLE.slice(start, end).matchAll(/\[\w+\.([A-Z0-9_]+)=(-?[0-9e.]+)\]/g)) {
    out.set(m[1] as string, Number(m[2]));
  }
  return out;
}

/** The top-level codes of `TRTC.ERROR_CODE` (typings). */
export function v5TopLevel(): string[] {
  const d = read('trtc-sdk-v5/index.d.ts');
  const block = /static ERROR_CODE: \{([^}]*)\}/.exec(d)?.[1] ?? '';
  return [...block.matchAll(/([A-Z_]+): number/g)].map((m) => m[1] as string);
}

/** The 4.x `ErrorCode` object of the bundle. */
export function v4Enum(): Map<string, number> {
  const m = /\{INVALID_PARAMETER:4096,[^}]*\}/.exec(V4_BUNDLE);
  if (!m) throw new Error('trtc-js-sdk: ErrorCode not found');
  const out = new Map<string, number>();
  for (const p of m[0].matchAll(/([A-Z_]+):(\d+)/g)) out.set(p[1] as string, Number(p[2]));
  return out;
}

/** The 4.x `ErrorCode` interface of the typings. */
export function v4Typings(): Map<string, number> {
  const d = read('trtc-js-sdk/index.d.ts');
  const block = /export interface ErrorCode \{([\s\S]*?)\n\}/.exec(d)?.[1] ?? '';
  const out = new Map<string, number>();
  for (const p of block.matchAll(/([A-Z_]+): (0x[0-9a-f]+);/gi)) out.set(p[1] as string, Number(p[2]));
  return out;
}

/** The internal copy of the 4.x enum inside the v5 bundle (`W[W.NAME=4096]`). */
export function v5InnerEnum(): Map<string, number> {
  const at = V5_BUNDLE.indexOf('.WHIP_REQUEST_FAILED=');
  const start = V5_BUNDLE.lastIndexOf('=>(', at);
  const end = V5_BUNDLE.indexOf('))(', at);
  const out = new Map<string, number>();
  for (const m of V5_BUNDLE.slice(start, end).matchAll(/\[\w+\.([A-Z0-9_]+)=(\d+)\]/g))
    out.set(m[1] as string, Number(m[2]));
  return out;
}

/**
 * Whether the v5 bundle (or one of its plugins) ever reports an extraCode: as a literal outside the
 * enum (`extraCode:5302`, `s(5001)`, `i=5301`), or by its name through the enum in a plugin
 * (`extraCode:a.INVALID_STREAM_ID`, `extraCode:g.NEED_TO_BUY`...).
 */
export function v5Reports(code: number, name: string): boolean {
  const at = V5_BUNDLE.indexOf('.OPERATION_ABORT=5998]');
  const start = V5_BUNDLE.lastIndexOf('=>(', at);
  const end = V5_BUNDLE.indexOf('))(', at);
  const rest = V5_BUNDLE.slice(0, start) + V5_BUNDLE.slice(end);
  if (new RegExp(`[^0-9A-Za-z_.$]${code}(?![0-9])`).test(rest)) return true;
  const plugins = ['cdn-streaming', 'lebplayer', 'voice-changer', 'cross-room', 'realtime-transcriber'];
  return plugins.some((p) =>
    new RegExp(`(extraCode|code):[a-zA-Z]\\.${name}\\b`).test(read(`trtc-sdk-v5/plugins/${p}/${p}.esm.js`)),
  );
}
