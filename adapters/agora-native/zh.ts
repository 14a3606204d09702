/**
 * Chinese text of the agora-native catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 * @module
 */
import type { LocalePack } from '../../src/index.js';

/** Chinese message and action of every agora-native catalog entry. */
export const agoraNativeZh: LocalePack = { locale: 'zh', vendor: 'agora-native', entries: {} };
