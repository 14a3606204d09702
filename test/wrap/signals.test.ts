/** The wrap signals telemetry reads: `label`, `sdkVersion`, and the `saved` event of a retry save. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  constantBackoff,
  normalize,
  retry,
  retryPolicy,
  wrapClient,
  type RetrySavedEvent,
  type RtcError,
} from '../../src/index.js';
import {
  FakeAliEngine,
  FakeNativeEngine,
  FakeNgClient,
  FakeWebClient,
  aliyunTestAdapter,
  nativeTestAdapter,
  ngError,
  ngTestAdapter,
  webTestAdapter,
} from './support.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('label and sdkVersion', () => {
  it('are read back from the handle; without them both are undefined', () => {
    const plain = wrapClient(new FakeNgClient(), ngTestAdapter);
    expect(plain.label).toBeUndefined();
    expect(plain.sdkVersion).toBeUndefined();
    plain.dispose();
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter, { label: 'camera', sdkVersion: '4.24.8' });
    expect(rtc.label).toBe('camera');
    expect(rtc.sdkVersion).toBe('4.24.8');
    rtc.dispose();
    // still readable after dispose
    expect(rtc.label).toBe('camera');
  });

  it('reads the version an engine exposes (getVersion() → { version }), the option winning', () => {
    const engine = new FakeNativeEngine();
    const rtc = wrapClient(engine, nativeTestAdapter);
    expect(rtc.sdkVersion).toBe('4.6.4');
    rtc.dispose();
    const given = wrapClient(new FakeNativeEngine(), nativeTestAdapter, { sdkVersion: '4.5.0' });
    expect(given.sdkVersion).toBe('4.5.0');
    given.dispose();
  });

  it("reads a class's static getSdkVersion() (Alibaba's engine) and an attached global's VERSION (Agora's)", () => {
    class VersionedAli extends FakeAliEngine {
      static getSdkVersion(): string {
        return '7.3.3';
      }
    }
    const ali = wrapClient(new VersionedAli(), aliyunTestAdapter);
    expect(ali.sdkVersion).toBe('7.3.3');
    ali.dispose();
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    expect(rtc.sdkVersion).toBeUndefined();
    const roles = Object.keys(ngTestAdapter.client?.targets ?? {});
    expect(roles).toContain('global');
    const global = Object.assign(new FakeNgClient(), { VERSION: '4.24.8' });
    rtc.attach(global, 'global');
    expect(rtc.sdkVersion).toBe('4.24.8');
    rtc.dispose();
  });

  it('ignores what is not a version and a query that throws', () => {
    const hostile = Object.assign(new FakeNgClient(), {
      VERSION: 'token=006abc secret',
      getVersion() {
        throw new Error('boom');
      },
    });
    const rtc = wrapClient(hostile, ngTestAdapter);
    expect(rtc.sdkVersion).toBeUndefined();
    rtc.dispose();
  });

  it('rejects a label or sdkVersion that is not a string, naming the option', () => {
    expect(() => wrapClient(new FakeNgClient(), ngTestAdapter, { label: 3 as unknown as string })).toThrow(/"label"/);
    expect(() => wrapClient(new FakeNgClient(), ngTestAdapter, { sdkVersion: {} as unknown as string })).toThrow(
      /"sdkVersion"/,
    );
  });
});

describe('saved: an operation that succeeds after retries', () => {
  it('is emitted once with the operation, the attempts, the last failure retried and the time since the first', async () => {
    const client = new FakeNgClient().script(
      'join',
      async () => {
        throw ngError('CAN_NOT_GET_GATEWAY_SERVER', 'flag: 4096, message: gateway down');
      },
      async () => {
        throw ngError('NETWORK_TIMEOUT', 'request timeout');
      },
      async () => 1001,
    );
    const rtc = wrapClient(client, ngTestAdapter, {
      random: () => 0.5,
      retry: { join: { backoff: { initialDelayMs: 1_000 } } },
    });
    const saved: RetrySavedEvent[] = [];
    const order: string[] = [];
    rtc.on('saved', (e) => {
      saved.push(e);
      order.push('saved');
    });
    rtc.on('retry', () => order.push('retry'));
    rtc.on('error', () => order.push('error'));
    const joined = client.join('app', 'ch', 'tok');
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(joined).resolves.toBe(1001);
    expect(order).toEqual(['retry', 'retry', 'saved']);
    expect(saved).toHaveLength(1);
    const event = saved[0]!;
    expect(event.operation).toBe('join');
    expect(event.attempts).toBe(3);
    expect(event.error.code).toBe('network_timeout');
    // 2000 ms, then 3500 ms of backoff (see agora-ng.test.ts) from the first failure to the success
    expect(event.durationMs).toBe(5_500);
    rtc.dispose();
  });

  it('is not emitted for a first-attempt success, nor for a give-up, nor after dispose', async () => {
    const ok = new FakeNgClient().script('join', async () => 1);
    const rtc = wrapClient(ok, ngTestAdapter);
    const saved: unknown[] = [];
    rtc.on('saved', (e) => saved.push(e));
    await ok.join('a', 'c', 't');
    rtc.dispose();
    const failing = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'request timeout');
    });
    const rtc2 = wrapClient(failing, ngTestAdapter, { random: () => 0, retry: { join: { maxAttempts: 2 } } });
    rtc2.on('saved', (e) => saved.push(e));
    const gaveUp = failing.join('a', 'c', 't').catch(() => 'failed');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await gaveUp).toBe('failed');
    rtc2.dispose();
    expect(saved).toEqual([]);
  });

  it('reaches every handle of a client wrapped twice; a throwing listener breaks nothing', async () => {
    const client = new FakeNgClient().script(
      'join',
      async () => {
        throw ngError('NETWORK_TIMEOUT', 'request timeout');
      },
      async () => 5,
    );
    const thrown: unknown[] = [];
    const a = wrapClient(client, ngTestAdapter, { random: () => 0, onListenerError: (e) => thrown.push(e) });
    const b = wrapClient(client, ngTestAdapter);
    const got: string[] = [];
    a.on('saved', () => {
      throw new Error('listener bug');
    });
    a.on('saved', () => got.push('a'));
    b.on('saved', () => got.push('b'));
    const joined = client.join('a', 'c', 't');
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(joined).resolves.toBe(5);
    expect(got.sort()).toEqual(['a', 'b']);
    expect(thrown).toHaveLength(1);
    a.dispose();
    b.dispose();
  });
});

describe('operation: each operation as it starts, and how it settles', () => {
  it('reports promise operations, patched or invoked, with their outcome; never a rejecting promise', async () => {
    const client = new FakeNgClient()
      .script('join', async () => 7)
      .script('publish', async () => {
        throw ngError('INVALID_PARAMS', 'bad track');
      });
    const rtc = wrapClient(client, ngTestAdapter);
    const seen: { operation: string; outcome: string | undefined }[] = [];
    const settling: Promise<unknown>[] = [];
    rtc.on('operation', (event) => {
      settling.push(
        event.settled.then((error) => seen.push({ operation: event.operation, outcome: error?.code ?? undefined })),
      );
    });
    await expect(client.join('a', 'c', 't')).resolves.toBe(7);
    await expect(client.publish([])).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(rtc.invoke('join', ['a', 'c', 't'])).resolves.toBe(7);
    await Promise.all(settling);
    expect(seen).toEqual([
      { operation: 'join', outcome: undefined },
      { operation: 'publish', outcome: 'invalid_params' },
      { operation: 'join', outcome: undefined },
    ]);
    rtc.dispose();
  });

  it('reports callback-style operations too', async () => {
    const client = new FakeWebClient();
    client.joinOutcomes = [(_ok, fail) => fail('INVALID_VENDOR_KEY')];
    const rtc = wrapClient(client, webTestAdapter);
    const settled: Promise<RtcError | undefined>[] = [];
    rtc.on('operation', (event) => settled.push(event.settled));
    client.join(
      'key',
      'ch',
      1,
      undefined,
      () => undefined,
      () => undefined,
    );
    expect(settled).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(settled[0]).resolves.toMatchObject({ operation: 'join' });
    rtc.dispose();
  });
});

describe('retry(): onSaved', () => {
  it('is called once when a run succeeds after retries, with the time from the first failure on the policy clock', async () => {
    // the policy's clock is the (faked) timers' own: a timer scheduled for later (the time budget's)
    // does not move time by being scheduled
    const start = Date.now();
    const clock = {
      now: () => Date.now() - start,
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
    };
    const saved: RetrySavedEvent[] = [];
    let calls = 0;
    const run = retry(
      async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 100)); // each attempt takes 100 ms
        if (calls < 3) throw ngError('NETWORK_TIMEOUT', 'request timeout');
        return 'ok';
      },
      retryPolicy({ maxAttempts: 5, backoff: constantBackoff(1_000), clock }),
      {
        normalize: (raw) => normalize(raw, ngTestAdapter, { operation: 'join' }),
        operation: 'join',
        onSaved: (e) => saved.push(e),
      },
    );
    await vi.runAllTimersAsync();
    await expect(run).resolves.toBe('ok');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ attempts: 3, operation: 'join', error: { code: 'network_timeout' } });
    // first failure at 100; then 1000 + 100 + 1000 + 100
    expect(saved[0]?.durationMs).toBe(2_200);
    const once = await retry(async () => 1, retryPolicy({ clock }), { onSaved: (e) => saved.push(e) });
    expect(once).toBe(1);
    expect(saved).toHaveLength(1);
  });
});
