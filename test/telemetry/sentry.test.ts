/**
 * rtc-errors/sentry against the real Sentry Node SDK (its default integrations, linked errors
 * included) with a transport that keeps the envelopes. Every test also checks that no secret of
 * the fixtures was sent.
 */
import { createTransport, parseEnvelope, type Envelope, type Event } from '@sentry/core';
import * as Sentry from '@sentry/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { RtcError, wrapClient } from '../../src/index.js';
import { INTEGRATION_NAME, reportToSentry, rtcErrorsIntegration } from '../../src/sentry/index.js';
import { FakeNgClient, ngError } from '../wrap/support.js';
import { ALIYUN, CERTIFICATE, FULL_TOKEN, LOGCAT, leakedSecrets } from './secrets.js';

const envelopes: Envelope[] = [];
/** Integrations of the test process that would act on the test runner itself. */
const LEFT_OUT = new Set(['OnUncaughtException', 'OnUnhandledRejection', 'Http', 'NodeFetch', 'ProcessSession']);

beforeAll(() => {
  Sentry.init({
    dsn: 'https://public@sentry.example.invalid/1',
    transport: (options) =>
      createTransport(options, (request) => {
        envelopes.push(parseEnvelope(request.body));
        return Promise.resolve({ statusCode: 200 });
      }),
    integrations: (defaults) => [...defaults.filter((i) => !LEFT_OUT.has(i.name)), rtcErrorsIntegration()],
  });
}, 120_000);

afterEach(() => {
  envelopes.length = 0;
  Sentry.getCurrentScope().clearBreadcrumbs();
  Sentry.getIsolationScope().clearBreadcrumbs();
});

/** The events sent since the last test. */
async function sentEvents(): Promise<Event[]> {
  await Sentry.flush(5_000);
  return envelopes.flatMap((envelope) =>
    envelope[1].filter(([header]) => header.type === 'event').map(([, body]) => body as Event),
  );
}

function failingClient(): FakeNgClient {
  return new FakeNgClient()
    .script('publish', async () => {
      throw ngError('INVALID_PARAMS', `bad track; ${LOGCAT.line}; wss://gw.example/ws?token=${FULL_TOKEN}`);
    })
    .script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', `request timeout ${ALIYUN.line}`);
    });
}

describe('rtcErrorsIntegration', () => {
  it('is installed by name and gives an RtcError event its fingerprint, level, tags and rtc context', async () => {
    expect(Sentry.getClient()?.getIntegrationByName(INTEGRATION_NAME)).toBeDefined();
    const cause = ngError('INVALID_PARAMS', `bad track token=${FULL_TOKEN}`);
    const error = new RtcError({
      code: 'invalid_params',
      vendor: 'agora-ng',
      vendorCode: 'INVALID_PARAMS',
      severity: 'fatal',
      detail: `bad track token=${FULL_TOKEN}`,
      operation: 'publish',
      context: { msg: ALIYUN.line, appCertificate: CERTIFICATE },
      cause,
    });
    Sentry.captureException(error);
    const [event] = await sentEvents();
    expect(event?.fingerprint).toEqual(['rtc', 'agora-ng', 'invalid_params']);
    expect(event?.level).toBe('error');
    expect(event?.tags).toMatchObject({
      'rtc.vendor': 'agora-ng',
      'rtc.code': 'invalid_params',
      'rtc.severity': 'fatal',
      'rtc.operation': 'publish',
    });
    const rtc = event?.contexts?.rtc as Record<string, unknown>;
    expect(rtc).toMatchObject({ name: 'RtcError', code: 'invalid_params', vendorCode: 'INVALID_PARAMS' });
    expect(rtc.detail).toBe('bad track token=***');
    expect((rtc.context as Record<string, unknown>).appCertificate).toBe('***');
    // the linked original error (from `cause`) is there, its text redacted
    const values = event?.exception?.values ?? [];
    expect(values.map((v) => v.type)).toEqual(['AgoraRTCException', 'RtcError']);
    expect(values[0]?.value).toContain('token=***');
    expect(leakedSecrets(envelopes)).toEqual([]);
  });

  it('makes one issue per code whatever the message, a recoverable one a warning', async () => {
    // (two statements: Sentry's Dedupe drops an event with the same message and stack as the last)
    Sentry.captureException(new RtcError({ code: 'network_timeout', vendor: 'aliyun', detail: 'first text' }));
    Sentry.captureException(new RtcError({ code: 'network_timeout', vendor: 'aliyun', detail: 'another text' }));
    const events = await sentEvents();
    expect(events.map((e) => [e.fingerprint, e.level])).toEqual([
      [['rtc', 'aliyun', 'network_timeout'], 'warning'],
      [['rtc', 'aliyun', 'network_timeout'], 'warning'],
    ]);
    expect(leakedSecrets(envelopes)).toEqual([]);
  });

  it('leaves other events alone and never throws, whatever it is given', async () => {
    Sentry.captureException(new Error('plain'));
    const [event] = await sentEvents();
    expect(event?.fingerprint).toBeUndefined();
    expect(event?.tags?.['rtc.code']).toBeUndefined();
    const integration = rtcErrorsIntegration();
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    const rtcError = new RtcError({ code: 'unknown', vendor: 'agora-ng' });
    for (const [ev, hint] of [
      [{}, undefined],
      [hostile, { originalException: rtcError }],
      [{ exception: hostile }, { originalException: rtcError }],
      [{}, hostile],
      [null, { originalException: rtcError }],
    ] as const) {
      expect(() => integration.processEvent?.(ev as never, hint as never, Sentry.getClient() as never)).not.toThrow();
    }
    expect(() => rtcErrorsIntegration({ redact: { patterns: 'x' as never } })).toThrow(TypeError);
    expect(leakedSecrets(envelopes)).toEqual([]);
  });
});

describe('reportToSentry', () => {
  it('captures fatal errors (enriched without the integration), recoverable ones as breadcrumbs', async () => {
    const client = failingClient();
    const rtc = wrapClient(client, agoraNgAdapter, { label: 'camera', sdkVersion: '4.24.8', retry: false });
    const stop = reportToSentry(rtc);
    client.emit('exception', { code: 1001, msg: `low fps token=${FULL_TOKEN}`, uid: 3310 });
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    const events = await sentEvents();
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.fingerprint).toEqual(['rtc', 'agora-ng', 'invalid_params']);
    expect(event?.tags).toMatchObject({ 'rtc.client.label': 'camera', 'rtc.sdk.version': '4.24.8' });
    const crumbs = (event?.breadcrumbs ?? []).filter((b) => b.category === 'rtc');
    expect(crumbs).toHaveLength(1);
    expect(crumbs[0]).toMatchObject({
      level: 'warning',
      type: 'error',
      data: { 'rtc.code': 'device_warning', vendorCode: '1001', context: { uid: 3310, msg: 'low fps token=***' } },
    });
    expect(leakedSecrets(envelopes)).toEqual([]);
    stop();
    rtc.dispose();
  });

  it('captures a give-up once (it also arrives as fatal), with its attempts', async () => {
    const client = failingClient();
    const rtc = wrapClient(client, agoraNgAdapter, {
      retry: { join: { maxAttempts: 2, backoff: { initialDelayMs: 1, maxDelayMs: 1 } } },
    });
    const fatal: RtcError[] = [];
    rtc.on('fatal', (e) => fatal.push(e));
    const stop = reportToSentry(rtc);
    await expect(client.join('app', 'support-room-42', LOGCAT.value)).rejects.toMatchObject({
      code: 'network_timeout',
      severity: 'fatal',
    });
    expect(fatal).toHaveLength(1);
    const events = await sentEvents();
    expect(events).toHaveLength(1);
    expect(events[0]?.tags).toMatchObject({ 'rtc.giveup': 'true', 'rtc.attempts': '2', 'rtc.code': 'network_timeout' });
    expect(events[0]?.level).toBe('error');
    expect(leakedSecrets(envelopes)).toEqual([]);
    stop();
    rtc.dispose();
  });

  it("recoverable: 'capture' captures them as warnings; 'ignore' drops them", async () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, agoraNgAdapter, { coalesce: false });
    const stop = reportToSentry(rtc, { recoverable: 'capture' });
    client.emit('exception', { code: 1001, msg: `token=${FULL_TOKEN}`, uid: 1 });
    stop();
    const stopIgnore = reportToSentry(rtc, { recoverable: 'ignore' });
    client.emit('exception', { code: 1001, msg: 'again', uid: 1 });
    Sentry.captureMessage('after');
    const events = await sentEvents();
    // the transport may deliver the two envelopes in either order
    expect(events.map((e) => e.level).sort()).toEqual(['info', 'warning']);
    const after = events.find((e) => e.message === 'after');
    expect(after).toBeDefined();
    expect(after?.breadcrumbs?.filter((b) => b.category === 'rtc') ?? []).toEqual([]);
    expect(() => reportToSentry(rtc, { recoverable: 'loud' as never })).toThrow(/"recoverable"/);
    expect(leakedSecrets(envelopes)).toEqual([]);
    stopIgnore();
    rtc.dispose();
  });

  it('bad input: a Sentry that throws, a disposed handle, stop twice, hostile context; nothing reaches the app', async () => {
    const throwing = {
      captureException: () => {
        throw new Error('capture boom');
      },
      addBreadcrumb: () => {
        throw new Error('crumb boom');
      },
    };
    const client = failingClient();
    const rtc = wrapClient(client, agoraNgAdapter, { retry: false });
    const stop = reportToSentry(rtc, { sentry: throwing });
    client.emit('exception', { code: 1001, msg: 'x', uid: 1 });
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    stop();
    stop();
    rtc.dispose();
    const afterDispose = reportToSentry(rtc);
    await expect(client.publish([])).rejects.toBeDefined(); // the SDK's own rejection
    afterDispose();
    afterDispose();
    expect(() => reportToSentry({} as never)).toThrow(TypeError);

    // an RtcError whose context holds hostile values, through a handle-like source
    const listeners = new Map<string, (e: unknown) => void>();
    const source = {
      adapter: agoraNgAdapter,
      disposed: false,
      on: (name: string, fn: (e: unknown) => void) => listeners.set(name, fn),
      off: (name: string) => listeners.delete(name),
    };
    const stopHostile = reportToSentry(source as never);
    const hostile = new RtcError({ code: 'network_degraded', vendor: 'agora-ng', context: {} });
    Object.defineProperty(hostile, 'context', {
      value: new Proxy({ token: FULL_TOKEN }, { ownKeys: () => ['token', 'trap'], get: () => FULL_TOKEN }),
    });
    expect(() => listeners.get('recoverable')?.(hostile)).not.toThrow();
    const fatalHostile = new RtcError({
      code: 'token_expired',
      vendor: 'agora-ng',
      severity: 'fatal',
      detail: `${'y'.repeat(50_000)} ${FULL_TOKEN}`,
      context: { signature: CERTIFICATE },
      cause: { nonce: ALIYUN.value, nested: { token: LOGCAT.value } },
    });
    expect(() => listeners.get('fatal')?.(fatalHostile)).not.toThrow();
    stopHostile();
    expect(listeners.size).toBe(0);
    const events = await sentEvents();
    expect(events.map((e) => e.tags?.['rtc.code'])).toEqual(['token_expired']);
    expect(leakedSecrets(envelopes)).toEqual([]);
  });
});
