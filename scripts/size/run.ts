/**
 * `npm run size`: the size budget and the tree-shaking check, on the built package (`dist/`, run
 * `npm run build` first). Exits with status 1, naming each figure, when a size is over its ceiling or
 * tree-shaking fails; a size over its budget (the issue's target) is reported as a missed target.
 * `--write` also writes the figures into `docs/performance.md`.
 *
 * Sizes are of a rollup bundle of the scenario's entry file, minified by terser and gzipped
 * (level 9); 1 KiB = 1024 bytes.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSection } from '../../bench/docs.js';
import { blankStrings, bundle, kib, ROOT, scratch, type BundleSize } from './bundle.js';
import { checkCoreAlone, checkTreeshaking, checkUserMessages, treeshakeFailures, vendorModules } from './treeshake.js';

/** Budgets (gzipped bytes) of the issue "Performance and size": the targets. */
export const BUDGETS = {
  normalizeAgoraNg: 10 * 1024,
  wrapAgoraNg: 16 * 1024,
} as const;

/**
 * Ceilings (gzipped bytes) that CI enforces while the budgets are missed, so that nothing grows
 * unnoticed: the sizes when the check landed (17,138 B and 28,665 B) plus a margin. The wrapClient
 * ceiling was raised from 30 to 31 KiB for the speed work of the same issue (about 600 B of
 * code for a normalize two to four times faster on hostile values and 1.4× to 1.7× on typical ones),
 * then to 32 KiB for connection health (`wrapped.health`, docs/health.md), which every handle
 * carries: about 1.4 KiB gzipped (30,852 B → 32,235 B by `npm run size`). The what-if rows
 * show why the budgets are out of reach of the complete English catalogs (see docs/performance.md). Lower the ceilings as the sizes come down.
 */
export const CEILINGS = {
  normalizeAgoraNg: 18 * 1024,
  wrapAgoraNg: 32 * 1024,
} as const;

interface Row {
  readonly name: string;
  readonly imports: string;
  readonly size: BundleSize | { readonly minified: number; readonly gzipped: number };
  readonly budget?: number;
  readonly ceiling?: number;
  readonly delta?: boolean;
  /** A what-if figure (a design weighed, not the package as built): never a budget. */
  readonly whatIf?: boolean;
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const log = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('size: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const dir = scratch('size');
const vendors = await vendorModules(ROOT);
const root = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Record<string, unknown>;
const rows: Row[] = [];

const core = await bundle(dir, 'core', "import { normalize } from 'rtc-errors';\nexport default normalize;\n");
rows.push({ name: 'normalize alone (no adapter)', imports: 'normalize', size: core });

for (const v of vendors) {
  const spec = `rtc-errors/${v.subpath}`;
  const en = await bundle(
    dir,
    `normalize-${v.subpath}`,
    `import { normalize } from 'rtc-errors';\nimport { ${v.adapterExport} } from '${spec}';\n` +
      `export default (raw) => normalize(raw, ${v.adapterExport});\n`,
  );
  rows.push({
    name: `normalize + ${v.adapterExport}, English only`,
    imports: `normalize, ${v.adapterExport}`,
    size: en,
    ...(v.subpath === 'agora-ng' ? { budget: BUDGETS.normalizeAgoraNg, ceiling: CEILINGS.normalizeAgoraNg } : {}),
  });
}

// A Chinese pack's cost: the same bundle with `localize`, with and without the pack.
const localizeOnly = await bundle(
  dir,
  'localize',
  "import { normalize, localize } from 'rtc-errors';\nexport default (raw, a) => localize(normalize(raw, a), []);\n",
);
const unified = await bundle(
  dir,
  'localize-unified-zh',
  "import { normalize, localize, unifiedZh } from 'rtc-errors';\nexport default (raw, a) => localize(normalize(raw, a), [unifiedZh]);\n",
);
rows.push({
  name: 'unifiedZh (Chinese text of the unified codes), delta',
  imports: '+ unifiedZh',
  size: { minified: unified.minified - localizeOnly.minified, gzipped: unified.gzipped - localizeOnly.gzipped },
  delta: true,
});
for (const v of vendors) {
  const spec = `rtc-errors/${v.subpath}`;
  const head = `import { normalize, localize } from 'rtc-errors';\n`;
  const base = await bundle(
    dir,
    `localize-${v.subpath}`,
    `${head}import { ${v.adapterExport} } from '${spec}';\nexport default (raw) => localize(normalize(raw, ${v.adapterExport}), []);\n`,
  );
  const zh = await bundle(
    dir,
    `localize-${v.subpath}-zh`,
    `${head}import { ${v.adapterExport}, ${v.zhExport} } from '${spec}';\n` +
      `export default (raw) => localize(normalize(raw, ${v.adapterExport}), [${v.zhExport}]);\n`,
  );
  rows.push({
    name: `${v.zhExport} (Chinese text of ${v.subpath}), delta`,
    imports: `+ ${v.zhExport}`,
    size: { minified: zh.minified - base.minified, gzipped: zh.gzipped - base.gzipped },
    delta: true,
  });
}

if (typeof root.wrapClient === 'function') {
  // Everything a wrapped client uses comes with wrapClient; the retry builders are what an app adds.
  const retryExports = Object.keys(root).filter((k) => /^(retry|retryPolicy|retryBudget|exponentialBackoff)$/.test(k));
  const names = ['wrapClient', ...retryExports];
  const wrap = await bundle(
    dir,
    'wrap-agora-ng',
    `import { ${names.join(', ')} } from 'rtc-errors';\nimport { agoraNgAdapter } from 'rtc-errors/agora-ng';\n` +
      `export { ${names.join(', ')}, agoraNgAdapter };\n`,
  );
  const wrapAlone = await bundle(
    dir,
    'wrap-alone',
    `import { ${names.join(', ')} } from 'rtc-errors';\nexport { ${names.join(', ')} };\n`,
  );
  rows.push({
    name: 'wrapClient + retry + events without an adapter, with eventemitter3 and neverthrow',
    imports: names.join(', '),
    size: wrapAlone,
  });
  rows.push({
    name: 'wrapClient + retry + events + agoraNgAdapter, English only, with eventemitter3 and neverthrow',
    imports: `${names.join(', ')}, agoraNgAdapter`,
    size: wrap,
    budget: BUDGETS.wrapAgoraNg,
    ceiling: CEILINGS.wrapAgoraNg,
  });
}

// What-if rows: the two budgeted bundles with English text blanked, as if that text were a pack
// like the Chinese ones. They weigh that design (the package keeps its text): first without the
// agora-ng catalog's text (message, action, note of every entry), then also without the unified
// codes' text, which leaves code and vendor names alone.
const ng = vendors.find((v) => v.subpath === 'agora-ng');
if (ng) {
  type Texts = { message: string; action: string; note?: string };
  const ngModule = (await import(pathToFileURL(join(ROOT, 'dist', `${ng.subpath}.js`)).href)) as Record<
    string,
    { entries(): readonly Texts[] }
  >;
  const add = (set: Set<string>, e: Texts): void => {
    set.add(e.message);
    set.add(e.action);
    if (e.note !== undefined) set.add(e.note);
  };
  const catalogText = new Set<string>();
  for (const e of ngModule[ng.adapterExport]!.entries()) add(catalogText, e);
  const allText = new Set(catalogText);
  for (const info of Object.values(root.CODES as Record<string, Texts>)) add(allText, info);
  const scenarios = [
    {
      label: `normalize + ${ng.adapterExport}`,
      source: `import { normalize } from 'rtc-errors';\nimport { ${ng.adapterExport} } from 'rtc-errors/${ng.subpath}';\nexport default (raw) => normalize(raw, ${ng.adapterExport});\n`,
    },
    ...(typeof root.wrapClient === 'function'
      ? [
          {
            label: `wrapClient + retry + events + ${ng.adapterExport}`,
            source: `import { wrapClient, retry, retryPolicy, retryBudget, exponentialBackoff } from 'rtc-errors';\nimport { ${ng.adapterExport} } from 'rtc-errors/${ng.subpath}';\nexport { wrapClient, retry, retryPolicy, retryBudget, exponentialBackoff, ${ng.adapterExport} };\n`,
          },
        ]
      : []),
  ];
  for (const [i, s] of scenarios.entries()) {
    for (const [what, texts] of [
      ["without the catalog's English text", catalogText],
      ['without any English text (catalog and unified codes)', allText],
    ] as const) {
      const size = await bundle(dir, `what-if-${i}-${texts.size}`, s.source, true, [blankStrings(texts)]);
      rows.push({
        name: `what-if: ${s.label} ${what}, ${texts.size} strings blanked`,
        imports: s.label,
        size,
        whatIf: true,
      });
    }
  }
}

const failures: string[] = [];
const missed: string[] = [];
log('Size (rollup bundle, terser, gzip -9), 1 KiB = 1024 bytes');
for (const row of rows) {
  const over = row.budget !== undefined && row.size.gzipped > row.budget;
  const overCeiling = row.ceiling !== undefined && row.size.gzipped > row.ceiling;
  if (overCeiling)
    failures.push(`${row.name}: ${row.size.gzipped} B gzipped > ceiling ${row.ceiling} B (${kib(row.ceiling!)})`);
  if (over) missed.push(`${row.name}: ${row.size.gzipped} B gzipped > budget ${row.budget} B (${kib(row.budget!)})`);
  const budget = row.budget !== undefined ? `budget ${kib(row.budget)} ${over ? 'MISSED' : 'ok'}` : '';
  log(
    `  ${(row.delta ? '+' : '') + String(row.size.gzipped)} B gz`.padEnd(16) +
      `${(row.delta ? '+' : '') + String(row.size.minified)} B min`.padEnd(16) +
      `${budget.padEnd(24)} ${row.name}`,
  );
}

log('\nTree-shaking (normalize + one adapter, English only)');
const treeshakeDir = scratch('treeshake');
const coreProblems = await checkCoreAlone(treeshakeDir);
failures.push(...coreProblems);
log(
  `  ${coreProblems.length === 0 ? 'ok  ' : 'FAIL'} normalize alone: no dependency (eventemitter3, neverthrow), no Chinese (unifiedZh dropped)`,
);
const userMessageProblems = await checkUserMessages(treeshakeDir, ROOT);
failures.push(...userMessageProblems);
log(
  `  ${userMessageProblems.length === 0 ? 'ok  ' : 'FAIL'} end-user text (userMessage): absent from normalize and wrapClient + agora-ng, present when called`,
);
const shaken = await checkTreeshaking(treeshakeDir, ROOT);
for (const result of shaken) {
  const problems = treeshakeFailures(result);
  failures.push(...problems);
  const looked = Object.entries(result.looked)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  log(
    `  ${problems.length === 0 ? 'ok  ' : 'FAIL'} rtc-errors/${result.subpath}: no other vendor's strings (looked for ${looked}), ` +
      `${result.chinese === undefined ? 'no Chinese' : 'CHINESE FOUND'}; with ${'*Zh'}: ${result.zhBringsChinese ? 'Chinese present' : 'NO CHINESE'}; ` +
      `dependencies: ${result.dependencies.length === 0 ? 'none' : result.dependencies.join(', ')}; ` +
      `control: ${result.controlFound}/${result.controlTotal} of its strings found in a bundle of every adapter`,
  );
}

if (write) {
  const lines = [
    '## Size',
    '',
    'A rollup bundle of each scenario, importing the built package through its `exports` map (as an',
    'application does, `sideEffects: false` honoured), minified by terser and gzipped at level 9;',
    '1 KiB = 1024 bytes. A Chinese pack is measured as the difference it makes to a bundle that',
    'already uses `localize`. `npm test` runs `npm run size`, which fails above the ceiling (the size',
    'when the check landed plus about 5 %) and reports the budget (the target) as met or missed.',
    'The what-if rows weigh a design rather than the package: the same bundle with English text',
    'blanked (every string literal equal to one of those texts replaced by `""`), as if the text were',
    'a pack like the Chinese ones. They show what the budgets would need beyond moving text out.',
    '',
    '| Scenario | gzipped | minified | Budget (target) | Ceiling (enforced) |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.delta ? '+' : ''}${r.size.gzipped} B | ${r.delta ? '+' : ''}${r.size.minified} B | ${
          r.budget !== undefined
            ? `≤ ${r.budget} B (${kib(r.budget)})${r.size.gzipped > r.budget ? ' — missed' : ''}`
            : ''
        } | ${r.ceiling !== undefined ? `≤ ${r.ceiling} B (${kib(r.ceiling)})` : ''} |`,
    ),
    '',
    '### Tree-shaking',
    '',
    'For each adapter, a bundle of `normalize` + that adapter alone is searched for the vendor names',
    "and messages of every other vendor's catalog (read from their `entries()` when the check runs,",
    'leaving out strings the adapter or the core also hold) and for Chinese text; the same bundle',
    'with the adapter’s `*Zh` pack must contain Chinese. Control: how many of the adapter’s own',
    'distinctive strings a bundle of every adapter holds (the search finds what is there). Neither',
    '`normalize` alone nor `normalize` + one adapter may carry eventemitter3 or neverthrow (only',
    '`wrapClient` and the Result helpers use them), and `normalize` alone no Chinese (`unifiedZh`).',
    '',
    '| Bundle | Other vendors’ strings looked for | Found | Chinese without `*Zh` | Chinese with `*Zh` | Control |',
    '|---|---|---|---|---|---|',
    ...shaken.map(
      (r) =>
        `| normalize + rtc-errors/${r.subpath} | ${Object.entries(r.looked)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')} | ${r.leaks.length} | ${r.chinese === undefined ? 'none' : 'found'} | ${
          r.zhBringsChinese ? 'present' : 'missing'
        } | ${r.controlFound}/${r.controlTotal} |`,
    ),
  ];
  await writeSection('size', lines.join('\n'));
  log('\nwrote docs/performance.md');
}

if (missed.length > 0) {
  log(`\ntargets missed (${missed.length}; enforced: the ceilings):`);
  for (const m of missed) log(`  - ${m}`);
}
if (failures.length > 0) {
  log(`\nsize check FAILED (${failures.length}):`);
  for (const f of failures) log(`  - ${f}`);
  process.exit(1);
}
log('\nsize check passed');
