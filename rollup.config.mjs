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
};

// All of src/ is one shared chunk: the core every adapter entry uses.
const manualChunks = (id) => (id.includes('/src/') ? 'core' : undefined);
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
    plugins: [esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' })],
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        manualChunks,
      },
      {
        dir: 'dist',
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: 'chunks/[name]-[hash].cjs',
        exports: 'named',
        manualChunks,
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
