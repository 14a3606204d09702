/**
 * The vendors the `rtc-errors` executable answers from: the four adapters with their log formats,
 * and the Chinese text of their catalogs and of the unified codes.
 *
 * It lives in `adapters/` because `src/` never imports an adapter: this is the composition root of
 * the command line and the docs generator, bundled into `dist/cli.js` only, never into the library.
 * @module
 */
import { agoraNativeAdapter, agoraNativeZh } from './agora-native/index.js';
import { AGORA_NATIVE_LOG_PATTERNS } from './agora-native/log.js';
import { agoraNgAdapter, agoraNgZh } from './agora-ng/index.js';
import { AGORA_NG_LOG_PATTERNS } from './agora-ng/log.js';
import { agoraWebAdapter, agoraWebZh } from './agora-web/index.js';
import { AGORA_WEB_LOG_PATTERNS } from './agora-web/log.js';
import { aliyunAdapter, aliyunZh } from './aliyun/index.js';
import { ALIYUN_LOG_PATTERNS } from './aliyun/log.js';
import { trtcAdapter, trtcZh } from './trtc/index.js';
import { TRTC_LOG_PATTERNS } from './trtc/log.js';
import { NOTES as AGORA_NATIVE_NOTES } from './agora-native/notes.js';
import { NOTES as AGORA_NG_NOTES } from './agora-ng/notes.js';
import { NOTES as AGORA_WEB_NOTES } from './agora-web/notes.js';
import { NOTES as ALIYUN_NOTES } from './aliyun/notes.js';
import { withNotes, type CatalogNotes } from './notes.js';
import { NOTES as TRTC_NOTES } from './trtc/notes.js';
import { unifiedZh } from '../src/locales/zh.js';
import type { CliAdapter } from '../src/cli/types.js';
import type { Adapter, LocalePack } from '../src/index.js';

/**
 * The vendors, by adapter id: adapter, Chinese pack of its catalog, log formats, and the maintainer
 * notes of its catalog (not runtime data: see `notes.ts`).
 */
export const VENDORS = {
  'agora-web': {
    adapter: agoraWebAdapter,
    zh: agoraWebZh,
    logPatterns: AGORA_WEB_LOG_PATTERNS,
    notes: AGORA_WEB_NOTES,
  },
  'agora-ng': { adapter: agoraNgAdapter, zh: agoraNgZh, logPatterns: AGORA_NG_LOG_PATTERNS, notes: AGORA_NG_NOTES },
  'agora-native': {
    adapter: agoraNativeAdapter,
    zh: agoraNativeZh,
    logPatterns: AGORA_NATIVE_LOG_PATTERNS,
    notes: AGORA_NATIVE_NOTES,
  },
  aliyun: { adapter: aliyunAdapter, zh: aliyunZh, logPatterns: ALIYUN_LOG_PATTERNS, notes: ALIYUN_NOTES },
  trtc: { adapter: trtcAdapter, zh: trtcZh, logPatterns: TRTC_LOG_PATTERNS, notes: TRTC_NOTES },
} as const satisfies Record<
  string,
  { adapter: Adapter; zh: LocalePack; logPatterns: CliAdapter['logPatterns']; notes: CatalogNotes }
>;

/**
 * Every vendor adapter with its log formats, in the order they answer; its entries carry their
 * notes, which `explain`, `list` and the generated docs show.
 */
export const CLI_ADAPTERS: readonly CliAdapter[] = Object.values(VENDORS).map((v) => ({
  ...withNotes(v.adapter, v.notes),
  logPatterns: v.logPatterns,
}));

/** Chinese text of every vendor catalog and of the unified codes. */
export const CLI_LOCALES: readonly LocalePack[] = [...Object.values(VENDORS).map((v) => v.zh), unifiedZh];
