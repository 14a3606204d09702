/**
 * `wrapClient` against the unwrapped client: events that are not errors, a promise method that
 * succeeds, a storm of identical warnings, and wrap/dispose cycles. The client is a fake shaped
 * like agora-rtc-sdk-ng's `IAgoraRTCClient`: an eventemitter3 emitter with `on`/`off` and
 * promise-returning methods that do nothing.
 * @module
 */
import { EventEmitter } from 'eventemitter3';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { wrapClient, type Clock, type RtcError } from '../src/index.js';
import { compare, compareAsync, heapAfterGc } from './harness.js';
import type { BenchResult } from './report.js';

/** A client shaped like the NG SDK's: an emitter, and async methods that succeed at once. */
class FakeNgClient extends EventEmitter {
  connectionState = 'DISCONNECTED';
  async join(_appId: string, _channel: string, _token: string | null, uid?: number): Promise<number> {
    return uid ?? 1;
  }
  async leave(): Promise<void> {}
  async publish(_tracks: unknown): Promise<void> {}
  async setClientRole(_role: string): Promise<void> {}
}

/** A clock whose time only moves when told to, with timers run on demand. */
class ManualClock implements Clock {
  time = 0;
  readonly #timers = new Map<number, { at: number; fn: () => void }>();
  #next = 1;
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }
  /** Moves time on and runs the timers that are due. */
  advance(ms: number): void {
    this.time += ms;
    for (const [id, t] of [...this.#timers]) {
      if (t.at <= this.time) {
        this.#timers.delete(id);
        t.fn();
      }
    }
  }
  get pending(): number {
    return this.#timers.size;
  }
}

export const EVENT_TARGET = 1.05;
export const PROMISE_TARGET = 1.5;
export const STORM_TARGET = 3;
export const STORM_MAX_EVENTS_PER_WINDOW = 3;
export const HEAP_LIMIT = 1024 * 1024;
/** Targets of issue 17: alternating warnings, distinct warnings, heap growth of a distinct storm. */
export const ALTERNATING_TARGET = 5;
export const DISTINCT_TARGET = 20;
export const DISTINCT_HEAP_LIMIT = 5 * 1024 * 1024;

const noop = (): void => {};

function listenerTotal(client: EventEmitter): number {
  return client.eventNames().reduce((n, name) => n + client.listenerCount(name), 0);
}

function nonErrorEvents(): BenchResult[] {
  const results: BenchResult[] = [];
  const cases: { label: string; event: string; args: readonly unknown[] }[] = [
    {
      label: "'user-published' (an event the wrap does not listen to)",
      event: 'user-published',
      args: [{ uid: 42, hasVideo: true }, 'video'],
    },
    {
      label: "'connection-state-change' CONNECTING → CONNECTED (listened to, not an error)",
      event: 'connection-state-change',
      args: ['CONNECTED', 'CONNECTING'],
    },
    {
      label: "'volume-indicator' (a frequent event the wrap does not listen to)",
      event: 'volume-indicator',
      args: [[{ uid: 42, level: 3 }]],
    },
  ];
  for (const c of cases) {
    const plain = new FakeNgClient();
    const wrapped = new FakeNgClient();
    plain.on(c.event, noop);
    wrapped.on(c.event, noop);
    const rtc = wrapClient(wrapped, agoraNgAdapter);
    let errors = 0;
    rtc.on('error', () => {
      errors += 1;
    });
    const [a, b] = c.args;
    const comparison = compare(
      () => wrapped.emit(c.event, a, b),
      () => plain.emit(c.event, a, b),
      { rounds: 31 },
    );
    rtc.dispose();
    results.push({
      group: 'wrapClient',
      name: `non-error event ${c.label}, wrapped vs unwrapped client`,
      baseline: 'the same emit on an unwrapped client',
      comparison,
      maxRatio: EVENT_TARGET,
      metrics: [{ label: 'errors reported', value: errors, max: 0, unit: '' }],
    });
  }
  return results;
}

/**
 * Reference floors of the event rows, measured in the same run (informational, no target): what
 * any listener costs the SDK's dispatch, and what the wrap's other subscriptions cost an event
 * nobody listens to, with no wrap involved. Run after the rows they explain, so as not to change
 * the state those rows are measured in.
 */
function eventFloors(): BenchResult[] {
  const results: BenchResult[] = [];
  {
    const event = 'connection-state-change';
    const plain = new FakeNgClient();
    const withExtra = new FakeNgClient();
    plain.on(event, noop);
    withExtra.on(event, noop);
    withExtra.on(event, () => {});
    const comparison = compare(
      () => withExtra.emit(event, 'CONNECTED', 'CONNECTING'),
      () => plain.emit(event, 'CONNECTED', 'CONNECTING'),
      { rounds: 31 },
    );
    results.push({
      group: 'wrapClient',
      name: `floor: '${event}' with one extra no-op listener vs without (no wrap)`,
      baseline: 'the same emit with only the app listener',
      comparison,
      note: 'reference floor for a listened-to event: the cost of any second listener in eventemitter3',
    });
  }
  {
    const event = 'volume-indicator';
    const plain = new FakeNgClient();
    const withOthers = new FakeNgClient();
    plain.on(event, noop);
    withOthers.on(event, noop);
    // the events the wrap subscribes to on a client, read off a client wrapped for the purpose
    const probe = new FakeNgClient();
    const probeRtc = wrapClient(probe, agoraNgAdapter);
    const others = probe.eventNames().map(String);
    probeRtc.dispose();
    for (const name of others) withOthers.on(name, () => {});
    const payload = [{ uid: 42, level: 3 }];
    const comparison = compare(
      () => withOthers.emit(event, payload, undefined),
      () => plain.emit(event, payload, undefined),
      { rounds: 31 },
    );
    results.push({
      group: 'wrapClient',
      name: `floor: '${event}' on a client with no-op listeners on ${others.length} other events vs without (no wrap)`,
      baseline: 'the same emit on a client listening to that event only',
      comparison,
      note: 'reference floor for an event the wrap does not listen to: eventemitter3 looks the event up among more keys',
    });
  }
  return results;
}

/** The promise method `op` of the fake client, called with fixed arguments (an async no-op). */
function noopCall(op: 'join' | 'setClientRole'): (client: FakeNgClient) => Promise<unknown> {
  return op === 'join'
    ? (client) => client.join('app', 'channel', 'token', 7)
    : (client) => client.setClientRole('host');
}

async function promiseMethods(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const op of ['join', 'setClientRole'] as const) {
    const plain = new FakeNgClient();
    const wrapped = new FakeNgClient();
    const rtc = wrapClient(wrapped, agoraNgAdapter);
    const call = noopCall(op);
    const comparison = await compareAsync(
      () => call(wrapped),
      () => call(plain),
      { rounds: 21 },
    );
    rtc.dispose();
    results.push({
      group: 'wrapClient',
      name: `promise method ${op}() that succeeds (async no-op), wrapped vs direct`,
      baseline: 'the same call on an unwrapped client',
      comparison,
      maxRatio: PROMISE_TARGET,
    });
  }
  // the reference floor (informational): a bare rejection handler on the same async no-op
  for (const op of ['join', 'setClientRole'] as const) {
    const plain = new FakeNgClient();
    const onRejected = (error: unknown): never => {
      throw error;
    };
    const call = (): Promise<unknown> => noopCall(op)(plain);
    const comparison = await compareAsync(
      () => call().then(undefined, onRejected),
      () => call(),
      { rounds: 21 },
    );
    results.push({
      group: 'wrapClient',
      name: `floor: ${op}() with a bare promise.then(undefined, h) vs direct (no wrap)`,
      baseline: 'the same call on an unwrapped client',
      comparison,
      note: 'reference floor for a wrapped promise method: one derived promise and one more tick',
    });
  }
  // and what a wrapper that can end a pending call (dispose, leave) needs at the least: a promise
  // of its own, settled from the SDK promise's outcome, with no bookkeeping at all
  for (const op of ['join', 'setClientRole'] as const) {
    const plain = new FakeNgClient();
    const call = (): Promise<unknown> => noopCall(op)(plain);
    const abortable = (): Promise<unknown> => {
      const result = call();
      return new Promise<unknown>((resolve, reject) => {
        result.then(
          (value) => resolve(value),
          (error: unknown) => reject(error),
        );
      });
    };
    const comparison = await compareAsync(abortable, () => call(), { rounds: 21 });
    results.push({
      group: 'wrapClient',
      name: `floor: ${op}() through a bare abortable pass-through (new Promise settled by then(f, r)) vs direct (no wrap)`,
      baseline: 'the same call on an unwrapped client',
      comparison,
      note: 'reference floor for a wrapped promise method that dispose() or leave() can still end while it is pending',
    });
  }
  return results;
}

/** 1,000,000 identical `exception` warnings (code 2001, AUDIO_INPUT_LEVEL_TOO_LOW) through a wrapped client. */
function warningStorm(): BenchResult {
  const clock = new ManualClock();
  const windowMs = 5_000;
  const client = new FakeNgClient();
  const rtc = wrapClient(client, agoraNgAdapter, { clock, coalesce: { windowMs } });
  const emitted: RtcError[] = [];
  rtc.on('error', (e) => emitted.push(e));
  const payload = { code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid: 42 };
  const storm = (n: number): void => {
    for (let i = 0; i < n; i += 1) client.emit('exception', { ...payload });
  };
  // The baseline: a bare eventemitter3 emit of the same payload to one listener.
  const bare = new EventEmitter();
  bare.on('exception', noop);
  // Warm up, and let the first window close so the measured storm starts one.
  storm(20_000);
  clock.advance(windowMs);
  emitted.length = 0;
  const before = heapAfterGc();
  const total = 1_000_000;
  const windows = 4;
  const perWindow = total / windows;
  let eventsPerWindowMax = 0;
  const start = process.hrtime.bigint();
  for (let w = 0; w < windows; w += 1) {
    const at = emitted.length;
    storm(perWindow);
    clock.advance(windowMs);
    eventsPerWindowMax = Math.max(eventsPerWindowMax, emitted.length - at);
  }
  const stormNs = Number(process.hrtime.bigint() - start) / total;
  const counted = emitted.reduce((n, e) => n + (typeof e.context.count === 'number' ? e.context.count : 1), 0);
  emitted.length = 0;
  const after = heapAfterGc();
  // Cost per warning, interleaved against the bare emit (the object spread is in both).
  const comparison = compare(
    () => client.emit('exception', { ...payload }),
    () => bare.emit('exception', { ...payload }),
    { rounds: 21 },
  );
  emitted.length = 0;
  rtc.dispose();
  return {
    group: 'wrapClient',
    name: `warning storm: 1,000,000 identical 'exception' warnings (2001) in ${windows} windows of ${windowMs} ms`,
    baseline: 'a bare eventemitter3 emit to one listener',
    comparison,
    maxRatio: STORM_TARGET,
    note: `whole storm ${(stormNs / 1000).toFixed(2)} µs per warning; ${counted} warnings accounted for in the reports`,
    metrics: [
      {
        label: 'events emitted per window (most)',
        value: eventsPerWindowMax,
        max: STORM_MAX_EVENTS_PER_WINDOW,
        unit: '',
      },
      { label: 'warnings lost (1,000,000 − counted)', value: total - counted, max: 0, unit: '' },
      { label: 'heap growth after GC', value: after - before, max: HEAP_LIMIT, unit: 'bytes' },
    ],
  };
}

/** A storm shape: the payload of the i-th warning. */
interface StormShape {
  readonly label: string;
  readonly payload: (i: number) => Record<string, unknown>;
  readonly maxRatio: number;
}

const STORM_SHAPES: readonly StormShape[] = [
  {
    label: 'one warning repeated',
    payload: () => ({ code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid: 42 }),
    maxRatio: STORM_TARGET,
  },
  {
    label: 'two warnings alternating',
    payload: (i) =>
      i % 2 === 0
        ? { code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid: 42 }
        : { code: 1003, msg: 'SEND_VIDEO_BITRATE_TOO_LOW', uid: 42 },
    maxRatio: ALTERNATING_TARGET,
  },
  {
    label: 'distinct warnings (another uid each)',
    payload: (i) => ({ code: 2001, msg: 'AUDIO_INPUT_LEVEL_TOO_LOW', uid: i }),
    maxRatio: DISTINCT_TARGET,
  },
];

/**
 * A storm of one shape, with or without an operation in flight (a `publish` that never settles:
 * device warnings are then held): the cost per warning against a bare emit of the same payload,
 * and the heap after GC before and after 100,000 of them inside one window.
 */
function stormRow(shape: StormShape, inFlight: boolean): BenchResult {
  const clock = new ManualClock();
  const client = new FakeNgClient();
  if (inFlight) client.publish = () => new Promise<void>(() => undefined);
  const rtc = wrapClient(client, agoraNgAdapter, { clock, coalesce: { windowMs: 5_000 } });
  rtc.on('error', noop);
  if (inFlight) void client.publish([]).catch(noop);
  const bare = new EventEmitter();
  bare.on('exception', noop);
  let i = 0;
  let j = 0;
  // warm up, then one 100,000-warning storm measured for heap (the windows stay open)
  for (let k = 0; k < 1_000; k += 1) client.emit('exception', shape.payload(i++));
  const before = heapAfterGc();
  for (let k = 0; k < 100_000; k += 1) client.emit('exception', shape.payload(i++));
  const after = heapAfterGc();
  const comparison = compare(
    () => client.emit('exception', shape.payload(i++)),
    () => bare.emit('exception', shape.payload(j++)),
    { rounds: 21 },
  );
  const timers = clock.pending;
  rtc.dispose();
  return {
    group: 'wrapClient',
    name: `storm: ${shape.label}${inFlight ? ', an operation in flight' : ''}`,
    baseline: 'a bare eventemitter3 emit of the same payloads to one listener',
    comparison,
    maxRatio: shape.maxRatio,
    metrics: [
      {
        label: 'heap growth after GC over 100,000 warnings',
        value: after - before,
        max: DISTINCT_HEAP_LIMIT,
        unit: 'bytes',
      },
      { label: 'timers pending', value: timers, max: 1, unit: '' },
    ],
  };
}

/** 10,000 wrap/dispose cycles on one client: no listener, patch or memory left behind. */
function wrapDisposeCycles(): BenchResult {
  const client = new FakeNgClient();
  client.on('user-published', noop);
  const listenersBefore = listenerTotal(client);
  const ownBefore = Object.getOwnPropertyNames(client).sort().join(',');
  const cycle = (): void => {
    const rtc = wrapClient(client, agoraNgAdapter);
    rtc.on('error', noop);
    rtc.dispose();
  };
  for (let i = 0; i < 1_000; i += 1) cycle();
  const before = heapAfterGc();
  const start = process.hrtime.bigint();
  const cycles = 10_000;
  for (let i = 0; i < cycles; i += 1) cycle();
  const perCycle = Number(process.hrtime.bigint() - start) / cycles;
  const after = heapAfterGc();
  const listenersAfter = listenerTotal(client);
  const ownAfter = Object.getOwnPropertyNames(client).sort().join(',');
  return {
    group: 'wrapClient',
    name: '10,000 wrap/dispose cycles on one client',
    note: `${(perCycle / 1000).toFixed(1)} µs per cycle; ${listenersBefore} listener(s) before and ${listenersAfter} after`,
    metrics: [
      { label: 'heap growth after GC', value: after - before, max: HEAP_LIMIT, unit: 'bytes' },
      {
        label: 'listeners left beyond the baseline',
        value: Math.abs(listenersAfter - listenersBefore),
        max: 0,
        unit: '',
      },
      { label: 'own properties changed (patches left)', value: ownAfter === ownBefore ? 0 : 1, max: 0, unit: '' },
    ],
  };
}

export async function benchWrap(log: (line: string) => void): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const r of [...nonErrorEvents(), ...eventFloors()]) {
    log(`  ${r.name}: ${r.comparison?.ratio.toFixed(3)}×`);
    results.push(r);
  }
  for (const r of await promiseMethods()) {
    log(`  ${r.name}: ${r.comparison?.ratio.toFixed(2)}×`);
    results.push(r);
  }
  const storm = warningStorm();
  log(`  ${storm.name}: ${storm.comparison?.ratio.toFixed(2)}×`);
  results.push(storm);
  for (const inFlight of [false, true]) {
    for (const shape of STORM_SHAPES) {
      const row = stormRow(shape, inFlight);
      const heap = row.metrics?.[0]?.value ?? 0;
      log(`  ${row.name}: ${row.comparison?.ratio.toFixed(2)}×, heap ${(heap / 1024).toFixed(1)} KiB`);
      results.push(row);
    }
  }
  const cycles = wrapDisposeCycles();
  log(`  ${cycles.name}: ${cycles.note}`);
  results.push(cycles);
  return results;
}
