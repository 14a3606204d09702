/**
 * The what-if plugin of the size report: it blanks exactly the string literals it is given, in the
 * package's own modules, and nothing else.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { afterAll, describe, expect, it } from 'vitest';
import { blankStrings, ROOT } from '../../scripts/size/bundle.js';

const SCRATCH = join(ROOT, '.tmp', 'blank-test');
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

async function bundleWith(files: Record<string, string>, texts: readonly string[]): Promise<string> {
  const dir = join(SCRATCH, String(Math.random()).slice(2));
  for (const [name, code] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), code);
  }
  const build = await rollup({ input: join(dir, 'entry.mjs'), plugins: [blankStrings(new Set(texts))] });
  try {
    const { output } = await build.generate({ format: 'es' });
    return output[0].code;
  } finally {
    await build.close();
  }
}

describe('blankStrings (what-if rows of npm run size)', () => {
  it('blanks the listed literals, wherever they sit, and keeps the others', async () => {
    const code = await bundleWith(
      {
        'entry.mjs':
          "import { T } from './text.mjs';\nexport const a = ['Token expired.', 'keep me', { m: 'Renew it.' }];\nexport { T };\n",
        'text.mjs': "export const T = { token: 'Token expired.', other: `Renew it.` };\n",
      },
      ['Token expired.', 'Renew it.'],
    );
    expect(code).not.toContain("'Token expired.'");
    expect(code).not.toContain("'Renew it.'");
    expect(code).toContain("'keep me'");
    // A template literal is left alone: the figure errs on the heavy side.
    expect(code).toContain('`Renew it.`');
    expect(code.match(/""/g)).toHaveLength(3);
  });

  it("leaves other packages' modules alone", async () => {
    const code = await bundleWith(
      {
        'entry.mjs': "import { x } from './node_modules/dep/index.mjs';\nexport const y = ['Token expired.', x];\n",
        'node_modules/dep/index.mjs': "export const x = 'Token expired.';\n",
      },
      ['Token expired.'],
    );
    expect(code).toContain("'Token expired.'");
    expect(code.match(/""/g)).toHaveLength(1);
  });
});
