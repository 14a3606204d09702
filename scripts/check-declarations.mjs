#!/usr/bin/env node
// Checks the built declarations (dist/*.d.ts, after `npm run build`) as an app sees them: public
// types keep their own names in the bundled .d.ts (no chunk export minified to `a`), and a
// consumer compiled against the package sees `import("rtc-errors").RtcError` in what TypeScript
// prints (hovers, declaration emit) and `RtcError<...>` in its errors, never a chunk's path.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const work = join(root, '.tmp', 'declarations-check');
const failures = [];

// 1. The .d.ts text: every name a declaration file exports or imports is the declared name.
const dtsFiles = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.d\.c?ts$/.test(entry.name)) dtsFiles.push(path);
  }
};
walk(dist);
if (dtsFiles.length === 0) throw new Error('no declarations in dist/: run `npm run build` first');
for (const file of dtsFiles) {
  const text = readFileSync(file, 'utf8');
  for (const [, names] of text.matchAll(/(?:export|import)(?: type)? \{([^}]*)\}/g)) {
    for (const part of names.split(',')) {
      const m = /^\s*(\w+) as (\w+)\s*$/.exec(part);
      if (m && m[1] !== m[2] && m[2].length <= 2) failures.push(`${file}: '${m[1]}' renamed to '${m[2]}'`);
    }
  }
}

// 2. A consumer compiled against the package (its package.json and dist/, as installed).
rmSync(work, { recursive: true, force: true });
const pkgDir = join(work, 'node_modules', 'rtc-errors');
mkdirSync(pkgDir, { recursive: true });
cpSync(join(root, 'package.json'), join(pkgDir, 'package.json'));
cpSync(dist, join(pkgDir, 'dist'), { recursive: true });
for (const dep of ['neverthrow', 'eventemitter3'])
  symlinkSync(join(root, 'node_modules', dep), join(work, 'node_modules', dep));
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
writeFileSync(
  join(work, 'use.mts'),
  [
    "import { normalize, wrapClient } from 'rtc-errors';",
    "import { agoraNgAdapter } from 'rtc-errors/agora-ng';",
    "export const err = normalize(new Error('x'), agoraNgAdapter);",
    'export const adapter = agoraNgAdapter;',
    'export const rtc = wrapClient({ async join(): Promise<void> {} }, agoraNgAdapter);',
    'const wrong: number = err; // the one expected error',
    'void wrong;',
    '',
  ].join('\n'),
);
let output = '';
try {
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    [
      '--strict',
      '--module',
      'node16',
      '--moduleResolution',
      'node16',
      '--target',
      'es2022',
      '--declaration',
      '--emitDeclarationOnly',
      '--outDir',
      'out',
      '--ignoreConfig',
      'use.mts',
    ],
    { cwd: work, encoding: 'utf8', stdio: 'pipe' },
  );
  failures.push('the consumer compiled without its one expected error');
} catch (error) {
  output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
}
const errors = output.trim().split('\n').filter(Boolean);
if (errors.length !== 1 || !/Type 'RtcError<VendorId>' is not assignable to type 'number'/.test(errors[0] ?? '')) {
  failures.push(`expected one error naming RtcError<VendorId>, got:\n${output}`);
}
const emitted = readFileSync(join(work, 'out', 'use.d.mts'), 'utf8');
for (const expected of [
  'err: import("rtc-errors").RtcError<import("rtc-errors").VendorId>',
  'adapter: import("rtc-errors").Adapter<"agora-ng",',
  'rtc: import("rtc-errors").WrappedClient<',
]) {
  if (!emitted.includes(expected)) failures.push(`declaration emit lacks ${expected}`);
}
if (/chunks\//.test(output + emitted))
  failures.push(`a chunk path leaks into what TypeScript prints:\n${output}${emitted}`);

if (failures.length) {
  console.error(`declarations check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `declarations ok: ${dtsFiles.length} files keep their names; a consumer sees import("rtc-errors").RtcError`,
);
