#!/usr/bin/env node
// Checks the packed package as a user gets it: publint and attw (every resolution mode: node10,
// node16 from CJS and from ESM, bundler) on the tarball, then a scratch project that installs the
// tarball, imports every subpath from Node ESM, Node CJS, a bundler (rollup) and TypeScript (node16
// and bundler resolution), and runs the CLI. With RTC_ERRORS_OLDEST_NODE set to a Node binary (CI
// sets it: .ci/run), the entries and the CLI also run on that Node, which must be the version
// `engines.node` names as the oldest.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'package-check');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((s) => s !== './package.json');
const specifiers = subpaths.map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
);
const tarball = join(work, packed[0].filename);
const files = packed[0].files.map((f) => f.path);
// the guides package.json ships by name (docs/*.md in `files`), and nothing else of docs/, src/ or test/
const shippedDocs = new Set(pkg.files.filter((f) => /^docs\/[^/]+\.md$/.test(f)));
const stray = files.filter(
  (f) => !/^(dist\/|README\.md$|package\.json$|LICENSE$|bin\/)/.test(f) && !shippedDocs.has(f),
);
if (stray.length) throw new Error(`unexpected files in the package: ${stray.join(', ')}`);
console.log(`packed ${packed[0].filename}: ${files.length} files, ${packed[0].size} bytes`);

run(bin('publint'), ['run', '--strict', tarball]);
// Every resolution mode; node10 (no `exports`) finds subpath types through `typesVersions`.
run(bin('attw'), [tarball, '--format', 'table-flipped']);

const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
// the optional peers (telemetry libraries), at the versions the package is developed against
const peers = Object.keys(pkg.peerDependencies ?? {}).map(
  (name) => `${name}@${JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version}`,
);
run(
  'npm',
  ['install', '--no-save', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', tarball, ...peers],
  app,
);

const exportsOf = {
  [pkg.name]: ['normalize', 'RtcError', 'isRtcError'],
  [`${pkg.name}/agora-web`]: ['agoraWebAdapter'],
  [`${pkg.name}/agora-ng`]: ['agoraNgAdapter'],
  [`${pkg.name}/agora-native`]: ['agoraNativeAdapter'],
  [`${pkg.name}/aliyun`]: ['aliyunAdapter'],
  [`${pkg.name}/testing`]: ['FakeNgClient', 'FakeWebClient', 'FakeNativeEngine', 'FakeAliEngine'],
  [`${pkg.name}/otel`]: ['recordToOpenTelemetry'],
  [`${pkg.name}/sentry`]: ['rtcErrorsIntegration', 'reportToSentry'],
  [`${pkg.name}/react`]: ['useRtcHealth', 'useRtcError'],
};
const checks = specifiers.map((s) => ({ s, names: exportsOf[s] ?? [] }));
const esm = checks
  .map(
    ({ s, names }, i) =>
      `import * as m${i} from '${s}';\nfor (const n of ${JSON.stringify(names)}) if (m${i}[n] === undefined) throw new Error('${s} lacks ' + n);`,
  )
  .join('\n');
writeFileSync(join(app, 'esm.mjs'), `${esm}\nconsole.log('ESM import ok: ${specifiers.length} entry points');\n`);
const cjs = checks
  .map(
    ({ s, names }, i) =>
      `const m${i} = require('${s}');\nfor (const n of ${JSON.stringify(names)}) if (m${i}[n] === undefined) throw new Error('${s} lacks ' + n);`,
  )
  .join('\n');
writeFileSync(join(app, 'cjs.cjs'), `${cjs}\nconsole.log('CJS require ok: ${specifiers.length} entry points');\n`);
// The command line, as `npx rtc-errors` runs it: explain, list and scan, with their exit statuses.
const cliChecks = (node) => {
  const cli = join(app, 'node_modules', pkg.name, pkg.bin['rtc-errors'].replace(/^\.\//, ''));
  const explained = JSON.parse(execFileSync(node, [cli, 'explain', '--json', '17040388'], { encoding: 'utf8' }));
  if (explained[0]?.vendor !== 'aliyun' || explained[0]?.code === undefined)
    throw new Error(`CLI explain 17040388 printed ${JSON.stringify(explained).slice(0, 200)}`);
  const listed = JSON.parse(execFileSync(node, [cli, 'list', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  if (!Array.isArray(listed) || listed.length < 100) throw new Error('CLI list --json printed too few entries');
  const scanned = execFileSync(node, [cli, 'scan', '-'], { input: 'x 0x01040404 y\n', encoding: 'utf8' });
  if (!scanned.includes('17040388')) throw new Error(`CLI scan printed ${scanned}`);
  const unknown = spawnSync(node, [cli, 'explain', 'SURELY_NOT_A_CODE'], { encoding: 'utf8' });
  if (unknown.status !== 1) throw new Error(`CLI explain of an unknown code exited ${unknown.status}`);
};

const nodes = ['node'];
const oldest = /^>=\s*(\d+\.\d+\.\d+)$/.exec(pkg.engines?.node ?? '')?.[1];
if (!oldest) throw new Error(`engines.node must read ">=X.Y.Z", not ${JSON.stringify(pkg.engines?.node)}`);
if (process.env.RTC_ERRORS_OLDEST_NODE) {
  const version = execFileSync(process.env.RTC_ERRORS_OLDEST_NODE, ['--version'], { encoding: 'utf8' }).trim();
  if (version !== `v${oldest}`)
    throw new Error(`RTC_ERRORS_OLDEST_NODE is ${version}, but engines.node names ${oldest} as the oldest`);
  nodes.push(process.env.RTC_ERRORS_OLDEST_NODE);
} else {
  console.log(
    `(set RTC_ERRORS_OLDEST_NODE to a Node ${oldest} binary to check the oldest supported Node too; CI does)`,
  );
}
for (const node of nodes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  run(node, ['esm.mjs'], app);
  run(node, ['cjs.cjs'], app);
  cliChecks(node);
  console.log(`Node ${version}: ESM, CJS and the CLI (explain, list, scan) ok`);
}

// A bundler resolves the `exports` map and bundles every subpath. The package's own dependencies
// (eventemitter3 ships CommonJS behind an ESM shim) and its peers (react) stay external: that is the
// app bundler's job.
writeFileSync(join(app, 'bundle-entry.mjs'), `${esm}\n`);
writeFileSync(
  join(app, 'rollup.config.mjs'),
  `import { nodeResolve } from '${join(root, 'node_modules', '@rollup', 'plugin-node-resolve', 'dist', 'es', 'index.js')}';\nexport default { input: 'bundle-entry.mjs', output: { file: 'bundle.mjs', format: 'es' }, plugins: [nodeResolve()], external: ${JSON.stringify([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})])} };\n`,
);
run(bin('rollup'), ['-c', '--silent'], app);
run('node', ['bundle.mjs'], app);
console.log('bundler (rollup) ok');

// TypeScript sees the types of every subpath, under node16 and bundler resolution.
const tsUse = checks
  .map(({ s, names }, i) => `import { ${names.join(', ')} } from '${s}';\nvoid [${names.join(', ')}]; // ${i}`)
  .join('\n');
writeFileSync(
  join(app, 'use.mts'),
  `${tsUse}\nimport type { RtcError as E } from '${pkg.name}';\nconst code: E['code'] = 'token_expired';\nvoid code;\n`,
);
for (const resolution of ['node16', 'bundler']) {
  const module = resolution === 'node16' ? 'node16' : 'esnext';
  run(
    bin('tsc'),
    [
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      'false',
      '--module',
      module,
      '--moduleResolution',
      resolution,
      '--target',
      'es2022',
      '--ignoreConfig',
      'use.mts',
    ],
    app,
  );
  console.log(`TypeScript (${resolution}) ok`);
}
console.log('package check passed');
