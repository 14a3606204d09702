/** What the capture records of Agora Web SDK 3.x: the events of clients and streams. Scenarios: examples/browser/scenarios/agora-web.js. */

/** Events that can carry errors or state changes, by what emits them. */
const EVENTS = {
  client: [
    'error',
    'exception',
    'connection-state-change',
    'network-type-changed',
    'client-banned',
    'crypt-error',
    'stream-reconnect-start',
    'stream-reconnect-end',
    'reconnect',
    'rejoin',
    'onTokenPrivilegeWillExpire',
    'onTokenPrivilegeDidExpire',
    'stream-published',
  ],
  stream: ['accessAllowed', 'accessDenied', 'videoTrackEnded', 'audioTrackEnded', 'player-status-change'],
};

/** Records the events of a client or stream for as long as it lives (3.x has no `off` for every event). */
export function watch(target, role, record) {
  for (const name of EVENTS[role] ?? []) target.on(name, (...args) => record.event(name, args));
  return undefined;
}
