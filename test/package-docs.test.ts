/**
 * What the published package says about itself holds in the package: every relative link of the
 * README and of the docs it ships resolves to a file it ships (`files` of package.json), it ships
 * and a LICENSE matching its `license`. (The Node.js version the README states is checked with
 * `engines` elsewhere.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  license: string;
  files: string[];
};

function listFiles(path: string): string[] {
  if (!existsSync(join(root, path))) return [];
  if (!statSync(join(root, path)).isDirectory()) return [path];
  return readdirSync(join(root, path)).flatMap((name) => listFiles(join(path, name)));
}

/** The files npm packs, `dist/` aside (built later): `files`, plus what npm always includes. */
const shipped = new Set(
  [...pkg.files.flatMap(listFiles), 'package.json', 'README.md', 'LICENSE'].map((f) => normalize(f)),
);
const shippedDocs = [...shipped].filter((f) => f.endsWith('.md'));

function relativeLinks(markdown: string): string[] {
  const links: string[] = [];
  for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (target && !/^(https?:|mailto:|#)/.test(target)) links.push(target.replace(/#.*$/, ''));
  }
  return links;
}

describe('the package', () => {
  it('ships the README, the LICENSE and the adapter guide', () => {
    expect([...shipped]).toEqual(expect.arrayContaining(['README.md', 'LICENSE', join('docs', 'adapters.md')]));
  });

  it.each(shippedDocs)('every relative link of %s resolves to a shipped file', (doc) => {
    const links = relativeLinks(readFileSync(join(root, doc), 'utf8'));
    const dead = links.filter((link) => !shipped.has(normalize(relative(root, join(root, dirname(doc), link)))));
    expect(dead).toEqual([]);
  });

  it('has a LICENSE of the kind package.json says', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });
});
