/**
 * Events that are errors by themselves (no error object in them): `autoplay-failed`, the reasons of
 * `kicked-out` (v5) and `client-banned` (4.x), reconnecting, and a publish that timed out. Their
 * `vendorCode` is the event name, with the reason after a colon.
 * @module
 */
import type { CatalogEntry } from '../../src/index.js';
import { catalogRow, type RowExtra } from '../../src/catalog.js';
import type { RtcErrorCode } from '../../src/index.js';

export const EVENT_FAMILY = 'event';

const ev = (
  vendorCode: string,
  code: RtcErrorCode,
  message: string,
  action: string,
  extra: RowExtra = {},
): CatalogEntry => catalogRow(EVENT_FAMILY, 'sdk+docs', vendorCode, vendorCode, code, message, action, extra);

/** The event entries. */
export const EVENT_ENTRIES: readonly CatalogEntry[] = [
  ev(
    'autoplay-failed',
    'autoplay_blocked',
    "The browser blocked automatic playback of a remote user's audio or video.",
    "Ask the user to click the page; in the click handler call the event's resume() (the error's cause), or let the SDK resume on the next click.",
  ),
  ev(
    'kicked-out:kick',
    'uid_conflict',
    'Kicked out of the room: another client entered the same room with the same userId.',
    'Do not rejoin automatically (the two clients would kick each other); give every client its own userId.',
    { aliases: ['client-banned:kick'] },
  ),
  ev(
    'kicked-out:banned',
    'kicked',
    'Removed from the room by the administrator (server API RemoveUser).',
    'Tell the user; do not rejoin automatically.',
    { aliases: ['client-banned:banned'] },
  ),
  ev(
    'kicked-out:room_disband',
    'session_removed',
    'The room was dismissed by the administrator (server API DismissRoom).',
    'Tell the user the room has ended.',
    { aliases: ['client-banned:room-disband', 'client-banned:room_disband'] },
  ),
  ev(
    'kicked-out:user_time_out',
    'session_removed',
    'The server removed the user from the room after a timeout.',
    'Check the network, then enter the room again.',
    {
      strategy: 'rejoin',
      actor: 'library',
      severity: 'recoverable',
    },
  ),
  ev(
    'connection-state-changed:RECONNECTING',
    'network_unavailable',
    'The connection to Tencent Cloud was lost; the SDK is reconnecting.',
    'Show a "reconnecting" state; the SDK retries by itself.',
    {
      kind: 'warning',
    },
  ),
  ev(
    'publish-state-changed:timeout',
    'publish_failed',
    'Publishing timed out, usually because of network jitter or a firewall; the SDK keeps retrying.',
    'Ask the user to check or change the network; the SDK retries by itself.',
    { kind: 'warning', strategy: 'none', actor: 'sdk' },
  ),
];
