/**
 * Parity: every method and event the four client surfaces name exists in the installed SDK's own
 * type definitions, with the failure style the surface says (promise, callback positions, numeric
 * return). Read from node_modules, not from a list typed by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agoraNativeClient } from '../../adapters/agora-native/client.js';
import { agoraNgClient } from '../../adapters/agora-ng/client.js';
import { agoraWebClient } from '../../adapters/agora-web/client.js';
import { aliyunClient } from '../../adapters/aliyun/client.js';
import type { OperationSpec, TargetSurface } from '../../src/index.js';

const modules = join(import.meta.dirname, '..', '..', 'node_modules');
const read = (path: string): string => readFileSync(join(modules, path), 'utf8');

/** The text of the `{ ... }` block opened by the first line matching `header`. */
function block(source: string, header: RegExp): string {
  const m = header.exec(source);
  if (!m) throw new Error(`no block ${header}`);
  let depth = 0;
  const start = source.indexOf('{', m.index);
  for (let i = start; i < source.length; i += 1) {
    if (source[i] === '{') depth += 1;
    else if (source[i] === '}') {
      depth -= 1;
      if (depth === 0) return source.slice(start, i + 1);
    }
  }
  throw new Error('unbalanced block');
}

/** Strips comments, so examples in TSDoc are not read as declarations. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

interface Signature {
  params: string[];
  returns: string;
}

/** Every declared signature of `name` in a block: its parameters and return type. */
function signatures(text: string, name: string): Signature[] {
  const out: Signature[] = [];
  const re = new RegExp(`(?:^|\\n)\\s*(?:abstract\\s+|static\\s+)?(?:function\\s+)?${name}(\\??)(\\(|:\\s*\\()`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let i = m.index + m[0].length;
    let depth = 1;
    const start = i;
    for (; i < text.length && depth > 0; i += 1) {
      const ch = text[i];
      if (ch === '(' || ch === '{' || ch === '[' || ch === '<') depth += 1;
      else if ((ch === ')' || ch === '}' || ch === ']' || ch === '>') && text[i - 1] !== '=') depth -= 1;
    }
    const inner = text.slice(start, i - 1);
    const params: string[] = [];
    let d = 0;
    let cur = '';
    for (let k = 0; k < inner.length; k += 1) {
      const ch = inner[k]!;
      if ('({[<'.includes(ch)) d += 1;
      if (')}]>'.includes(ch) && inner[k - 1] !== '=') d -= 1;
      if (ch === ',' && d === 0) {
        params.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) params.push(cur.trim());
    const rest = text.slice(i);
    const ret = /^\s*(?::|=>)\s*([^;\n]+)/.exec(rest);
    out.push({ params, returns: ret?.[1]?.trim() ?? '' });
  }
  return out;
}

function eventNames(text: string, pattern: RegExp): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(pattern)) names.add(m[1]!);
  return names;
}

function checkOperation(name: string, spec: OperationSpec, sigs: Signature[]): void {
  expect(sigs.length, `${name} is declared`).toBeGreaterThan(0);
  const last = sigs.at(-1)!;
  switch (spec.style) {
    case 'promise':
      expect(last.returns, `${name} returns a promise`).toMatch(/Promise</);
      break;
    case 'return-code':
      expect(last.returns, `${name} returns a number`).toBe('number');
      break;
    case 'sync':
      expect(last.returns, `${name} does not return a promise`).not.toMatch(/Promise</);
      break;
    case 'callback': {
      const slots = spec.callbacks === 'success-failure' ? 2 : 1;
      const callbacks = last.params.slice(-slots);
      expect(
        callbacks.every((p) => p.includes('=>')),
        `${name} ends with ${slots} callback(s): ${last.params.join(' | ')}`,
      ).toBe(true);
      expect(
        last.params.length - slots,
        `${name}: callbacks start at or after index ${spec.at}`,
      ).toBeGreaterThanOrEqual(spec.at);
      break;
    }
  }
  if (spec.tokenArg !== undefined)
    expect(last.params[spec.tokenArg], `${name}: argument ${spec.tokenArg} is the token`).toMatch(
      /token|key|authInfo/i,
    );
}

function checkTarget(target: TargetSurface, blocks: string[], events: Set<string>): void {
  const text = blocks.join('\n');
  for (const [name, spec] of Object.entries(target.operations))
    if (spec) checkOperation(name, spec, signatures(text, name));
  for (const name of target.eventNames ?? []) expect(events.has(name), `event ${name} is declared`).toBe(true);
  for (const [name, spec] of Object.entries(target.operations)) {
    for (const other of spec?.supersedes ?? [])
      expect(target.operations, `${name} supersedes a known operation`).toHaveProperty(other);
  }
}

describe('surface parity with the installed SDKs', () => {
  it('agora-ng: IAgoraRTCClient, IAgoraRTC and the local tracks', () => {
    const dts = code(read('agora-rtc-sdk-ng/rtc-sdk_en.d.ts'));
    const client = block(dts, /export declare interface IAgoraRTCClient extends EventEmitter \{/);
    const global = block(dts, /export declare interface IAgoraRTC extends EventEmitter \{/);
    const emitter = block(dts, /declare class EventEmitter \{/);
    expect(signatures(emitter, 'on')).not.toHaveLength(0);
    expect(signatures(emitter, 'off')).not.toHaveLength(0);
    checkTarget(agoraNgClient.client, [client], eventNames(client, /on\(event: "([^"]+)"/g));
    checkTarget(agoraNgClient.targets!.global!, [global], eventNames(global, /on\(event: "([^"]+)"/g));
    const tracks = [...dts.matchAll(/export declare interface (I\w*Track) extends/g)].map((m) =>
      block(dts, new RegExp(`export declare interface ${m[1]} extends[^{]*\\{`)),
    );
    checkTarget(agoraNgClient.targets!.track!, tracks, eventNames(tracks.join('\n'), /on\(event: "([^"]+)"/g));
    expect(agoraNgClient.client.renew?.method).toBe('renewToken');
    expect(signatures(client, 'renewToken')[0]?.params).toEqual(['token: string']);
  });

  it('agora-web: Client, Stream and the AgoraRTC namespace', () => {
    const dts = code(read('agora-rtc-sdk/index.d.ts'));
    const client = block(dts, /\n\s*interface Client \{/);
    const stream = block(dts, /\n\s*interface Stream \{/);
    checkTarget(agoraWebClient.client, [client], eventNames(client, /on\(event: "([^"]+)"/g));
    checkTarget(agoraWebClient.targets!.stream!, [stream], eventNames(stream, /on\(event: "([^"]+)"/g));
    checkTarget(agoraWebClient.targets!.global!, [dts], new Set());
    expect(signatures(client, 'off')).not.toHaveLength(0);
    // the join callbacks come after the optional `optionalInfo`
    expect(signatures(client, 'join')[0]?.params.length).toBe(6);
  });

  it('agora-native: IRtcEngine methods return numbers; handler callbacks exist', () => {
    const src = code(read('react-native-agora/src/IAgoraRtcEngine.ts'));
    const engine = block(src, /export abstract class IRtcEngine \{/);
    const handler = block(src, /export interface IRtcEngineEventHandler \{/);
    checkTarget(agoraNativeClient.client, [engine], eventNames(handler, /\n\s*(on\w+)\?\(/g));
    const sub = agoraNativeClient.client.events;
    expect(sub?.style).toBe('handler');
    if (sub?.style === 'handler') {
      expect(signatures(engine, sub.register)[0]?.params[0]).toMatch(/IRtcEngineEventHandler/);
      expect(signatures(engine, sub.unregister)).not.toHaveLength(0);
    }
  });

  it('aliyun: AliRtcEngine methods return promises; events are in AliRtcEngineEventListener', () => {
    const dts = code(read('aliyun-rtc-sdk/dist/types/index.d.ts'));
    const engine = block(dts, /declare class AliRtcEngine_2 extends default_2<AliRtcEngineEventListener> \{/);
    const listener = block(dts, /declare interface AliRtcEngineEventListener \{/);
    expect(dts).toMatch(/import \{ default as default_2 \} from 'eventemitter3'/);
    checkTarget(aliyunClient.client, [engine], eventNames(listener, /\n\s{4}(\w+): \(/g));
    checkTarget(aliyunClient.targets!.global!, [engine], new Set());
    expect(aliyunClient.client.renew?.method).toBe('refreshAuthInfo');
  });
});
