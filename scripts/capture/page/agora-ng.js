/** What the capture records of Agora Web SDK 4.x (NG): the events of a client. Scenarios: examples/browser/scenarios/agora-ng.js. */

/** Events of an IAgoraRTCClient that can carry errors or state changes (`network-quality` is left out: it ticks). */
const CLIENT_EVENTS = [
  'connection-state-change',
  'exception',
  'token-privilege-will-expire',
  'token-privilege-did-expire',
  'live-streaming-error',
  'live-streaming-warning',
  'stream-fallback',
  'channel-media-relay-state',
  'is-using-cloud-proxy',
  'join-fallback-to-proxy',
  'crypt-error',
];

/** Records the events of a client; returns what stops recording. */
export function watch(target, role, record) {
  if (role !== 'client') return undefined;
  const offs = CLIENT_EVENTS.map((name) => {
    const fn = (...args) => record.event(name, args);
    target.on(name, fn);
    return () => target.off(name, fn);
  });
  return () => offs.forEach((off) => off());
}
