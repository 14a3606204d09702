/**
 * rtc-errors: one error model for real-time audio/video SDKs.
 * @packageDocumentation
 */
export { RtcError, isRtcError } from './RtcError.js';
export type { RtcErrorInit, RtcErrorJSON } from './RtcError.js';
export { CODES, RTC_ERROR_CODES, codeInfo, isRtcErrorCode } from './codes.js';
export type { CodeInfo, RtcErrorCode } from './codes.js';
export type {
  ErrorKind,
  Locale,
  RetryHint,
  RetryStrategy,
  RtcErrorCategory,
  RtcErrorContext,
  Severity,
  VendorId,
} from './types.js';
export { normalize, fromRecognition } from './normalize.js';
export type { NormalizeContext } from './normalize.js';
export { translateEvent } from './signals.js';
export type { RecoveredEvent, RtcSignal } from './signals.js';
export { defineAdapter } from './adapter.js';
export type {
  Adapter,
  AdapterDefinition,
  AdapterSignal,
  Catalog,
  CatalogEntry,
  EntrySource,
  EventTranslator,
  Recognition,
  RecognizeContext,
} from './adapter.js';
export { createCatalog, defaultQueryKeys } from './catalog.js';
export type { CatalogOptions } from './catalog.js';
export { findMediaErrorInText, isMediaErrorName, recognizeMediaError } from './media.js';
export { localize } from './locale.js';
export type { LocalePack, LocalizedError, LocalizedText } from './locale.js';
export { unifiedZh } from './locales/zh.js';
export { clip, describe, isErrorLike, isObjectLike, readCode, readProp, readText } from './safe.js';
