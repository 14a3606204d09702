/** What the capture records of Alibaba Cloud RTC: the events of an engine. Scenarios: examples/browser/scenarios/aliyun.js. */

/** Engine events that can carry errors or connection changes; the others are only logged by name. */
const WATCHED = new Set([
  'connectionStatusChange',
  'localDeviceException',
  'occurError',
  'onOccurError',
  'bye',
  'authInfoWillExpire',
  'authInfoExpired',
  'remoteAudioAutoPlayFail',
  'remoteVideoAutoPlayFail',
  'remoteAudioPlayError',
  'remoteVideoPlayError',
  'sdkAdvisory',
]);

/** Records every event the engine emits to its listeners: each one goes through EventEmitter3's emit. */
export function watch(engine, role, record) {
  if (role !== 'client') return undefined;
  const emit = engine.emit;
  const unrecorded = new Set();
  engine.emit = function (name, ...args) {
    if (WATCHED.has(name)) record.event(String(name), args);
    else if (!unrecorded.has(name)) {
      unrecorded.add(name);
      record.log(`event ${String(name)} (not recorded)`);
    }
    return emit.call(this, name, ...args);
  };
  return undefined;
}
