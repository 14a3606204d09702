/**
 * Text, table and Markdown rendering of {@link CodeRow}s, with optional ANSI colour.
 * @module
 */
import type { CodeRow } from './rows.js';

/** Styles the CLI uses. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';

const ANSI: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

/** Applies a style, or returns the text unchanged when colour is off. */
export type Painter = (style: Style, text: string) => string;

/** A painter: ANSI escapes when `enabled`, identity otherwise. */
export function painter(enabled: boolean): Painter {
  if (!enabled) return (_style, text) => text;
  return (style, text) => `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m`;
}

/** Colour only for a terminal, and never when `NO_COLOR` is set (https://no-color.org). */
export function colourEnabled(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>> | undefined,
): boolean {
  const noColor = env?.NO_COLOR;
  return isTTY === true && (noColor === undefined || noColor === '');
}

/** Severity in its colour: fatal red, recoverable yellow. */
export function severityText(row: Pick<CodeRow, 'severity'>, paint: Painter): string {
  return paint(row.severity === 'fatal' ? 'red' : 'yellow', row.severity);
}

/** `backoff, retried automatically`, `renew-token`... */
export function retryText(row: Pick<CodeRow, 'strategy' | 'retryable' | 'delayMs'>): string {
  const parts: string[] = [row.strategy];
  if (row.retryable) parts.push('retried automatically');
  if (row.delayMs !== undefined) parts.push(`after ${row.delayMs} ms`);
  return parts.join(', ');
}

/** The heading of a row: vendor, name and code as the SDK shows them. */
export function rowHeading(row: CodeRow, paint: Painter): string {
  const code = String(row.vendorCode) === row.vendorName ? '' : ` ${paint('dim', `(${String(row.vendorCode)})`)}`;
  const family = row.family !== undefined ? ` ${paint('dim', `[${row.family}]`)}` : '';
  return `${paint('cyan', row.vendor)}  ${paint('bold', row.vendorName)}${code}${family}`;
}

/** A row as a block of labelled lines (`explain`). */
export function rowBlock(row: CodeRow, paint: Painter, indent = '  '): string {
  const lines = [
    rowHeading(row, paint),
    `${indent}unified   ${paint('bold', row.code)} (${row.category}, ${row.kind})`,
    `${indent}severity  ${severityText(row, paint)}; retry: ${retryText(row)}`,
    `${indent}message   ${row.message}`,
    `${indent}action    ${row.action}`,
  ];
  if (row.note !== undefined) lines.push(`${indent}note      ${row.note}`);
  if (row.source !== undefined && row.source !== 'sdk+docs') lines.push(`${indent}source    ${sourceText(row.source)}`);
  return lines.join('\n');
}

/** What a catalog entry's `source` means, in words. */
export function sourceText(source: NonNullable<CodeRow['source']>): string {
  if (source === 'sdk') return 'SDK only (not in the vendor docs)';
  if (source === 'docs') return 'docs only (the installed SDK does not define it)';
  return 'SDK and docs';
}

/** Pads `text` to `width` columns, counting wide (CJK) characters as two. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Columns `text` takes in a terminal; ANSI escapes take none, CJK characters two. */
export function displayWidth(text: string): number {
  let width = 0;
  // eslint-disable-next-line no-control-regex -- ANSI escapes are stripped on purpose
  for (const ch of text.replace(/\u001b\[\d+m/g, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6)
        ? 2
        : 1;
  }
  return width;
}

/** A plain-text table: header row, then rows, columns padded to the widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], paint: Painter): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [paint('bold', line(header)), ...rows.map(line)].join('\n');
}

/** Escapes a Markdown table cell: pipes, newlines and backslashes. */
export function mdCell(text: string | number | undefined): string {
  if (text === undefined || text === '') return '';
  return String(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline code in a Markdown table cell. */
export function mdCode(text: string | number | undefined): string {
  if (text === undefined || text === '') return '';
  return `\`${mdCell(text)}\``;
}

/** A Markdown table. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
