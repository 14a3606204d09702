/**
 * wrapClient over an Agora Web SDK 4.x ("NG") client — here a fake client shaped like
 * `IAgoraRTCClient` that fails the way the SDK does, so the scenario runs anywhere:
 *
 *   npx tsx examples/agora-ng.ts
 *
 * What the error codes read depends on the agora-ng adapter's catalog; the mechanism (retries,
 * events, token renewal, dispose) is the same whatever the catalog says.
 */
import { EventEmitter } from 'eventemitter3';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { attemptForms, retryBudget, wrapClient, type RtcError } from '../src/index.js';

/** Shaped like the SDK's AgoraRTCError: name `AgoraRTCException`, `code`, optional `data`. */
class AgoraRTCError extends Error {
  constructor(
    readonly code: string,
    detail: string,
    readonly data?: { retry?: boolean },
  ) {
    super(`AgoraRTCError ${code}: ${detail}`);
    this.name = 'AgoraRTCException';
  }
}

/** A fake IAgoraRTCClient: join fails twice on the network, then succeeds. */
class FakeAgoraNgClient extends EventEmitter {
  joins = 0;
  async join(_appid: string, _channel: string, token: string | null, uid?: number | null): Promise<number> {
    this.joins += 1;
    console.log(`  [sdk] join #${this.joins} with token ${token}`);
    if (this.joins === 1) {
      throw new AgoraRTCError(
        'CAN_NOT_GET_GATEWAY_SERVER',
        'flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: timeout',
      );
    }
    if (this.joins === 2) throw new AgoraRTCError('NETWORK_TIMEOUT', 'request timeout');
    return uid ?? 1234;
  }
  async publish(_tracks: unknown): Promise<void> {
    throw new AgoraRTCError('INVALID_OPERATION', "Can't publish stream, haven't joined yet!", { retry: false });
  }
  async renewToken(token: string): Promise<void> {
    console.log(`  [sdk] renewToken(${token})`);
  }
  async leave(): Promise<void> {}
}

const describeError = (e: RtcError): string =>
  `${e.code} (${e.severity}${e.vendorCode !== undefined ? `, vendor ${String(e.vendorCode)}` : ''}${e.operation ? `, in ${e.operation}` : ''}) — ${e.action}`;

const client = new FakeAgoraNgClient();
const listenersBefore = client.eventNames().reduce((n, e) => n + client.listenerCount(e), 0);
const rtc = wrapClient(client, agoraNgAdapter, {
  retry: { join: { maxAttempts: 5, budgetMs: 30_000, backoff: { initialDelayMs: 50, maxDelayMs: 400 } } },
  retryBudget: retryBudget({ capacity: 10 }),
  renewToken: async ({ reason }) => {
    console.log(`  [app] fetching a new token (${reason})`);
    return 'token-2';
  },
});

rtc.on('error', (e) => console.log(`error:       ${describeError(e)}`));
rtc.on('fatal', (e) => console.log(`fatal:       show a banner: "${e.action}"`));
rtc.on('retry', ({ error, attempt, delayMs }) =>
  console.log(`retry:       attempt ${attempt} failed with ${error.code}; next in ${delayMs} ms`),
);
rtc.on('giveup', ({ attempts, error }) =>
  console.log(`giveup:      after ${attempts} attempts (${String(error.context.giveUpReason)})`),
);
rtc.on('recovered', (r) => console.log(`recovered:   ${r.code} ${r.detail ?? ''}`));

console.log(`same client object: ${rtc.client === client}`);

console.log('\n1. join (the gateway is unreachable, then a request times out)');
try {
  const uid = await rtc.client.join('app-id', 'room-1', 'token-1', 7);
  console.log(`joined as ${uid}`);
} catch (e) {
  console.log(`join rejected with an RtcError: ${(e as RtcError).code}`);
}

console.log('\n2. the SDK warns that the token will expire');
client.emit('token-privilege-will-expire');
await new Promise((resolve) => setTimeout(resolve, 10));

console.log('\n3. publish fails; the vendor says not to retry (data.retry === false)');
const published = await attemptForms(rtc).publish([]);
published.match(
  () => console.log('published'),
  (e) => console.log(`publish result: Err(${e.code}, retryable=${e.retry.retryable})`),
);

rtc.dispose();
const listenersAfter = client.eventNames().reduce((n, e) => n + client.listenerCount(e), 0);
console.log(
  `\ndisposed: SDK listeners ${listenersBefore} -> ${listenersAfter}; join restored: ${client.join === FakeAgoraNgClient.prototype.join}`,
);
