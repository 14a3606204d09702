/**
 * The vendors the `rtc-errors` executable answers from: the four adapters with their log formats,
 * and the Chinese text of their catalogs and of the unified codes.
 *
 * This is the only file under `src/` that imports `adapters/`: it is the composition root of the
 * command line, bundled into `dist/cli.js` only, never into the library's core chunk.
 * @module
 */
/* eslint-disable no-restricted-imports -- the bin is the composition root that picks the adapters */
import { agoraNativeAdapter, agoraNativeZh } from '../../adapters/agora-native/index.js';
import { AGORA_NATIVE_LOG_PATTERNS } from '../../adapters/agora-native/log.js';
import { agoraNgAdapter, agoraNgZh } from '../../adapters/agora-ng/index.js';
import { AGORA_NG_LOG_PATTERNS } from '../../adapters/agora-ng/log.js';
import { agoraWebAdapter, agoraWebZh } from '../../adapters/agora-web/index.js';
import { AGORA_WEB_LOG_PATTERNS } from '../../adapters/agora-web/log.js';
import { aliyunAdapter, aliyunZh } from '../../adapters/aliyun/index.js';
import { ALIYUN_LOG_PATTERNS } from '../../adapters/aliyun/log.js';
/* eslint-enable no-restricted-imports */
import { unifiedZh } from '../locales/zh.js';
import type { CliAdapter } from './types.js';

/** Every vendor adapter with its log formats, in the order they answer. */
export const CLI_ADAPTERS: readonly CliAdapter[] = [
  { ...agoraWebAdapter, logPatterns: AGORA_WEB_LOG_PATTERNS },
  { ...agoraNgAdapter, logPatterns: AGORA_NG_LOG_PATTERNS },
  { ...agoraNativeAdapter, logPatterns: AGORA_NATIVE_LOG_PATTERNS },
  { ...aliyunAdapter, logPatterns: ALIYUN_LOG_PATTERNS },
];

/** Chinese text of every vendor catalog and of the unified codes. */
export const CLI_LOCALES = [agoraWebZh, agoraNgZh, agoraNativeZh, aliyunZh, unifiedZh] as const;
