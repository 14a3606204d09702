/**
 * Fails the test during which an unhandled promise rejection happens (registered in
 * vitest.config.ts `setupFiles`). The real `setImmediate` is kept before any test fakes timers,
 * so the check can let Node report pending rejections first. One process listener per worker,
 * however many test files the worker runs.
 */
import { afterEach } from 'vitest';

const KEY = Symbol.for('rtc-errors.test.unhandledRejections');
const store = globalThis as { [KEY]?: unknown[] };
let unhandled = store[KEY];
if (!unhandled) {
  const list: unknown[] = [];
  unhandled = list;
  store[KEY] = list;
  process.on('unhandledRejection', (reason) => {
    list.push(reason);
  });
}
const pending = unhandled;
const realSetImmediate = setImmediate;

afterEach(async () => {
  await new Promise<void>((resolve) => realSetImmediate(resolve));
  if (pending.length > 0) {
    const reasons = pending.splice(0);
    throw new Error(`unhandled promise rejection(s) during this test: ${reasons.map((r) => String(r)).join('; ')}`);
  }
});
