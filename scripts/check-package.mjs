#!/usr/bin/env node
// Checks the packed package as a user gets it: publint and attw on the tarball, then a scratch
// project that installs the tarball and imports every subpath from Node ESM, Node CJS, a bundler
// (rollup) and TypeScript (node16 and bundler resolution).
import { execFileSync } from 'node:child_process';
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
const stray = files.filter((f) => !/^(dist\/|README\.md$|package\.json$|LICENSE|bin\/)/.test(f));
if (stray.length) throw new Error(`unexpected files in the package: ${stray.join(', ')}`);
console.log(`packed ${packed[0].filename}: ${files.length} files, ${packed[0].size} bytes`);

run(bin('publint'), ['run', '--strict', tarball]);
// node10 resolution predates `exports` subpaths; node16, bundler and both module kinds are checked.
run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'table-flipped']);

const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
run('npm', ['install', '--no-save', '--no-package-lock', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);

const exportsOf = {
  [pkg.name]: ['normalize', 'RtcError', 'isRtcError'],
  [`${pkg.name}/agora-web`]: ['agoraWebAdapter'],
  [`${pkg.name}/agora-ng`]: ['agoraNgAdapter'],
  [`${pkg.name}/agora-native`]: ['agoraNativeAdapter'],
  [`${pkg.name}/aliyun`]: ['aliyunAdapter'],
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
run('node', ['esm.mjs'], app);
run('node', ['cjs.cjs'], app);

// A bundler resolves the `exports` map and bundles every subpath. The package's own dependencies
// (eventemitter3 ships CommonJS behind an ESM shim) and its peers (react) stay external: that is the
// app bundler's job.
writeFileSync(join(app, 'bundle-entry.mjs'), `${esm}\n`);
writeFileSync(
  join(app, 'rollup.config.mjs'),
  `import { nodeResolve } from '${join(root, 'node_modules', '@rollup', 'plugin-node-resolve', 'dist', 'es', 'index.js')}';\nexport default { input: 'bundle-entry.mjs', output: { file: 'bundle.mjs', format: 'es' }, plugins: [nodeResolve()], external: ${JSON.stringify(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }))} };\n`,
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
