/**
 * The vendor-docs importer (scripts/vendor-docs/parse.ts) on small excerpts of the real documents,
 * committed under fixtures/vendor-docs/samples/, and the shape of the committed fixtures it wrote.
 * Expected rows are read off the excerpts by hand, not copied from the importer's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument, KNOWN_DOCUMENTS, type VendorDocFile } from '../../scripts/vendor-docs/parse.js';
import { VENDOR_DOCS_DIR } from '../support/vendor-docs.js';

const SAMPLES = join(VENDOR_DOCS_DIR, 'samples');

function importSample(file: string): VendorDocFile {
  const doc = KNOWN_DOCUMENTS.find((d) => file.startsWith(`${d.file}_`));
  if (!doc) throw new Error(`no known document for ${file}`);
  return importDocument(doc, readFileSync(join(SAMPLES, file), 'utf8'));
}

describe('importer on the committed excerpts', () => {
  it('reads Agora Web (en) HTML tables: names, "/" values as the name, numbers, sections, no header rows', () => {
    const { document, rows } = importSample('001_agora-web-en.excerpt.txt');
    expect(document).toEqual({
      id: 'agora-web-en',
      vendor: 'agora-web',
      title: 'Agora Web SDK Error Codes and Warning Codes',
      lang: 'en',
      source: 'seed 001',
    });
    expect(rows.map((r) => [r.code, r.decimal, r.name, r.section])).toEqual([
      ['STREAM_ALREADY_PUBLISHED', undefined, 'STREAM_ALREADY_PUBLISHED', 'Error Codes'],
      ['INVALID_LOCAL_STREAM', undefined, 'INVALID_LOCAL_STREAM', 'Error Codes'],
      ['103', 103, 'WARN_NO_AVAILABLE_CHANNEL', 'Warning Codes'],
      ['104', 104, 'WARN_LOOKUP_CHANNEL_TIMEOUT', 'Warning Codes'],
    ]);
    expect(rows[1]?.text).toBe('The stream is illegal.');
    expect(rows[3]?.text).toMatch(/^A timeout when looking up the channel\. .* too poor to connect to the server\.$/);
  });

  it('reads Agora NG markdown tables: backquoted codes, description and action, the nearest heading', () => {
    const { rows } = importSample('003_agora-ng-zh.excerpt.txt');
    expect(rows.map((r) => `${r.section}: ${r.code}`)).toEqual([
      '通用错误码: UNEXPECTED_ERROR',
      '通用错误码: UNEXPECTED_RESPONSE',
      '通用错误码: INVALID_PARAMS',
      '网络连接: NETWORK_TIMEOUT',
      '网络连接: NETWORK_RESPONSE_ERROR',
      '网络连接: NETWORK_ERROR',
    ]);
    expect(rows[2]).toMatchObject({ name: 'INVALID_PARAMS', text: '非法参数。' });
    expect(rows[2]?.action).toBe('根据具体提示确认操作，并根据文档传入正确的参数。');
    expect(rows[5]).toMatchObject({ text: '无法定位的网络错误。', action: '无' });
  });

  it('reads Alibaba hex/decimal rows, one row per code of a multi-code cell, keeping the doc as written', () => {
    const { rows } = importSample('004_aliyun-zh.excerpt.txt');
    expect(rows.map((r) => [r.hex, r.decimal])).toEqual([
      ['0x01030101', 16974081],
      ['0x01030204', 16974340],
      ['0x01030304', 16974596],
      ['0x01030305', 16974597],
      ['0x01030308', 16974600],
      ['0x0104020', 1064992], // the document's hex lacks a digit; kept as written
      ['0xFFFFFFFF', -1],
      ['0x00002905', 10501],
    ]);
    expect(rows[3]).toMatchObject({
      summary: 'publish stream has error',
      text: '本地流（视频流、屏幕流、音频流）错误。',
    });
    expect(rows[4]?.text).toBe(rows[3]?.text);
    expect(rows[6]).toMatchObject({ name: 'WARN_DEFAULT', text: '默认告警信息', action: '-' });
    expect(rows[7]?.name).toBe('ERROR_H5_COMPATIBLE_MODE'); // markdown `\_` unescaped
    expect(rows.every((r) => r.section === '客户端错误码表')).toBe(true);
  });

  it('rejects an Alibaba row whose hex and decimal lists differ in length', () => {
    const doc = KNOWN_DOCUMENTS.find((d) => d.id === 'aliyun-zh')!;
    const text = '|十六进制|十进制|错误描述|描述|建议您|\n|----|---|----|--|---|\n|-   0x1\n-   0x2\n\n|1|x|y|z|\n';
    expect(() => importDocument(doc, text)).toThrow(/2 hex values but 1 decimal/);
  });
});

describe('committed fixtures/vendor-docs', () => {
  const files = readdirSync(VENDOR_DOCS_DIR).filter((n) => n.endsWith('.json'));

  // Tencent's pages have no seed: their tables were imported by hand (issue 19), in the same format
  const imported = files.filter((n) => !/^(trtc|tencent)-/.test(n));
  const byHand = files.filter((n) => /^(trtc|tencent)-/.test(n));

  it('holds one file per known document, besides the Tencent pages imported by hand', () => {
    expect(imported.sort()).toEqual(KNOWN_DOCUMENTS.map((d) => `${d.id}.json`).sort());
    expect(byHand.length).toBeGreaterThanOrEqual(6);
  });

  it.each(byHand)('%s (by hand): the document header names its page and its rows are well-formed', (name) => {
    const file = JSON.parse(readFileSync(join(VENDOR_DOCS_DIR, name), 'utf8')) as VendorDocFile;
    expect(file.document.id).toBe(name.replace(/\.json$/, ''));
    expect(file.document.vendor).toBe('trtc');
    expect(['en', 'zh']).toContain(file.document.lang);
    expect(file.document.source.trim()).not.toBe('');
    expect(file.rows.length).toBeGreaterThan(0);
    for (const row of file.rows) {
      expect(row.code.trim(), JSON.stringify(row)).not.toBe('');
      expect(row.text.trim(), row.code).not.toBe('');
    }
  });

  it.each(KNOWN_DOCUMENTS.map((d) => [d.id, d] as const))('%s: the document header and well-formed rows', (id, doc) => {
    const file = JSON.parse(readFileSync(join(VENDOR_DOCS_DIR, `${id}.json`), 'utf8')) as VendorDocFile;
    const { file: _f, format: _fmt, ...header } = doc;
    expect(file.document).toEqual(header);
    expect(file.rows.length).toBeGreaterThan(40);
    for (const row of file.rows) {
      expect(row.code.trim(), JSON.stringify(row)).not.toBe('');
      expect(row.text.trim(), row.code).not.toBe('');
      if (doc.lang === 'zh' && row.decimal === undefined) expect(row.text, row.code).toMatch(/[\u4e00-\u9fff]/);
      if (row.decimal !== undefined) expect(Number.isInteger(row.decimal), row.code).toBe(true);
      if (row.hex !== undefined) expect(row.hex, row.code).toMatch(/^0[xX][0-9a-fA-F]+$/);
    }
  });
});
