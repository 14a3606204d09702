/**
 * wrapClient over an Agora native engine (React Native / Electron / Flutter `IRtcEngine`) — a fake
 * engine whose methods return negative numbers on failure and whose events go to a registered
 * handler — so the scenario runs anywhere:
 *
 *   npx tsx examples/agora-native.ts
 *
 * The wrapped methods return the SDK's value unchanged and emit the error; the promise forms
 * (`rtc.promise.joinChannel(...)`) reject with it, after the retry policy.
 */
import { agoraNativeAdapter } from '../adapters/agora-native/index.js';
import { wrapClient } from '../src/index.js';

type Handler = Record<string, ((...args: unknown[]) => void) | undefined>;

/** A fake IRtcEngine: not initialized until initialize() is called. */
class FakeRtcEngine {
  readonly handlers: Handler[] = [];
  private initialized = false;
  registerEventHandler(handler: Handler): boolean {
    this.handlers.push(handler);
    return true;
  }
  unregisterEventHandler(handler: Handler): boolean {
    this.handlers.splice(this.handlers.indexOf(handler), 1);
    return true;
  }
  fire(name: string, ...args: unknown[]): void {
    for (const h of this.handlers) h[name]?.(...args);
  }
  initialize(_context: { appId: string }): number {
    this.initialized = true;
    return 0;
  }
  joinChannel(_token: string, _channelId: string, _uid: number, _options: object): number {
    return this.initialized ? 0 : -7; // ERR_NOT_INITIALIZED
  }
  renewToken(token: string): number {
    console.log(`  [sdk] renewToken(${token})`);
    return 0;
  }
}

const engine = new FakeRtcEngine();
const rtc = wrapClient(engine, agoraNativeAdapter, { renewToken: () => 'token-2' });
rtc.on('error', (e) =>
  console.log(
    `error: ${e.code} (${e.severity}) from ${e.operation ?? 'an event'}; vendor code ${String(e.vendorCode ?? '-')}`,
  ),
);
rtc.on('recovered', (r) => console.log(`recovered: ${r.code} (${r.detail ?? ''})`));
console.log(`event handlers registered: ${engine.handlers.length}`);

console.log('\n1. joinChannel before initialize: the return value is unchanged, the error is emitted');
const ret = engine.joinChannel('token', 'room-1', 0, {});
console.log(`joinChannel returned ${ret}`);

console.log('\n2. the promise form rejects with the RtcError');
await rtc.promise
  .joinChannel('token', 'room-1', 0, {})
  .catch((e: unknown) => console.log(`rejected: ${(e as Error).name}`));

console.log('\n3. initialize, then join');
engine.initialize({ appId: 'app' });
console.log(`joinChannel returned ${engine.joinChannel('token', 'room-1', 0, {})}`);

console.log('\n4. onError / onRequestToken events');
engine.fire('onError', 1005, 'ADM general error');
engine.fire('onRequestToken', { channelId: 'room-1', localUid: 0 });
await new Promise((resolve) => setTimeout(resolve, 10));

rtc.dispose();
console.log(`\ndisposed; event handlers registered: ${engine.handlers.length}`);
