/**
 * The package as an application's bundler sees it: the packed tarball installed in an app of its
 * own (with its real dependencies, from npm's cache), each scenario's entry bundled for production
 * by the four bundlers apps use — rollup (node-resolve + commonjs + terser), esbuild, webpack 5 and
 * vite (an app build of an `index.html` importing the entry) — and weighed minified and gzipped at
 * level 9. The entry assigns what it imports to `globalThis`, so no bundler can drop it.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { build as esbuild } from 'esbuild';
import { rollup, type Plugin } from 'rollup';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { ROOT } from './bundle.js';

// The plugins' types describe their CommonJS builds; under Node's ESM loader the default export is the function.
const terser = terserPlugin as unknown as (options?: { format?: { comments?: boolean } }) => Plugin;
const cjs = commonjs as unknown as () => Plugin;

export const BUNDLERS = ['rollup', 'esbuild', 'webpack', 'vite'] as const;
export type Bundler = (typeof BUNDLERS)[number];

/** One scenario: what an app imports, and the gzipped goal every bundler must meet. */
export interface Scenario {
  /** Stable key (ceilings are keyed by it). */
  readonly id: string;
  readonly name: string;
  /** The entry's source: ES module imports of `rtc-errors` subpaths, assigned to `globalThis`. */
  readonly source: string;
  /** Goal in gzipped bytes, for every bundler. */
  readonly goal: number;
}

/** Minified and gzipped bytes of one bundle. */
export interface Weight {
  readonly minified: number;
  readonly gzipped: number;
}

/**
 * Packs the repository (`npm pack`, so `files` and `exports` are what a user gets) and installs the
 * tarball into a fresh app folder under `.tmp/`. Returns the app folder.
 */
export function installPackedApp(name = 'size-app'): string {
  const app = join(ROOT, '.tmp', name);
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', app], { cwd: ROOT, encoding: 'utf8' });
  const tarball = out.trim().split('\n').pop()!;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'size-check-app', private: true, type: 'module', dependencies: {} }, null, 2),
  );
  execFileSync(
    'npm',
    ['install', `./${tarball}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return app;
}

function weigh(code: string): Weight {
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

async function withRollup(app: string, entry: string): Promise<string> {
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({ rootDir: app, browser: true }), cjs()],
    onwarn(warning) {
      if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      inlineDynamicImports: true,
      plugins: [terser({ format: { comments: false } })],
    });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

async function withEsbuild(app: string, entry: string): Promise<string> {
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: app,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles.map((f) => f.text).join('\n');
}

async function withWebpack(app: string, entry: string, out: string): Promise<string> {
  const compiler = webpack({
    mode: 'production',
    context: app,
    entry,
    target: 'web',
    devtool: false,
    output: { path: out, filename: 'main.js' },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return readFileSync(join(out, 'main.js'), 'utf8');
}

async function withVite(app: string, entryName: string, out: string): Promise<string> {
  const root = join(app, `vite-${entryName}`);
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html>\n<html><head><title>size</title></head><body><script type="module" src="../${entryName}"></script></body></html>\n`,
  );
  await viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true, modulePreload: false },
  });
  const assets = join(out, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

/** Bundles `scenario` with `bundler` in the installed `app`; returns its weight. */
export async function weighWith(app: string, bundler: Bundler, id: string, source: string): Promise<Weight> {
  const entryName = `${id}.js`;
  const entry = join(app, entryName);
  writeFileSync(entry, source);
  const out = join(app, 'out', `${id}-${bundler}`);
  rmSync(out, { recursive: true, force: true });
  switch (bundler) {
    case 'rollup':
      return weigh(await withRollup(app, entry));
    case 'esbuild':
      return weigh(await withEsbuild(app, entry));
    case 'webpack':
      return weigh(await withWebpack(app, entry, out));
    case 'vite':
      return weigh(await withVite(app, entryName, out));
  }
}
