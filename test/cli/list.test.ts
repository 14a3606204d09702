/**
 * `rtc-errors list` on test-local adapters: text, JSON, Markdown, Chinese, one vendor.
 */
import { describe, expect, it } from 'vitest';
import { defineAdapter, createCatalog } from '../../src/index.js';
import { run, TEST_ADAPTERS } from './support.js';

const total = TEST_ADAPTERS.reduce((n, a) => n + a.entries().length, 0);

describe('list', () => {
  it('lists every entry of every vendor as JSON, in catalog order', async () => {
    const r = await run(['list', '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { vendor: string; vendorName: string }[];
    expect(rows).toHaveLength(total);
    expect(rows.map((x) => `${x.vendor}/${x.vendorName}`)).toEqual(
      TEST_ADAPTERS.flatMap((a) => a.entries().map((e) => `${a.id}/${e.vendorName}`)),
    );
  });

  it('lists one vendor with --vendor', async () => {
    const r = await run(['list', '--vendor', 'aliyun', '--json']);
    const rows = JSON.parse(r.stdout) as { vendor: string }[];
    expect(rows).toHaveLength(TEST_ADAPTERS.find((a) => a.id === 'aliyun')!.entries().length);
    expect(new Set(rows.map((x) => x.vendor))).toEqual(new Set(['aliyun']));
  });

  it('prints a text table with one line per entry', async () => {
    const r = await run(['list', '--vendor', 'agora-native']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VENDOR\s+CODE\s+NAME\s+FAMILY\s+UNIFIED\s+SEVERITY\s+STRATEGY\s+MESSAGE$/);
    expect(lines).toHaveLength(1 + TEST_ADAPTERS.find((a) => a.id === 'agora-native')!.entries().length);
    expect(lines.find((l) => l.includes('WARN_LOOKUP_CHANNEL_TIMEOUT'))).toMatch(
      /WARN\s+network_timeout\s+recoverable\s+backoff/,
    );
  });

  it('prints a Markdown table that escapes pipes', async () => {
    const piped = defineAdapter({
      id: 'agora-ng',
      catalog: createCatalog([
        {
          vendorCode: 'X',
          vendorName: 'X',
          code: 'unknown',
          kind: 'error',
          message: 'a | b',
          action: 'c',
          source: 'sdk',
        },
      ]),
      recognize: () => undefined,
    });
    const r = await run(['list', '--markdown'], { adapters: [piped] });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '| Vendor | Code | Name | Family | Unified | Category | Severity | Retry | Message | Action |',
    );
    expect(lines[1]).toBe('|---|---|---|---|---|---|---|---|---|---|');
    expect(lines[2]).toContain('a \\| b');
    const all = await run(['list', '--markdown']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(2 + total);
  });

  it('prints Chinese text with --lang zh', async () => {
    const r = await run(['list', '--lang', 'zh', '--json']);
    const rows = JSON.parse(r.stdout) as { message: string; action: string }[];
    for (const row of rows) {
      expect(row.message).toMatch(/[\u4e00-\u9fff]/);
      expect(row.action).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('exits 1 with an empty catalog', async () => {
    const empty = defineAdapter({ id: 'aliyun', catalog: createCatalog([]), recognize: () => undefined });
    const r = await run(['list', '--json'], { adapters: [empty] });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('no catalog entries');
  });
});
