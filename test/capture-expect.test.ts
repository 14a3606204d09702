/**
 * The `expect` block of every committed captured case is what the capture's own expectation table
 * (scripts/capture/expect.mjs, written from the docs and the design, not from the adapters) gives
 * for it: re-running `npm run capture` rewrites no expectation, and a hand edit of a fixture's
 * expectation that the table does not share is caught here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFor } from '../scripts/capture/expect.mjs';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

interface CapturedCase {
  readonly name: string;
  readonly expect: unknown;
}

const files = readdirSync(fixtures).flatMap((vendor) => {
  const dir = join(fixtures, vendor, 'captured');
  return existsSync(dir) ? readdirSync(dir).map((file) => ({ vendor, file, path: join(dir, file) })) : [];
});

describe('captured fixtures: expectations as the capture writes them', () => {
  it('finds the captured fixtures of every web SDK', () => {
    expect(new Set(files.map((f) => f.vendor))).toEqual(new Set(['agora-ng', 'agora-web', 'aliyun', 'trtc']));
  });

  it.each(files)('$vendor/$file', ({ vendor, path }) => {
    const { cases } = JSON.parse(readFileSync(path, 'utf8')) as { cases: CapturedCase[] };
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases)
      expect({ name: c.name, expect: expectFor(vendor, c) }).toEqual({ name: c.name, expect: c.expect });
  });
});
