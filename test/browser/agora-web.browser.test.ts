/**
 * Agora Web SDK 3.x (agora-rtc-sdk 3.6.11) failing for real in Chromium, offline, wrapped with
 * wrapClient: callbacks receive RtcErrors, streams are attached with `rtc.attach(stream, 'stream')`.
 */
import { expect, it } from 'vitest';
import {
  describeBrowser,
  eventsOf,
  expectListenersRestored,
  expectReportedOnceAsFatal,
  expectNoOwnPageErrors,
  failureOf,
  runWithNetworkHanging,
  useExamplePage,
} from './support/page.js';

describeBrowser('agora-web 3.x in Chromium', () => {
  const page = useExamplePage('agora-web', ['fake-devices', 'permission-denied', 'no-devices']);

  it('join with the network hanging: each attempt times out, is left, and onFailure comes within the budget', async () => {
    const r = await runWithNetworkHanging(page('fake-devices'), 'join-hung-network');
    const e = failureOf(r, 'join', 'onFailure');
    expect(e).toMatchObject({ code: 'network_timeout', severity: 'fatal', operation: 'join' });
    expect(e.context.timedOut).toBe(true);
    expect(r.notes.joinSettledAfterMs).toBeLessThanOrEqual(10_000);
    const retries = eventsOf(r, 'retry');
    expect(retries.length).toBeGreaterThanOrEqual(1);
    for (const retry of retries) expect(retry.error?.context.timedOut).toBe(true);
    expect(r.notes.stateOneSecondLater).toBe('DISCONNECTED');
  });

  it('createClient({}) throws Error("INVALID_CLIENT_MODE"): invalid_params, fatal', async () => {
    const r = await page('fake-devices').run('create-client-empty-config');
    const e = failureOf(r, 'createClient', 'threw');
    expect(e).toMatchObject({
      name: 'RtcError',
      code: 'invalid_params',
      severity: 'fatal',
      retryable: false,
      strategy: 'none',
      vendor: 'agora-web',
      vendorCode: 'INVALID_CLIENT_MODE',
      vendorName: 'INVALID_CLIENT_MODE',
      operation: 'createClient',
    });
    expect(e.cause).toMatchObject({ isError: true, constructor: 'Error', message: 'INVALID_CLIENT_MODE' });
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it.each(['stream-init', 'stream-init-microphone'])(
    '%s with permission denied: onFailure gets permission_denied; the raw {type, msg, info} is the cause',
    async (id) => {
      const r = await page('permission-denied').run(id);
      const e = failureOf(r, 'init', 'onFailure');
      expect(e).toMatchObject({
        code: 'permission_denied',
        severity: 'fatal',
        strategy: 'user-action',
        vendor: 'agora-web',
        vendorCode: 'NotAllowedError',
        operation: 'init',
        detail: 'NotAllowedError: Permission denied',
        context: { mediaError: 'NotAllowedError', deniedBy: 'user' },
      });
      expect(e.cause).toMatchObject({
        isError: false,
        constructor: 'Object',
        own: { type: 'error', msg: 'NotAllowedError', info: 'Permission denied' },
      });
      // The SDK also emits `accessDenied` on the stream while init is failing: wrapClient reports
      // the failure once, from onFailure, which names the operation.
      expectReportedOnceAsFatal(r, e);
      expectListenersRestored(r);
    },
  );

  it.each(['stream-init', 'stream-init-microphone'])(
    '%s with no devices: onFailure gets device_not_found from {type, msg: "NotFoundError", info}',
    async (id) => {
      const r = await page('no-devices').run(id);
      const e = failureOf(r, 'init', 'onFailure');
      expect(e).toMatchObject({
        code: 'device_not_found',
        severity: 'fatal',
        strategy: 'user-action',
        vendorCode: 'NotFoundError',
        operation: 'init',
        context: { mediaError: 'NotFoundError' },
      });
      expect(e.detail).toMatch(/^NotFoundError: Requested device not found/);
      expect(e.cause).toMatchObject({ isError: false, own: { type: 'error', msg: 'NotFoundError' } });
      expectReportedOnceAsFatal(r, e);
      expectListenersRestored(r);
    },
  );

  it('stream.init succeeds with fake devices', async () => {
    const r = await page('fake-devices').run('stream-init');
    expect(r.notes.init).toBe('onSuccess');
    expect(r.events).toEqual([]);
    expectListenersRestored(r);
  });

  it('unpublish before join: onFailure gets the string STREAM_NOT_YET_PUBLISHED as not_published', async () => {
    const r = await page('fake-devices').run('unpublish-before-join');
    const e = failureOf(r, 'unpublish', 'onFailure');
    expect(e).toMatchObject({
      code: 'not_published',
      category: 'state',
      severity: 'fatal',
      retryable: false,
      vendorCode: 'STREAM_NOT_YET_PUBLISHED',
      operation: 'unpublish',
    });
    expect(e.cause).toEqual({ type: 'string', value: 'STREAM_NOT_YET_PUBLISHED' });
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it.each(['publish-before-join', 'publish-before-init'])(
    '%s: the SDK throws a TypeError synchronously; the wrapped publish throws too, an RtcError, fatal',
    async (id) => {
      const r = await page('fake-devices').run(id);
      const e = failureOf(r, 'publish', 'threw');
      expect(r.outcomes.filter((o) => o.call === 'publish').map((o) => o.status)).toEqual(['threw']);
      // No string code here: 3.6.11 throws "Cannot read properties of undefined (reading 'stringUid')",
      // which the adapter reads as what it means: the client has not joined.
      expect(e).toMatchObject({
        code: 'not_joined',
        vendor: 'agora-web',
        severity: 'fatal',
        retryable: false,
        operation: 'publish',
      });
      expect(e.cause).toMatchObject({ isError: true, name: 'TypeError' });
      expect(e.cause.message).toContain('stringUid');
      expectReportedOnceAsFatal(r, e);
      expect(eventsOf(r, 'retry')).toEqual([]);
      expectListenersRestored(r);
    },
  );

  it('nothing in our package or the page threw uncaught', () => {
    for (const profile of ['fake-devices', 'permission-denied', 'no-devices'] as const)
      expectNoOwnPageErrors(page(profile));
  });
});
