/**
 * `npm run size`: the size goals and the tree-shaking check, on the built package (`dist/`, run
 * `npm run build` first). The goals are checked on the packed tarball with four bundlers (see
 * `matrix.ts`); exits with status 1, naming each figure, on a spread between bundlers over 10 %, a
 * size over its goal (or over its ceiling while the goal is missed), or a tree-shaking failure.
 * The details (rollup bundles of the repository build, Chinese packs as deltas, what-if rows) are
 * informational. `--write` also writes the figures into `docs/performance.md`.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSection } from '../../bench/docs.js';
import { blankStrings, bundle, ROOT, scratch, type BundleSize } from './bundle.js';
import { BUNDLERS } from './bundlers.js';
import { matrixTable, measureMatrix, SPREAD } from './matrix.js';
import {
  checkCoreAlone,
  checkTreeshaking,
  checkUserMessages,
  checkWrapDependencies,
  treeshakeFailures,
  vendorModules,
} from './treeshake.js';
import { checkTelemetryIsolation } from './isolation.js';

/**
 * Ceilings (gzipped bytes, every bundler) that CI enforces while a scenario misses its goal, so that
 * nothing grows unnoticed: the largest size of the four bundlers plus about 3 %. A scenario at or
 * under its goal is held to the goal instead. Lower them as sizes come down.
 *
 * They were set when the matrix landed (normalize 17,000, wrapClient 32,500, retry 8,800) and raised
 * once, when the work of that session landed together: the wrap runtime's storm ceilings, timeouts
 * and misuse rejections (about +3.4 KB on wrapClient), connection health (+1.4 KB), the telemetry
 * signals (+0.4 KB), the catalog review with event-payload recognition in the lean exports (about
 * +3.5 KB on normalize), and `toJSON()` redaction, which every bundle holding `RtcError` carries
 * (about +1.5 KB, retry alone included); and TRTC, the fifth adapter, in the every-adapter row
 * (about +11 KB). Lowered when the catalogs' maintainer notes left the runtime data and the
 * reviews went into the rows (normalize 19,255 and every adapter 88,254 at most, esbuild). `retry`
 * alone has none since it met its goal (5,862 B at most): the goal itself holds it. Lowered again
 * when the lean exports lost their event tables and the core and wrap runtime were simplified
 * (normalize 18,546, wrapClient 38,246 and every adapter 87,676 at most, esbuild). Lowered again
 * when a wrapped client stopped bundling neverthrow (`attemptForms`) and catalog rows stopped
 * restating their unified code's text (wrapClient 36,311 at most, esbuild). Every adapter meets its
 * goal in every bundler since the agora-web and agora-native rows stopped writing names twice
 * (82,916–84,086 B): no ceiling, the goal holds it. The normalize and wrapClient goals of the issue
 * "Small in every bundler" are still missed; see docs/performance.md.
 */
export const CEILINGS: Readonly<Record<string, number>> = {
  'normalize-agora-ng': 19_100,
  'wrap-agora-ng': 37_400,
};

interface Row {
  readonly name: string;
  readonly imports: string;
  readonly size: BundleSize | { readonly minified: number; readonly gzipped: number };
  readonly delta?: boolean;
  /** A what-if figure (a design weighed, not the package as built). */
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
    `import { normalize } from 'rtc-errors';\nimport { ${v.leanExport} } from '${spec}';\n` +
      `export default (raw) => normalize(raw, ${v.leanExport});\n`,
  );
  rows.push({
    name: `normalize + ${v.leanExport}, English only`,
    imports: `normalize, ${v.leanExport}`,
    size: en,
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
    name: 'wrapClient + retry + events without an adapter, with eventemitter3',
    imports: names.join(', '),
    size: wrapAlone,
  });
  rows.push({
    name: 'wrapClient + retry + events + agoraNgAdapter, English only, with eventemitter3',
    imports: `${names.join(', ')}, agoraNgAdapter`,
    size: wrap,
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
log('Size by bundler, from the packed tarball (minified, gzip -9 bytes)');
const matrix = await measureMatrix();
for (const line of matrixTable(matrix)) log(`  ${line}`);
for (const row of matrix) {
  const ceiling = CEILINGS[row.scenario.id];
  for (const b of BUNDLERS) {
    const g = row.weights[b].gzipped;
    if (g > row.scenario.goal) {
      if (ceiling === undefined) failures.push(`${row.scenario.name}, ${b}: ${g} B > goal ${row.scenario.goal} B`);
      else if (g > ceiling) failures.push(`${row.scenario.name}, ${b}: ${g} B > ceiling ${ceiling} B`);
      else missed.push(`${row.scenario.name}, ${b}: ${g} B > goal ${row.scenario.goal} B (ceiling ${ceiling} B holds)`);
    }
  }
  if (row.spread > SPREAD)
    failures.push(
      `${row.scenario.name}: ${(row.spread * 100).toFixed(1)} % between the smallest and the largest bundler`,
    );
}

log('\nSize details (rollup bundle, terser, gzip -9), 1 KiB = 1024 bytes');
for (const row of rows) {
  log(
    `  ${(row.delta ? '+' : '') + String(row.size.gzipped)} B gz`.padEnd(16) +
      `${(row.delta ? '+' : '') + String(row.size.minified)} B min`.padEnd(16) +
      ` ${row.name}`,
  );
}

log('\nTree-shaking (normalize + one lean *Errors export, English only)');
const treeshakeDir = scratch('treeshake');
const coreProblems = await checkCoreAlone(treeshakeDir);
failures.push(...coreProblems);
// the telemetry entries are reachable from no other entry
failures.push(...checkTelemetryIsolation(ROOT));
log(
  `  ${coreProblems.length === 0 ? 'ok  ' : 'FAIL'} normalize alone: no dependency (eventemitter3, neverthrow), no Chinese (unifiedZh dropped)`,
);
const wrapDependencyProblems = await checkWrapDependencies(treeshakeDir);
failures.push(...wrapDependencyProblems);
log(
  `  ${wrapDependencyProblems.length === 0 ? 'ok  ' : 'FAIL'} wrapClient + agoraNgAdapter: eventemitter3 alone; neverthrow only with attemptForms`,
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
      `${result.wrapModules.length === 0 ? 'no wrap code' : 'WRAP CODE FOUND'}, ` +
      `${result.chinese === undefined ? 'no Chinese' : 'CHINESE FOUND'}; with ${'*Zh'}: ${result.zhBringsChinese ? 'Chinese present' : 'NO CHINESE'}; ` +
      `dependencies: ${result.dependencies.length === 0 ? 'none' : result.dependencies.join(', ')}; ` +
      `control: ${result.controlFound}/${result.controlTotal} of its strings found in a bundle of every adapter`,
  );
}

if (write) {
  const lines = [
    '## Size',
    '',
    'What an application pays, bundler by bundler: `npm pack` of the package, the tarball installed in',
    'an app of its own with its real dependencies, and each scenario bundled for production by rollup',
    '(node-resolve + commonjs + terser), esbuild (minify), webpack 5 (production) and vite (an app build',
    'of an `index.html` importing the entry); gzip level 9 bytes of the JavaScript it emits. The goals',
    'are those of the issue "Small in every bundler", for every bundler, and no bundler may be more than',
    `${SPREAD * 100} % above the smallest. \`npm test\` runs \`npm run size\`: it fails on a spread over that,`,
    'on a scenario over its goal when it has no ceiling, and above a ceiling (the largest size when it',
    'was last set, plus about 3 %) while a goal is still missed.',
    '',
    ...matrixTable(matrix),
    '',
    `Ceilings while a goal is missed: ${Object.entries(CEILINGS)
      .map(([k, v]) => `${k} ≤ ${v} B`)
      .join('; ')}.`,
    '',
    '### Details (rollup)',
    '',
    'A rollup bundle of each scenario from the repository build, minified by terser and gzipped at',
    'level 9; 1 KiB = 1024 bytes. A Chinese pack is measured as the difference it makes to a bundle',
    'that already uses `localize`. The what-if rows weigh a design rather than the package: the same',
    'bundle with English text blanked (every string literal equal to one of those texts replaced by',
    '`""`), as if the text were a pack like the Chinese ones.',
    '',
    '| Scenario | gzipped | minified |',
    '|---|---|---|',
    ...rows.map(
      (r) => `| ${r.name} | ${r.delta ? '+' : ''}${r.size.gzipped} B | ${r.delta ? '+' : ''}${r.size.minified} B |`,
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
    '`wrapClient` + `agoraNgAdapter` carries eventemitter3 alone: neverthrow comes with the Result',
    'helpers (`attemptForms`, `fromSdkPromise`, `retryResult`), and the check sees it come with `attemptForms`.',
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
  log(`\ngoals missed (${missed.length}; enforced: the ceilings):`);
  for (const m of missed) log(`  - ${m}`);
}
if (failures.length > 0) {
  log(`\nsize check FAILED (${failures.length}):`);
  for (const f of failures) log(`  - ${f}`);
  process.exit(1);
}
log('\nsize check passed');
