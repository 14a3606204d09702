/**
 * The shape of one agora-native catalog row, the helpers rows are written with (value, names,
 * unified code, English text, then only what differs from the defaults), and the English actions
 * the rows share. Rows are data; `catalog.ts` turns them into {@link CatalogEntry} objects.
 * @module
 */
import type { Actor, ErrorKind, RetryStrategy, RtcErrorCode, Severity } from '../../src/index.js';

/**
 * Code families of the native SDK. One number can mean different things in different families
 * (`20` is `ERR_ABORTED` and `WARN_PENDING`), so every entry names its family.
 */
export type NativeFamily =
  'ERR' | 'WARN' | 'CONNECTION_CHANGED_REASON' | 'LOCAL_AUDIO_STREAM_REASON' | 'LOCAL_VIDEO_STREAM_REASON';

/** What a state-change reason means when a callback reports it. */
export type ReasonSignal = 'error' | 'recovered' | 'none';

/** One row of the catalog, before it becomes a {@link CatalogEntry}. */
export interface NativeRow {
  /** The value the SDK reports. */
  readonly n: number;
  /** The member name in react-native-agora 4.6.x (`ErrInvalidAppId`); absent for docs-only codes. */
  readonly sdk?: string;
  /** The name seed 002 (the native docs) gives the code, when the docs list it; a docs-only code's vendor name. */
  readonly doc?: string;
  readonly code: RtcErrorCode;
  readonly kind?: ErrorKind;
  readonly severity?: Severity;
  readonly strategy?: RetryStrategy;
  /** Who must act, when it is not the unified code's (see `CatalogEntry.actor`). */
  readonly actor?: Actor;
  /** English message (from the SDK's TSDoc where it has one). */
  readonly msg: string;
  /** English action. */
  readonly act: string;
  /** For state-change reasons: `recovered` (clears earlier conditions) or `none` (nothing wrong). */
  readonly signal?: ReasonSignal;
  /** For `recovered` reasons: the unified codes whose conditions are over. */
  readonly clears?: readonly RtcErrorCode[];
}

/** What a row may set besides its value, names, unified code and English text. */
export type RowExtra = Omit<NativeRow, 'n' | 'sdk' | 'doc' | 'code' | 'msg' | 'act'>;

/** A row of a member the SDK defines and the docs list under `doc`, another name: source `sdk+docs`. */
export function both(
  n: number,
  sdk: string,
  doc: string,
  code: RtcErrorCode,
  msg: string,
  act: string,
  extra?: RowExtra,
): NativeRow {
  return { n, sdk, doc, code, msg, act, ...extra };
}

/** `ErrInvalidAppId` → `ERR_INVALID_APP_ID`: the name the headers and the docs use for an SDK member. */
export function snakeName(member: string): string {
  return member.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** A row of a member the SDK defines and the docs list under its {@link snakeName}: source `sdk+docs`. */
export function listed(
  n: number,
  sdk: string,
  code: RtcErrorCode,
  msg: string,
  act: string,
  extra?: RowExtra,
): NativeRow {
  return both(n, sdk, snakeName(sdk), code, msg, act, extra);
}

/** A row of a member the SDK defines and the docs do not list: source `sdk`. */
export function sdk(
  n: number,
  member: string,
  code: RtcErrorCode,
  msg: string,
  act: string,
  extra?: RowExtra,
): NativeRow {
  return { n, sdk: member, code, msg, act, ...extra };
}

/** A row of a code only the docs list, under `doc`, which is also its vendor name: source `docs`. */
export function docs(
  n: number,
  doc: string,
  code: RtcErrorCode,
  msg: string,
  act: string,
  extra?: RowExtra,
): NativeRow {
  return { n, doc, code, msg, act, ...extra };
}

/** English actions shared by several rows. */
export const ACT = {
  none: 'No action needed.',
  order: 'Check the order of calls: create and initialize the engine, join, then call this method.',
  internal: 'Internal to the SDK; report it with the SDK log if the app ever sees it.',
  network: 'Check the network; the SDK reconnects by itself.',
  rejoin: 'Leave the channel and join it again.',
  license: 'Check the license (certificate) configured for the SDK, or contact Agora support.',
  playout: 'Check that the playback device works and is not used exclusively by another app, or rejoin the channel.',
  recording: 'Check that the microphone works and is not used exclusively by another app, or rejoin the channel.',
  adm: 'Check the audio devices and their settings; the SDK keeps trying.',
  micPermission: 'Ask the user to allow microphone access in the system settings, then start capture again.',
  camPermission: 'Ask the user to allow camera access in the system settings, then start capture again.',
  camera: 'Check that the camera works and is not used by another app, or rejoin the channel.',
  screen: 'Ask the user to choose what to share again; check the window or display still exists.',
  waitScreen: 'Wait for the shared window to be visible again; the SDK resumes by itself.',
  dataStream: 'Send less data, less often, over the data stream.',
  encryption: 'Check the encryption key and mode used to join; all users of the channel must use the same.',
} as const;
