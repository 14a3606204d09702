/**
 * The agora-ng catalog: every code of the vendor's docs (seed 003) and of `agora-rtc-sdk-ng`
 * 4.24.x, mapped to unified codes. `AgoraRTCErrorCode` entries come first, so a value shared with a
 * secondary family (`NETWORK_ERROR`, `TOKEN_EXPIRE`, `UID_CONFLICT`) looks up the error code first.
 * @module
 */
import type { CatalogEntry } from '../../src/index.js';
import { DISCONNECT_ENTRIES, DISCONNECT_FAMILY } from './disconnectReasons.js';
import { ERROR_CODE_ENTRIES } from './errorCodes.js';
import { EVENT_ENTRIES } from './eventEntries.js';
import { EXCEPTION_ENTRIES } from './exceptions.js';
import { RELAY_ENTRIES, RELAY_ERROR_FAMILY, RELAY_EVENT_FAMILY, RELAY_STATE_FAMILY } from './relay.js';

/**
 * Every entry of the agora-ng catalog, English text. The rows carry the classification review; its
 * reasons are in `notes.ts`.
 */
export const ENTRIES: readonly CatalogEntry[] = [
  ...ERROR_CODE_ENTRIES,
  ...DISCONNECT_ENTRIES,
  ...EXCEPTION_ENTRIES,
  ...RELAY_ENTRIES,
  ...EVENT_ENTRIES,
];

/**
 * Members of the SDK's secondary enums that report normal operation, by family: they never
 * become errors, so they have no catalog entry.
 */
export const NOT_ERRORS: Readonly<Record<string, readonly string[]>> = {
  [DISCONNECT_FAMILY]: ['LEAVE'],
  [RELAY_ERROR_FAMILY]: ['RELAY_OK'],
  [RELAY_STATE_FAMILY]: ['RELAY_STATE_IDLE', 'RELAY_STATE_CONNECTING', 'RELAY_STATE_RUNNING'],
  [RELAY_EVENT_FAMILY]: [
    'NETWORK_CONNECTED',
    'PACKET_JOINED_SRC_CHANNEL',
    'PACKET_JOINED_DEST_CHANNEL',
    'PACKET_SENT_TO_DEST_CHANNEL',
    'PACKET_RECEIVED_VIDEO_FROM_SRC',
    'PACKET_RECEIVED_AUDIO_FROM_SRC',
    'PACKET_UPDATE_DEST_CHANNEL',
    'PACKET_UPDATE_DEST_CHANNEL_NOT_CHANGE',
  ],
};

/** The entry of `value` in one family, or `undefined`. */
export function entryIn(family: string, value: unknown): CatalogEntry | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return BY_FAMILY.get(family)?.get(String(value));
}

const BY_FAMILY = new Map<string, Map<string, CatalogEntry>>();
for (const e of ENTRIES) {
  const family = e.family ?? '';
  let map = BY_FAMILY.get(family);
  if (!map) BY_FAMILY.set(family, (map = new Map()));
  map.set(String(e.vendorCode), e);
  map.set(e.vendorName, e);
}
