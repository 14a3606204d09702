/**
 * Cross-channel media relay: `ChannelMediaRelayError` (second argument of
 * `channel-media-relay-state`), the failure state, and the failure members of
 * `ChannelMediaRelayEvent` (`channel-media-relay-event`).
 * @module
 */
import type { CatalogEntry } from '../../src/index.js';
import { familyEntry } from './familyEntry.js';

export const RELAY_ERROR_FAMILY = 'ChannelMediaRelayError';
export const RELAY_STATE_FAMILY = 'ChannelMediaRelayState';
export const RELAY_EVENT_FAMILY = 'ChannelMediaRelayEvent';

/** Relay error codes, the failure state and the failure events. */
export const RELAY_ENTRIES: readonly CatalogEntry[] = [
  familyEntry(
    RELAY_ERROR_FAMILY,
    'SERVER_CONNECTION_LOST',
    'relay_failed',
    'The SDK disconnected from the media relay service.',
    'Check the network, then start the media relay again.',
  ),
  familyEntry(
    RELAY_ERROR_FAMILY,
    'SRC_TOKEN_EXPIRED',
    'token_expired',
    'The token of the source channel of the media relay has expired.',
    'Generate a new token for the source channel and update the relay configuration.',
  ),
  familyEntry(
    RELAY_ERROR_FAMILY,
    'DEST_TOKEN_EXPIRED',
    'token_expired',
    'The token of a destination channel of the media relay has expired.',
    'Generate a new token for the destination channel and update the relay configuration.',
  ),
  familyEntry(
    RELAY_STATE_FAMILY,
    'RELAY_STATE_FAILURE',
    'relay_failed',
    'An error occurred in the media stream relay.',
    'Read the relay error code; fix the configuration and start the relay again.',
  ),
  familyEntry(
    RELAY_EVENT_FAMILY,
    'NETWORK_DISCONNECTED',
    'network_unavailable',
    'The media relay disconnected from the server because of a poor network.',
    'Wait for the network; the relay reconnects by itself.',
    { kind: 'warning', actor: 'sdk', strategy: 'none' },
  ),
  familyEntry(
    RELAY_EVENT_FAMILY,
    'PACKET_UPDATE_DEST_CHANNEL_REFUSED',
    'relay_failed',
    'Updating the destination channels of the relay failed because of an internal error.',
    'Call updateChannelMediaRelay again later.',
    { kind: 'warning' },
  ),
];
