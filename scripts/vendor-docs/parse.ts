/**
 * Parsing the vendors' error-code documents into rows (`fixtures/vendor-docs/<id>.json`).
 *
 * Pure functions of the document's text: no file system here, so the tests can run them on the
 * small committed excerpts under `fixtures/vendor-docs/samples/`. `scripts/docs-import.ts` reads
 * the real documents from a folder named on its command line and writes the fixtures.
 */

/** Which document a fixture file holds. */
export interface VendorDocument {
  /** File name under `fixtures/vendor-docs/` without `.json`, e.g. `agora-web-en`. */
  readonly id: string;
  readonly vendor: string;
  readonly title: string;
  readonly lang: 'en' | 'zh';
  /** Where it came from: `seed 001`, or a page URL or name. */
  readonly source: string;
}

/** One row a document lists: one code. */
export interface VendorDocRow {
  /** The code as the document writes it: `0x01040404`, `17040388`, `101`, `UID_CONFLICT`. */
  readonly code: string;
  /** Hex form, where the document gives one (Alibaba writes hex and decimal). */
  readonly hex?: string;
  /** Decimal value, where the document gives a number. */
  readonly decimal?: number;
  /** Symbolic name the document gives the code (`ERR_INVALID_VENDOR_KEY`). */
  readonly name?: string;
  /** The document's own description, in its language. */
  readonly text: string;
  /** What the document says to do, where it has such a column. */
  readonly action?: string;
  /** The document's English summary column, where it has one (Alibaba's 错误描述). */
  readonly summary?: string;
  /** The heading the table sits under (`错误码`, `Warning Codes`, `网络连接`). */
  readonly section?: string;
}

export interface VendorDocFile {
  readonly document: VendorDocument;
  readonly rows: readonly VendorDocRow[];
}

/** How a document's tables are written. */
export type DocFormat = 'html-name-value' | 'markdown-code' | 'markdown-hex-decimal';

/** A document the importer knows: the seed number its file name starts with, and its format. */
export interface KnownDocument extends VendorDocument {
  /** Prefix of the file name in the folder given to the importer (`000` for `000_....txt`). */
  readonly file: string;
  readonly format: DocFormat;
}

/** The documents the project works from (the seeds it started from). */
export const KNOWN_DOCUMENTS: readonly KnownDocument[] = [
  {
    id: 'agora-web-zh',
    vendor: 'agora-web',
    title: 'Agora Web SDK 错误代码和警告代码',
    lang: 'zh',
    source: 'seed 000',
    file: '000',
    format: 'html-name-value',
  },
  {
    id: 'agora-web-en',
    vendor: 'agora-web',
    title: 'Agora Web SDK Error Codes and Warning Codes',
    lang: 'en',
    source: 'seed 001',
    file: '001',
    format: 'html-name-value',
  },
  {
    id: 'agora-native-zh',
    vendor: 'agora-native',
    title: 'Agora 错误代码和警告代码 (All Platforms)',
    lang: 'zh',
    source: 'seed 002',
    file: '002',
    format: 'html-name-value',
  },
  {
    id: 'agora-ng-zh',
    vendor: 'agora-ng',
    title: 'Agora Web SDK NG 错误码细节',
    lang: 'zh',
    source: 'seed 003',
    file: '003',
    format: 'markdown-code',
  },
  {
    id: 'aliyun-zh',
    vendor: 'aliyun',
    title: '阿里云 RTC 客户端错误码表',
    lang: 'zh',
    source: 'seed 004',
    file: '004',
    format: 'markdown-hex-decimal',
  },
];

/** Parses a document's text in the given format. */
export function parseDocument(format: DocFormat, text: string): VendorDocRow[] {
  switch (format) {
    case 'html-name-value':
      return parseHtmlNameValue(text);
    case 'markdown-code':
      return parseMarkdownCode(text);
    case 'markdown-hex-decimal':
      return parseMarkdownHexDecimal(text);
  }
}

/** Text of a cell: tags removed, entities decoded, whitespace collapsed, markdown `\_` unescaped. */
function cellText(raw: string): string {
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\\([_*`|\\])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The last `#`-heading before `index`, without its hashes. */
function sectionAt(text: string, index: number): string | undefined {
  let section: string | undefined;
  for (const m of text.matchAll(/^#{1,6}\s+(.+)$/gm)) {
    if ((m.index ?? 0) > index) break;
    section = (m[1] as string).trim();
  }
  return section;
}

/**
 * HTML tables `NAME | value | description` (Agora's Web 3.x and native pages). A value of `/`
 * means the document gives none: the code the SDK reports is then the name itself.
 */
function parseHtmlNameValue(text: string): VendorDocRow[] {
  const rows: VendorDocRow[] = [];
  for (const tr of text.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    const inner = tr[1] as string;
    if (/<th\b|<strong>/.test(inner)) continue; // a header row
    const cells = [...inner.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((c) => cellText(c[1] as string));
    const [name, value, description] = cells;
    if (name === undefined || value === undefined || description === undefined) {
      throw new Error(`table row with ${cells.length} cells (3 expected): ${inner.trim().slice(0, 120)}`);
    }
    const section = sectionAt(text, tr.index ?? 0);
    const numeric = /^-?\d+$/.test(value);
    rows.push({
      code: numeric ? value : name,
      ...(numeric ? { decimal: Number(value) } : {}),
      name,
      text: description,
      ...(section !== undefined ? { section } : {}),
    });
  }
  return rows;
}

/** The cells of one markdown table line `|a|b|c|`. */
function markdownCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
}

/** Markdown tables whose first column is a backquoted code (Agora Web NG): `|`CODE`|描述|处理方法|`. */
function parseMarkdownCode(text: string): VendorDocRow[] {
  const rows: VendorDocRow[] = [];
  let offset = 0;
  let inTable = false;
  for (const line of text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    if (!inTable) {
      inTable = true; // the header line
      continue;
    }
    if (/^\|\s*-+\s*\|/.test(line)) continue; // the separator line
    const [code = '', description = '', action] = markdownCells(line);
    const section = sectionAt(text, at);
    const written = cellText(code.replace(/`/g, ''));
    rows.push({
      code: written,
      name: written,
      text: cellText(description),
      ...(action !== undefined ? { action: cellText(action) } : {}),
      ...(section !== undefined ? { section } : {}),
    });
  }
  return rows;
}

/** The codes of a cell: one value, or a markdown list of values (`-   0x01030305`). */
function listValues(cell: string): string[] {
  return cell
    .split('\n')
    .map((l) => l.replace(/^\s*-\s+/, '').trim())
    .filter((l) => l.length > 0);
}

/**
 * Alibaba's table `|十六进制|十进制|错误描述|描述|建议您|`, where one row may list several codes,
 * each cell a markdown list spanning lines. One output row per code, hex and decimal paired by
 * position. A row whose two lists differ in length is an error (the document would be ambiguous).
 */
function parseMarkdownHexDecimal(text: string): VendorDocRow[] {
  const header = /^\|十六进制\|十进制\|[^\n]*\n\|[-|\s]+\|\n/m.exec(text);
  if (!header) throw new Error('table header |十六进制|十进制|... not found');
  const section = sectionAt(text, header.index);
  const body = text.slice(header.index + header[0].length);
  const tokens = body.split('|');
  tokens.shift(); // before the first `|`
  const rows: VendorDocRow[] = [];
  let i = 0;
  while (i + 5 <= tokens.length) {
    const [hexCell, decCell, summaryCell, descCell, actionCell] = tokens.slice(i, i + 5) as [
      string,
      string,
      string,
      string,
      string,
    ];
    i += 6; // five cells and the line break between this row's closing `|` and the next row's opening one
    const hexes = listValues(hexCell);
    const decimals = listValues(decCell);
    if (hexes.length === 0) break;
    if (hexes.length !== decimals.length) {
      throw new Error(`row "${cellText(summaryCell)}": ${hexes.length} hex values but ${decimals.length} decimal`);
    }
    const summary = cellText(summaryCell);
    const identifier = /^[A-Z][A-Z0-9_]+$/.test(summary);
    hexes.forEach((hex, n) => {
      rows.push({
        code: hex,
        hex,
        decimal: Number(decimals[n]),
        ...(identifier ? { name: summary } : { summary }),
        text: cellText(descCell),
        action: cellText(actionCell),
        ...(section !== undefined ? { section } : {}),
      });
    });
    const rest = tokens[i - 1];
    if (rest !== undefined && rest.trim() !== '') break; // text after the table
  }
  return rows;
}

/** The fixture file of a known document, from its text. */
export function importDocument(doc: KnownDocument, text: string): VendorDocFile {
  const { file: _file, format, ...document } = doc;
  return { document, rows: parseDocument(format, text) };
}
