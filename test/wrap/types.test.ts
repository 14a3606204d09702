/** Type-level checks of the public API (checked by tsc; the assertions also run). */
import { describe, expectTypeOf, it } from 'vitest';
import type { ResultAsync } from 'neverthrow';
import {
  attemptForms,
  wrapClient,
  type RecoveredEvent,
  type RetryEvent,
  type GiveUpEvent,
  type RtcError,
  type WrappedClient,
} from '../../src/index.js';
import { FakeNativeEngine, FakeNgClient, nativeTestAdapter, ngTestAdapter } from './support.js';

describe('types', () => {
  it('keeps the client type and types the forms of its methods', () => {
    const client = new FakeNgClient();
    const rtc = wrapClient(client, ngTestAdapter);
    expectTypeOf(rtc).toEqualTypeOf<WrappedClient<FakeNgClient>>();
    expectTypeOf(rtc.client).toEqualTypeOf<FakeNgClient>();
    const attempt = attemptForms(rtc);
    expectTypeOf(attempt.join).parameters.toEqualTypeOf<Parameters<FakeNgClient['join']>>();
    expectTypeOf(attempt.join).returns.toEqualTypeOf<ResultAsync<number | string, RtcError>>();
    expectTypeOf(rtc.promise.leave).returns.toEqualTypeOf<Promise<void>>();
    // properties that are not methods have no forms
    expectTypeOf(attempt).not.toHaveProperty('connectionState');
    expectTypeOf(rtc.promise).not.toHaveProperty('connectionState');
    // the ResultAsync forms are an opt-in import, not a property of the handle
    expectTypeOf(rtc).not.toHaveProperty('attempt');
    rtc.dispose();
  });

  it('types return-code methods and the events', () => {
    const rtc = wrapClient(new FakeNativeEngine(), nativeTestAdapter);
    expectTypeOf(rtc.promise.joinChannel).returns.toEqualTypeOf<Promise<number>>();
    rtc.on('fatal', (e) => expectTypeOf(e).toEqualTypeOf<RtcError>());
    rtc.on('recovered', (e) => expectTypeOf(e).toEqualTypeOf<RecoveredEvent>());
    rtc.on('retry', (e) => expectTypeOf(e).toEqualTypeOf<RetryEvent>());
    rtc.on('giveup', (e) => expectTypeOf(e).toEqualTypeOf<GiveUpEvent>());
    // @ts-expect-error: not an event of a wrapped client
    rtc.on('warning', () => undefined);
    rtc.dispose();
  });
});
