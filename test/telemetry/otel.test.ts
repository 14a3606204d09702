/**
 * rtc-errors/otel against the real OpenTelemetry SDKs (sdk-metrics, sdk-logs, sdk-trace-base with
 * in-memory exporters). Every test also checks that no secret of the fixtures was exported.
 */
import { metrics, trace, type Attributes } from '@opentelemetry/api';
import { logs } from '@opentelemetry/api-logs';
import {
  InMemoryLogRecordExporter,
  LoggerProvider,
  SimpleLogRecordProcessor,
  type ReadableLogRecord,
} from '@opentelemetry/sdk-logs';
import { MeterProvider, MetricReader, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { EventEmitter } from 'eventemitter3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { ATTR, METRICS, recordToOpenTelemetry } from '../../src/otel/index.js';
import { RtcError, wrapClient } from '../../src/index.js';
import { FakeNgClient, ngError } from '../wrap/support.js';
import { ALIYUN, ALIYUN_JSON, CERTIFICATE, FULL_TOKEN, LOGCAT, leakedSecrets } from './secrets.js';

class TestReader extends MetricReader {
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

function setup() {
  const reader = new TestReader();
  const meterProvider = new MeterProvider({ readers: [reader] });
  const logExporter = new InMemoryLogRecordExporter();
  const loggerProvider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: logExporter })] });
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spanExporter)] });
  const collect = async (): Promise<ResourceMetrics> => (await reader.collect()).resourceMetrics;
  return { reader, meterProvider, logExporter, loggerProvider, spanExporter, tracerProvider, collect };
}

interface Point {
  attributes: Attributes;
  value: unknown;
}
function points(rm: ResourceMetrics, name: string): Point[] {
  const out: Point[] = [];
  for (const scope of rm.scopeMetrics)
    for (const metric of scope.metrics)
      if (metric.descriptor.name === name)
        for (const p of metric.dataPoints) out.push({ attributes: p.attributes, value: p.value });
  return out;
}
function sum(rm: ResourceMetrics, name: string, where: Attributes = {}): number {
  return points(rm, name)
    .filter((p) => Object.entries(where).every(([k, v]) => p.attributes[k] === v))
    .reduce((n, p) => n + (p.value as number), 0);
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A client whose join fails once (a token in the detail) then succeeds, and whose publish fails fatally. */
function scriptedClient(): FakeNgClient {
  return new FakeNgClient()
    .script(
      'join',
      async () => {
        throw ngError('NETWORK_TIMEOUT', `request timeout; ${LOGCAT.line}`);
      },
      async () => 7,
    )
    .script('publish', async () => {
      throw ngError('INVALID_PARAMS', `bad track at wss://gw.example/ws?token=${FULL_TOKEN}&nonce=${ALIYUN.value}`);
    });
}

afterEach(() => {
  metrics.disable();
  logs.disable();
  trace.disable();
});

describe('recordToOpenTelemetry: metrics', () => {
  it('counts errors with bounded attributes, retries, saves, unknown codes and recovery durations', async () => {
    const t = setup();
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter, {
      label: 'camera',
      sdkVersion: '4.24.8',
      coalesce: { windowMs: 20 },
      retry: { join: { backoff: { initialDelayMs: 1, maxDelayMs: 2 } } },
    });
    let clock = 1_000;
    const stop = recordToOpenTelemetry(rtc, { ...t, now: () => clock });
    await expect(client.join('app', 'support-room-42', LOGCAT.value)).resolves.toBe(7);
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    // a quality warning three times: reported once at once, then once with count 2
    for (let i = 0; i < 3; i += 1) client.emit('exception', { code: 1001, msg: ALIYUN_JSON, uid: 3310 });
    // a code the catalog does not know
    client.emit('exception', { code: 1999, msg: 'NEW_THING', uid: 3310 });
    await wait(60);
    clock += 2_500;
    client.emit('exception', { code: 3001, msg: 'FRAMERATE_INPUT_TOO_LOW_RECOVER', uid: 3310 });
    const rm = await t.collect();

    const errors = points(rm, METRICS.errors);
    const fps = errors.filter((p) => p.attributes[ATTR.errorType] === 'device_warning');
    expect(fps).toHaveLength(1);
    expect(fps[0]?.value).toBe(3);
    expect(fps[0]?.attributes).toEqual({
      [ATTR.vendor]: 'agora-ng',
      [ATTR.errorType]: 'device_warning',
      [ATTR.vendorCode]: '1001',
      [ATTR.severity]: 'recoverable',
      [ATTR.category]: 'device',
      [ATTR.label]: 'camera',
      [ATTR.sdkVersion]: '4.24.8',
    });
    expect(sum(rm, METRICS.errors, { [ATTR.errorType]: 'invalid_params' })).toBe(1);
    expect(errors.find((p) => p.attributes[ATTR.errorType] === 'invalid_params')?.attributes).toMatchObject({
      [ATTR.vendorCode]: 'INVALID_PARAMS',
      [ATTR.severity]: 'fatal',
      [ATTR.operation]: 'publish',
    });
    expect(errors.find((p) => p.attributes[ATTR.errorType] === 'unknown')?.attributes[ATTR.vendorCode]).toBe('other');
    // no user id, channel or free text as a metric attribute
    for (const p of errors) {
      expect(Object.keys(p.attributes).every((k) => k.startsWith('rtc.') || k === 'error.type')).toBe(true);
      expect(Object.values(p.attributes)).not.toContain(3310);
      expect(JSON.stringify(p.attributes)).not.toMatch(/support-room-42|3310|u-3310|nonce/);
    }
    expect(sum(rm, METRICS.retries, { [ATTR.operation]: 'join', [ATTR.errorType]: 'network_timeout' })).toBe(1);
    expect(sum(rm, METRICS.saves, { [ATTR.operation]: 'join', [ATTR.label]: 'camera' })).toBe(1);
    expect(sum(rm, METRICS.giveups)).toBe(0);
    expect(points(rm, METRICS.unknownCodes)).toEqual([
      { attributes: { [ATTR.vendor]: 'agora-ng', [ATTR.sdkVersion]: '4.24.8' }, value: 1 },
    ]);
    const durations = points(rm, METRICS.recoveryDuration);
    const byEvent = durations.find((p) => p.attributes[ATTR.recoveryKind] === 'event');
    expect(byEvent?.attributes[ATTR.errorType]).toBe('device_warning');
    expect((byEvent?.value as { sum: number; count: number }).count).toBe(1);
    expect((byEvent?.value as { sum: number }).sum).toBe(2.5);
    const byRetry = durations.find((p) => p.attributes[ATTR.recoveryKind] === 'retry');
    expect((byRetry?.value as { count: number }).count).toBe(1);
    expect(byRetry?.attributes[ATTR.operation]).toBe('join');

    expect(leakedSecrets(rm, t.logExporter.getFinishedLogRecords(), t.spanExporter.getFinishedSpans())).toEqual([]);
    stop();
    rtc.dispose();
  });

  it('counts a give-up, and creates its instruments once per meter provider', async () => {
    const t = setup();
    const getMeter = vi.spyOn(t.meterProvider, 'getMeter');
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', `timeout ${LOGCAT.line}`);
    });
    const rtc = wrapClient(client, agoraNgAdapter, {
      retry: { join: { maxAttempts: 2, backoff: { initialDelayMs: 1, maxDelayMs: 1 } } },
    });
    const stops = [recordToOpenTelemetry(rtc, t), recordToOpenTelemetry(rtc, t)];
    expect(getMeter).toHaveBeenCalledTimes(1);
    stops[1]?.();
    await expect(client.join('a', 'c', 't')).rejects.toMatchObject({ code: 'network_timeout', severity: 'fatal' });
    const rm = await t.collect();
    expect(sum(rm, METRICS.giveups, { [ATTR.operation]: 'join' })).toBe(1);
    expect(sum(rm, METRICS.errors, { [ATTR.errorType]: 'network_timeout', [ATTR.severity]: 'fatal' })).toBe(1);
    expect(leakedSecrets(rm, t.logExporter.getFinishedLogRecords())).toEqual([]);
    stops[0]?.();
    rtc.dispose();
  });

  it('uses the global providers by default', async () => {
    const t = setup();
    metrics.setGlobalMeterProvider(t.meterProvider);
    logs.setGlobalLoggerProvider(t.loggerProvider);
    trace.setGlobalTracerProvider(t.tracerProvider);
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter);
    const stop = recordToOpenTelemetry(rtc);
    await expect(client.publish([])).rejects.toBeDefined();
    const rm = await t.collect();
    expect(sum(rm, METRICS.errors, { [ATTR.errorType]: 'invalid_params' })).toBe(1);
    expect(t.logExporter.getFinishedLogRecords()).toHaveLength(1);
    expect(t.spanExporter.getFinishedSpans().map((s) => s.name)).toEqual(['rtc.publish']);
    expect(leakedSecrets(rm, t.logExporter.getFinishedLogRecords(), t.spanExporter.getFinishedSpans())).toEqual([]);
    stop();
    rtc.dispose();
  });
});

describe('recordToOpenTelemetry: logs', () => {
  it('writes one record per error, ERROR for fatal and WARN for recoverable, fields as redacted attributes', async () => {
    const t = setup();
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter, { label: 'screen' });
    const stop = recordToOpenTelemetry(rtc, t);
    await expect(client.publish([])).rejects.toBeDefined();
    client.emit('exception', { code: 1001, msg: `token=${FULL_TOKEN}`, uid: 3310 });
    const records: ReadableLogRecord[] = t.logExporter.getFinishedLogRecords();
    expect(records.map((r) => [r.severityText, r.severityNumber, r.attributes[ATTR.errorType]])).toEqual([
      ['ERROR', 17, 'invalid_params'],
      ['WARN', 13, 'device_warning'],
    ]);
    const fatal = records[0]!;
    expect(fatal.body).toBe(fatal.attributes[ATTR.exceptionMessage]);
    expect(fatal.attributes).toMatchObject({
      [ATTR.vendor]: 'agora-ng',
      [ATTR.exceptionType]: 'RtcError',
      [ATTR.vendorCode]: 'INVALID_PARAMS',
      [ATTR.vendorCodeRaw]: 'INVALID_PARAMS',
      [ATTR.severity]: 'fatal',
      [ATTR.category]: 'params',
      [ATTR.kind]: 'error',
      [ATTR.retryable]: false,
      [ATTR.retryStrategy]: 'none',
      [ATTR.operation]: 'publish',
      [ATTR.label]: 'screen',
    });
    expect(fatal.attributes[ATTR.detail]).toMatch(/token=\*\*\*&nonce=\*\*\*/);
    expect(fatal.attributes[ATTR.cause]).toMatch(/AgoraRTCException/);
    const warn = records[1]!;
    // ids are kept unless asked (support needs them); the token in the SDK's text is masked
    expect(warn.attributes[`${ATTR.context}uid`]).toBe(3310);
    expect(warn.attributes[`${ATTR.context}msg`]).toBe('token=***');
    expect(leakedSecrets(records)).toEqual([]);
    stop();
    rtc.dispose();
  });

  it('masks ids too with redact.ids, and extra patterns per call', async () => {
    const t = setup();
    const client = new FakeNgClient();
    const rtc = wrapClient(client, agoraNgAdapter);
    const stop = recordToOpenTelemetry(rtc, { ...t, redact: { ids: true, patterns: [/low fps/] } });
    client.emit('exception', { code: 1001, msg: `low fps appCertificate=${CERTIFICATE}`, uid: 3310 });
    const [record] = t.logExporter.getFinishedLogRecords();
    expect(record?.attributes[`${ATTR.context}uid`]).toBe('***');
    expect(record?.attributes[`${ATTR.context}msg`]).toBe('*** appCertificate=***');
    expect(leakedSecrets(t.logExporter.getFinishedLogRecords())).toEqual([]);
    stop();
    rtc.dispose();
  });
});

describe('recordToOpenTelemetry: traces', () => {
  it('makes each operation a span, each retry a span event, and records the final error', async () => {
    const t = setup();
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter, {
      label: 'camera',
      retry: { join: { backoff: { initialDelayMs: 1, maxDelayMs: 2 } } },
    });
    const stop = recordToOpenTelemetry(rtc, t);
    await client.join('app', 'support-room-42', LOGCAT.value);
    await expect(client.publish([])).rejects.toBeDefined();
    await rtc.invoke('leave');
    await wait(0);
    const spans = t.spanExporter.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(['rtc.join', 'rtc.publish', 'rtc.leave']);
    const [join, publish, leave] = spans;
    expect(join?.attributes).toMatchObject({ [ATTR.operation]: 'join', [ATTR.label]: 'camera' });
    expect(join?.status.code).toBe(0);
    expect(join?.events.map((e) => [e.name, e.attributes?.[ATTR.attempt], e.attributes?.[ATTR.errorType]])).toEqual([
      ['rtc.retry', 1, 'network_timeout'],
    ]);
    expect(publish?.status).toMatchObject({ code: 2 });
    expect(publish?.status.message).toMatch(/^invalid_params: /);
    expect(publish?.attributes[ATTR.errorType]).toBe('invalid_params');
    const exception = publish?.events.find((e) => e.name === 'exception');
    expect(exception?.attributes).toMatchObject({
      [ATTR.exceptionType]: 'RtcError',
      [ATTR.errorType]: 'invalid_params',
      [ATTR.vendorCode]: 'INVALID_PARAMS',
    });
    expect(leave?.status.code).toBe(0);
    expect(leakedSecrets(spans)).toEqual([]);
    stop();
    rtc.dispose();
  });

  it('ends the open spans on stop(); a span of an aborted operation is not an error', async () => {
    const t = setup();
    const client = new FakeNgClient().script('join', () => new Promise(() => undefined));
    const rtc = wrapClient(client, agoraNgAdapter);
    const stop = recordToOpenTelemetry(rtc, t);
    const pending = rtc.invoke('join', ['a', 'c', LOGCAT.value]).catch((e: unknown) => e);
    rtc.dispose();
    await expect(pending).resolves.toMatchObject({ code: 'operation_aborted' });
    await wait(0);
    const [aborted] = t.spanExporter.getFinishedSpans();
    expect(aborted?.attributes[ATTR.aborted]).toBe(true);
    expect(aborted?.status.code).toBe(0);
    stop();

    const t2 = setup();
    const client2 = new FakeNgClient().script('join', () => new Promise(() => undefined));
    const rtc2 = wrapClient(client2, agoraNgAdapter);
    const stop2 = recordToOpenTelemetry(rtc2, t2);
    const never = client2.join('a', 'c', 't').catch((e: unknown) => e); // aborted by dispose() below
    expect(t2.spanExporter.getFinishedSpans()).toHaveLength(0);
    stop2();
    expect(t2.spanExporter.getFinishedSpans().map((s) => s.name)).toEqual(['rtc.join']);
    expect(leakedSecrets(t.spanExporter.getFinishedSpans(), t2.spanExporter.getFinishedSpans())).toEqual([]);
    rtc2.dispose();
    await expect(never).resolves.toMatchObject({ code: 'operation_aborted' });
  });
});

describe('recordToOpenTelemetry: bad input', () => {
  it('a provider that throws: reported to onError, the app and the wrapped client go on', async () => {
    const failures: unknown[] = [];
    const throwing = {
      getMeter: () => {
        throw new Error('meter boom');
      },
    };
    const t = setup();
    const badLogger = {
      getLogger: () => ({
        emit: () => {
          throw new Error('emit boom');
        },
      }),
    };
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter);
    const fatal: RtcError[] = [];
    rtc.on('fatal', (e) => fatal.push(e));
    const stop = recordToOpenTelemetry(rtc, {
      meterProvider: throwing as never,
      loggerProvider: badLogger as never,
      tracerProvider: t.tracerProvider,
      onError: (e) => failures.push(e),
    });
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    expect(fatal).toHaveLength(1);
    expect(failures.map((f) => (f as Error).message)).toEqual(['meter boom', 'emit boom']);
    expect(t.spanExporter.getFinishedSpans()).toHaveLength(1);
    stop();
    rtc.dispose();
  });

  it('without onError, warns once; an onError that throws is contained', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const badMeter = {
      getMeter: () => ({
        createCounter: () => ({
          add: () => {
            throw new Error('add boom');
          },
        }),
        createHistogram: () => ({ record: () => undefined }),
      }),
    };
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter);
    const stop = recordToOpenTelemetry(rtc, { meterProvider: badMeter as never });
    await expect(client.publish([])).rejects.toBeDefined();
    await expect(client.publish([])).rejects.toBeDefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    stop();
    const stop2 = recordToOpenTelemetry(rtc, {
      meterProvider: badMeter as never,
      onError: () => {
        throw new Error('onError boom');
      },
    });
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    stop2();
    rtc.dispose();
  });

  it('a handle already disposed records nothing; stop twice is harmless; a non-handle is a TypeError', async () => {
    const t = setup();
    const client = scriptedClient();
    const rtc = wrapClient(client, agoraNgAdapter);
    rtc.dispose();
    const stop = recordToOpenTelemetry(rtc, t);
    await expect(client.publish([])).rejects.toBeDefined(); // the SDK's own rejection, unwrapped
    stop();
    stop();
    expect((await t.collect()).scopeMetrics.flatMap((s) => s.metrics)).toEqual([]);
    expect(t.logExporter.getFinishedLogRecords()).toEqual([]);
    const live = wrapClient(new FakeNgClient(), agoraNgAdapter);
    const stopLive = recordToOpenTelemetry(live, t);
    stopLive();
    stopLive();
    expect(live.listenerCount('error')).toBe(0);
    live.dispose();
    stopLive();
    expect(() => recordToOpenTelemetry({} as never)).toThrow(TypeError);
    expect(() => recordToOpenTelemetry(live, { redact: { patterns: ['x'] as never } })).toThrow(/"redact"/);
  });

  it('an RtcError whose context holds hostile values is reported, redacted, without throwing', async () => {
    const t = setup();
    const emitter = new EventEmitter();
    const source = {
      adapter: agoraNgAdapter,
      disposed: false,
      label: `cam token=${FULL_TOKEN}`,
      sdkVersion: undefined,
      on: (e: string, fn: (...a: unknown[]) => void) => emitter.on(e, fn),
      off: (e: string, fn?: (...a: unknown[]) => void) => emitter.off(e, fn),
    };
    const stop = recordToOpenTelemetry(source as never, t);
    const hostileContext = new Proxy(
      { token: FULL_TOKEN },
      {
        ownKeys: () => {
          throw new Error('ownKeys trap');
        },
      },
    );
    const withHostile = new RtcError({ code: 'network_timeout', vendor: 'agora-ng', context: {} });
    Object.defineProperty(withHostile, 'context', { value: hostileContext });
    const huge = new RtcError({
      code: 'token_expired',
      vendor: 'agora-ng',
      vendorCode: `token=${FULL_TOKEN}`,
      detail: `${'x'.repeat(100_000)} ${FULL_TOKEN}`,
      context: { url: `https://x/?signature=${CERTIFICATE}&nonce=${ALIYUN.value}`, ['k'.repeat(10_000)]: 1 },
      cause: { token: LOGCAT.value, nested: { appCertificate: CERTIFICATE } },
    });
    expect(() => emitter.emit('error', withHostile)).not.toThrow();
    expect(() => emitter.emit('error', huge)).not.toThrow();
    const rm = await t.collect();
    expect(sum(rm, METRICS.errors)).toBe(2);
    expect(sum(rm, METRICS.unknownCodes)).toBe(1);
    const records = t.logExporter.getFinishedLogRecords();
    expect(records).toHaveLength(2);
    for (const r of records)
      for (const v of Object.values(r.attributes)) expect(String(v).length).toBeLessThanOrEqual(2048);
    expect(leakedSecrets(rm, records)).toEqual([]);
    stop();
    stop();
  });
});
