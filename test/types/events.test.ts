/**
 * Event names as constants, and events typed for the adapter's vendor: a third-party adapter
 * picks its own id (no cast) and its errors and events carry it in their types.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  createCatalog,
  defineAdapter,
  normalize,
  RTC_EVENTS,
  wrapClient,
  type GiveUpEvent,
  type RecoveredEvent,
  type RetryEvent,
  type RtcError,
  type RtcEventName,
  type VendorId,
} from '../../src/index.js';
import { FakeNgClient, ngTestAdapter } from '../wrap/support.js';

describe('RTC_EVENTS', () => {
  it('names every event, and only events', () => {
    expectTypeOf<(typeof RTC_EVENTS)[keyof typeof RTC_EVENTS]>().toEqualTypeOf<RtcEventName>();
    expect(Object.values(RTC_EVENTS).sort()).toEqual([
      'error',
      'fatal',
      'giveup',
      'health',
      'operation',
      'recoverable',
      'recovered',
      'retry',
      'saved',
    ]);
    expect(Object.isFrozen(RTC_EVENTS)).toBe(true);
  });

  it('works with on/off like the literal', () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    const seen: string[] = [];
    const listener = (e: RtcError): void => void seen.push(e.code);
    rtc.on(RTC_EVENTS.FATAL, listener);
    expect(rtc.listenerCount('fatal')).toBe(1);
    rtc.off(RTC_EVENTS.FATAL, listener);
    expect(rtc.listenerCount('fatal')).toBe(0);
    rtc.dispose();
  });
});

describe('VendorId is open', () => {
  const catalog = createCatalog([
    {
      vendorCode: 'E_DENIED',
      vendorName: 'E_DENIED',
      code: 'permission_denied',
      kind: 'error',
      message: 'Denied.',
      action: 'Allow it.',
      source: 'sdk',
    },
  ]);
  const acme = defineAdapter({
    id: 'acme-rtc',
    catalog,
    recognize: (raw) => (raw === 'E_DENIED' ? { entry: catalog.lookup(raw) } : undefined),
  });

  it('a third-party id needs no cast and keeps its literal type', () => {
    expectTypeOf(acme.id).toEqualTypeOf<'acme-rtc'>();
    expectTypeOf<'acme-rtc'>().toExtend<VendorId>();
    // the known ids are still offered (and still plain strings)
    expectTypeOf<'agora-ng' | 'trtc' | 'browser' | 'unknown'>().toExtend<VendorId>();
    expect(normalize('E_DENIED', acme)).toMatchObject({ vendor: 'acme-rtc', code: 'permission_denied' });
  });

  it("a wrapped client's events carry the adapter's vendor", () => {
    const rtc = wrapClient(new FakeNgClient(), acme);
    type V = 'acme-rtc' | 'browser' | 'unknown';
    rtc.on('error', (e) => expectTypeOf(e.vendor).toEqualTypeOf<V>());
    rtc.on('recovered', (e) => expectTypeOf(e).toEqualTypeOf<RecoveredEvent<V>>());
    rtc.on('retry', (e) => expectTypeOf(e).toEqualTypeOf<RetryEvent<V>>());
    rtc.on('giveup', (e) => expectTypeOf(e.error).toEqualTypeOf<RtcError<V>>());
    rtc.on('fatal', (e) => {
      // @ts-expect-error: this client's errors never come from agora-ng
      if (e.vendor === 'agora-ng') throw new Error('unreachable');
    });
    // a listener written for any RtcError is accepted
    rtc.on('fatal', (e: RtcError) => void e);
    rtc.on('giveup', (e: GiveUpEvent) => void e);
    rtc.dispose();
  });

  it('an adapter typed as a plain Adapter gives errors of any vendor', () => {
    const rtc = wrapClient(new FakeNgClient(), ngTestAdapter);
    rtc.on('error', (e) => expectTypeOf(e).toEqualTypeOf<RtcError>());
    rtc.dispose();
  });
});
