// Builds ESM, CJS and one .d.ts per entry. Every entry shares one copy of the core, so `rtc-errors`
// and `rtc-errors/<vendor>` share one RtcError at run time. The ES build keeps one file per source
// module (dist/lib/...): with `sideEffects: false`, every bundler (esbuild and webpack as well as
// rollup) then drops the modules an app does not use, whatever they hold. The CJS build, for
// require() in Node, puts the core in shared chunks.
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

export const entries = {
  index: 'src/index.ts',
  'agora-web': 'adapters/agora-web/index.ts',
  'agora-ng': 'adapters/agora-ng/index.ts',
  'agora-native': 'adapters/agora-native/index.ts',
  aliyun: 'adapters/aliyun/index.ts',
  trtc: 'adapters/trtc/index.ts',
  // fakes for app teams' tests; no other entry imports them (test/testing/reachability.test.ts)
  testing: 'fixtures/fakes/index.ts',
  // telemetry entries: their libraries are peers, and no other entry reaches them (see manualChunks)
  otel: 'src/otel/index.ts',
  sentry: 'src/sentry/index.ts',
  react: 'src/react/index.ts',
};

/** The telemetry modules: never in the shared chunks, so that no other entry imports a telemetry library. */
const TELEMETRY = /\/src\/(otel|sentry|telemetry)\//;

// src/ is shared by every entry, in two chunks: `core`, and `wrap` for the modules that import a
// dependency (eventemitter3, neverthrow). Neither dependency declares `sideEffects: false`, so a
// bundler keeps every module a kept chunk imports: with one chunk, `normalize` alone carried both.
const DEPENDENCY = /^(eventemitter3|neverthrow)$/;
const manualChunks = (id, { getModuleInfo }) => {
  const info = getModuleInfo(id);
  if (!id.includes('/src/') || info?.isEntry || TELEMETRY.test(id)) return undefined;
  // the React hooks stay in their own entry: no other chunk may import react
  if (id.includes('/src/react/')) return undefined;
  return (info?.importedIds ?? []).some((dep) => DEPENDENCY.test(dep)) ? 'wrap' : 'core';
};
const external = (id) => /^(eventemitter3|neverthrow|node:|@opentelemetry\/|@sentry\/|react($|\/))/.test(id);

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
        entryFileNames: (chunk) => (chunk.isEntry ? '[name].js' : 'lib/[name].js'),
        preserveModules: true,
        preserveModulesRoot: '.',
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
    // Declarations keep their own names: a shared chunk's exports are not minified to `a`, `b`...,
    // so hovers and type errors say `RtcError`, not `import(".../chunks/locale-….js").a`.
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].d.ts',
        chunkFileNames: 'chunks/[name]-[hash].d.ts',
        minifyInternalExports: false,
      },
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: '[name].d.cts',
        chunkFileNames: 'chunks/[name]-[hash].d.cts',
        minifyInternalExports: false,
      },
    ],
  },
  cli,
];
