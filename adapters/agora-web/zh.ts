/**
 * Chinese text of the agora-web catalog, keyed by `vendorName`. Import it only where Chinese is wanted.
 * @module
 */
import type { LocalePack } from '../../src/index.js';

/** Chinese message and action of every agora-web catalog entry. */
export const agoraWebZh: LocalePack = { locale: 'zh', vendor: 'agora-web', entries: {} };
