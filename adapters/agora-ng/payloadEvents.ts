/**
 * The translators of the events whose payload says what it is by itself (`exception`), apart from
 * the event table: `payloads.ts` recognizes such a payload by its shape for the lean
 * `agoraNgErrors`, which must not bring the whole table along.
 * @module
 */
import { readProp, readText, type EventTranslator } from '../../src/index.js';
import { entryIn } from './catalog.js';
import { EXCEPTION_FAMILY, RECOVER_OFFSET } from './exceptions.js';
import { errorSignal, putFlat } from '../../src/translator.js';

/** `exception` `{ code, msg, uid }`: 1xxx/2xxx report a problem, 3xxx/4xxx its recovery. */
export const exception: EventTranslator = (args) => {
  const payload = args[0];
  const rawCode = readProp(payload, 'code');
  const num = typeof rawCode === 'number' ? rawCode : typeof rawCode === 'string' ? Number(rawCode) : NaN;
  if (!Number.isInteger(num)) return undefined;
  const msg = readText(payload, 'msg', 128);
  const context = putFlat(putFlat({}, 'uid', readProp(payload, 'uid')), 'msg', msg);
  const entry = entryIn(EXCEPTION_FAMILY, num);
  if (entry) return errorSignal(payload, { entry, vendorCode: num, context });
  const cleared = entryIn(EXCEPTION_FAMILY, num - RECOVER_OFFSET);
  if (cleared) {
    return {
      type: 'recovered',
      clears: cleared.code,
      raw: payload,
      recognition: {
        vendorCode: num,
        vendorName: `${EXCEPTION_FAMILY}.${msg ?? `${cleared.vendorName.slice(EXCEPTION_FAMILY.length + 1)}_RECOVER`}`,
        context,
      },
    };
  }
  if (num >= 1000 && num < 3000) {
    return errorSignal(payload, {
      code: 'unknown',
      kind: 'warning',
      severity: 'recoverable',
      vendorCode: num,
      ...(msg ? { detail: msg } : {}),
      context,
    });
  }
  return undefined;
};
