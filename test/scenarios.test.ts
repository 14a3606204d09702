/**
 * The SDK scenarios live once: `examples/browser/scenarios/<sdk>.js`, run by the example page and by
 * the capture pages. Each module is loaded and checked (unique ids and names, a `run` for each);
 * every other script of the two pages is parsed, and none may define a scenario (an object with a
 * `run` method, a `scenarios` export) or a `loadScript` of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const shared = join(root, 'examples', 'browser', 'scenarios');
const SDKS = ['agora-ng', 'agora-web', 'aliyun', 'trtc', 'trtc-v4'];
const PROFILES = ['fake-devices', 'no-devices', 'permission-denied'];

interface Scenario {
  id?: string;
  label?: string;
  name?: string;
  profiles?: string[];
  run: unknown;
}

const load = async (sdk: string) =>
  (await import(pathToFileURL(join(shared, `${sdk}.js`)).href)) as { scenarios: Scenario[]; load: unknown };

/** Where a scenario could be defined twice: the page scripts outside the shared folder. */
function pageScripts(): string[] {
  const dirs = [
    join(root, 'examples', 'browser'),
    join(root, 'examples', 'browser', 'sdk'),
    join(root, 'scripts', 'capture', 'page'),
    join(root, 'scripts', 'capture', 'console'),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(dir, f)),
  );
}

/** An object literal shaped as a scenario: a `run` member beside an `id`, a `name` or `profiles`. */
function isScenario(node: ts.ObjectLiteralExpression): boolean {
  const members = new Set(
    node.properties.flatMap((p) => (p.name !== undefined && ts.isIdentifier(p.name) ? [p.name.text] : [])),
  );
  return members.has('run') && ['id', 'name', 'profiles'].some((m) => members.has(m));
}

/** What a script defines that only a scenario module may: `run` members, a `scenarios` export, `loadScript`. */
function definitions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const at = (node: ts.Node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && isScenario(node)) found.push(`scenario at ${at(node)}`);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'scenarios')
      found.push(`scenarios at ${at(node)}`);
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'loadScript') found.push(`loadScript at ${at(node)}`);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'loadScript')
      found.push(`loadScript at ${at(node)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('SDK scenarios, defined once', () => {
  it.each(SDKS)('%s: every scenario runs somewhere, ids and names are unique', async (sdk) => {
    const { scenarios, load: loadSdk } = await load(sdk);
    expect(typeof loadSdk).toBe('function');
    expect(scenarios.length).toBeGreaterThan(0);
    for (const s of scenarios) {
      expect(typeof s.run, JSON.stringify(s)).toBe('function');
      // the example page shows scenarios with an id; the capture runs scenarios with profiles
      expect(s.id !== undefined || (s.profiles?.length ?? 0) > 0, s.name ?? s.label).toBe(true);
      if (s.id !== undefined) expect(s.label ?? s.name, s.id).toBeTruthy();
      if (s.profiles !== undefined) {
        expect(s.name, s.id).toBeTruthy();
        for (const p of s.profiles) expect(PROFILES).toContain(p);
      }
    }
    const ids = scenarios.flatMap((s) => (s.id === undefined ? [] : [s.id]));
    const names = scenarios.flatMap((s) => (s.profiles === undefined ? [] : [s.name]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    // both pages run this module: some scenarios are the example's, some the capture's, most both
    expect(ids.length).toBeGreaterThan(0);
    expect(names.length).toBeGreaterThan(0);
  });

  it('the page scripts define no scenario and no loadScript of their own', () => {
    const files = pageScripts();
    expect(files.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining([
        'examples/browser/app.js',
        'scripts/capture/page/harness.js',
        'scripts/capture/page/agora-ng.js',
      ]),
    );
    expect(files.flatMap(definitions)).toEqual([]);
  });

  it('the check sees a scenario, a scenarios list and a loadScript when a script has them', () => {
    // the same parser run over the shared modules, which do define them: the check is not blind
    expect(definitions(join(shared, 'trtc-v4.js')).filter((d) => d.startsWith('scenario at'))).not.toEqual([]);
    expect(definitions(join(shared, 'trtc-v4.js')).some((d) => d.startsWith('scenarios at'))).toBe(true);
    expect(definitions(join(shared, 'load-script.js')).some((d) => d.startsWith('loadScript at'))).toBe(true);
  });

  it('each page loads the shared modules', () => {
    const importsShared = (file: string, dir: string) =>
      expect(readFileSync(join(root, file), 'utf8'), file).toContain(dir);
    importsShared('examples/browser/app.js', './scenarios/');
    importsShared('scripts/capture/page/harness.js', '../../../examples/browser/scenarios/');
    importsShared('scripts/capture/console/harness.js', '../../../examples/browser/scenarios/');
  });
});
