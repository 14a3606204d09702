/**
 * `ConnectionDisconnectedReason`: the third argument of `connection-state-change` when the
 * connection becomes `DISCONNECTED`. `LEAVE` is the app's own doing and is not an error.
 * @module
 */
import { UNIFIED_TEXT } from '../../src/catalog.js';
import type { CatalogEntry } from '../../src/index.js';
import { familyEntry } from './familyEntry.js';

/** The enum and event family these entries belong to. */
export const DISCONNECT_FAMILY = 'ConnectionDisconnectedReason';

/** Every error member of `ConnectionDisconnectedReason` (all but `LEAVE`). */
export const DISCONNECT_ENTRIES: readonly CatalogEntry[] = [
  familyEntry(
    DISCONNECT_FAMILY,
    'NETWORK_ERROR',
    'network_unavailable',
    'Disconnected: the network is down and the SDK could not recover after retrying.',
    'Wait for the network to come back, then join the channel again.',
    { strategy: 'rejoin' },
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'SERVER_ERROR',
    'server_error',
    'Disconnected: the server returned an error, usually caused by incorrect parameter settings.',
    'Check the join parameters, then join the channel again.',
    {
      strategy: 'rejoin',
    },
  ),
  familyEntry(DISCONNECT_FAMILY, 'UID_BANNED', 'banned', 'Disconnected: the user is banned.', UNIFIED_TEXT),
  familyEntry(
    DISCONNECT_FAMILY,
    'IP_BANNED',
    'banned',
    'Disconnected: the IP address is banned.',
    'Tell the user their network was banned; do not rejoin automatically.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'CHANNEL_BANNED',
    'banned',
    'Disconnected: the channel is banned.',
    'Tell the user the channel was banned; do not rejoin automatically.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'FALLBACK',
    'network_degraded',
    'Disconnected to fall back to another connection mode.',
    'Nothing to do; the SDK reconnects in the fallback mode.',
    { kind: 'warning' },
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'LICENSE_MISSING',
    'not_authorized',
    'Disconnected: the licence is missing.',
    'Set a valid licence before joining.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'LICENSE_EXPIRED',
    'not_authorized',
    'Disconnected: the licence has expired.',
    'Renew the licence, then join again.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'LICENSE_MINUTES_EXCEEDED',
    'not_authorized',
    'Disconnected: the minutes of the licence are used up.',
    'Extend the licence, then join again.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'LICENSE_PERIOD_INVALID',
    'not_authorized',
    'Disconnected: the licence is not valid for the current period.',
    'Check the validity period of the licence.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'LICENSE_MULTIPLE_SDK_SERVICE',
    'not_authorized',
    'Disconnected: the same licence is in use on different devices at the same time.',
    'Use a separate licence for each device.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'LICENSE_ILLEGAL',
    'not_authorized',
    'Disconnected: the licence is invalid.',
    'Set a valid licence, then join again.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'TOKEN_EXPIRE',
    'token_expired',
    "Disconnected: the user's token has expired.",
    'Fetch a new token from your server and join the channel again with it.',
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'FALLBACK_TO_HLS',
    'network_degraded',
    'Disconnected to fall back to HLS playback.',
    'Nothing to do; playback continues over HLS.',
    { kind: 'warning' },
  ),
  familyEntry(
    DISCONNECT_FAMILY,
    'UID_CONFLICT',
    'uid_conflict',
    'Disconnected: another user joined the channel with the same UID.',
    'Give every user a distinct UID; rejoin only with another UID.',
  ),
];
