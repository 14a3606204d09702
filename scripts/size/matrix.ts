/**
 * The size matrix: each scenario an app meets, bundled from the packed tarball by rollup, esbuild,
 * webpack 5 and vite (see `bundlers.ts`), against the goals of the issue "Small in every bundler":
 * every bundler under the scenario's goal, and none more than 10 % above the smallest.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bundle.js';
import { BUNDLERS, installPackedApp, weighWith, type Bundler, type Scenario, type Weight } from './bundlers.js';

/** How much heavier than the lightest bundler any bundler may be, as a fraction. */
export const SPREAD = 0.1;

interface PackageJson {
  readonly exports: Record<string, unknown>;
}

/** The vendor subpaths the package exports, with their full and lean export names where present. */
function vendorSubpaths(app: string): { subpath: string; adapter: string; lean?: string }[] {
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'rtc-errors', 'package.json'), 'utf8')) as PackageJson;
  const dts = (subpath: string): string =>
    readFileSync(join(app, 'node_modules', 'rtc-errors', 'dist', `${subpath}.d.ts`), 'utf8');
  const result: { subpath: string; adapter: string; lean?: string }[] = [];
  for (const key of Object.keys(pkg.exports)) {
    const subpath = key.replace(/^\.\//, '');
    const text = /^[a-z-]+$/.test(subpath) ? dts(subpath) : '';
    const adapter = /\b(\w+Adapter)\b/.exec(text.match(/export\s*\{[^}]*\}/g)?.join(' ') ?? '')?.[1];
    if (!adapter) continue;
    const lean = /\b(\w+Errors)\b/.exec(text.match(/export\s*\{[^}]*\}/g)?.join(' ') ?? '')?.[1];
    result.push({ subpath, adapter, ...(lean ? { lean } : {}) });
  }
  return result;
}

/** The scenarios of the issue, built from what the installed package exports. */
export function scenarios(app: string): Scenario[] {
  const vendors = vendorSubpaths(app);
  const ng = vendors.find((v) => v.subpath === 'agora-ng');
  const list: Scenario[] = [];
  if (ng) {
    const lean = ng.lean ?? ng.adapter;
    list.push({
      id: 'normalize-agora-ng',
      name: `normalize + ${lean}`,
      source: `import { normalize } from 'rtc-errors';\nimport { ${lean} } from 'rtc-errors/agora-ng';\nglobalThis.size = (raw) => normalize(raw, ${lean});\n`,
      goal: 16_000,
    });
    list.push({
      id: 'wrap-agora-ng',
      name: `wrapClient + ${ng.adapter}`,
      source: `import { wrapClient } from 'rtc-errors';\nimport { ${ng.adapter} } from 'rtc-errors/agora-ng';\nglobalThis.size = (client, options) => wrapClient(client, ${ng.adapter}, options);\n`,
      goal: 26_000,
    });
  }
  list.push({
    id: 'retry',
    name: 'retry alone',
    source: `import { retry } from 'rtc-errors';\nglobalThis.size = retry;\n`,
    goal: 6_000,
  });
  const imports = vendors.map((v) => `import { ${v.adapter} } from 'rtc-errors/${v.subpath}';`).join('\n');
  list.push({
    id: 'every-adapter',
    name: `every adapter (${vendors.length}) + wrapClient, no zh pack`,
    source: `import { wrapClient } from 'rtc-errors';\n${imports}\nglobalThis.size = { wrapClient, adapters: [${vendors
      .map((v) => v.adapter)
      .join(', ')}] };\n`,
    goal: 85_000,
  });
  return list;
}

/** One scenario measured by every bundler. */
export interface MatrixRow {
  readonly scenario: Scenario;
  readonly weights: Record<Bundler, Weight>;
  /** How much heavier the heaviest bundler's output is than the lightest's, as a fraction. */
  readonly spread: number;
}

/** Packs, installs and measures every scenario with every bundler. */
export async function measureMatrix(): Promise<MatrixRow[]> {
  const app = installPackedApp();
  const rows: MatrixRow[] = [];
  for (const [i, scenario] of scenarios(app).entries()) {
    const weights = {} as Record<Bundler, Weight>;
    for (const bundler of BUNDLERS) weights[bundler] = await weighWith(app, bundler, `scenario-${i}`, scenario.source);
    const sizes = BUNDLERS.map((b) => weights[b].gzipped);
    rows.push({ scenario, weights, spread: Math.max(...sizes) / Math.min(...sizes) - 1 });
  }
  return rows;
}

/** The matrix as a Markdown table (gzipped bytes). */
export function matrixTable(rows: readonly MatrixRow[]): string[] {
  return [
    `| Scenario | ${BUNDLERS.join(' | ')} | Spread | Goal, every bundler |`,
    `|---|${BUNDLERS.map(() => '---').join('|')}|---|---|`,
    ...rows.map((r) => {
      const over = BUNDLERS.some((b) => r.weights[b].gzipped > r.scenario.goal);
      return `| ${r.scenario.name} | ${BUNDLERS.map((b) => `${r.weights[b].gzipped}`).join(' | ')} | ${(
        r.spread * 100
      ).toFixed(1)} % | ≤ ${r.scenario.goal}${over ? ' — missed' : ''} |`;
    }),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureMatrix();
  for (const line of matrixTable(rows)) process.stdout.write(`${line}\n`);
  process.stdout.write(`\n(run from ${ROOT})\n`);
}
