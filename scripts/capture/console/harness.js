/**
 * In-page harness of the console capture: loads one SDK through the scenario module the value
 * capture and the example page use (examples/browser/scenarios/<sdk>.js), turns the SDK's log level up to the most verbose one, and runs
 * every scenario of the profile. Before each scenario it prints a marker line
 * (`[rtc-errors capture] scenario: NAME`) so the runner knows which scenario printed what; the
 * runner keeps the markers out of the committed log. Resolves `window.__capture` when done.
 */

/* global URLSearchParams, location, setTimeout, window, AgoraRTC */
import { loadScript } from '../../../examples/browser/scenarios/load-script.js';

export const MARKER = '[rtc-errors capture] scenario: ';

const params = new URLSearchParams(location.search);
const sdk = params.get('sdk');
const profile = params.get('profile');

/** The most verbose level each SDK has (read off the SDK sources: DEBUG is 0 in all three). */
async function verbose(mod) {
  if (sdk === 'agora-web') AgoraRTC.Logger.setLogLevel(AgoraRTC.Logger.DEBUG);
  else if (sdk === 'agora-ng') AgoraRTC.setLogLevel(0);
  else if (sdk === 'aliyun') {
    const { default: Engine } = await import('/.tmp/capture/aliyun-rtc-sdk.js');
    Engine.setLogLevel(0);
  }
  return mod;
}

/**
 * The context the scenarios run with (examples/browser/scenarios/README.md); here the SDK's console
 * output is what is kept. Events are listened to as the value capture does (`../page/<sdk>.js`), so
 * that the SDK runs (and logs) the same way, but not recorded.
 */
function recorder(watcher, offs) {
  const log = (msg) => console.debug(`[rtc-errors capture] note: ${msg}`);
  const ignore = { event() {}, log };
  const watch = (target, role) => {
    const off = watcher.watch(target, role, ignore);
    if (typeof off === 'function') offs.push(off);
  };
  return {
    client(client) {
      watch(client, 'client');
      return client;
    },
    attach(target, role) {
      watch(target, role);
    },
    async call(operation, fn) {
      try {
        return { status: 'resolved', value: await fn() };
      } catch (error) {
        return { status: 'rejected', error };
      }
    },
    failed() {},
    threw() {},
    note: (key, value) => log(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`),
    log,
  };
}

const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), ms));

async function run() {
  const mod = await import(`../../../examples/browser/scenarios/${sdk}.js`);
  const watcher = await import(`../page/${sdk}.js`);
  await mod.load({ loadScript, bundles: '/.tmp/capture/' });
  await verbose(mod);
  const ran = [];
  for (const sc of mod.scenarios) {
    if (!sc.profiles?.includes(profile)) continue;
    console.info(`${MARKER}${sc.name}`);
    const limit = sc.timeoutMs ?? 15000;
    let timedOut = false;
    const offs = [];
    try {
      const result = await Promise.race([sc.run(recorder(watcher, offs)), timeout(limit)]);
      timedOut = Boolean(result && result.timedOut);
    } catch (err) {
      console.debug(`[rtc-errors capture] note: scenario threw ${String(err)}`);
    }
    try {
      await sc.cleanup?.();
    } catch {
      // cleanup failures show in the SDK's own log lines
    }
    offs.forEach((off) => off());
    // Let late log lines of this scenario land before the next marker.
    await new Promise((r) => setTimeout(r, 500));
    ran.push({ name: sc.name, timedOut });
  }
  return { sdkVersion: mod.version(), scenarios: ran };
}

window.__capture = run().catch((err) => ({ fatal: String((err && err.stack) || err) }));
