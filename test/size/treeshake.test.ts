/**
 * Tree-shaking, as an application's bundler sees the package: the library is built with the
 * project's own rollup config (ES output) into `.tmp/`, then bundled per adapter from a scratch
 * app. `npm run size` runs the same checks on `dist/` and adds the size budget.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, ROOT, scratch } from '../../scripts/size/bundle.js';
import {
  checkCoreAlone,
  checkTreeshaking,
  checkUserMessages,
  findChinese,
  treeshakeFailures,
  wrapModulesIn,
  type TreeshakeResult,
} from '../../scripts/size/treeshake.js';
import { checkTelemetryIsolation } from '../../scripts/size/isolation.js';

const BUILD = join(ROOT, '.tmp', 'treeshake-build');

async function buildLibrary(): Promise<void> {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(BUILD, 'package.json'));
  const configs = (await import(pathToFileURL(join(ROOT, 'rollup.config.mjs')).href)) as { default: RollupOptions[] };
  const library = configs.default[0] as RollupOptions;
  const outputs = (Array.isArray(library.output) ? library.output : [library.output]) as OutputOptions[];
  const esm = outputs.find((o) => o.format === 'es');
  if (!esm) throw new Error('rollup.config.mjs: the first config has no ES output');
  const build = await rollup({ ...library, onwarn: () => undefined });
  try {
    await build.write({ ...esm, dir: join(BUILD, 'dist') });
  } finally {
    await build.close();
  }
}

describe('tree-shaking of the built package', () => {
  let results: TreeshakeResult[] = [];
  let coreProblems: string[] = [];
  let userMessageProblems: string[] = [];

  beforeAll(async () => {
    await buildLibrary();
    const dir = scratch('treeshake-test', BUILD);
    coreProblems = await checkCoreAlone(dir);
    results = await checkTreeshaking(dir, BUILD);
    userMessageProblems = await checkUserMessages(dir, BUILD);
  }, 240_000);

  it('end-user text (userMessage) ships only in a bundle that calls userMessage', () => {
    expect(userMessageProblems).toEqual([]);
  });

  it('reaches the telemetry entries (and @opentelemetry/*, @sentry/*) from no other entry', () => {
    expect(checkTelemetryIsolation(BUILD)).toEqual([]);
  });

  it('finds every vendor subpath of the package', () => {
    expect(results.map((r) => r.subpath).sort()).toEqual(['agora-native', 'agora-ng', 'agora-web', 'aliyun', 'trtc']);
  });

  it('normalize alone carries neither the wrap dependencies nor Chinese text', () => {
    expect(coreProblems).toEqual([]);
  });

  it("rtc-errors/agora-ng + normalize holds no other vendor's catalog strings and no Chinese", () => {
    const ng = results.find((r) => r.subpath === 'agora-ng');
    expect(ng).toBeDefined();
    // The check is not vacuous: it looked for many distinctive strings of each other vendor.
    for (const n of Object.values(ng!.looked)) expect(n).toBeGreaterThan(100);
    expect(ng!.leaks).toEqual([]);
    expect(ng!.chinese).toBeUndefined();
    expect(ng!.dependencies).toEqual([]);
  });

  it('every vendor has a lean *Errors export whose normalize bundle holds no wrap code, client surface or event table', () => {
    for (const r of results) {
      expect(r.lean, r.subpath).toBe(true);
      expect(r.wrapModules, r.subpath).toEqual([]);
    }
  });

  it('the full adapter does bring its client surface and event table (positive control of the module check)', async () => {
    const full = await bundle(
      scratch('treeshake-test-full', BUILD),
      'full',
      "import { normalize } from 'rtc-errors';\nimport { agoraNgAdapter } from 'rtc-errors/agora-ng';\n" +
        'export default (raw) => normalize(raw, agoraNgAdapter);\n',
      false,
    );
    const found = wrapModulesIn(full).map((id) => id.replace(/^.*\/dist\/lib\//, ''));
    expect(found).toEqual(expect.arrayContaining(['adapters/agora-ng/client.js', 'adapters/agora-ng/events.js']));
  });

  it('importing agoraNgZh does bring Chinese in (positive control)', () => {
    expect(results.find((r) => r.subpath === 'agora-ng')?.zhBringsChinese).toBe(true);
  });

  it('every adapter passes the same checks', () => {
    expect(results.flatMap((r) => treeshakeFailures(r))).toEqual([]);
  });

  it('recognizes Chinese text raw or escaped, and nothing else', () => {
    expect(findChinese('const a = "\\u68C0\\u67E5";')).toBeDefined();
    expect(findChinese('const a = "检查网络";')).toBeDefined();
    expect(findChinese('const a = "Check the network \\u00e9";')).toBeUndefined();
  });
});
