/**
 * `npm run demo` (placeholder until the scripted session lands): normalizes raw values the way
 * SDKs produce them and prints what an app gets.
 */
import { localize, normalize, unifiedZh } from '../src/index.js';
import { agoraNgAdapter, agoraNgZh } from '../adapters/agora-ng/index.js';

const samples: [string, unknown][] = [
  ['browser: camera permission denied', new DOMException('Permission denied', 'NotAllowedError')],
  ['browser: camera busy', new DOMException('Could not start video source', 'NotReadableError')],
  ['app error of unknown origin', new RangeError('index out of range')],
];

for (const [label, raw] of samples) {
  const err = normalize(raw, agoraNgAdapter);
  const zh = localize(err, [agoraNgZh, unifiedZh]);
  console.log(`${label}\n  ${err.severity.toUpperCase()} ${err.code} (${err.vendor} ${String(err.vendorCode ?? '-')})`);
  console.log(`  ${err.message} → ${err.action}\n  ${zh.message} → ${zh.action}\n`);
}
