/**
 * Chinese text of the aliyun catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 * @module
 */
import type { LocalePack } from '../../src/index.js';

/** Chinese message and action of every aliyun catalog entry. */
export const aliyunZh: LocalePack = { locale: 'zh', vendor: 'aliyun', entries: {} };
