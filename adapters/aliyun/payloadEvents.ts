/**
 * The translators of the events whose payload says what it is by its shape (`sdkAdvisory`,
 * `networkQuality`), apart from the event table: `payloads.ts` recognizes such a payload for the
 * lean `aliyunErrors`, which must not bring the whole table along.
 * @module
 */
import { isObjectLike, readProp, readText, type EventTranslator, type RtcErrorContext } from '../../src/index.js';
import { errorSignal, recoveredSignal } from '../../src/translator.js';
import { fromEvent } from './fromEvent.js';

/** `AliRtcNetworkQuality` values. */
const QUALITY = ['Excellent', 'Good', 'Poor', 'Bad', 'VeryBad', 'Disconnected', 'Unknown'] as const;

/** `sdkAdvisory({type: 'lowPerformanceDevice', deviceModel})`. */
export const sdkAdvisory: EventTranslator = (args) => {
  const [event] = args;
  const type = readText(event, 'type', 64);
  if (type !== 'lowPerformanceDevice') return undefined;
  const model = readText(event, 'deviceModel', 128);
  return errorSignal(event, fromEvent('sdkAdvisory.lowPerformanceDevice', model ? { deviceModel: model } : {}));
};

/** `networkQuality({subscribe: {rtt, loss, quality}})`: bad → degraded, good again → recovered. */
export const networkQuality: EventTranslator = (args) => {
  const [event] = args;
  const sub = readProp(event, 'subscribe');
  if (!isObjectLike(sub)) return undefined;
  const quality = readProp(sub, 'quality');
  if (typeof quality !== 'number') return undefined;
  const context: RtcErrorContext = { quality: QUALITY[quality] ?? quality };
  for (const key of ['rtt', 'loss'] as const) {
    const v = readProp(sub, key);
    if (typeof v === 'number' && Number.isFinite(v)) context[key] = v;
  }
  if (quality === 0 || quality === 1) return recoveredSignal(event, 'network_degraded', { context });
  if (quality === 3 || quality === 4) return errorSignal(event, fromEvent('networkQuality', context));
  if (quality === 5)
    return errorSignal(event, fromEvent('networkQuality', context, { code: 'network_unavailable', kind: 'warning' }));
  return undefined;
};
