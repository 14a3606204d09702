/**
 * Localized text. English lives in the catalogs; every other language is a separate
 * {@link LocalePack} that an app imports only if it wants it, so English-only bundles carry no
 * other language.
 * @module
 */
import { CODES, type RtcErrorCode } from './codes.js';
import type { RtcError } from './RtcError.js';
import type { Locale, VendorId } from './types.js';

/** `[message, action]` in one language. */
export type LocalizedText = readonly [message: string, action: string];

/**
 * Text in one language for one vendor's catalog (keyed by `vendorName`), or for the unified codes
 * (`vendor: 'unified'`, keyed by code).
 */
export interface LocalePack {
  readonly locale: Exclude<Locale, 'en'>;
  readonly vendor: VendorId | 'unified';
  readonly entries: Readonly<Record<string, LocalizedText>>;
  /**
   * The action of an error a retry policy gave up with (`context.giveUpReason` set): what to do now
   * that the library has stopped retrying, in this pack's language. The unified packs carry it.
   */
  readonly giveUpAction?: (error: RtcError) => string;
}

/** Message and action of an error in the language of the packs given, English where none has it. */
export interface LocalizedError {
  readonly message: string;
  readonly action: string;
  /** The language the text is in (`en` when no pack had it). */
  readonly locale: Locale;
}

function find(packs: readonly LocalePack[], vendor: string, key: string): [LocalizedText, Locale] | undefined {
  for (const pack of packs) {
    if (pack.vendor !== vendor) continue;
    if (Object.prototype.hasOwnProperty.call(pack.entries, key)) {
      const text = pack.entries[key];
      if (text) return [text, pack.locale];
    }
  }
  return undefined;
}

/**
 * The message and action of `error` in another language.
 *
 * The vendor's own entry is used when the error's text came from it; otherwise (an overloaded
 * vendor code split by its detail, a browser error) the unified code's text. The action of an
 * error a retry policy gave up with comes from the pack's `giveUpAction` (pass the unified pack,
 * `unifiedZh`, for it); without one, that error's text stays English.
 *
 * @example
 * ```ts
 * import { localize, unifiedZh } from 'rtc-errors';
 * import { agoraNgZh } from 'rtc-errors/agora-ng';
 * const { message, action } = localize(err, [agoraNgZh, unifiedZh]);
 * ```
 */
export function localize(error: RtcError, packs: readonly LocalePack[]): LocalizedError {
  const unified = CODES[error.code as RtcErrorCode];
  const fromUnified = unified !== undefined && error.message === unified.message;
  const found =
    (!fromUnified && error.vendorName !== undefined ? find(packs, error.vendor, error.vendorName) : undefined) ??
    find(packs, 'unified', error.code);
  if (!found) return { message: error.message, action: error.action, locale: 'en' };
  const [[message, action], locale] = found;
  if (error.context.giveUpReason === undefined) return { message, action, locale };
  // A given-up error's action is no longer the catalog's (which may say "retry"), but what to do
  // now: in the pack's language if a pack says it, else the whole text stays English.
  const giveUp = packs.find((pack) => pack.locale === locale && pack.giveUpAction !== undefined)?.giveUpAction;
  if (giveUp === undefined) return { message: error.message, action: error.action, locale: 'en' };
  return { message, action: giveUp(error), locale };
}
