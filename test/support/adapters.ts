import { agoraNativeAdapter, agoraNativeZh } from '../../adapters/agora-native/index.js';
import { agoraNgAdapter, agoraNgZh } from '../../adapters/agora-ng/index.js';
import { agoraWebAdapter, agoraWebZh } from '../../adapters/agora-web/index.js';
import { aliyunAdapter, aliyunZh } from '../../adapters/aliyun/index.js';
import type { Adapter, LocalePack } from '../../src/index.js';

/** Every vendor adapter with its Chinese pack, by id. */
export const ADAPTERS: Record<
  'agora-web' | 'agora-ng' | 'agora-native' | 'aliyun',
  { adapter: Adapter; zh: LocalePack }
> = {
  'agora-web': { adapter: agoraWebAdapter, zh: agoraWebZh },
  'agora-ng': { adapter: agoraNgAdapter, zh: agoraNgZh },
  'agora-native': { adapter: agoraNativeAdapter, zh: agoraNativeZh },
  aliyun: { adapter: aliyunAdapter, zh: aliyunZh },
};
