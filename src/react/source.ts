/**
 * What the React hooks need of a wrapped client: its `health`, and its events.
 * @module
 */
import type { RtcEventName, RtcEvents } from '../wrap/events.js';
import type { Health } from '../wrap/health.js';

/** A wrapped client as the hooks use it (any `wrapClient` handle is one). */
export interface RtcEventSource {
  readonly health: Health;
  on<E extends RtcEventName>(event: E, listener: RtcEvents[E]): unknown;
  off<E extends RtcEventName>(event: E, listener?: RtcEvents[E]): unknown;
}

/** The health of no handle yet (server rendering, or before the client is made). */
export const NO_HANDLE_HEALTH: Health = Object.freeze({ state: 'idle', since: 0 });
