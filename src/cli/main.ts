/**
 * The `rtc-errors` command line: `explain`, `list` and `scan`, over whatever adapters it is given.
 * `main` takes its arguments and its whole environment (streams, adapters, language packs) as
 * parameters and returns the exit status, so it runs the same from the bin, from source and in tests.
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isRtcErrorCode } from '../codes.js';
import { unifiedZh } from '../locales/zh.js';
import type { Locale } from '../types.js';
import { ownValue } from '../own.js';
import {
  colourEnabled,
  mdCell,
  mdCode,
  mdTable,
  painter,
  retryText,
  rowBlock,
  severityText,
  table,
  type Painter,
} from './format.js';
import { explainHelp, listHelp, scanHelp, topHelp } from './help.js';
import { rowOfEntry, type CodeRow, type TextOptions } from './rows.js';
import { redact, type RedactOptions } from '../redact.js';
import { Scanner, type ScanResult } from './scan.js';
import { InputError, openFile, readFailureReason, readLines, type OpenedInput, type ReadStats } from './scanInput.js';
import { suggestCodes, suggestVendor } from './suggest.js';
import { EXIT, type CliAdapter, type CliIO } from './types.js';

/** Bad usage: printed with a pointer to the help, exit status 2. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

interface Context {
  readonly io: CliIO;
  readonly paint: Painter;
  readonly vendors: readonly string[];
  out(text: string): void;
  err(text: string): void;
}

const COMMON = {
  vendor: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: O,
) {
  // Negative codes (`-1`, `-17`: native return values, Alibaba's ERR_INNER) are codes, not options.
  const negative = args.filter((a) => /^-\d+$/.test(a));
  const rest = args.filter((a) => !/^-\d+$/.test(a));
  const ordered = negative.length === 0 ? [...args] : [...rest, ...(rest.includes('--') ? [] : ['--']), ...negative];
  try {
    return parseArgs({ args: ordered, options, allowPositionals: true, strict: true });
  } catch (failure) {
    throw new UsageError(failure instanceof Error ? failure.message : String(failure), command);
  }
}

function selectAdapters(ctx: Context, vendor: string | undefined, command: string): readonly CliAdapter[] {
  if (vendor === undefined) return ctx.io.adapters;
  const wanted = vendor
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (wanted.length === 0) throw new UsageError('--vendor needs a vendor id.', command);
  return wanted.map((id) => {
    const adapter = ctx.io.adapters.find((a) => a.id === id);
    if (adapter) return adapter;
    const close = suggestVendor(id, ctx.vendors);
    throw new UsageError(
      `Unknown vendor '${id}'.${close ? ` Did you mean '${close}'?` : ''} Valid vendors: ${ctx.vendors.join(', ')}.`,
      command,
    );
  });
}

function textOptions(ctx: Context, lang: string | undefined, command: string): TextOptions {
  const value = lang ?? 'en';
  if (value !== 'en' && value !== 'zh')
    throw new UsageError(`Unknown language '${value}'. Use --lang en or --lang zh.`, command);
  const locales = ctx.io.locales ?? [unifiedZh];
  return { lang: value as Locale, locales };
}

function json(ctx: Context, value: unknown): void {
  ctx.out(`${JSON.stringify(value, null, 2)}\n`);
}

// --- explain ---------------------------------------------------------------------------------

function explain(ctx: Context, args: readonly string[]): number {
  const { values, positionals } = parse('explain', args, COMMON);
  if (values.help) return (ctx.out(explainHelp(ctx.vendors)), EXIT.ok);
  if (positionals.length === 0) throw new UsageError('explain needs at least one CODE.', 'explain');
  const adapters = selectAdapters(ctx, values.vendor, 'explain');
  const text = textOptions(ctx, values.lang, 'explain');
  const rows: (CodeRow & { query: string })[] = [];
  const blocks: string[] = [];
  let unknown = 0;
  for (const query of positionals) {
    const answers = adapters.flatMap((adapter) =>
      adapter.lookupAll(query).map((entry) => rowOfEntry(adapter, entry, text)),
    );
    if (answers.length === 0) {
      unknown += 1;
      const scope = values.vendor !== undefined ? adapters.map((a) => a.id).join(', ') : 'any vendor';
      const close = suggestCodes(query, adapters);
      const hint = isRtcErrorCode(query)
        ? unifiedHint(query, adapters)
        : close.length
          ? ` Closest known codes: ${close.map((s) => `${s.text} (${s.vendor})`).join(', ')}.`
          : '';
      ctx.err(`rtc-errors: unknown code '${query}' for ${scope}.${hint}\n`);
      continue;
    }
    for (const row of answers) rows.push({ query, ...row });
    const heading =
      answers.length > 1 || positionals.length > 1
        ? `${ctx.paint('bold', query)}: ${answers.length} ${answers.length === 1 ? 'entry' : 'entries'}\n\n`
        : '';
    blocks.push(heading + answers.map((row) => rowBlock(row, ctx.paint)).join('\n\n'));
  }
  if (values.json) json(ctx, rows);
  else if (blocks.length) ctx.out(`${blocks.join('\n\n')}\n`);
  return unknown > 0 ? EXIT.notFound : EXIT.ok;
}

/** For a unified code typed where a vendor code was expected: the vendor codes that map to it. */
function unifiedHint(code: string, adapters: readonly CliAdapter[]): string {
  const mapped = adapters.flatMap((a) =>
    a.entries().flatMap((e) => (e.code === code ? [`${e.vendorName} (${a.id})`] : [])),
  );
  if (mapped.length === 0) return ` '${code}' is a unified code; no vendor code maps to it.`;
  const shown = mapped.slice(0, 10).join(', ');
  return ` '${code}' is a unified code; vendor codes that map to it: ${shown}${mapped.length > 10 ? `, and ${mapped.length - 10} more` : ''}.`;
}

// --- list ------------------------------------------------------------------------------------

function list(ctx: Context, args: readonly string[]): number {
  const { values, positionals } = parse('list', args, { ...COMMON, markdown: { type: 'boolean' } });
  if (values.help) return (ctx.out(listHelp(ctx.vendors)), EXIT.ok);
  if (positionals.length > 0)
    throw new UsageError(`list takes no arguments (got '${positionals[0]}'); use explain CODE.`, 'list');
  if (values.json && values.markdown) throw new UsageError('Use either --json or --markdown, not both.', 'list');
  const adapters = selectAdapters(ctx, values.vendor, 'list');
  const text = textOptions(ctx, values.lang, 'list');
  const rows = adapters.flatMap((adapter) => adapter.entries().map((entry) => rowOfEntry(adapter, entry, text)));
  if (values.json) json(ctx, rows);
  else if (values.markdown) {
    if (rows.length) ctx.out(`${markdownList(rows)}\n`);
  } else if (rows.length) {
    ctx.out(
      `${table(
        ['VENDOR', 'CODE', 'NAME', 'FAMILY', 'UNIFIED', 'SEVERITY', 'STRATEGY', 'MESSAGE'],
        rows.map((r) => [
          r.vendor,
          String(r.vendorCode),
          r.vendorName,
          r.family ?? '',
          r.code,
          severityText(r, ctx.paint),
          r.strategy,
          r.message,
        ]),
        ctx.paint,
      )}\n`,
    );
  }
  if (rows.length === 0) {
    ctx.err(`rtc-errors: no catalog entries for ${adapters.map((a) => a.id).join(', ') || 'any vendor'}.\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}

/** A Markdown table of rows (`list --markdown`). */
export function markdownList(rows: readonly CodeRow[]): string {
  return mdTable(
    ['Vendor', 'Code', 'Name', 'Family', 'Unified', 'Category', 'Severity', 'Retry', 'Message', 'Action'],
    rows.map((r) => [
      r.vendor,
      mdCode(r.vendorCode),
      mdCode(r.vendorName),
      mdCell(r.family),
      mdCode(r.code),
      r.category,
      r.severity,
      mdCell(retryText(r)),
      mdCell(r.message),
      mdCell(r.action),
    ]),
  );
}

// --- scan ------------------------------------------------------------------------------------

const SCAN_OPTIONS = { ...COMMON, 'redact-ids': { type: 'boolean' } } as const satisfies ParseArgsConfig['options'];

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The input as chunks: a stream when the IO gives one, else the text a reader returns. */
async function openInput(ctx: Context, file: string): Promise<OpenedInput> {
  const { io } = ctx;
  if (file === '-') {
    if (io.stdin) return { chunks: io.stdin };
    if (!io.readStdin) throw new InputError('cannot read standard input: standard input is not available');
    const text = await io.readStdin();
    return { chunks: once(text) };
  }
  if (!io.readFile) return openFile(file);
  try {
    return { chunks: once(await io.readFile(file)) };
  } catch (failure) {
    throw new InputError(`cannot read ${file}: ${readFailureReason(failure)}`);
  }
}

const MB = 1024 * 1024;
/** Progress is shown only for reads longer than this, and redrawn at most this often. */
const PROGRESS_AFTER_MS = 1000;
const PROGRESS_EVERY_MS = 250;

/** A progress line on stderr, redrawn in place (a terminal only). */
function progress(ctx: Context, size: number | undefined): { update(bytes: number): void; done(): void } {
  const now = ctx.io.now ?? Date.now;
  if (!ctx.io.stderrIsTTY) return { update() {}, done() {} };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(bytes) {
      const t = now();
      if (t - started < PROGRESS_AFTER_MS || t - last < PROGRESS_EVERY_MS) return;
      last = t;
      shown = true;
      const read = `${(bytes / MB).toFixed(0)} MB`;
      const of = size ? ` of ${(size / MB).toFixed(0)} MB (${Math.floor((bytes / size) * 100)}%)` : '';
      const rate = ` at ${(bytes / MB / ((t - started) / 1000)).toFixed(0)} MB/s`;
      ctx.err(`\rrtc-errors: scanning ${read}${of}${rate}\u001b[K`);
    },
    done() {
      if (shown) ctx.err('\r\u001b[K');
    },
  };
}

/** Notes on what reading found (long lines, invalid UTF-8), on stderr. */
function readNotes(ctx: Context, source: string, stats: ReadStats): void {
  if (stats.longLines > 0)
    ctx.err(
      `rtc-errors: note: ${stats.longLines} line(s) of ${source} longer than 64 KiB (first: line ${stats.firstLongLine}); only their first 16 384 characters were scanned.\n`,
    );
  if (stats.invalidUtf8Lines > 0)
    ctx.err(
      `rtc-errors: note: ${stats.invalidUtf8Lines} line(s) of ${source} are not valid UTF-8 (first: line ${stats.firstInvalidUtf8Line}); the bad bytes were read as U+FFFD.\n`,
    );
}

async function scan(ctx: Context, args: readonly string[]): Promise<number> {
  const { values, positionals } = parse('scan', args, SCAN_OPTIONS);
  if (values.help) return (ctx.out(scanHelp(ctx.vendors)), EXIT.ok);
  if (positionals.length > 1)
    throw new UsageError(`scan reads one FILE (or - for standard input); got ${positionals.length}.`, 'scan');
  const adapters = selectAdapters(ctx, values.vendor, 'scan');
  const text = textOptions(ctx, values.lang, 'scan');
  const redaction: RedactOptions = { ids: values['redact-ids'] === true };
  const file = positionals[0] ?? '-';
  const source = file === '-' ? 'standard input' : file;
  const scanner = new Scanner(adapters, { ...text, redact: redaction });
  let stats: ReadStats;
  try {
    const input = await openInput(ctx, file);
    const shown = progress(ctx, input.size);
    try {
      stats = await readLines(
        input,
        source,
        (line) => scanner.line(line),
        (bytes) => shown.update(bytes),
      );
    } finally {
      shown.done();
    }
  } catch (failure) {
    const message =
      failure instanceof InputError ? failure.message : `cannot read ${source}: ${readFailureReason(failure)}`;
    ctx.err(`rtc-errors: ${redact(message, redaction)}\n`);
    return EXIT.usage;
  }
  const result = scanner.result();
  // Everything kept from the log is redacted already; the whole output passes once more, so no
  // field added later can print a secret.
  if (values.json) ctx.out(redact(`${JSON.stringify({ source, ...result }, null, 2)}\n`, redaction));
  else ctx.out(redact(scanReport(result, source, ctx.paint), redaction));
  readNotes(ctx, source, stats);
  if (stats.bytes === 0) {
    ctx.err(`rtc-errors: ${source} is empty.\n`);
    return EXIT.notFound;
  }
  if (result.findings.length === 0) {
    const also = result.unrecognized.length ? ` (${result.unrecognized.length} code(s) not in any catalog)` : '';
    ctx.err(`rtc-errors: no known error code found in ${source}${also}.\n`);
    return EXIT.notFound;
  }
  return EXIT.ok;
}

function scanReport(result: ScanResult, source: string, paint: Painter): string {
  const out: string[] = [];
  const n = result.findings.length;
  out.push(
    `Scanned ${result.lines} line${result.lines === 1 ? '' : 's'} of ${source}: ${n} known code${n === 1 ? '' : 's'} found.`,
  );
  for (const f of result.findings) {
    const where = `line${f.lines.length > 1 ? 's' : ''} ${f.lines.join(', ')}${f.count > f.lines.length ? ', ...' : ''}`;
    out.push('');
    out.push(
      `${paint('bold', `${f.count}×`)}  ${paint('cyan', f.vendor)}  ${paint('bold', f.vendorName)}${String(f.vendorCode) !== f.vendorName ? ` (${String(f.vendorCode)})` : ''}  →  ${paint('bold', f.code)}  ${severityText(f, paint)}, ${retryText(f)}`,
    );
    out.push(`    ${f.message}`);
    out.push(`    ${paint('green', 'action:')} ${f.action}`);
    if (f.detail !== undefined) out.push(`    ${paint('dim', `detail: ${f.detail}`)}`);
    const seen =
      f.firstSeen !== undefined ? `, seen ${f.firstSeen}${f.lastSeen !== f.firstSeen ? ` to ${f.lastSeen}` : ''}` : '';
    out.push(`    ${paint('dim', `${where}${f.count > 1 ? ` (last: line ${f.lastLine})` : ''}${seen}`)}`);
    const example = f.examples[0];
    if (example && example.text !== f.detail)
      out.push(`    ${paint('dim', `e.g. line ${example.line}: ${example.text}`)}`);
  }
  if (result.unrecognized.length) {
    out.push('');
    out.push(paint('dim', 'Codes in a vendor log format that no catalog knows:'));
    for (const u of result.unrecognized)
      out.push(paint('dim', `  ${u.count}×  ${u.vendor}  ${u.printed}  (line ${u.lines[0] ?? '?'})`));
    if (result.unrecognizedOmitted)
      out.push(paint('dim', `  ... and ${result.unrecognizedOmitted} more (only the first 100 are listed)`));
  }
  return `${out.join('\n')}\n`;
}

// --- main ------------------------------------------------------------------------------------

const COMMANDS: Record<string, (ctx: Context, args: readonly string[]) => number | Promise<number>> = {
  explain,
  list,
  scan,
};
const HELPS: Record<string, (vendors: readonly string[]) => string> = {
  explain: explainHelp,
  list: listHelp,
  scan: scanHelp,
};

/**
 * Runs the `rtc-errors` command line.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`).
 * @param io - streams, adapters and language packs; nothing is read from the process itself.
 * @returns the exit status: 0 success, 1 nothing found, 2 bad usage or unreadable input.
 *
 * @example
 * ```ts
 * const status = await main(['explain', 'UID_CONFLICT'], { stdout: process.stdout, stderr: process.stderr, adapters });
 * ```
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const ctx: Context = {
    io,
    paint: painter(colourEnabled(io.isTTY, io.env)),
    vendors: io.adapters.map((a) => a.id),
    out: (text) => void io.stdout.write(text),
    err: (text) => void io.stderr.write(text),
  };
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      ctx.err(topHelp(ctx.vendors));
      return EXIT.usage;
    }
    if (first === '--help' || first === '-h') return (ctx.out(topHelp(ctx.vendors)), EXIT.ok);
    if (first === '--version' || first === '-v') return (ctx.out(`${io.version ?? 'unknown'}\n`), EXIT.ok);
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) return (ctx.out(topHelp(ctx.vendors)), EXIT.ok);
      const help = HELPS[topic];
      if (!help) throw new UsageError(`Unknown command '${topic}'.`);
      return (ctx.out(help(ctx.vendors)), EXIT.ok);
    }
    const command = ownValue(COMMANDS, first);
    if (!command) {
      const close = suggestVendor(first, Object.keys(COMMANDS));
      throw new UsageError(
        `Unknown command '${first}'.${close ? ` Did you mean '${close}'?` : ''} Commands: ${Object.keys(COMMANDS).join(', ')}.`,
      );
    }
    return await command(ctx, rest);
  } catch (failure) {
    if (!(failure instanceof UsageError)) throw failure;
    const help = failure.command ? `rtc-errors ${failure.command} --help` : 'rtc-errors --help';
    ctx.err(`rtc-errors: ${failure.message}\nRun '${help}' for usage.\n`);
    return EXIT.usage;
  }
}
