/**
 * The CLI over the real adapters (`adapters/registry.ts`): properties that hold for any catalog, empty
 * or complete, so they keep checking the real catalogs once they are filled in. The same properties
 * run over the test-local adapters too, which proves they are not vacuous.
 */
import { describe, expect, it } from 'vitest';
import { CLI_ADAPTERS, CLI_LOCALES } from '../../adapters/registry.js';
import type { CliAdapter } from '../../src/cli/types.js';
import { isRtcErrorCode, type CatalogEntry, type LocalePack } from '../../src/index.js';
import { RETRYING_STRATEGIES } from '../../src/types.js';
import { sampleLogs } from './logs.js';
import { run, TEST_ADAPTERS, TEST_LOCALES } from './support.js';

const SEVERITIES = new Set(['fatal', 'recoverable']);

it('the real vendors are the five adapters, each with log formats that capture a code or name what a phrase means', () => {
  expect(CLI_ADAPTERS.map((a) => a.id)).toEqual(['agora-web', 'agora-ng', 'agora-native', 'aliyun', 'trtc']);
  for (const adapter of CLI_ADAPTERS) {
    expect(adapter.logPatterns?.length, adapter.id).toBeGreaterThan(0);
    for (const p of adapter.logPatterns ?? [])
      expect(
        p.regex.source.includes('(?<code>') || p.code !== undefined || p.unified !== undefined,
        `${adapter.id} ${p.regex.source}`,
      ).toBe(true);
  }
});

it('takes negative codes as codes, not options', async () => {
  const r = await run(['explain', '--json', '-1', '--vendor', 'aliyun'], {
    adapters: CLI_ADAPTERS,
    locales: CLI_LOCALES,
  });
  expect(r.status).toBe(0);
  const rows = JSON.parse(r.stdout) as { query: string; vendorName: string }[];
  expect(rows.every((row) => row.query === '-1')).toBe(true);
  expect(rows.map((row) => row.vendorName)).toContain('ERR_INNER');
});

const SETS: [string, { adapters: readonly CliAdapter[]; locales: readonly LocalePack[] }][] = [
  ['real adapters', { adapters: CLI_ADAPTERS, locales: CLI_LOCALES }],
  ['test-local adapters', { adapters: TEST_ADAPTERS, locales: TEST_LOCALES }],
];

for (const [label, real] of SETS) {
  describe(`CLI invariants over the ${label}`, () => {
    const all: { vendor: string; entry: CatalogEntry }[] = real.adapters.flatMap((a) =>
      a.entries().map((entry) => ({ vendor: a.id, entry })),
    );

    it('list --json: one row per catalog entry, every row complete and valid', async () => {
      const r = await run(['list', '--json'], real);
      expect(r.status).toBe(all.length > 0 ? 0 : 1);
      const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
      expect(rows).toHaveLength(all.length);
      rows.forEach((row, i) => {
        const { vendor, entry } = all[i]!;
        expect(row.vendor).toBe(vendor);
        expect(row.vendorCode).toBe(entry.vendorCode);
        expect(row.vendorName).toBe(entry.vendorName);
        expect(isRtcErrorCode(row.code)).toBe(true);
        expect(typeof row.category).toBe('string');
        expect(SEVERITIES.has(row.severity as string)).toBe(true);
        expect(typeof row.retryable).toBe('boolean');
        if (row.retryable) expect(RETRYING_STRATEGIES.has(row.strategy as never)).toBe(true);
        expect(['error', 'warning']).toContain(row.kind);
        expect((row.message as string).length).toBeGreaterThan(0);
        expect((row.action as string).length).toBeGreaterThan(0);
        expect(row.source).toBe(entry.source);
      });
    });

    it('list --lang zh --json: every row has Chinese message and action', async () => {
      const rows = JSON.parse((await run(['list', '--lang', 'zh', '--json'], real)).stdout) as {
        message: string;
        action: string;
      }[];
      expect(rows).toHaveLength(all.length);
      for (const row of rows) {
        expect(row.message).toMatch(/[\u4e00-\u9fff]/);
        expect(row.action).toMatch(/[\u4e00-\u9fff]/);
      }
    });

    it('explain answers every catalog name for its vendor, and every code value', async () => {
      for (const adapter of real.adapters) {
        const names = adapter.entries().map((e) => e.vendorName);
        const values = [...new Set(adapter.entries().map((e) => String(e.vendorCode)))];
        const r = await run(
          ['explain', '--vendor', adapter.id, '--json', 'SURELY_NOT_A_CODE_123', ...names, ...values],
          real,
        );
        expect(r.status).toBe(1); // the sentinel is unknown; nothing else may be
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        const rows = JSON.parse(r.stdout) as { query: string; vendorName: string }[];
        for (const name of names)
          expect(
            rows.some((row) => row.query === name && row.vendorName === name),
            name,
          ).toBe(true);
        for (const value of values)
          expect(
            rows.some((row) => row.query === value),
            value,
          ).toBe(true);
      }
    });

    it('list --markdown has one table line per entry', async () => {
      const r = await run(['list', '--markdown'], real);
      expect(r.stdout === '' ? 0 : r.stdout.trimEnd().split('\n').length - 2).toBe(all.length);
    });

    it('scan: every code a sample log holds that the real catalog knows is found, as often as it occurs', async () => {
      for (const log of sampleLogs()) {
        const adapter = real.adapters.find((a) => a.id === log.vendor)!;
        const r = await run(['scan', log.path, '--vendor', log.vendor, '--json'], real);
        const out = JSON.parse(r.stdout) as {
          findings: { vendorName: string; family?: string; code: string; count: number }[];
        };
        // the catalog's own entry for each expected code: by name, else by value within the family
        const known = log.findings.flatMap((e) => {
          const inFamily = (x: CatalogEntry): boolean => e.family === undefined || x.family === e.family;
          const entry =
            adapter.lookupAll(e.vendorName).find((x) => x.vendorName === e.vendorName && inFamily(x)) ??
            adapter.lookupAll(e.vendorCode).find((x) => String(x.vendorCode) === String(e.vendorCode) && inFamily(x));
          return entry ? [{ ...e, vendorName: entry.vendorName }] : [];
        });
        expect(r.status).toBe(out.findings.length > 0 ? 0 : 1);
        for (const e of known) {
          const hits = out.findings.filter(
            (f) =>
              f.vendorName === e.vendorName &&
              (e.family === undefined || f.family === e.family) &&
              (e.code === undefined || f.code === e.code),
          );
          expect(
            hits.reduce((n, f) => n + f.count, 0),
            `${log.name} ${e.vendorName} ${e.code ?? ''}`,
          ).toBe(e.count);
        }
      }
    });
  });
}
