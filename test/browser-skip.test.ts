/**
 * Every browser test file follows the one rule for a machine without Chromium (skipped with one
 * line saying how to get it; failing under CI=true): it wraps its tests in `describeBrowser` and
 * never looks Chromium up itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, 'browser');
const files = readdirSync(dir).filter((n) => n.endsWith('.browser.test.ts'));

describe('browser test files', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s runs its tests inside describeBrowser and finds Chromium only through it', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    expect(source).toMatch(/^describeBrowser\(/m);
    expect(source).not.toMatch(/^(describe|it|test)(\.\w+)?\(/m);
    expect(source).not.toMatch(
      /findChromium|CHROMIUM_PATH|as string\s*,\s*'(fake-devices|no-devices|permission-denied)'/,
    );
  });
});
