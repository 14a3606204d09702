/**
 * `userMessage`: the sentence an app shows the person in the call. `RtcError.action` is written for
 * developers; this is the end user's text, per unified code, in English or Chinese, or in a
 * language the app brings as data. The texts live in `user-messages/`, reached only from here, so
 * an app that never calls `userMessage` does not ship them.
 * @module
 */
import type { Adapter } from './adapter.js';
import { CODES, type RtcErrorCode } from './codes.js';
import { normalize } from './normalize.js';
import { reportOutOfBand } from './retry/report.js';
import { isRtcError, type RtcError } from './RtcError.js';
import { readProp } from './safe.js';
import { userMessagesEn } from './user-messages/en.js';
import type { UserMessages } from './user-messages/types.js';
import { userMessagesZh } from './user-messages/zh.js';

/** An app's own text for one unified code: a sentence, or a function of the error that returns one. */
export type UserMessageOverride = string | ((error: RtcError) => string);

/** Options of {@link userMessage}. */
export interface UserMessageOptions {
  /** Built-in language. Default: `'en'`. */
  readonly lang?: 'en' | 'zh';
  /**
   * A table of another language, brought by the app as data (see `docs/user-messages.md`). Codes it
   * leaves out fall back to `lang`'s text. Default: none.
   */
  readonly texts?: Partial<UserMessages>;
  /**
   * The app's own text per unified code, before `texts` and the built-in text. A function that
   * throws or returns something other than a non-empty string falls back to the built-in text, and
   * its exception is reported once (through `onOverrideError`). Default: none.
   */
  readonly overrides?: Partial<Readonly<Record<RtcErrorCode, UserMessageOverride>>>;
  /**
   * Adapters to normalize a value that is not an `RtcError` with (a raw SDK error). Default: none
   * (core recognition only: browser media errors, anything else is `unknown`).
   */
  readonly adapter?: Adapter | readonly Adapter[];
  /**
   * Where an override's exception goes. Default: reported out of band (`reportError`, or an
   * uncaught exception from a microtask), once per override function.
   */
  readonly onOverrideError?: (error: unknown, code: RtcErrorCode) => void;
}

const BUILT_IN: Readonly<Record<'en' | 'zh', UserMessages>> = { en: userMessagesEn, zh: userMessagesZh };
const NO_ADAPTERS: readonly Adapter[] = [];

/** Override functions whose exception was already reported (reported once, not per call). */
const reported = new WeakSet<object>();

function own<T>(table: Partial<Readonly<Record<string, T>>> | undefined, key: string): T | undefined {
  if (typeof table !== 'object' || table === null) return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  } catch {
    return undefined;
  }
}

const usable = (text: unknown): text is string => typeof text === 'string' && text.trim().length > 0;

function fromOverride(
  override: UserMessageOverride | undefined,
  error: RtcError,
  code: RtcErrorCode,
  onError: (error: unknown, code: RtcErrorCode) => void,
): string | undefined {
  if (typeof override === 'string') return usable(override) ? override : undefined;
  if (typeof override !== 'function') return undefined;
  let text: unknown;
  try {
    text = override(error);
  } catch (failure) {
    if (!reported.has(override)) {
      reported.add(override);
      try {
        onError(failure, code);
      } catch (again) {
        reportOutOfBand(again);
      }
    }
    return undefined;
  }
  return usable(text) ? text : undefined;
}

/**
 * A short, non-technical sentence for the end user about `error`: what happened and what they can
 * do, if anything (allow the camera, check the network, wait). No vendor names, no codes.
 *
 * A value that is not an `RtcError` is normalized first (with `options.adapter` when given); this
 * function never throws.
 *
 * @example
 * ```ts
 * import { userMessage } from 'rtc-errors';
 * rtc.on('fatal', (e) => showBanner(userMessage(e, { lang: 'zh' })));
 * userMessage(err, { overrides: { banned: 'The host removed you from this meeting.' } });
 * ```
 */
export function userMessage(error: unknown, options: UserMessageOptions = {}): string {
  // options are read defensively: whatever the app passes, the answer is a sentence
  const adapter = readProp(options, 'adapter') as UserMessageOptions['adapter'];
  let value: RtcError;
  try {
    value = isRtcError(error) ? error : normalize(error, adapter ?? NO_ADAPTERS);
  } catch {
    // normalize is total; an adapter list that is not one falls back to core recognition
    value = normalize(error, NO_ADAPTERS);
  }
  const raw = readProp(value, 'code');
  const code = (
    typeof raw === 'string' && Object.prototype.hasOwnProperty.call(CODES, raw) ? raw : 'unknown'
  ) as RtcErrorCode;
  const lang = readProp(options, 'lang') === 'zh' ? 'zh' : 'en';
  const onOverrideError = readProp(options, 'onOverrideError');
  const onError = typeof onOverrideError === 'function' ? (onOverrideError as typeof reportOutOfBand) : reportOutOfBand;
  const overrides = readProp(options, 'overrides') as UserMessageOptions['overrides'];
  const overridden = fromOverride(own(overrides, code), value, code, onError);
  if (overridden !== undefined) return overridden;
  const brought = own(readProp(options, 'texts') as UserMessageOptions['texts'], code);
  if (usable(brought)) return brought;
  return BUILT_IN[lang][code];
}
