/**
 * rtc-errors/sentry: normalized errors in Sentry, one issue per unified code, secrets redacted —
 * here into the real Sentry Node SDK with a transport that prints each event instead of sending
 * it, over a fake Agora NG client, so the scenario runs anywhere:
 *
 *   npx tsx examples/sentry.ts
 *
 * In an app, keep your own `Sentry.init` (browser or Node, SDK 8 or later) and add the
 * integration; `reportToSentry(rtc)` does the capturing.
 */
import { createTransport, parseEnvelope, type Event } from '@sentry/core';
import * as Sentry from '@sentry/node';
import { EventEmitter } from 'eventemitter3';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { wrapClient } from '../src/index.js';
import { reportToSentry, rtcErrorsIntegration } from '../src/sentry/index.js';

const TOKEN = '006e8c1f0a2b3c4d5e6f708192a3b4c5d6eIAAyc2VjcmV0LXNpZ25hdHVyZS1ieXRlcy1mb3ItdGhlLWV4YW1wbGU=';
const sent: string[] = [];

Sentry.init({
  dsn: 'https://public@sentry.example.invalid/1',
  // a transport that keeps the envelopes (yours sends them to Sentry)
  transport: (options) =>
    createTransport(options, (request) => {
      const body = typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body);
      sent.push(body);
      for (const [header, item] of parseEnvelope(request.body)[1]) {
        if (header.type !== 'event') continue;
        const event = item as Event;
        const crumbs = (event.breadcrumbs ?? []).filter((b) => b.category === 'rtc').map((b) => b.message);
        console.log(`event level=${event.level} fingerprint=${JSON.stringify(event.fingerprint)}`);
        console.log(`  tags: ${JSON.stringify(event.tags)}`);
        console.log(`  exceptions: ${JSON.stringify(event.exception?.values?.map((v) => `${v.type}: ${v.value}`))}`);
        console.log(`  breadcrumbs: ${JSON.stringify(crumbs)}`);
      }
      return Promise.resolve({ statusCode: 200 });
    }),
  integrations: (defaults) => [
    ...defaults.filter((i) => !['OnUncaughtException', 'OnUnhandledRejection'].includes(i.name)),
    rtcErrorsIntegration(),
  ],
});

/** Shaped like the SDK's AgoraRTCError (name `AgoraRTCException`, message `AgoraRTCError CODE: detail`). */
class AgoraRTCError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(`AgoraRTCError ${code}: ${detail}`);
    this.name = 'AgoraRTCException';
  }
}

/** A fake IAgoraRTCClient whose gateway keeps timing out. */
class FakeClient extends EventEmitter {
  async join(appId: string, channel: string, token: string): Promise<number> {
    throw new AgoraRTCError('NETWORK_TIMEOUT', `request timeout wss://gw/?token=${token}`);
  }
  async leave(): Promise<void> {}
}

const client = new FakeClient();
const rtc = wrapClient(client, agoraNgAdapter, {
  label: 'camera',
  retry: { join: { maxAttempts: 2, backoff: { initialDelayMs: 10, maxDelayMs: 20 } } },
});
const stop = reportToSentry(rtc);

client.emit('exception', { code: 1001, msg: 'FRAMERATE_INPUT_TOO_LOW', uid: 7 });
await client.join('app-id', 'room-1', TOKEN).catch((e: Error) => console.log(`join rejected: ${e.message}`));
await Sentry.flush(5_000);
console.log(`events sent: ${sent.length}`);
console.log(`token in anything sent: ${sent.some((body) => body.includes(TOKEN))}`);
stop();
rtc.dispose();
await Sentry.close(2_000);
