/**
 * Event payloads that say what they are by themselves, read by their event's translator: an
 * `exception` payload `{code, msg, uid}` whose `msg` names its code (`{code: 2001, msg:
 * 'AUDIO_INPUT_LEVEL_TOO_LOW'}`), so that `normalize(payload, agoraNgAdapter)` gives what the
 * wrapped client's `exception` event gives.
 * @module
 */
import { errorRecognition, readProp, type Recognition } from '../../src/index.js';
import { entryIn } from './catalog.js';
import { exception } from './payloadEvents.js';
import { EXCEPTION_FAMILY, RECOVER_OFFSET } from './exceptions.js';

/** `true` when `msg` is the name of exception code `code` (or of the problem it recovers from). */
function namesException(code: number, msg: unknown): boolean {
  if (typeof msg !== 'string') return false;
  const entry = entryIn(EXCEPTION_FAMILY, code) ?? entryIn(EXCEPTION_FAMILY, code - RECOVER_OFFSET);
  if (!entry) return false;
  const name = entry.vendorName.slice(EXCEPTION_FAMILY.length + 1);
  return msg === name || msg === `${name}_RECOVER`;
}

/** An event payload recognized by its own shape, or `undefined`. */
export function recognizePayload(raw: unknown): Recognition | undefined {
  const code = readProp(raw, 'code');
  if (typeof code !== 'number') return undefined;
  const msg = readProp(raw, 'msg');
  if (namesException(code, msg)) return errorRecognition(exception([raw]));
  // `{code: 2001}` with nothing naming it: an exception code only as a bare number
  if (msg === undefined && entryIn(EXCEPTION_FAMILY, code)) {
    const rec = errorRecognition(exception([raw]));
    return rec ? { ...rec, evidence: 'bare-number' } : undefined;
  }
  return undefined;
}
