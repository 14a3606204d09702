/** What the capture records of TRTC Web SDK 5.x: the events of a client. Scenarios: examples/browser/scenarios/trtc.js. */

/** Client events that can carry errors or connection changes. */
const WATCHED = ['error', 'autoplay-failed', 'kicked-out', 'connection-state-changed', 'publish-state-changed'];

export function watch(target, role, record) {
  if (role !== 'client') return undefined;
  for (const name of WATCHED) target.on(name, (...args) => record.event(name, args));
  return undefined;
}
