/**
 * Event payloads that say what they are by their shape, read by their event's translator, so that
 * `normalize(payload, aliyunAdapter)` gives what the wrapped client's event gives:
 * `sdkAdvisory` `{type: 'lowPerformanceDevice', deviceModel}` and `networkQuality`
 * `{subscribe: {rtt, loss, quality}}`.
 * @module
 */
import { errorRecognition, isObjectLike, readProp, type Recognition } from '../../src/index.js';
import { networkQuality, sdkAdvisory } from './payloadEvents.js';

/** An event payload recognized by its own shape, or `undefined`. */
export function recognizePayload(raw: unknown): Recognition | undefined {
  if (!isObjectLike(raw)) return undefined;
  if (readProp(raw, 'type') === 'lowPerformanceDevice') return errorRecognition(sdkAdvisory([raw]));
  const sub = readProp(raw, 'subscribe');
  if (isObjectLike(sub) && typeof readProp(sub, 'quality') === 'number') {
    return errorRecognition(networkQuality([raw]));
  }
  return undefined;
}
