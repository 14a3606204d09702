/**
 * Reads the error-code tables out of the installed `agora-rtc-sdk` (its minified bundle and its
 * `index.d.ts`), so parity tests compare the catalog with what the SDK really defines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('agora-rtc-sdk/package.json'));

/** The SDK's version, its minified bundle and its type definitions. */
export const SDK = {
  version: (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version,
  bundle: readFileSync(join(pkgDir, 'AgoraRTCSDK.min.js'), 'utf8'),
  dts: readFileSync(join(pkgDir, 'index.d.ts'), 'utf8'),
};

/** `KEY:"VALUE"` pairs of an object literal body; numeric keys (`2e3`) are turned into numbers. */
function pairs(body: string): [key: string | number, value: string][] {
  const out: [string | number, string][] = [];
  for (const m of body.matchAll(/(?:^|,)([A-Za-z_$][\w$]*|[\d.e]+):"([^"]*)"/g)) {
    const key = m[1] as string;
    out.push([/^[\d.e]+$/.test(key) ? Number(key) : key, m[2] as string]);
  }
  return out;
}

/** `KEY:number` pairs of an object literal body. */
function numberPairs(body: string): [key: string, value: number][] {
  return [...body.matchAll(/(?:^|,)([A-Za-z_$][\w$]*):(\d+)/g)].map((m) => [m[1] as string, Number(m[2])]);
}

/**
 * The tables of the bundle module that exports `GatewayErrorCode` (webpack `n.d(t, "Name", ...)`
 * getters returning local variables), by exported name.
 */
function exportedTables(): Map<string, string> {
  const { bundle } = SDK;
  const start = bundle.indexOf('"GatewayErrorCode"');
  if (start < 0) throw new Error('GatewayErrorCode export not found in the bundle');
  const moduleStart = bundle.lastIndexOf('function(e,t,n){', start);
  const moduleText = bundle.slice(moduleStart, moduleStart + 20_000);
  const tables = new Map<string, string>();
  for (const m of moduleText.matchAll(/n\.d\(t,"(\w+)",\(function\(\)\{return (\w+)\}\)\)/g)) {
    const [, name, variable] = m as unknown as [string, string, string];
    const body = new RegExp(`(?:var |,)${variable}=\\{([^{}]*)\\}`).exec(moduleText)?.[1];
    if (body !== undefined) tables.set(name, body);
  }
  return tables;
}

/** The SDK's public error table: the default export whose members include `INVALID_OPERATION`. */
export function errorTable(): [name: string, value: string][] {
  const { bundle } = SDK;
  const at = bundle.indexOf('INVALID_OPERATION:"INVALID_OPERATION"');
  if (at < 0) throw new Error('error table not found in the bundle');
  const open = bundle.lastIndexOf('{', at);
  const close = bundle.indexOf('}', at);
  return pairs(bundle.slice(open + 1, close)).map(([k, v]) => [String(k), v]);
}

/** A numeric table exported by the gateway module: `[number, name]`. */
export function gatewayModuleTable(
  name: 'GatewayErrorCode' | 'APErrorCode' | 'StringUidErrorCode',
): [code: number, name: string][] {
  const body = exportedTables().get(name);
  if (body === undefined) throw new Error(`${name} not found in the bundle`);
  return pairs(body).map(([k, v]) => [Number(k), v]);
}

/** `INJECT_STREAM_STATUS`: `[name, status]`. */
export function injectStatuses(): [name: string, status: number][] {
  const body = exportedTables().get('INJECT_STREAM_STATUS');
  if (body === undefined) throw new Error('INJECT_STREAM_STATUS not found in the bundle');
  return numberPairs(body);
}

/** The `AgoraRTCErrorCode` enum of the bundle's newer modules: `[name, value]`. */
export function agoraRtcErrorCodes(): [name: string, value: string][] {
  const m = /function\(e\)\{((?:e\.\w+="[^"]*",?)+)\}\(t\.AgoraRTCErrorCode\|\|/.exec(SDK.bundle);
  if (!m?.[1]) throw new Error('AgoraRTCErrorCode enum not found in the bundle');
  return [...m[1].matchAll(/e\.(\w+)="([^"]*)"/g)].map((p) => [p[1] as string, p[2] as string]);
}

/** The exception-event table (`{1001: "FRAMERATE_INPUT_TOO_LOW", ...}`) dispatched with `exception`. */
export function exceptionCodes(): [code: number, name: string][] {
  const { bundle } = SDK;
  const at = bundle.indexOf('type:"exception",code:');
  if (at < 0) throw new Error('exception dispatch not found in the bundle');
  // the table is the object literal whose name the dispatch indexes: msg:N[c]
  const tableVar = /msg:(\w+)\[/.exec(bundle.slice(at, at + 200))?.[1];
  const moduleStart = bundle.lastIndexOf('function(e,t,n){', at);
  const def = new RegExp(`[,\\s]${tableVar}=\\{([^{}]*)\\}`).exec(bundle.slice(moduleStart, at));
  if (!def?.[1]) throw new Error('exception table not found in the bundle');
  return pairs(def[1]).map(([k, v]) => [Number(k), v]);
}

/** `ChannelMediaError` codes documented in index.d.ts (code 0, RELAY_OK, is not an error). */
export function relayCodes(): [code: number, message: string][] {
  const { dts } = SDK;
  const end = dts.indexOf('class ChannelMediaError');
  const start = dts.lastIndexOf('/**', end);
  return [...dts.slice(start, end).matchAll(/\|\s*(\d+)\s*\|\s*([A-Z_]+)\s*\|/g)]
    .map((m): [number, string] => [Number(m[1]), m[2] as string])
    .filter(([code]) => code !== 0);
}

/** `msg` values of `Stream.init` failures documented in index.d.ts. */
export function initMessages(): string[] {
  const { dts } = SDK;
  const start = dts.indexOf('The possible error information in the `msg` field includes:');
  const end = dts.indexOf('The `info` field', start);
  return [...dts.slice(start, end).matchAll(/^\s*\*\s*- (\w+):/gm)].map((m) => m[1] as string);
}

/** Quoted codes of the `onFailure`/callback error lists in index.d.ts (`- "SOCKET_ERROR": ...`). */
export function documentedCallbackCodes(): string[] {
  const out = new Set<string>();
  for (const line of SDK.dts.split('\n')) {
    if (!/^\s*\*\s*- `?"[A-Z]/.test(line)) continue;
    for (const m of line.matchAll(/"([A-Z][A-Z0-9_]{3,})"/g)) out.add(m[1] as string);
  }
  const live = SDK.dts.slice(
    SDK.dts.indexOf('on(event: "liveStreamingFailed"'),
    SDK.dts.indexOf('on(event: "liveStreamingStopped"'),
  );
  for (const m of live.matchAll(/^\s*\*\s*- `([A-Z][A-Z0-9_]{3,})`:/gm)) out.add(m[1] as string);
  return [...out];
}
