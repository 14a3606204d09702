/**
 * Events that are errors by themselves, without a code (`crypt-error`, `track-ended`...).
 * `vendorCode` is the event name.
 * @module
 */
import { UNIFIED_TEXT } from '../../src/catalog.js';
import type { CatalogEntry } from '../../src/index.js';
import { familyEntry } from './familyEntry.js';

export const EVENT_FAMILY = 'event';

/** Error events of the client, the local tracks and the global AgoraRTC object. */
export const EVENT_ENTRIES: readonly CatalogEntry[] = [
  familyEntry(
    EVENT_FAMILY,
    'token-privilege-will-expire',
    'token_expiring',
    'The token will expire in 30 seconds.',
    'Request a new token from your server and call renewToken with it.',
    { kind: 'warning' },
  ),
  familyEntry(
    EVENT_FAMILY,
    'token-privilege-did-expire',
    'token_expired',
    UNIFIED_TEXT,
    'Request a new token from your server and call join with it.',
  ),
  familyEntry(
    EVENT_FAMILY,
    'crypt-error',
    'invalid_params',
    'Decryption failed while subscribing, usually because of incorrect encryption settings.',
    'Use the same encryption mode, key and salt (setEncryptionConfig) on every client in the channel.',
  ),
  familyEntry(
    EVENT_FAMILY,
    'track-ended',
    'device_failure',
    'A local track ended: the device was unplugged or failed, permission was revoked, or the user stopped screen sharing.',
    'Ask the user to check the device or permission, then create a new track.',
  ),
  familyEntry(
    EVENT_FAMILY,
    'autoplay-failed',
    'autoplay_blocked',
    'The browser blocked autoplay of audio or video until the user interacts with the page.',
    UNIFIED_TEXT,
  ),
  familyEntry(
    EVENT_FAMILY,
    'stream-fallback',
    'network_degraded',
    'A remote video stream fell back to audio only (or to the low-quality stream) because of a poor network.',
    'Nothing to do; the SDK switches back when the network improves. Consider telling the user.',
    { kind: 'warning' },
  ),
  familyEntry(
    EVENT_FAMILY,
    'media-reconnect-start',
    'media_connection_failed',
    'The SDK is re-establishing a media connection (for publishing when the uid is local, for subscribing otherwise).',
    'Nothing to do yet; the SDK reconnects by itself. Rejoin if media-reconnect-end never follows.',
    { kind: 'warning', severity: 'recoverable', strategy: 'none', actor: 'sdk' },
  ),
  familyEntry(
    EVENT_FAMILY,
    'security-policy-violation',
    'not_supported',
    'A Content-Security-Policy rule of the page blocked a request of the SDK.',
    "Allow Agora's domains (connect-src, worker-src, media-src) in the page's Content-Security-Policy.",
  ),
];
