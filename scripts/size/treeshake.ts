/**
 * The tree-shaking check: a bundle importing one adapter (and `normalize`) must not contain any
 * other vendor's catalog, nor any Chinese text unless a `*Zh` pack is imported; importing the pack
 * must bring Chinese in (the positive control). The vendors' strings are taken from their
 * `entries()` at check time, never from a hand-written list.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Adapter, CatalogEntry } from '../../src/index.js';
import { bundle, ROOT, type BundleSize } from './bundle.js';

/** One vendor subpath of the package and what it exports. */
export interface VendorModule {
  /** Subpath, e.g. `agora-ng` (imported as `rtc-errors/agora-ng`). */
  readonly subpath: string;
  /** The full adapter (for `wrapClient`). */
  readonly adapterExport: string;
  /** The lean classification export (`*Errors`, for `normalize`), or the full adapter where there is none. */
  readonly leanExport: string;
  readonly zhExport: string;
  readonly adapter: Adapter;
}

/** Subpaths that are not a vendor's (they export no adapter). */
export const NOT_VENDOR = new Set(['./otel', './sentry']);

/** Every vendor subpath of the package at `packageRoot` (from its `exports` map), loaded from `dist/`. */
export async function vendorModules(packageRoot: string): Promise<VendorModule[]> {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, { import: { default: string } } | string>;
  };
  const out: VendorModule[] = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key === '.' || typeof target === 'string' || NOT_VENDOR.has(key)) continue;
    const file = join(packageRoot, target.import.default);
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const adapterExport = Object.keys(mod).find((k) => /Adapter$/.test(k));
    const zhExport = Object.keys(mod).find((k) => /Zh$/.test(k));
    if (!adapterExport && !zhExport) continue; // not a vendor subpath (`./testing`: fakes for app tests)
    if (!adapterExport || !zhExport) throw new Error(`${key} exports no *Adapter or no *Zh`);
    const leanExport = Object.keys(mod).find((k) => /Errors$/.test(k)) ?? adapterExport;
    out.push({ subpath: key.slice(2), adapterExport, leanExport, zhExport, adapter: mod[adapterExport] as Adapter });
  }
  return out;
}

/** The text of every source file of an adapter (`adapters/<subpath>/`), or of the core (`src/`). */
function sourceText(dir: string): string {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'))
    .join('\n');
}

/** Chinese text, raw or as `\uXXXX` escapes (CJK ideographs, CJK and full-width punctuation). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const CJK_ESCAPE = /\\u(?:30[0-3][0-9a-f]|3[4-9a-f][0-9a-f]{2}|[4-9][0-9a-f]{3}|ff[0-9a-e][0-9a-f])/i;

/** The first Chinese text in `code`, with some context, or `undefined`. */
export function findChinese(code: string): string | undefined {
  const m = CJK.exec(code) ?? CJK_ESCAPE.exec(code);
  return m ? code.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ') : undefined;
}

/** The strings of an entry that would show up in a bundle carrying it. */
function entryStrings(entry: CatalogEntry): string[] {
  return [entry.vendorName, entry.message, entry.action, ...(entry.aliases ?? []), entry.note ?? ''];
}

/** Strings that a bundler emits verbatim inside double quotes: printable ASCII, no quote or backslash. */
const VERBATIM = /^[\x20-\x21\x23-\x26\x28-\x5b\x5d-\x7e]{6,}$/;

/** The result of the check for one adapter. */
export interface TreeshakeResult {
  readonly subpath: string;
  /** Distinctive strings of each other vendor that were looked for. */
  readonly looked: Record<string, number>;
  /** Other vendors' strings found in the bundle. */
  readonly leaks: string[];
  /** Chinese text found in the English-only bundle. */
  readonly chinese?: string;
  /** Dependencies (eventemitter3, neverthrow) in the bundle, which needs none of them. */
  readonly dependencies: readonly string[];
  /** Whether the bundle was built on the lean `*Errors` export (else on the full adapter). */
  readonly lean: boolean;
  /** Modules of the wrap runtime, the retry engine, or the adapter's event table or client surface in the bundle. */
  readonly wrapModules: readonly string[];
  /** Whether importing the adapter's `*Zh` pack brought Chinese in. */
  readonly zhBringsChinese: boolean;
  /**
   * The control that the search works: of the distinctive strings of this vendor that other
   * adapters' checks look for, how many a bundle importing every adapter holds.
   */
  readonly controlFound: number;
  readonly controlTotal: number;
}

/**
 * Bundles `normalize` + each adapter alone (from the scratch directory `dir`, whose
 * `node_modules/rtc-errors` is the package at `packageRoot`) and looks for what must not be there.
 */
export async function checkTreeshaking(dir: string, packageRoot: string): Promise<TreeshakeResult[]> {
  const vendors = await vendorModules(packageRoot);
  const core = await bundle(
    dir,
    'treeshake-core',
    "import { normalize } from 'rtc-errors';\nexport default normalize;\n",
    false,
  );
  const everything = await bundle(
    dir,
    'treeshake-all',
    "import { normalize } from 'rtc-errors';\n" +
      vendors.map((v) => `import { ${v.adapterExport} } from 'rtc-errors/${v.subpath}';\n`).join('') +
      `export default (raw) => normalize(raw, [${vendors.map((v) => v.adapterExport).join(', ')}]);\n`,
    false,
  );
  const coreSource = sourceText('src');
  // The strings of a vendor worth looking for elsewhere: its vendor names and messages, as a bundler
  // emits them verbatim, that neither the core nor the adapter being checked holds itself.
  const distinctive = (vendor: VendorModule, excluding: VendorModule): string[] => {
    const own = new Set(excluding.adapter.entries().flatMap(entryStrings));
    const ownSource = sourceText(join('adapters', excluding.subpath));
    return [
      ...new Set(
        vendor.adapter
          .entries()
          .flatMap((e) => [e.vendorName, e.message])
          .filter(
            (s) =>
              VERBATIM.test(s) &&
              !own.has(s) &&
              !ownSource.includes(s) &&
              !coreSource.includes(s) &&
              !core.code.includes(`"${s}"`),
          ),
      ),
    ];
  };
  const results: TreeshakeResult[] = [];
  for (const vendor of vendors) {
    const spec = `rtc-errors/${vendor.subpath}`;
    const only = await bundle(
      dir,
      `treeshake-${vendor.subpath}`,
      `import { normalize } from 'rtc-errors';\nimport { ${vendor.leanExport} } from '${spec}';\n` +
        `export default (raw) => normalize(raw, ${vendor.leanExport});\n`,
      false,
    );
    const withZh = await bundle(
      dir,
      `treeshake-${vendor.subpath}-zh`,
      `import { normalize, localize } from 'rtc-errors';\nimport { ${vendor.adapterExport}, ${vendor.zhExport} } from '${spec}';\n` +
        `export default (raw) => localize(normalize(raw, ${vendor.adapterExport}), [${vendor.zhExport}]);\n`,
      false,
    );
    const looked: Record<string, number> = {};
    const leaks: string[] = [];
    const control = new Set<string>();
    for (const other of vendors) {
      if (other === vendor) continue;
      const candidates = distinctive(other, vendor);
      looked[other.subpath] = candidates.length;
      for (const s of candidates) if (only.code.includes(`"${s}"`)) leaks.push(`${other.subpath}: "${s}"`);
      for (const s of distinctive(vendor, other)) control.add(s);
    }
    const chinese = findChinese(only.code);
    results.push({
      subpath: vendor.subpath,
      looked,
      leaks,
      dependencies: dependenciesIn(only),
      lean: vendor.leanExport !== vendor.adapterExport,
      wrapModules: wrapModulesIn(only),
      ...(chinese !== undefined ? { chinese } : {}),
      zhBringsChinese: findChinese(withZh.code) !== undefined,
      controlFound: [...control].filter((s) => everything.code.includes(`"${s}"`)).length,
      controlTotal: control.size,
    });
  }
  return results;
}

/**
 * A module that a `normalize` bundle built on a lean export must not hold (built layout: one file per
 * module): the wrap runtime, the retry engine, a client surface, an event table. The translators of
 * events whose payload a lean export recognizes by its shape live apart, in `payloadEvents`; only
 * agora-web keeps its table, because every Web 3.x event payload names its event (`{type:
 * 'connection-state-change', ...}`), so the whole table is what recognizes those payloads.
 */
const WRAP_MODULE = /\/(src\/wrap\/|src\/retry\/|adapters\/[^/]+\/(client|events)\.js$)/;
const TABLE_RECOGNIZES_PAYLOADS = /\/adapters\/agora-web\/events\.js$/;

/** The modules of `b` that a lean `normalize` bundle must not hold. */
export function wrapModulesIn(b: BundleSize): string[] {
  return b.modules.filter((id) => WRAP_MODULE.test(id) && !TABLE_RECOGNIZES_PAYLOADS.test(id));
}

/** The dependency packages a bundle holds code of. */
function dependenciesIn(b: BundleSize): string[] {
  const names = b.modules
    .map((id) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1])
    .filter((n): n is string => n !== undefined);
  return [...new Set(names)];
}

/** What `normalize` alone brings: the core, without the wrap modules' dependencies or any Chinese. */
export async function checkCoreAlone(dir: string): Promise<string[]> {
  const core = await bundle(
    dir,
    'treeshake-core-alone',
    "import { normalize } from 'rtc-errors';\nexport default normalize;\n",
    false,
  );
  const out: string[] = [];
  const deps = dependenciesIn(core);
  if (deps.length > 0) out.push(`normalize alone bundles dependencies it does not use: ${deps.join(', ')}`);
  const chinese = findChinese(core.code);
  if (chinese !== undefined) out.push(`normalize alone contains Chinese text (unifiedZh not dropped?): …${chinese}…`);
  return out;
}

/**
 * What a wrapped client brings of the dependencies: eventemitter3, and neverthrow only when the app
 * imports `attemptForms` (the control: with it, neverthrow is there).
 */
export async function checkWrapDependencies(dir: string): Promise<string[]> {
  const deps = async (name: string, names: string): Promise<string[]> =>
    dependenciesIn(
      await bundle(
        dir,
        name,
        `import { ${names} } from 'rtc-errors';\nimport { agoraNgAdapter } from 'rtc-errors/agora-ng';\nexport { ${names}, agoraNgAdapter };\n`,
        false,
      ),
    ).sort();
  const out: string[] = [];
  const plain = await deps('treeshake-wrap', 'wrapClient');
  if (plain.join() !== 'eventemitter3')
    out.push(
      `wrapClient + agoraNgAdapter bundles ${plain.join(', ') || 'no dependency'}; expected eventemitter3 alone`,
    );
  const withResults = await deps('treeshake-wrap-results', 'wrapClient, attemptForms');
  if (!withResults.includes('neverthrow'))
    out.push(`wrapClient + attemptForms bundles ${withResults.join(', ')}, not neverthrow (positive control failed)`);
  return out;
}

/** What is wrong with one result, as sentences with the figures; empty when all is well. */
export function treeshakeFailures(result: TreeshakeResult, minLooked = 20): string[] {
  const out: string[] = [];
  const label = `normalize + rtc-errors/${result.subpath}`;
  for (const leak of result.leaks.slice(0, 10)) out.push(`${label} contains another vendor's string: ${leak}`);
  if (result.leaks.length > 10) out.push(`${label}: ${result.leaks.length - 10} more leaked strings`);
  for (const [other, n] of Object.entries(result.looked)) {
    if (n < minLooked) out.push(`${label}: only ${n} distinctive ${other} strings to look for (< ${minLooked})`);
  }
  if (result.dependencies.length > 0)
    out.push(`${label} bundles dependencies it does not use: ${result.dependencies.join(', ')}`);
  if (!result.lean) out.push(`rtc-errors/${result.subpath} has no lean *Errors export for normalize`);
  for (const id of result.wrapModules) out.push(`${label} holds wrap code, an event table or a client surface: ${id}`);
  if (result.chinese !== undefined) out.push(`${label} (no *Zh imported) contains Chinese text: …${result.chinese}…`);
  if (!result.zhBringsChinese) out.push(`${label} + its *Zh pack contains no Chinese text (positive control failed)`);
  if (result.controlFound < result.controlTotal * 0.5) {
    out.push(
      `a bundle of every adapter holds only ${result.controlFound}/${result.controlTotal} of the ${result.subpath} ` +
        'strings the checks look for (positive control failed: the search does not find what is there)',
    );
  }
  return out;
}

/**
 * End-user text (`userMessage`) is shipped only by an app that calls it: neither `normalize` nor
 * `wrapClient` + an adapter carries a sentence of it; a bundle calling `userMessage` carries both
 * languages (the positive control). The sentences are read from the tables at check time.
 */
export async function checkUserMessages(dir: string, packageRoot: string): Promise<string[]> {
  const index = (await import(pathToFileURL(join(packageRoot, 'dist', 'index.js')).href)) as Record<string, unknown>;
  const en = Object.values(index.userMessagesEn as Record<string, string>).filter((s) => VERBATIM.test(s));
  const found = (code: string): string[] => en.filter((s) => code.includes(`"${s}"`));
  const out: string[] = [];
  const without = [
    ['normalize alone', "import { normalize } from 'rtc-errors';\nexport default normalize;\n"],
    [
      'wrapClient + rtc-errors/agora-ng',
      "import { wrapClient } from 'rtc-errors';\nimport { agoraNgAdapter } from 'rtc-errors/agora-ng';\n" +
        'export default (c) => wrapClient(c, agoraNgAdapter);\n',
    ],
  ] as const;
  for (const [label, source] of without) {
    const b = await bundle(dir, `user-messages-${label.replace(/\W+/g, '-')}`, source, false);
    const leaked = found(b.code);
    if (leaked.length > 0) out.push(`${label} carries end-user text it never uses: "${leaked[0]}"`);
  }
  const withIt = await bundle(
    dir,
    'user-messages-used',
    "import { userMessage } from 'rtc-errors';\nexport default (e) => userMessage(e);\n",
    false,
  );
  if (en.length < 40 || found(withIt.code).length < en.length * 0.9 || findChinese(withIt.code) === undefined) {
    out.push(
      `a bundle calling userMessage holds ${found(withIt.code).length}/${en.length} of its English sentences` +
        `${findChinese(withIt.code) === undefined ? ' and no Chinese' : ''} (positive control failed)`,
    );
  }
  return out;
}
