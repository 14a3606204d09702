/**
 * `rtc-errors/testing` is reachable from no other entry: following the relative imports of every
 * other entry of the build (rollup.config.mjs) never reaches fixtures/fakes/, and the testing entry
 * itself stays off the file system (the Node-only fixture loader is not part of it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Every repository file an entry reaches through relative imports (static and dynamic). */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'));
      if (existsSync(target)) stack.push(target);
      else throw new Error(`${relative(root, file)} imports ${m[1]}, which does not exist`);
    }
  }
  return new Set([...seen].map((f) => relative(root, f)));
}

const { entries } = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)) as {
  entries: Record<string, string>;
};

describe('rtc-errors/testing', () => {
  it('is an entry of the build and a subpath of the package', () => {
    expect(entries.testing).toBe('fixtures/fakes/index.ts');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./testing']).toBeDefined();
  });

  it.each(Object.entries(entries).filter(([name]) => name !== 'testing'))(
    'is not reached from the %s entry',
    (_name, entry) => {
      const files = [...reached(entry)];
      expect(files.length).toBeGreaterThan(3);
      expect(files.filter((f) => f.startsWith('fixtures/'))).toEqual([]);
    },
  );

  it('reaches every fake and no file-system loader', () => {
    const files = reached(entries.testing as string);
    for (const vendor of ['agora-ng', 'agora-web', 'agora-native', 'aliyun'])
      expect(files.has(`fixtures/fakes/${vendor}.ts`), vendor).toBe(true);
    expect(files.has('fixtures/fakes/load.ts')).toBe(false);
    for (const f of files) expect(readFileSync(join(root, f), 'utf8'), f).not.toMatch(/from 'node:/);
  });
});
