/**
 * The telemetry entries (`rtc-errors/otel`, `rtc-errors/sentry`) are reachable from no other entry:
 * walking the static imports of every other built entry (ES output) never reaches a telemetry entry,
 * a module only they use, nor an import of `@opentelemetry/*` or `@sentry/*`. The telemetry entries
 * themselves must reach their library (the positive control).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The package subpaths that carry telemetry, and the library each must import. */
export const TELEMETRY_ENTRIES: Readonly<Record<string, RegExp>> = {
  './otel': /^@opentelemetry\//,
  './sentry': /^@sentry\//,
};
const TELEMETRY_IMPORT = /^(@opentelemetry|@sentry)\//;
const IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g;

/** The specifiers a built ES module imports or re-exports statically. */
function importsOf(code: string): string[] {
  return [...code.matchAll(IMPORT)].map((m) => m[1]!);
}

/** Every file and bare import reached from `file` by static imports. */
function reach(file: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const todo = [resolve(file)];
  while (todo.length > 0) {
    const current = todo.pop()!;
    if (files.has(current)) continue;
    files.add(current);
    for (const spec of importsOf(readFileSync(current, 'utf8'))) {
      if (spec.startsWith('.')) todo.push(resolve(dirname(current), spec));
      else bare.add(spec);
    }
  }
  return { files, bare };
}

/** Problems found in the built package at `packageRoot` (its `exports` map, ES entries); none is a pass. */
export function checkTelemetryIsolation(packageRoot: string): string[] {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, { import: { default: string } } | string>;
  };
  const problems: string[] = [];
  const telemetryFiles = new Set<string>();
  for (const [key, library] of Object.entries(TELEMETRY_ENTRIES)) {
    const target = pkg.exports[key];
    if (typeof target !== 'object') {
      problems.push(`package.json exports no ${key}`);
      continue;
    }
    const file = resolve(packageRoot, target.import.default);
    if (!existsSync(file)) {
      problems.push(`${key}: ${relative(packageRoot, file)} is not built`);
      continue;
    }
    telemetryFiles.add(file);
    const { bare } = reach(file);
    if (![...bare].some((spec) => library.test(spec))) {
      problems.push(`${key} imports no ${String(library)} (positive control failed)`);
    }
  }
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || key in TELEMETRY_ENTRIES) continue;
    const { files, bare } = reach(resolve(packageRoot, target.import.default));
    for (const spec of bare) if (TELEMETRY_IMPORT.test(spec)) problems.push(`${key} reaches an import of ${spec}`);
    for (const f of files) if (telemetryFiles.has(f)) problems.push(`${key} reaches ${relative(packageRoot, f)}`);
  }
  return problems;
}
