/**
 * README.md stays true to the code:
 * - every fenced `ts` block type-checks against the real sources (`rtc-errors` and
 *   `rtc-errors/<vendor>` mapped to `src/index.ts` and `adapters/<id>/index.ts`), the SDK objects it
 *   uses (`client`, `AgoraRTC`, `engine`...) declared with the installed SDKs' own types;
 * - every command of every `sh` block exists: `npm run X` scripts are in package.json, and the CLI
 *   and demo commands run with exit status 0 (`rtc-errors ...` through the CLI's `main()`);
 * - a `text` block announced by `<!-- output-of: COMMAND -->` appears, line by line and in order,
 *   in what COMMAND prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CLI_ADAPTERS, CLI_LOCALES } from '../adapters/registry.js';
import { main as demoMain } from '../examples/demo.js';
import { main as cliMain } from '../src/cli/main.js';

const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  scripts: Record<string, string>;
};

interface Block {
  lang: string;
  code: string;
  /** 1-based README line of the block's first code line. */
  line: number;
  /** The `output-of` command announced just before the block, if any. */
  outputOf?: string;
}

function fencedBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let lastComment: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(\w+)\s*$/.exec(lines[i] ?? '');
    const comment = /^<!-- output-of: (.+) -->$/.exec(lines[i] ?? '');
    if (comment) {
      lastComment = comment[1];
      continue;
    }
    if (!open) {
      if ((lines[i] ?? '').trim() !== '') lastComment = undefined;
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end += 1;
    blocks.push({
      lang: open[1] ?? '',
      code: lines.slice(start, end).join('\n'),
      line: start + 1,
      ...(lastComment !== undefined ? { outputOf: lastComment } : {}),
    });
    lastComment = undefined;
    i = end;
  }
  return blocks;
}

const blocks = fencedBlocks(readme);

// ---------------------------------------------------------------------------------------------
// ts blocks

const COMMON_PRELUDE = `
declare const appId: string;
declare const channel: string;
declare const token: string;
declare const rawError: unknown;
declare function fetchToken(): Promise<string>;
declare function showBanner(text: string): void;
export {};
`;

/** Stand-ins for the SDK objects, typed with the installed SDK's own definitions. */
const VENDOR_PRELUDE: Record<string, string> = {
  'agora-ng': `
declare const AgoraRTC: typeof import('agora-rtc-sdk-ng').default;
declare const client: import('agora-rtc-sdk-ng').IAgoraRTCClient;
`,
  'agora-web': `
declare const AgoraRTC: typeof import('agora-rtc-sdk');
`,
  'agora-native': `
declare const engine: import('react-native-agora').IRtcEngine;
`,
  aliyun: `
declare const AliRtcEngine: typeof import('aliyun-rtc-sdk').default;
declare function fetchAuthInfo(): Promise<import('aliyun-rtc-sdk').AliRtcAuthInfo>;
`,
  trtc: `
declare const TRTC: typeof import('trtc-sdk-v5').default;
declare function fetchUserSig(): Promise<string>;
`,
};

function vendorOf(code: string): string {
  const m = /from 'rtc-errors\/([\w-]+)'/.exec(code);
  return m?.[1] ?? 'agora-ng';
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath);
  return {
    ...parsed.options,
    noEmit: true,
    paths: {
      'rtc-errors': [join(root, 'src/index.ts')],
      'rtc-errors/testing': [join(root, 'fixtures/fakes/index.ts')],
      'rtc-errors/*': [join(root, 'adapters/*/index.ts')],
    },
  };
}

describe('README ts blocks', () => {
  const tsBlocks = blocks.filter((b) => b.lang === 'ts');
  const files = new Map<string, { block: Block; text: string }>();
  tsBlocks.forEach((block) => {
    const vendor = vendorOf(block.code);
    // The prelude goes after the code, so diagnostics keep the block's own line numbers.
    const text = `${block.code}\n${COMMON_PRELUDE}${VENDOR_PRELUDE[vendor] ?? ''}`;
    files.set(join(root, `README.block-${block.line}.ts`), { block, text });
  });

  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const virtual = files.get(fileName);
    if (virtual) return ts.createSourceFile(fileName, virtual.text, languageVersion, true);
    return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => files.get(fileName)?.text ?? readFile(fileName);
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });

  it('has ts blocks, each of them a separate module', () => {
    expect(tsBlocks.length).toBeGreaterThanOrEqual(8);
  });

  for (const [fileName, { block }] of files) {
    it(`README.md line ${block.line} (${vendorOf(block.code)}) type-checks against the sources`, () => {
      const source = program.getSourceFile(fileName);
      expect(source).toBeDefined();
      const diagnostics = ts.getPreEmitDiagnostics(program, source).map((d) => {
        const where =
          d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + block.line : '?';
        return `README.md:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(diagnostics).toEqual([]);
    });
  }

  it('maps rtc-errors imports to the real sources', () => {
    const first = [...files.keys()][0] ?? '';
    const resolved = ts.resolveModuleName('rtc-errors/agora-ng', first, options, host).resolvedModule;
    expect(resolved?.resolvedFileName).toBe(join(root, 'adapters/agora-ng/index.ts'));
    expect(
      dirname(ts.resolveModuleName('rtc-errors', first, options, host).resolvedModule?.resolvedFileName ?? ''),
    ).toBe(join(root, 'src'));
  });
});

// ---------------------------------------------------------------------------------------------
// sh blocks and outputs

/** Splits a command line into words, honouring single and double quotes. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** A line without its trailing `# comment`. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  return line;
}

interface Ran {
  status: number;
  out: string;
  err: string;
}

async function runCli(args: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const status = await cliMain(args, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    adapters: CLI_ADAPTERS,
    locales: CLI_LOCALES,
    isTTY: false,
    env: {},
    readFile: (path) => Promise.resolve(readFileSync(join(root, path), 'utf8')),
  });
  return { status, out, err };
}

async function runDemo(args: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const status = await demoMain(args, {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    isTTY: false,
  });
  return { status, out, err };
}

/**
 * Runs one README command: checks it exists, and runs the ones this package implements (the CLI
 * and the demo). Resolves with their output, or `undefined` for commands only checked.
 */
async function runCommand(command: string): Promise<Ran | undefined> {
  const argv = words(command);
  const [first, second, third] = argv;
  if (first === 'npx' && second === 'rtc-errors') return runCli(argv.slice(2));
  if (first === 'rtc-errors') return runCli(argv.slice(1));
  if (first === 'npx' && second === 'tsx') {
    expect(existsSync(join(root, third ?? '')), command).toBe(true);
    return undefined;
  }
  if (first === 'npm') {
    if (second === 'install' || second === 'i') {
      // installing the package itself: its name, no other
      expect(argv.slice(2), command).toEqual([pkg.name]);
      return undefined;
    }
    if (second === 'ci') {
      expect(existsSync(join(root, 'package-lock.json'))).toBe(true);
      return undefined;
    }
    const script = second === 'run' ? third : second;
    expect(Object.keys(pkg.scripts), command).toContain(script);
    const rest = argv.slice(second === 'run' ? 3 : 2);
    const args = rest[0] === '--' ? rest.slice(1) : rest;
    if (script === 'cli') return runCli(args);
    if (script === 'demo') return runDemo(args);
    return undefined;
  }
  throw new Error(`README runs a command this test does not know: ${command}`);
}

describe('README sh blocks', () => {
  const commands = blocks
    .filter((b) => b.lang === 'sh')
    .flatMap((b) =>
      b.code
        .split('\n')
        .map((line, i) => ({ line: b.line + i, text: stripComment(line).trim() }))
        .filter((c) => c.text !== '')
        .flatMap((c) => c.text.split('&&').map((part) => ({ line: c.line, text: part.trim() }))),
    );

  it('starts with the two commands for a fresh machine', () => {
    expect(commands.slice(0, 3).map((c) => c.text)).toEqual(['npm ci', 'npm run demo', 'npm test']);
  });

  for (const command of commands) {
    it(`README.md line ${command.line}: ${command.text}`, async () => {
      const ran = await runCommand(command.text);
      if (ran) {
        expect(ran.err, command.text).toBe('');
        expect(ran.status, command.text).toBe(0);
        expect(ran.out.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('README outputs', () => {
  const shown = blocks.filter((b) => b.outputOf !== undefined);

  it('shows the output of the demo and of the CLI', () => {
    expect(shown.map((b) => words(b.outputOf ?? '')[0])).toEqual(expect.arrayContaining(['npm', 'rtc-errors']));
  });

  for (const block of shown) {
    it(`README.md line ${block.line}: what \`${block.outputOf}\` prints`, async () => {
      const ran = await runCommand(block.outputOf ?? '');
      expect(ran?.status).toBe(0);
      const printed = (ran?.out ?? '').split('\n').map((l) => l.trimEnd());
      let at = 0;
      for (const expected of block.code.split('\n').map((l) => l.trimEnd())) {
        if (expected === '') continue;
        const found = printed.indexOf(expected, at);
        expect(found, `not printed (in this order): ${expected}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    });
  }
});

describe('README links', () => {
  it('links only files and folders that exist in the repository', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1] ?? '')
      .filter((t) => !/^[a-z]+:/.test(t) && !t.startsWith('#'));
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(existsSync(join(root, target.split('#')[0] ?? '')), target).toBe(true);
  });
});
