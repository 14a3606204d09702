/**
 * wrapClient over an Alibaba Cloud RTC `AliRtcEngine` — a fake engine (eventemitter3, promise
 * methods, errors whose `code` is a prototype getter) — so the scenario runs anywhere:
 *
 *   npx tsx examples/aliyun.ts
 */
import { EventEmitter } from 'eventemitter3';
import { aliyunAdapter } from '../adapters/aliyun/index.js';
import { fromSdkPromise, wrapClient, type RtcError } from '../src/index.js';

/** Shaped like the SDK's AliRtcError: `code` and `reason` are getters over private fields. */
class AliRtcError extends Error {
  #code: number;
  #reason: string;
  constructor(code: number, reason: string) {
    super(reason);
    this.#code = code;
    this.#reason = reason;
  }
  get code(): number {
    return this.#code;
  }
  get reason(): string {
    return this.#reason;
  }
}

/** A fake AliRtcEngine: the signaling heartbeat times out on the first join. */
class FakeAliRtcEngine extends EventEmitter {
  private joins = 0;
  async joinChannel(authInfo: { channelId: string; userId: string; token: string }, userName?: string): Promise<void> {
    this.joins += 1;
    console.log(`  [sdk] joinChannel #${this.joins} as ${userName ?? authInfo.userId}`);
    if (this.joins === 1) throw new AliRtcError(0x0102020c, 'signal heartbeat is timeout');
  }
  async startPreview(): Promise<void> {
    throw new AliRtcError(10001, 'no microphone found');
  }
  async refreshAuthInfo(authInfo: unknown): Promise<void> {
    console.log(`  [sdk] refreshAuthInfo(${JSON.stringify(authInfo)})`);
  }
  async leaveChannel(): Promise<void> {}
}

const engine = new FakeAliRtcEngine();
const rtc = wrapClient(engine, aliyunAdapter, {
  retry: { joinChannel: { backoff: { initialDelayMs: 20, maxDelayMs: 100 } } },
  renewToken: async () => ({ channelId: 'room-1', userId: 'u1', token: 'token-2', timestamp: 1_900_000_000 }),
});
const hex = (code: RtcError['vendorCode']): string =>
  typeof code === 'number' ? `0x${code.toString(16)}` : String(code ?? '-');
const show = (e: RtcError): string =>
  `${e.code} (${e.severity}), vendor code ${hex(e.vendorCode)}: ${e.detail ?? e.message}`;
rtc.on('error', (e) => console.log(`error: ${show(e)}`));
rtc.on('retry', ({ error, delayMs }) => console.log(`retry: ${error.code}, again in ${delayMs} ms`));
rtc.on('recovered', (r) => console.log(`recovered: ${r.code}`));

console.log('1. joinChannel');
await engine.joinChannel({ channelId: 'room-1', userId: 'u1', token: 'token-1' }, 'Alice').then(
  () => console.log('joined'),
  (e: unknown) => console.log(`join rejected: ${(e as RtcError).code}`),
);

console.log('\n2. startPreview as a Result');
const preview = await fromSdkPromise(() => engine.startPreview(), aliyunAdapter, { operation: 'startPreview' });
console.log(preview.isErr() ? `Err(${preview.error.code})` : 'Ok');

console.log('\n3. SDK events: occurError, authInfoWillExpire');
engine.emit('occurError', new AliRtcError(0x0102020c, 'signal heartbeat is timeout'), 'u2');
engine.emit('authInfoWillExpire');
await new Promise((resolve) => setTimeout(resolve, 10));

rtc.dispose();
console.log(`\ndisposed; SDK listeners left: ${engine.eventNames().length}`);
