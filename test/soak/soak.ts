/**
 * The soak: one client wrapped with the agora-ng adapter through a long random (seeded) schedule
 * of failing and hanging operations, warning storms (identical, alternating, distinct), aborts,
 * timeouts, token renewals and dispose/re-wrap cycles, on a virtual clock. At the end it checks
 * that the heap after GC is back within 5 MB of its start, that no rejection went unhandled, that
 * the client's listener count is back where it started, and that every operation settled.
 * `npm run soak` runs it for minutes; test/soak/soak.test.ts runs a short one in `npm test`.
 * @module
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { wrapClient, type Clock, type WrappedClient } from '../../src/index.js';
import { FakeNgClient, ngError } from '../wrap/support.js';

/** A clock whose time moves only when told to; timers run in order of their deadline. */
export class VirtualClock implements Clock {
  time = 0;
  #next = 1;
  readonly #timers = new Map<number, { at: number; fn: () => void }>();
  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): number {
    const id = this.#next++;
    this.#timers.set(id, { at: this.time + Math.max(0, ms), fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }
  /** Moves to the next due timer (at most `ms` ahead) and runs it; `false` when none is due. */
  step(until: number): boolean {
    let best: [number, { at: number; fn: () => void }] | undefined;
    for (const entry of this.#timers) if (!best || entry[1].at < best[1].at) best = entry;
    if (!best || best[1].at > until) return false;
    this.#timers.delete(best[0]);
    this.time = Math.max(this.time, best[1].at);
    best[1].fn();
    return true;
  }
  get pending(): number {
    return this.#timers.size;
  }
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A full GC, with or without --expose-gc. */
export function collectGarbage(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface SoakOptions {
  readonly seed?: number;
  /** Steps of the schedule. */
  readonly steps?: number;
  /** Or: run until this much wall-clock time has passed (ms). */
  readonly durationMs?: number;
  readonly log?: (line: string) => void;
}

export interface SoakFigures {
  readonly seed: number;
  readonly steps: number;
  readonly operations: number;
  readonly settled: number;
  readonly unhandledRejections: number;
  readonly listenersBefore: number;
  readonly listenersAfter: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly errorsEmitted: number;
  readonly warningsEmitted: number;
  readonly wraps: number;
  readonly virtualMs: number;
  readonly wallMs: number;
}

const flush = async (rounds = 20): Promise<void> => {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
};

/** Runs the soak; resolves with its figures (the caller asserts on them). */
export async function runSoak(options: SoakOptions = {}): Promise<SoakFigures> {
  const seed = options.seed ?? 17;
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const gc = collectGarbage();
  const clock = new VirtualClock();
  const client = new FakeNgClient();
  const appListener = (): void => undefined;
  client.on('user-published', appListener);
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => {
    unhandled.push(reason);
  };
  process.on('unhandledRejection', onUnhandled);

  let operations = 0;
  let settled = 0;
  let errorsEmitted = 0;
  let warningsEmitted = 0;
  let wraps = 0;
  const track = (p: Promise<unknown>): void => {
    operations += 1;
    p.then(
      () => (settled += 1),
      () => (settled += 1),
    );
  };
  const wrap = (): WrappedClient<FakeNgClient> => {
    wraps += 1;
    const rtc = wrapClient(client, agoraNgAdapter, {
      clock,
      random,
      timeoutMs: { join: 3_000, default: 2_000 },
      renewToken: () => `token-${Math.floor(random() * 1e6)}`,
      onListenerError: () => undefined,
    });
    rtc.on('error', () => (errorsEmitted += 1));
    rtc.on('recoverable', (e) => {
      if (e.kind === 'warning') warningsEmitted += 1;
    });
    rtc.on('retry', () => undefined);
    if (random() < 0.2)
      rtc.on('fatal', () => {
        throw new Error('a listener bug');
      });
    return rtc;
  };
  const hang = (): Promise<never> => new Promise<never>(() => undefined);
  const later = <T>(ms: number, fn: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      clock.setTimeout(() => {
        try {
          resolve(fn());
        } catch (e) {
          reject(e);
        }
      }, ms);
    });
  const joinBehaviours = [
    () => later(100, () => 7),
    () => later(50, () => Promise.reject(ngError('CAN_NOT_GET_GATEWAY_SERVER', 'flaky'))),
    () => Promise.reject(ngError('INVALID_PARAMS', 'bad')),
    () => hang(),
    () => later(5_000, () => 8), // succeeds after its timeout: undone
    () => Promise.reject(ngError('CAN_NOT_GET_GATEWAY_SERVER', 'dynamic key expired')),
  ];

  const settle = async (ms: number): Promise<void> => {
    const until = clock.time + ms;
    await flush();
    while (clock.step(until)) await flush();
    clock.time = Math.max(clock.time, until);
    await flush();
  };

  // warm up one cycle, then the baseline
  let rtc = wrap();
  rtc.dispose();
  await settle(10);
  gc();
  const listenersBefore = client.totalListeners();
  const heapBefore = process.memoryUsage().heapUsed;
  rtc = wrap();

  const started = Date.now();
  const maxSteps = options.steps ?? Infinity;
  let steps = 0;
  while (steps < maxSteps && (options.durationMs === undefined || Date.now() - started < options.durationMs)) {
    steps += 1;
    // the fake records its calls: dropped, so that only the wrap's memory is measured
    client.calls.length = 0;
    const action = random();
    if (action < 0.25) {
      client.script('join', pick(joinBehaviours));
      track(client.join('app', 'ch', 'tok'));
      track(rtc.invoke('join', ['app', 'ch', 'tok']));
    } else if (action < 0.45) {
      const n = 50 + Math.floor(random() * 500);
      const shape = Math.floor(random() * 3);
      for (let i = 0; i < n; i += 1) {
        const uid = shape === 2 ? i : 42;
        const code = shape === 1 && i % 2 === 1 ? 1003 : 2001;
        client.emit('exception', {
          code,
          msg: code === 2001 ? 'AUDIO_INPUT_LEVEL_TOO_LOW' : 'SEND_VIDEO_BITRATE_TOO_LOW',
          uid,
        });
      }
      if (random() < 0.3) client.emit('connection-state-change', 'DISCONNECTED', 'CONNECTED', 'UID_BANNED');
    } else if (action < 0.55) {
      const controller = new AbortController();
      client.script('join', hang);
      track(rtc.invoke('join', ['app', 'ch', 'tok'], { signal: controller.signal }));
      const at = Math.floor(random() * 4_000);
      clock.setTimeout(() => controller.abort(), at);
    } else if (action < 0.65) {
      client.script('setClientRole', pick([hang, () => later(10, () => undefined)]));
      track(rtc.invoke('setClientRole', ['host'], { timeoutMs: 500 + Math.floor(random() * 2_000) }));
    } else if (action < 0.72) {
      client.script('renewToken', () => later(20, () => undefined));
      client.emit('token-privilege-will-expire');
    } else if (action < 0.76) {
      // misuse: rejects, never throws
      track(rtc.invoke('join', [] as never, { signal: {} as AbortSignal }));
      track(rtc.invoke('noSuchOperation' as never));
    } else if (action < 0.82) {
      rtc.dispose();
      track(rtc.invoke('join'));
      rtc = wrap();
    } else {
      client.emit('connection-state-change', 'CONNECTED', 'CONNECTING');
    }
    await settle(Math.floor(random() * 3_000));
    if (options.log && steps % 1_000 === 0) options.log(`  ${steps} steps, ${operations} operations`);
  }
  rtc.dispose();
  // let every deadline pass: late outcomes, held events, windows
  await settle(120_000);
  await new Promise((r) => setTimeout(r, 0));
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.off('unhandledRejection', onUnhandled);
  const listenersAfter = client.totalListeners();
  client.off('user-published', appListener);
  return {
    seed,
    steps,
    operations,
    settled,
    unhandledRejections: unhandled.length,
    listenersBefore,
    listenersAfter,
    heapBefore,
    heapAfter,
    errorsEmitted,
    warningsEmitted,
    wraps,
    virtualMs: clock.time,
    wallMs: Date.now() - started,
  };
}
