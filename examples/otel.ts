/**
 * rtc-errors/otel: a wrapped client's errors, retries and recoveries as OpenTelemetry metrics,
 * log records and spans — here into the real OpenTelemetry SDKs with in-memory exporters, over a
 * fake Agora NG client, so the scenario runs anywhere:
 *
 *   npx tsx examples/otel.ts
 *
 * In an app, register your providers (NodeSDK, or the web SDK with an OTLP exporter) globally and
 * call `recordToOpenTelemetry(rtc)` without options.
 */
import { InMemoryLogRecordExporter, LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { EventEmitter } from 'eventemitter3';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { wrapClient } from '../src/index.js';
import { recordToOpenTelemetry } from '../src/otel/index.js';

const TOKEN = '006e8c1f0a2b3c4d5e6f708192a3b4c5d6eIAAyc2VjcmV0LXNpZ25hdHVyZS1ieXRlcy1mb3ItdGhlLWV4YW1wbGU=';

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

/** A fake IAgoraRTCClient: the first join times out, publishing is given bad arguments. */
class FakeClient extends EventEmitter {
  private joins = 0;
  async join(appId: string, channel: string, token: string): Promise<number> {
    this.joins += 1;
    if (this.joins === 1) throw new AgoraRTCError('NETWORK_TIMEOUT', `request timeout wss://gw/?token=${token}`);
    return 7;
  }
  async publish(): Promise<void> {
    throw new AgoraRTCError('INVALID_PARAMS', 'track list is empty');
  }
  async leave(): Promise<void> {}
}

class Reader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}
const reader = new Reader();
const meterProvider = new MeterProvider({ readers: [reader] });
const logs = new InMemoryLogRecordExporter();
const loggerProvider = new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter: logs })] });
const spans = new InMemorySpanExporter();
const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });

const client = new FakeClient();
const rtc = wrapClient(client, agoraNgAdapter, {
  label: 'camera',
  sdkVersion: '4.24.8',
  retry: { join: { backoff: { initialDelayMs: 10, maxDelayMs: 20 } } },
});
const stop = recordToOpenTelemetry(rtc, { meterProvider, loggerProvider, tracerProvider });

console.log(`joined as ${await client.join('app-id', 'room-1', TOKEN)}`);
await client.publish().catch((e: Error) => console.log(`publish rejected: ${e.name}`));
client.emit('exception', { code: 1001, msg: 'FRAMERATE_INPUT_TOO_LOW', uid: 7 });

const { resourceMetrics } = await reader.collect();
for (const metric of resourceMetrics.scopeMetrics.flatMap((s) => s.metrics)) {
  for (const point of metric.dataPoints) {
    const attrs = Object.entries(point.attributes)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',');
    const value = typeof point.value === 'number' ? point.value : `count ${(point.value as { count: number }).count}`;
    console.log(`metric ${metric.descriptor.name}{${attrs}} ${value}`);
  }
}
for (const record of logs.getFinishedLogRecords()) {
  console.log(`log ${record.severityText} ${String(record.attributes['error.type'])}: ${String(record.body)}`);
  if (record.attributes['rtc.error.detail']) console.log(`  detail: ${String(record.attributes['rtc.error.detail'])}`);
}
for (const span of spans.getFinishedSpans()) {
  const events = span.events.map((e) => e.name).join(', ') || 'none';
  console.log(`span ${span.name} status=${span.status.code === 2 ? 'ERROR' : 'OK'} events: ${events}`);
}
const exported = JSON.stringify([
  resourceMetrics.scopeMetrics,
  logs.getFinishedLogRecords().map((r) => [r.body, r.attributes]),
  spans.getFinishedSpans().map((s) => [s.name, s.attributes, s.events, s.status]),
]);
console.log(`token in anything exported: ${exported.includes(TOKEN)}`);
stop();
rtc.dispose();
