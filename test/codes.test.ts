import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES, isRtcErrorCode, RTC_ERROR_CODES, unifiedZh } from '../src/index.js';
import { RETRYING_STRATEGIES } from '../src/types.js';
import { ADAPTERS } from './support/adapters.js';

const CATEGORIES = ['auth', 'params', 'state', 'network', 'server', 'device', 'media', 'environment', 'internal'];
const STRATEGIES = [
  'none',
  'backoff',
  'immediate',
  'renew-token',
  'rejoin',
  'republish',
  'resubscribe',
  'wait-for-network',
  'user-action',
  'recreate-client',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('unified code table', () => {
  it('has unique, lower snake_case codes with valid defaults and text', () => {
    expect(new Set(RTC_ERROR_CODES).size).toBe(RTC_ERROR_CODES.length);
    for (const code of RTC_ERROR_CODES) {
      expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
      const info = CODES[code];
      expect(CATEGORIES).toContain(info.category);
      expect(['fatal', 'recoverable']).toContain(info.severity);
      expect(STRATEGIES).toContain(info.strategy);
      expect(info.message.length).toBeGreaterThan(5);
      expect(info.action.length).toBeGreaterThan(5);
    }
  });

  it('never defaults a fatal code to a strategy this library retries by itself', () => {
    for (const code of RTC_ERROR_CODES) {
      if (CODES[code].severity === 'fatal') expect(RETRYING_STRATEGIES.has(CODES[code].strategy)).toBe(false);
    }
  });

  it('has unique English messages', () => {
    const messages = RTC_ERROR_CODES.map((c) => CODES[c].message);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('has Chinese text for every code, and for nothing else', () => {
    expect(Object.keys(unifiedZh.entries).sort()).toEqual([...RTC_ERROR_CODES].sort());
    for (const [message, action] of Object.values(unifiedZh.entries)) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(action).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('is the only place codes come from: every catalog entry maps to a code that exists', () => {
    for (const { adapter } of Object.values(ADAPTERS)) {
      for (const entry of adapter.entries())
        expect(isRtcErrorCode(entry.code), `${adapter.id} ${entry.vendorName}`).toBe(true);
    }
  });

  it('every code literal written in src/ and adapters/ exists', () => {
    const root = join(import.meta.dirname, '..');
    const pattern = /\b(?:code|clears)\s*:\s*'([a-z_]+)'/g;
    let seen = 0;
    for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'adapters'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(pattern)) {
        seen += 1;
        expect(isRtcErrorCode(match[1]), `${file}: '${match[1]}'`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
