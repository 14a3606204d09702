/**
 * Anyone can add an adapter: a minimal third-party adapter written with the package's public API
 * only (imported by its name, `rtc-errors`, which this test maps to the sources), wrapping a fake
 * client of an imaginary SDK. Its own id needs no cast and types its errors and events. The same
 * adapter is compiled and run against the built package by scripts/check-declarations.mjs.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type * as Public from '../../src/index.js';

vi.mock('rtc-errors', async () => await import('../../src/index.js'));
const packageName = 'rtc-errors';
const { createCatalog, defineAdapter, readCode, wrapClient } = (await import(
  /* @vite-ignore */ packageName
)) as typeof Public;

/** The imaginary SDK: `connect` rejects with `{ errCode }`, `on('fail', ...)` reports failures. */
class AcmeClient {
  readonly #listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  next: { errCode: string } | undefined;
  on(event: string, fn: (...args: unknown[]) => void): void {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event)?.add(fn);
  }
  off(event: string, fn: (...args: unknown[]) => void): void {
    this.#listeners.get(event)?.delete(fn);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.#listeners.get(event) ?? []) fn(...args);
  }
  async connect(room: string): Promise<string> {
    const failure = this.next;
    this.next = undefined;
    if (failure) throw failure;
    return `joined ${room}`;
  }
}

// Step 1: the catalog, as data.
const catalog = createCatalog([
  {
    vendorCode: 'E_TOKEN_EXPIRED',
    vendorName: 'E_TOKEN_EXPIRED',
    code: 'token_expired',
    kind: 'error',
    message: 'The Acme token has expired.',
    action: 'Fetch a new token and connect again.',
    source: 'sdk',
  },
  {
    vendorCode: 'E_NET',
    vendorName: 'E_NET',
    code: 'network_unavailable',
    kind: 'error',
    message: 'The Acme service cannot be reached.',
    action: 'Wait for the network, then connect again.',
    source: 'sdk',
  },
]);

// Steps 2-4: recognizer, event translators, client surface; one defineAdapter call.
const acmeAdapter = defineAdapter({
  id: 'acme',
  catalog,
  recognize: (raw) => {
    const code = readCode(raw, 'errCode');
    const entry = code === undefined ? undefined : catalog.lookup(code);
    return entry ? { entry } : undefined;
  },
  events: {
    fail: ([payload]) => {
      const code = readCode(payload, 'errCode');
      const entry = code === undefined ? undefined : catalog.lookup(code);
      return entry ? { type: 'error', raw: payload, recognition: { entry } } : undefined;
    },
  },
  client: {
    client: {
      operations: { connect: { style: 'promise', kind: 'join' } },
      events: { style: 'emitter', on: 'on', off: 'off' },
    },
  },
});

describe('a third-party adapter, public API only', () => {
  it('keeps its own id without a cast', () => {
    expectTypeOf(acmeAdapter.id).toEqualTypeOf<'acme'>();
    expect(acmeAdapter.id).toBe('acme');
    expect(acmeAdapter.lookup('E_NET')?.code).toBe('network_unavailable');
  });

  it('wraps a client: rejections and events become RtcErrors of vendor acme', async () => {
    const client = new AcmeClient();
    const rtc = wrapClient(client, acmeAdapter, { retry: { connect: false } });
    const errors: Public.RtcError<'acme' | 'browser' | 'unknown'>[] = [];
    rtc.on('error', (e) => {
      expectTypeOf(e.vendor).toEqualTypeOf<'acme' | 'browser' | 'unknown'>();
      errors.push(e);
    });
    expect(await rtc.client.connect('r1')).toBe('joined r1');
    client.next = { errCode: 'E_TOKEN_EXPIRED' };
    await expect(rtc.client.connect('r2')).rejects.toMatchObject({
      vendor: 'acme',
      code: 'token_expired',
      vendorCode: 'E_TOKEN_EXPIRED',
      operation: 'connect',
      cause: { errCode: 'E_TOKEN_EXPIRED' },
    });
    client.emit('fail', { errCode: 'E_NET' });
    expect(errors.map((e) => [e.vendor, e.code])).toEqual([
      ['acme', 'token_expired'],
      ['acme', 'network_unavailable'],
    ]);
    // its operation names are typed: a misspelt one does not compile
    // @ts-expect-error: 'conect' is not an operation of this client
    await expect(rtc.invoke('conect', ['r3'])).rejects.toBeInstanceOf(Error);
    rtc.dispose();
    expect(Object.prototype.hasOwnProperty.call(client, 'connect')).toBe(false);
  });
});
