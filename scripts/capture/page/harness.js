/**
 * In-page harness: loads one SDK, runs its scenarios one by one (each bounded by a timeout),
 * records every error value and watched event as a fixture case, and exposes the result as
 * `window.__capture` (a promise) for the runner.
 */

/* global URLSearchParams, location, document, setTimeout, performance, navigator, window */
import { encode } from './serialize.js';

const params = new URLSearchParams(location.search);
const sdk = params.get('sdk');
const profile = params.get('profile');

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(s);
  });
}

const timeout = (ms, what) => new Promise((resolve) => setTimeout(() => resolve({ timedOut: true, what }), ms));

/** What a scenario gets: recorders that turn caught values into cases. */
function recorder(scenario, cases, log) {
  const base = (via, operation, raw, extra = {}) => {
    cases.push({ scenario, via, operation, ...extra, raw: encode(raw) });
  };
  return {
    /** Awaits `fn()`; a rejection becomes a `rejection` case, a sync throw a `throw` case. */
    async call(operation, fn) {
      let promise;
      try {
        promise = fn();
      } catch (err) {
        base('throw', operation, err);
        return { threw: err };
      }
      if (!promise || typeof promise.then !== 'function') {
        log(`${operation}: returned ${JSON.stringify(encode(promise))}`);
        return { returned: promise };
      }
      try {
        const value = await promise;
        log(`${operation}: resolved`);
        return { resolved: value };
      } catch (err) {
        base('rejection', operation, err);
        return { rejected: err };
      }
    },
    /** Records a value passed to a failure callback. */
    callback(operation, value) {
      base('callback', operation, value);
    },
    /** Records a value returned (not thrown) as an error. */
    returned(operation, value) {
      base('return', operation, value);
    },
    /** Records an event with its argument list. */
    event(operation, name, args) {
      base('event', operation, args, { event: name });
    },
    log,
  };
}

async function run() {
  const started = performance.now();
  const mod = await import(`./${sdk}.js`);
  await mod.load({ loadScript });
  const cases = [];
  const logs = [];
  for (const sc of mod.scenarios) {
    if (sc.profiles && !sc.profiles.includes(profile)) continue;
    const log = (msg) => logs.push(`[${sc.name}] ${msg}`);
    const rec = recorder(sc.name, cases, log);
    const t0 = performance.now();
    const limit = sc.timeoutMs ?? 15000;
    let result;
    try {
      result = await Promise.race([sc.run(rec, { profile }), timeout(limit, sc.name)]);
    } catch (err) {
      log(`scenario threw: ${JSON.stringify(encode(err))}`);
    }
    if (result && result.timedOut) log(`TIMED OUT after ${limit} ms`);
    try {
      await sc.cleanup?.();
    } catch (err) {
      log(`cleanup threw: ${String(err)}`);
    }
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
