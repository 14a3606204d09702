/**
 * The vendors' error-code documents the project works from, as committed data:
 * `fixtures/vendor-docs/<id>.json`, written by `npm run docs:import -- <folder>` (see
 * scripts/docs-import.ts). Tests read these rows, never the documents themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VendorDocFile, VendorDocRow } from '../../scripts/vendor-docs/parse.js';

export type { VendorDocFile, VendorDocRow };

/** Ids of the committed documents (`fixtures/vendor-docs/<id>.json`). */
export type VendorDocId = 'agora-web-zh' | 'agora-web-en' | 'agora-native-zh' | 'agora-ng-zh' | 'aliyun-zh';

export const VENDOR_DOCS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'vendor-docs');

/** The committed fixture of document `id`. */
export function readVendorDoc(id: VendorDocId): VendorDocFile {
  return JSON.parse(readFileSync(join(VENDOR_DOCS_DIR, `${id}.json`), 'utf8')) as VendorDocFile;
}
