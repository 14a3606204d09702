/**
 * Generated code docs: deterministic, complete (every entry, English and Chinese; every vendor code
 * under its unified code), and the staleness check that `npm run docs:check` runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDocs, staleFiles, writeDocs } from '../../scripts/gen-docs.js';
import { CLI_ADAPTERS, CLI_LOCALES } from '../../adapters/registry.js';
import { fromRecognition, localize, RTC_ERROR_CODES } from '../../src/index.js';
import { TEST_ADAPTERS, TEST_LOCALES } from './support.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('gen-docs', () => {
  it('is deterministic', () => {
    expect([...generateDocs(TEST_ADAPTERS, TEST_LOCALES)]).toEqual([...generateDocs(TEST_ADAPTERS, TEST_LOCALES)]);
    expect([...generateDocs(CLI_ADAPTERS, CLI_LOCALES)]).toEqual([...generateDocs(CLI_ADAPTERS, CLI_LOCALES)]);
  });

  it('writes one page per vendor and the unified page', () => {
    expect([...generateDocs(TEST_ADAPTERS, TEST_LOCALES).keys()]).toEqual([
      ...TEST_ADAPTERS.map((a) => `${a.id}.md`),
      'unified.md',
    ]);
  });

  it('documents every entry of every vendor, with its English and Chinese text', () => {
    const files = generateDocs(TEST_ADAPTERS, TEST_LOCALES);
    for (const adapter of TEST_ADAPTERS) {
      const page = files.get(`${adapter.id}.md`)!;
      expect(page).toContain('Do not edit: run `npm run docs:gen`');
      for (const entry of adapter.entries()) {
        const heading =
          entry.family !== undefined ? `## ${entry.family} ${entry.vendorName}\n` : `## ${entry.vendorName}\n`;
        expect(page).toContain(heading);
        const section = page.slice(page.indexOf(heading)).split('\n## ')[0]!;
        expect(section).toContain(entry.message);
        expect(section).toContain(entry.action);
        expect(section).toContain(`unified.md#${entry.code}`);
        const zh = localize(fromRecognition({ entry }, adapter.id, undefined), TEST_LOCALES);
        expect(section).toContain(zh.message);
        if (entry.note) expect(section).toContain(entry.note);
        const own = TEST_LOCALES.some((p) => p.vendor === adapter.id && entry.vendorName in p.entries);
        expect(section.includes('_(unified)_'), `${entry.vendorName} marks borrowed text`).toBe(!own);
      }
    }
  });

  it('lists every vendor code that maps to each unified code', () => {
    const page = generateDocs(TEST_ADAPTERS, TEST_LOCALES).get('unified.md')!;
    for (const code of RTC_ERROR_CODES) expect(page).toContain(`\n## ${code}\n`);
    for (const adapter of TEST_ADAPTERS) {
      for (const entry of adapter.entries()) {
        const section = page.slice(page.indexOf(`\n## ${entry.code}\n`)).split('\n## ')[1]!;
        expect(section, `${adapter.id} ${entry.vendorName} under ${entry.code}`).toContain(
          `| ${adapter.id} | \`${String(entry.vendorCode)}\` | [\`${entry.vendorName}\`]`,
        );
      }
    }
    const tokenExpired = page.slice(page.indexOf('\n## token_expired\n')).split('\n## ')[1]!;
    expect(tokenExpired).toContain('agora-web');
    expect(tokenExpired).toContain('agora-native');
  });

  it('finds stale, missing and extra pages, and none after writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rtc-docs-'));
    dirs.push(dir);
    const files = generateDocs(TEST_ADAPTERS, TEST_LOCALES);
    expect(staleFiles(dir, files)).toEqual([...files.keys()].sort());
    writeDocs(dir, files);
    expect(staleFiles(dir, files)).toEqual([]);
    writeFileSync(join(dir, 'aliyun.md'), `${readFileSync(join(dir, 'aliyun.md'), 'utf8')}edited\n`);
    writeFileSync(join(dir, 'old-vendor.md'), '# gone\n');
    expect(staleFiles(dir, files)).toEqual(['aliyun.md', 'old-vendor.md']);
    writeDocs(dir, files);
    expect(staleFiles(dir, files)).toEqual([]);
  });
});
