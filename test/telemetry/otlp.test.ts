/**
 * End to end: log records exported over OTLP/HTTP (the real `@opentelemetry/exporter-logs-otlp-http`)
 * to an HTTP server started here on 127.0.0.1, which keeps what arrives.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agoraNgAdapter } from '../../adapters/agora-ng/index.js';
import { wrapClient } from '../../src/index.js';
import { ATTR, recordToOpenTelemetry } from '../../src/otel/index.js';
import { FakeNgClient, ngError } from '../wrap/support.js';
import { ALIYUN_JSON, FULL_TOKEN, LOGCAT, leakedSecrets } from './secrets.js';

interface Received {
  path: string;
  contentType: string | undefined;
  body: string;
}
const received: Received[] = [];
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        contentType: req.headers['content-type'],
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/logs`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number };
interface OtlpLogs {
  resourceLogs: {
    scopeLogs: {
      scope: { name: string };
      logRecords: {
        severityNumber: number;
        severityText: string;
        body: OtlpValue;
        attributes: { key: string; value: OtlpValue }[];
      }[];
    }[];
  }[];
}

describe('OTLP/HTTP export', () => {
  it('delivers one log record per error to a collector, redacted', async () => {
    const loggerProvider = new LoggerProvider({
      processors: [new SimpleLogRecordProcessor({ exporter: new OTLPLogExporter({ url }) })],
    });
    const client = new FakeNgClient().script('publish', async () => {
      throw ngError('INVALID_PARAMS', `bad track ${LOGCAT.line} wss://gw/ws?token=${FULL_TOKEN}`);
    });
    const rtc = wrapClient(client, agoraNgAdapter, { label: 'camera', sdkVersion: '4.24.8' });
    const stop = recordToOpenTelemetry(rtc, { loggerProvider });
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    client.emit('exception', { code: 1001, msg: ALIYUN_JSON, uid: 3310 });
    await loggerProvider.forceFlush();
    stop();
    rtc.dispose();
    await loggerProvider.shutdown();

    expect(received.length).toBeGreaterThan(0);
    expect(received.every((r) => r.path === '/v1/logs' && r.contentType === 'application/json')).toBe(true);
    const records = received.flatMap((r) =>
      (JSON.parse(r.body) as OtlpLogs).resourceLogs.flatMap((rl) =>
        rl.scopeLogs.flatMap((sl) => sl.logRecords.map((lr) => ({ scope: sl.scope.name, ...lr }))),
      ),
    );
    const attrs = (r: (typeof records)[number]): Record<string, unknown> =>
      Object.fromEntries(r.attributes.map((a) => [a.key, Object.values(a.value)[0]]));
    expect(records.map((r) => [r.scope, r.severityText, r.severityNumber, attrs(r)[ATTR.errorType]])).toEqual([
      ['rtc-errors', 'ERROR', 17, 'invalid_params'],
      ['rtc-errors', 'WARN', 13, 'device_warning'],
    ]);
    expect(attrs(records[0]!)).toMatchObject({
      [ATTR.vendor]: 'agora-ng',
      [ATTR.vendorCode]: 'INVALID_PARAMS',
      [ATTR.operation]: 'publish',
      [ATTR.label]: 'camera',
      [ATTR.sdkVersion]: '4.24.8',
      [ATTR.exceptionType]: 'RtcError',
    });
    expect(attrs(records[0]!)[ATTR.detail]).toMatch(/token=\*\*\*/);
    expect(attrs(records[1]!)[`${ATTR.context}msg`]).toMatch(/nonce: \*\*\*[,}]/);
    expect(leakedSecrets(...received.map((r) => r.body))).toEqual([]);
  });
});
