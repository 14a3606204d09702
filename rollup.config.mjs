// Builds ESM, CJS and one .d.ts per entry. Core lands in a shared chunk that every entry imports,
// so `rtc-errors` and `rtc-errors/<vendor>` share one copy of RtcError at run time.
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

export const entries = {
  index: 'src/index.ts',
  'agora-web': 'adapters/agora-web/index.ts',
  'agora-ng': 'adapters/agora-ng/index.ts',
  'agora-native': 'adapters/agora-native/index.ts',
  aliyun: 'adapters/aliyun/index.ts',
  trtc: 'adapters/trtc/index.ts',
};

// src/ is shared by every entry, in two chunks: `core`, and `wrap` for the modules that import a
// dependency (eventemitter3, neverthrow). Neither dependency declares `sideEffects: false`, so a
// bundler keeps every module a kept chunk imports: with one chunk, `normalize` alone carried both.
const DEPENDENCY = /^(eventemitter3|neverthrow)$/;
const manualChunks = (id, { getModuleInfo }) => {
  const info = getModuleInfo(id);
  if (!id.includes('/src/') || info?.isEntry) return undefined;
  return (info?.importedIds ?? []).some((dep) => DEPENDENCY.test(dep)) ? 'wrap' : 'core';
};
const external = (id) => /^(eventemitter3|neverthrow|node:)/.test(id);

// The `rtc-errors` command line: one self-contained ESM file with a shebang, core and adapters
// bundled in (it is an executable, not an import target, so it shares no chunk with the library).
const cli = {
  input: { cli: 'adapters/cli.ts' },
  external,
  plugins: [esbuild({ target: 'node18', tsconfig: 'tsconfig.json' })],
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', banner: '#!/usr/bin/env node' },
};

export default [
  {
    input: entries,
    external,
    // The package is `sideEffects: false`, and so are its dependencies as it uses them: a chunk that
    // uses nothing of the wrap modules must not import them, nor eventemitter3 or neverthrow, for
    // their side effects (a bundler would then keep them whole).
    treeshake: { moduleSideEffects: false },
    plugins: [esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' })],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks,
        // No bare `import 'neverthrow'` hoisted into entries that only re-export the wrap chunk.
        hoistTransitiveImports: false,
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
        exports: 'named',
        manualChunks,
        hoistTransitiveImports: false,
      },
    ],
  },
  {
    input: entries,
    external,
    plugins: [dts({ tsconfig: 'tsconfig.json' })],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].d.cts', chunkFileNames: 'chunks/[name]-[hash].d.cts' },
    ],
  },
  cli,
];
