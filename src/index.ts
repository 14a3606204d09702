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
  KnownVendorId,
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
export { defineAdapter, errorRecognition } from './adapter.js';
export type {
  Adapter,
  AdapterDefinition,
  AdapterId,
  AdapterSignal,
  Catalog,
  CatalogEntry,
  EntrySource,
  EventState,
  EventTranslator,
  Recognition,
  RecognizeContext,
} from './adapter.js';
export { createCatalog, defaultQueryKeys, reviewEntries, reviewKey } from './catalog.js';
export { ACTORS, ACTOR_RULES, DEFAULT_ACTOR, actorOf, ruleViolation } from './classification.js';
export type { Actor, ActorRule, ResolvedHint } from './classification.js';
export type { CatalogOptions, EntryReview } from './catalog.js';
export { findMediaErrorInText, isMediaErrorName, recognizeMediaError } from './media.js';
export { localize } from './locale.js';
export type { LocalePack, LocalizedError, LocalizedText } from './locale.js';
export { unifiedZh } from './locales/zh.js';
export { MASK, redact, redactValue } from './redact.js';
export type { RedactOptions } from './redact.js';
export { userMessage } from './userMessage.js';
export type { UserMessageOptions, UserMessageOverride } from './userMessage.js';
export { userMessagesEn } from './user-messages/en.js';
export { userMessagesZh } from './user-messages/zh.js';
export type { UserMessages } from './user-messages/types.js';
export { clip, describe, isErrorLike, isObjectLike, readCode, readProp, readText } from './safe.js';
export { wrapClient } from './wrap/wrapClient.js';
export type {
  Attachment,
  AttachRole,
  AttemptForms,
  InvokeOptions,
  MethodName,
  OperationArgs,
  OperationName,
  OperationResult,
  PromiseForms,
  RetryKey,
  Settled,
  WrappedClient,
  WrappedVendor,
} from './wrap/handle.js';
export type { RetrySetting, RetryTable, WrapOptions } from './wrap/options.js';
export { RTC_EVENTS } from './wrap/eventNames.js';
export type { RtcEventName, RtcEvents } from './wrap/events.js';
export type { OperationEvent } from './wrap/events.js';
export type { Health, HealthState } from './wrap/health.js';
export type { CoalesceOptions } from './wrap/coalesce.js';
export { coalesceKey, DEFAULT_MAX_WINDOWS } from './wrap/coalesce.js';
export { RTC_TIMEOUT_DEFAULTS } from './wrap/timeouts.js';
export type { TimeoutSetting } from './wrap/timeouts.js';
export type { RenewToken, RenewedToken, TokenRequest } from './wrap/instrument.js';
export { EMITTER_ONLY_SURFACE, isNegativeNumber, operations } from './wrap/surface.js';
export type {
  CallbackOperation,
  ClientSurface,
  EventSubscription,
  OperationSpec,
  PromiseOperation,
  ReturnCodeOperation,
  SuccessEvent,
  SyncOperation,
  TargetSurface,
  TokenRenewal,
} from './wrap/surface.js';
export { retry } from './retry/retry.js';
export type { AttemptContext, GiveUpEvent, RetryEvent, RetryOptions } from './retry/retry.js';
export { defaultPolicy, isRetryPolicy, noRetry, retryPolicy, RTC_RETRY_DEFAULTS } from './retry/policy.js';
export type { OperationKind, RetryPolicy, RetryPolicyOptions } from './retry/policy.js';
export { constantBackoff, decorrelatedJitter, exponentialBackoff } from './retry/backoff.js';
export type { Backoff, BackoffContext, BackoffOptions } from './retry/backoff.js';
export { retryBudget } from './retry/budget.js';
export type { RetryBudget, RetryBudgetOptions } from './retry/budget.js';
export { systemClock } from './retry/clock.js';
export type { Clock, TimerHandle } from './retry/clock.js';
export { abortedError } from './retry/errors.js';
export type { GiveUpReason } from './retry/errors.js';
export { attemptForms, fromSdkPromise, retryResult } from './result.js';
export type { RetryResultOptions } from './result.js';
export type { RetrySavedEvent } from './retry/retry.js';
