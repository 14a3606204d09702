/**
 * In-page harness of the value capture: loads one SDK, runs its scenarios (the ones the example page
 * runs too: examples/browser/scenarios/<sdk>.js) that name this profile, one by one, each bounded
 * by a timeout. It records every error value and watched event as a fixture case, and exposes the
 * result as `window.__capture` (a promise) for the runner. What it records of each SDK's events:
 * `./<sdk>.js`.
 */

/* global URLSearchParams, location, setTimeout, performance, navigator, window */
import { loadScript } from '../../../examples/browser/scenarios/load-script.js';
import { encode } from './serialize.js';

const params = new URLSearchParams(location.search);
const sdk = params.get('sdk');
const profile = params.get('profile');

const timeout = (ms, what) => new Promise((resolve) => setTimeout(() => resolve({ timedOut: true, what }), ms));

/**
 * The context a scenario runs with (examples/browser/scenarios/README.md): every value the SDK
 * failed with becomes a case of `scenario`. `stop()` ends the recording of events that can end.
 */
function recorder(scenario, cases, log, watcher) {
  const record = (via, operation, raw, extra = {}) => {
    cases.push({ scenario, via, operation, ...extra, raw: encode(raw) });
  };
  const offs = [];
  const watch = (target, role, operation) => {
    const off = watcher.watch(target, role, {
      event: (name, args) => record('event', operation, args, { event: name }),
      log,
    });
    if (typeof off === 'function') offs.push(off);
  };
  const ctx = {
    client(client, operation) {
      watch(client, 'client', operation);
      return client;
    },
    attach(target, role, operation) {
      watch(target, role, operation);
    },
    /** Awaits `fn()`; a rejection becomes a `rejection` case, a sync throw a `throw` case. */
    async call(operation, fn) {
      let promise;
      try {
        promise = fn();
      } catch (error) {
        record('throw', operation, error);
        return { status: 'threw', error };
      }
      if (!promise || typeof promise.then !== 'function') {
        log(`${operation}: returned ${JSON.stringify(encode(promise))}`);
        return { status: 'returned', value: promise };
      }
      try {
        const value = await promise;
        log(`${operation}: resolved`);
        return { status: 'resolved', value };
      } catch (error) {
        record('rejection', operation, error);
        return { status: 'rejected', error };
      }
    },
    /** A value passed to a failure callback. */
    failed(operation, error) {
      record('callback', operation, error);
    },
    /** An exception a callback-style call threw at once. */
    threw(operation, error) {
      record('throw', operation, error);
    },
    note(key, value) {
      log(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    },
    log,
  };
  return { ctx, stop: () => offs.splice(0).forEach((off) => off()) };
}

async function run() {
  const started = performance.now();
  const mod = await import(`../../../examples/browser/scenarios/${sdk}.js`);
  const watcher = await import(`./${sdk}.js`);
  await mod.load({ loadScript, bundles: '/.tmp/capture/' });
  const cases = [];
  const logs = [];
  for (const sc of mod.scenarios) {
    if (!sc.profiles?.includes(profile)) continue;
    const log = (msg) => logs.push(`[${sc.name}] ${msg}`);
    const { ctx, stop } = recorder(sc.name, cases, log, watcher);
    const t0 = performance.now();
    const limit = sc.timeoutMs ?? 15000;
    let result;
    try {
      result = await Promise.race([sc.run(ctx), timeout(limit, sc.name)]);
    } catch (err) {
      log(`scenario threw: ${JSON.stringify(encode(err))}`);
    }
    if (result && result.timedOut) log(`TIMED OUT after ${limit} ms`);
    try {
      await sc.cleanup?.();
    } catch (err) {
      log(`cleanup threw: ${String(err)}`);
    }
    stop();
    log(`took ${Math.round(performance.now() - t0)} ms`);
  }
  return {
    sdkVersion: mod.version(),
    cases,
    logs,
    ms: Math.round(performance.now() - started),
    userAgent: navigator.userAgent,
  };
}

window.__capture = run().catch((err) => ({ fatal: String((err && err.stack) || err) }));
