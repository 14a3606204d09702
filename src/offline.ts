/**
 * Offline is said as offline: when the browser reports that it has no network
 * (`navigator.onLine === false`), a failure to reach the servers is `network_unavailable`, to be
 * waited out (`wait-for-network`), whatever the SDK called it (a signaling failure, a timeout, an
 * unreachable gateway).
 * @module
 */
import type { RtcErrorCode } from './codes.js';
import { readProp } from './safe.js';

/** Codes that, with the browser offline, only say the network is not there. */
const UNREACHABLE: ReadonlySet<RtcErrorCode> = new Set<RtcErrorCode>([
  'network_unavailable',
  'network_timeout',
  'signaling_failed',
  'gateway_unreachable',
  'media_connection_failed',
]);

/** `true` when `code` is a failure to reach the servers (see {@link UNREACHABLE}). */
export function isUnreachableCode(code: RtcErrorCode): boolean {
  return UNREACHABLE.has(code);
}

/** `true` only when the runtime has a `navigator` that says it is offline. Never throws. */
export function browserOffline(): boolean {
  try {
    const nav = readProp(globalThis, 'navigator');
    return nav !== undefined && readProp(nav, 'onLine') === false;
  } catch {
    return false;
  }
}
