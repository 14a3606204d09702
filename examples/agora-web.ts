/**
 * wrapClient over an Agora Web SDK 3.x client — a fake `Client` with the SDK's callback
 * signatures — so the scenario runs anywhere:
 *
 *   npx tsx examples/agora-web.ts
 *
 * The wrapped client keeps its callbacks (`onFailure` now receives an RtcError, after the retry
 * policy) and offers promise forms too (`rtc.promise.join(...)`).
 */
import { agoraWebAdapter } from '../adapters/agora-web/index.js';
import { wrapClient, type RtcError } from '../src/index.js';

type Listener = (...args: unknown[]) => void;

/** A fake 3.x Client: join times out once, then succeeds; publish reports success by event. */
class FakeAgoraWebClient {
  private listeners = new Map<string, Listener[]>();
  private joins = 0;
  on(event: string, fn: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
  }
  off(event: string, fn: Listener): void {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((f) => f !== fn),
    );
  }
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
  count(): number {
    return [...this.listeners.values()].reduce((n, l) => n + l.length, 0);
  }
  init(appId: string, onSuccess?: () => void, onFailure?: (err: string) => void): void {
    if (appId.length !== 32) onFailure?.('INVALID_VENDOR_KEY');
    else onSuccess?.();
  }
  join(
    _token: string | null,
    _channel: string,
    uid: number | string | null,
    onSuccess?: (uid: number) => void,
    onFailure?: (err: string) => void,
  ): void {
    this.joins += 1;
    console.log(`  [sdk] join #${this.joins}`);
    setTimeout(() => (this.joins === 1 ? onFailure?.('ERR_JOIN_CHANNEL_TIMEOUT') : onSuccess?.(Number(uid ?? 1))), 5);
  }
  publish(stream: unknown, _onFailure?: (err: string) => void): void {
    setTimeout(() => this.emit('stream-published', { stream }), 5);
  }
  leave(onSuccess?: () => void): void {
    onSuccess?.();
  }
}

const client = new FakeAgoraWebClient();
const rtc = wrapClient(client, agoraWebAdapter, {
  retry: { join: { backoff: { initialDelayMs: 20, maxDelayMs: 100 } } },
});
rtc.on('error', (e) =>
  console.log(`error: ${e.code} (${e.severity}) in ${e.operation ?? '-'}: ${e.detail ?? e.message}`),
);
rtc.on('retry', ({ error, delayMs }) => console.log(`retry: ${error.code}, again in ${delayMs} ms`));

console.log('1. init with a bad App ID: the failure callback gets an RtcError');
await new Promise<void>((resolve) =>
  client.init(
    'short',
    () => resolve(),
    (err) => {
      const e = err as unknown as RtcError;
      console.log(`onFailure(${e.name}: ${e.code}, vendor code ${String(e.vendorCode ?? e.cause)})`);
      resolve();
    },
  ),
);

console.log('\n2. join with callbacks (the SDK times out once)');
await new Promise<void>((resolve) =>
  client.join(
    'token',
    'room-1',
    42,
    (uid) => {
      console.log(`onSuccess(${uid})`);
      resolve();
    },
    (err) => {
      console.log(`onFailure(${(err as unknown as RtcError).code})`);
      resolve();
    },
  ),
);

console.log('\n3. promise forms: publish resolves on the stream-published event');
const stream = { id: 'local' };
const published = await rtc.promise.publish(stream as never);
console.log(`published: ${JSON.stringify(published)}`);

rtc.dispose();
console.log(`\ndisposed; SDK listeners left: ${client.count()}`);
