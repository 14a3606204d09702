/**
 * `RtcError.context` is typed: the fields this library sets are declared (no cast to read them),
 * vendor fields stay open. And an error a retry policy gave up on reads consistently: fatal, not
 * retryable, strategy `none`, an action saying what to do now, the former hint kept in context.
 */
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  RtcError,
  retry,
  retryPolicy,
  wrapClient,
  type GiveUpReason,
  type RetryStrategy,
  type RtcErrorContext,
} from '../../src/index.js';
import { FakeNgClient, ngError, ngTestAdapter } from '../wrap/support.js';

describe('context is typed', () => {
  it('declares the fields the library sets', () => {
    const e = new RtcError({ code: 'network_timeout', context: { giveUpReason: 'attempts', attempts: 3 } });
    const r: GiveUpReason | undefined = e.context.giveUpReason;
    expect(r).toBe('attempts');
    expectTypeOf(e.context.attempts).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.context.aborted).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(e.context.count).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.context.firstAt).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.context.lastAt).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.context.late).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(e.context.timeoutMs).toEqualTypeOf<number | undefined>();
    expectTypeOf(e.context.retryStrategy).toEqualTypeOf<RetryStrategy | undefined>();
    expectTypeOf(e.context.deniedBy).toEqualTypeOf<'user' | 'system' | 'policy' | undefined>();
  });

  it('after a narrowing check, giveUpReason is a GiveUpReason', () => {
    const e = new RtcError({ code: 'network_timeout', context: { giveUpReason: 'time-budget' } });
    if (e.context.giveUpReason !== undefined) {
      const r: GiveUpReason = e.context.giveUpReason;
      expect(r).toBe('time-budget');
    }
  });

  it('keeps vendor fields open, and rejects a wrong type for a declared one', () => {
    const context: RtcErrorContext = { uid: 7, channel: 'room', custom: true };
    expectTypeOf(context['channel']).toEqualTypeOf<string | number | boolean | undefined>();
    // @ts-expect-error: attempts is a number
    const wrong: RtcErrorContext = { attempts: 'three' };
    // @ts-expect-error: not a GiveUpReason
    const unknownReason: RtcErrorContext = { giveUpReason: 'tired' };
    // @ts-expect-error: context values are flat
    const nested: RtcErrorContext = { detail: { deep: 1 } };
    expect([wrong, unknownReason, nested]).toHaveLength(3);
  });
});

describe('an error given up on reads consistently', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const transient = (): RtcError =>
    new RtcError({
      code: 'network_timeout',
      severity: 'recoverable',
      retry: { retryable: true, strategy: 'backoff', delayMs: 250 },
      action: 'Retry with backoff.',
      operation: 'join',
    });

  it('is fatal, not retryable, strategy none, with an action for now; the former hint in context', async () => {
    const done = retry(
      () => Promise.reject(transient()),
      retryPolicy({ maxAttempts: 3, backoff: { initialDelayMs: 10, maxDelayMs: 10 } }),
      { operation: 'join' },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = (await done) as RtcError;
    expect(error).toMatchObject({
      code: 'network_timeout',
      severity: 'fatal',
      retry: { retryable: false, strategy: 'none' },
      context: {
        attempts: 3,
        giveUpReason: 'attempts',
        retryStrategy: 'backoff',
        retryDelayMs: 250,
        retryAction: 'Retry with backoff.',
      },
    });
    expect(error.retry.delayMs).toBeUndefined();
    // the action no longer promises a retry: it says the retries are over and what to do now
    expect(error.action).not.toMatch(/backoff/i);
    expect(error.action).toMatch(/^Retrying did not get past it \(3 attempts/);
    expect(error.action).toContain('call `join` again once the network is back');
  });

  it('says why it stopped: time budget, shared retry budget', async () => {
    const timed = retry(() => Promise.reject(transient()), retryPolicy({ budgetMs: 100 }), {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const byTime = (await timed) as RtcError;
    expect(byTime.context.giveUpReason).toBe('time-budget');
    expect(byTime.action).toMatch(/within the time budget/);
    expect(byTime.action).toContain('call `join` again');
    expect(byTime.retry).toEqual({ retryable: false, strategy: 'none' });
  });

  it('on a wrapped client: the giveup event and the rejection carry the same consistent error', async () => {
    const client = new FakeNgClient().script('join', async () => {
      throw ngError('NETWORK_TIMEOUT', 'request timeout');
    });
    const rtc = wrapClient(client, ngTestAdapter, { random: () => 0, retry: { join: { maxAttempts: 2 } } });
    const given: RtcError[] = [];
    rtc.on('giveup', ({ error }) => given.push(error));
    const joined = rtc.client.join('app', 'ch', 'tok').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = (await joined) as RtcError;
    expect(given).toEqual([error]);
    expect(error).toMatchObject({
      severity: 'fatal',
      retry: { retryable: false, strategy: 'none' },
      context: { giveUpReason: 'attempts', retryStrategy: 'backoff' },
    });
    rtc.dispose();
  });
});
