/**
 * Fails the test during which an unhandled promise rejection happens (registered in
 * vitest.config.ts `setupFiles`). The real `setImmediate` is kept before any test fakes timers,
 * so the check can let Node report pending rejections first.
 */
import { afterEach } from 'vitest';

const realSetImmediate = setImmediate;
const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => {
  unhandled.push(reason);
});

afterEach(async () => {
  await new Promise<void>((resolve) => realSetImmediate(resolve));
  if (unhandled.length > 0) {
    const reasons = unhandled.splice(0);
    throw new Error(`unhandled promise rejection(s) during this test: ${reasons.map((r) => String(r)).join('; ')}`);
  }
});
