/**
 * Bundling the built package as an application would: an entry file importing `rtc-errors`
 * subpaths is written to `.tmp/`, resolved through the package's `exports` map and its
 * `sideEffects: false` (a `node_modules/rtc-errors` link to the package root), bundled by rollup
 * with its dependencies, minified by terser and gzipped.
 * @module
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';

// The plugin's types describe its CommonJS build; under Node's ESM loader the default export is the function.
const terser = terserPlugin as unknown as (options?: { format?: { comments?: boolean } }) => Plugin;

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** A scratch directory under `.tmp/` with `node_modules/rtc-errors` pointing at `packageRoot`. */
export function scratch(name: string, packageRoot = ROOT): string {
  const dir = join(ROOT, '.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  // An app of its own: without this package.json, `rtc-errors` would resolve to the repository
  // itself (a package may import itself by name) whatever `packageRoot` is.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'size-check-app', private: true, type: 'module' }));
  symlinkSync(packageRoot, join(dir, 'node_modules', 'rtc-errors'), 'dir');
  return dir;
}

/** What one bundle weighs. */
export interface BundleSize {
  /** The bundle as rollup writes it, before minification. */
  readonly code: string;
  /** The modules (files) with code in the bundle. */
  readonly modules: readonly string[];
  /** Minified (terser), in bytes. */
  readonly minified: number;
  /** Minified then gzipped (level 9), in bytes. */
  readonly gzipped: number;
}

/** Fails the build on a warning that means the bundle is not what it claims to be. */
function strictWarnings(warning: { code?: string; message: string }): void {
  if (warning.code === 'UNRESOLVED_IMPORT' || warning.code === 'MISSING_EXPORT') throw new Error(warning.message);
}

/** A plugin refusing any `rtc-errors` import that does not go through the package's `exports`. */
function onlyPublicPaths(): Plugin {
  return {
    name: 'only-public-paths',
    resolveId(source) {
      if (/^rtc-errors\/(dist|src|adapters)\//.test(source)) throw new Error(`deep import ${source}`);
      return null;
    },
  };
}

/**
 * Turns a self-contained CommonJS module of a dependency (eventemitter3 is CommonJS behind an ESM
 * wrapper) into an ES module with a default export, as @rollup/plugin-commonjs would for it. A
 * module that `require`s others is refused rather than measured wrong.
 */
function commonJsShim(): Plugin {
  return {
    name: 'commonjs-shim',
    transform(code, id) {
      if (!id.includes('/node_modules/') || !/\bmodule\.exports\b/.test(code)) return null;
      if (/^\s*(import|export)\s/m.test(code)) return null;
      if (/\brequire\s*\(/.test(code)) this.error(`${id}: CommonJS with require() is beyond the size check's shim`);
      return {
        code: `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}

/**
 * Bundles `source` (an ES module importing `rtc-errors` subpaths) from the scratch directory `dir`.
 * Returns the unminified code and the minified and gzipped sizes (`NaN` when `minify` is false).
 */
export async function bundle(
  dir: string,
  name: string,
  source: string,
  minify = true,
  extraPlugins: readonly Plugin[] = [],
): Promise<BundleSize> {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, source);
  const build = await rollup({
    input: entry,
    plugins: [onlyPublicPaths(), nodeResolve({ rootDir: dir }), commonJsShim(), ...extraPlugins],
    onwarn: strictWarnings,
  });
  try {
    const plain = await build.generate({ format: 'es' });
    if (plain.output.length !== 1) throw new Error(`${name}: expected one chunk`);
    const code = plain.output[0].code;
    const modules = Object.entries(plain.output[0].modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id]) => id);
    if (!minify) return { code, modules, minified: Number.NaN, gzipped: Number.NaN };
    const min = await build.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
    const minCode = min.output[0].code;
    return {
      code,
      modules,
      minified: Buffer.byteLength(minCode),
      gzipped: gzipSync(minCode, { level: 9 }).length,
    };
  } finally {
    await build.close();
  }
}

interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly value?: unknown;
  readonly [key: string]: unknown;
}

/**
 * A what-if plugin: every string literal of the package's own modules whose value is in `texts`
 * becomes `""`, as if that text had moved to a module the bundle does not import. Template
 * literals are left alone, so the figure errs on the heavy side. Used to weigh designs, never to
 * measure a budget.
 */
export function blankStrings(texts: ReadonlySet<string>): Plugin {
  return {
    name: 'blank-strings',
    transform(code, id) {
      if (id.includes('/node_modules/') && !id.includes('/node_modules/rtc-errors/')) return null;
      const ranges: [number, number][] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) {
          for (const child of node) visit(child);
          return;
        }
        if (typeof node !== 'object' || node === null) return;
        const n = node as AstNode;
        if (n.type === 'Literal' && typeof n.value === 'string' && texts.has(n.value)) {
          ranges.push([n.start, n.end]);
          return;
        }
        for (const [key, child] of Object.entries(n)) if (key !== 'type') visit(child);
      };
      visit(this.parse(code));
      if (ranges.length === 0) return null;
      ranges.sort((a, b) => a[0] - b[0]);
      let out = '';
      let at = 0;
      for (const [start, end] of ranges) {
        out += `${code.slice(at, start)}""`;
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/** `n` bytes as KiB with one decimal. */
export function kib(n: number): string {
  return `${(n / 1024).toFixed(1)} KiB`;
}
