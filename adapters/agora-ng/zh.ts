/**
 * Chinese text of the agora-ng catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 * @module
 */
import type { LocalePack } from '../../src/index.js';

/** Chinese message and action of every agora-ng catalog entry. */
export const agoraNgZh: LocalePack = { locale: 'zh', vendor: 'agora-ng', entries: {} };
