/** What the capture records of TRTC Web SDK 4.x: the events of clients and streams. Scenarios: examples/browser/scenarios/trtc-v4.js. */

/** Events that can carry errors or connection changes, by what emits them. */
const EVENTS = {
  client: ['error', 'client-banned', 'connection-state-changed'],
  stream: ['error'],
};

export function watch(target, role, record) {
  for (const name of EVENTS[role] ?? []) target.on(name, (...args) => record.event(name, args));
  return undefined;
}
