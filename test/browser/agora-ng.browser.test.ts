/**
 * Agora Web SDK 4.x (agora-rtc-sdk-ng 4.24.8) failing for real in Chromium, offline, wrapped with
 * wrapClient: what rtc-errors reports for each failure.
 */
import { expect, it } from 'vitest';
import {
  describeBrowser,
  eventsOf,
  expectListenersRestored,
  expectReportedOnceAsFatal,
  failureOf,
  outcomeOf,
  runWithNetworkHanging,
  type ErrorInfo,
} from './support/page.js';
import { captures, itCapturesWithFakeDevices, itLeavesNoOwnPageErrors, useSuitePages } from './support/suite.js';

/** The example page's capture scenarios and the NG call each makes. */
const CAPTURES = captures('createMicrophoneAudioTrack', 'createCameraVideoTrack');

/**
 * How an offline join really fails: the SDK rejects with NETWORK_ERROR when its requests fail at
 * once, or NETWORK_TIMEOUT when one of them hits its (short) timeout first, which depends on the
 * machine's load. Both are network errors we retry.
 */
const OFFLINE_JOIN: Record<string, string> = {
  NETWORK_ERROR: 'network_unavailable',
  NETWORK_TIMEOUT: 'network_timeout',
};

function expectOfflineJoinError(e: ErrorInfo | undefined): void {
  const vendorCode = String(e?.vendorCode);
  expect(Object.keys(OFFLINE_JOIN)).toContain(vendorCode);
  expect(e).toMatchObject({ code: OFFLINE_JOIN[vendorCode], category: 'network', vendorCode, operation: 'join' });
  expectAgoraCause(e as ErrorInfo, vendorCode);
}

/** The cause is the SDK's own AgoraRTCError, untouched. */
function expectAgoraCause(error: ErrorInfo, vendorCode: string): void {
  expect(error.cause).toMatchObject({ isError: true, name: 'AgoraRTCException', code: vendorCode });
  expect(error.cause.message).toBe(`AgoraRTCError ${vendorCode}: ${error.detail}`);
}

describeBrowser('agora-ng in Chromium', () => {
  const page = useSuitePages('agora-ng');

  it('createClient with a bad config throws INVALID_PARAMS synchronously: invalid_params, fatal', async () => {
    const r = await page('fake-devices').run('create-client-bad-config');
    const e = failureOf(r, 'createClient', 'threw');
    expect(e).toMatchObject({
      name: 'RtcError',
      code: 'invalid_params',
      category: 'params',
      severity: 'fatal',
      retryable: false,
      strategy: 'none',
      vendor: 'agora-ng',
      vendorCode: 'INVALID_PARAMS',
      operation: 'createClient',
    });
    expect(e.detail).toContain('config.mode can only be set as');
    expectAgoraCause(e, 'INVALID_PARAMS');
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it.each([
    ['publish-before-join', 'publish', "Can't publish stream, haven't joined yet!"],
    ['unpublish-before-join', 'unpublish', "Can't unpublish stream, haven't joined yet!"],
  ])(
    '%s rejects with INVALID_OPERATION: not_joined (as Agora Web 3.x says it), fatal, not retried',
    async (id, call, detail) => {
      const r = await page('fake-devices').run(id);
      const e = failureOf(r, call, 'rejected');
      expect(e).toMatchObject({
        code: 'not_joined',
        severity: 'fatal',
        retryable: false,
        strategy: 'none',
        vendorCode: 'INVALID_OPERATION',
        operation: call,
        detail,
      });
      expectAgoraCause(e, 'INVALID_OPERATION');
      expectReportedOnceAsFatal(r, e);
      expectListenersRestored(r);
    },
  );

  it('subscribing a user not in the channel rejects with INVALID_REMOTE_USER: remote_not_published, not retried', async () => {
    const r = await page('fake-devices').run('subscribe-unknown-user');
    const e = failureOf(r, 'subscribe', 'rejected');
    expect(e).toMatchObject({
      code: 'remote_not_published',
      severity: 'fatal',
      retryable: false,
      vendorCode: 'INVALID_REMOTE_USER',
      operation: 'subscribe',
      detail: 'user is not in the channel',
    });
    expectAgoraCause(e, 'INVALID_REMOTE_USER');
    // subscribe has a retry policy (3 attempts), but a fatal error is never retried
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it.each(CAPTURES)('%s with permission denied: permission_denied wrapping NotAllowedError', async (id, call) => {
    const r = await page('permission-denied').run(id);
    const e = failureOf(r, call, 'rejected');
    expect(e).toMatchObject({
      code: 'permission_denied',
      category: 'device',
      severity: 'fatal',
      retryable: false,
      strategy: 'user-action',
      vendorCode: 'PERMISSION_DENIED',
      operation: call,
      detail: 'NotAllowedError: Permission denied',
      context: { mediaError: 'NotAllowedError', deniedBy: 'user' },
    });
    expectAgoraCause(e, 'PERMISSION_DENIED');
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it.each(CAPTURES)('%s with no devices: device_not_found wrapping NotFoundError', async (id, call) => {
    const r = await page('no-devices').run(id);
    const e = failureOf(r, call, 'rejected');
    expect(e).toMatchObject({
      code: 'device_not_found',
      severity: 'fatal',
      strategy: 'user-action',
      vendorCode: 'DEVICE_NOT_FOUND',
      operation: call,
      detail: 'NotFoundError: Requested device not found',
      context: { mediaError: 'NotFoundError' },
    });
    expectAgoraCause(e, 'DEVICE_NOT_FOUND');
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  itCapturesWithFakeDevices(page, CAPTURES);

  it.each([
    ['buffer-source-404', 'FETCH_AUDIO_FILE_FAILED', 'AxiosError: Request failed with status code 404'],
    ['buffer-source-not-audio', 'DECODE_AUDIO_FILE_FAILED', 'EncodingError: Unable to decode audio data'],
  ])('%s: %s is media_file_error, fatal', async (id, vendorCode, detail) => {
    const r = await page('fake-devices').run(id);
    const e = failureOf(r, 'createBufferSourceAudioTrack', 'rejected');
    expect(e).toMatchObject({
      code: 'media_file_error',
      category: 'media',
      severity: 'fatal',
      retryable: false,
      vendorCode,
      operation: 'createBufferSourceAudioTrack',
      detail,
    });
    expectAgoraCause(e, vendorCode);
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it('join with an App ID of the wrong type: the SDK throws a TypeError, reported as invalid_params, not retried', async () => {
    const r = await page('fake-devices').run('join-wrong-appid-type');
    const e = failureOf(r, 'join', 'rejected');
    // The SDK has no code for it: it calls appid.replace() on a number. A TypeError from an SDK
    // operation is claimed by the adapter as a wrong-typed argument.
    expect(e).toMatchObject({
      code: 'invalid_params',
      severity: 'fatal',
      retryable: false,
      operation: 'join',
      vendor: 'agora-ng',
      vendorCode: 'TypeError',
    });
    expect(e.cause).toMatchObject({ isError: true, name: 'TypeError', message: 'e.replace is not a function' });
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it('join with the network hanging (SDK defaults): each attempt times out, is left, and the wrapped join settles within its budget', async () => {
    const r = await runWithNetworkHanging(page('fake-devices'), 'join-hung-network');
    const e = failureOf(r, 'join', 'rejected');
    expect(e).toMatchObject({ code: 'network_timeout', severity: 'fatal', operation: 'join' });
    expect(e.context.timedOut).toBe(true);
    expect(['time-budget', 'attempts']).toContain(e.context.giveUpReason);
    // budget 8 s: settled within it (plus the leave of the last attempt and a little slack)
    expect(r.notes.joinSettledAfterMs).toBeLessThanOrEqual(10_000);
    const retries = eventsOf(r, 'retry');
    expect(retries.length).toBeGreaterThanOrEqual(1);
    for (const retry of retries) {
      expect(retry.error).toMatchObject({ code: 'network_timeout', operation: 'join' });
      // our timeout, not a failure of the SDK's own: the SDK alone was still joining
      expect(retry.error?.context.timedOut).toBe(true);
    }
    // no ghost: the SDK is not still joining after the wrapped join gave up
    expect(r.notes.stateOneSecondLater).toBe('DISCONNECTED');
    expectListenersRestored(r);
  });

  it('dispose() during a join with the network hanging: the call rejects as aborted and the SDK is no longer joining', async () => {
    const r = await runWithNetworkHanging(page('fake-devices'), 'dispose-during-hung-join');
    expect(r.notes.stateBeforeDispose).toBe('CONNECTING');
    const e = failureOf(r, 'join', 'rejected');
    expect(e).toMatchObject({ code: 'operation_aborted', context: { aborted: true } });
    expect(r.notes.stateAfterDispose).toBe('DISCONNECTED');
  });

  it('join offline: NETWORK_ERROR (or NETWORK_TIMEOUT) is retried under our policy (retry events with delays), then giveup', async () => {
    const r = await page('fake-devices').run('join-offline');
    const retries = eventsOf(r, 'retry');
    expect(retries.map((e) => e.attempt)).toEqual([1, 2]);
    for (const ev of retries) {
      expect(ev.operation).toBe('join');
      expect(ev.delayMs).toBeGreaterThanOrEqual(150);
      expect(ev.delayMs).toBeLessThanOrEqual(400);
      expect(ev.error).toMatchObject({ severity: 'recoverable', retryable: true, strategy: 'backoff' });
      expectOfflineJoinError(ev.error);
    }
    // the SDK really was called three times
    expect(r.notes.sdkJoinAttempts).toBe(3);
    const giveups = eventsOf(r, 'giveup');
    expect(giveups).toHaveLength(1);
    expect(giveups[0]).toMatchObject({ attempts: 3, operation: 'join' });
    const e = failureOf(r, 'join', 'rejected');
    expect(giveups[0]?.error).toEqual(e);
    expect(e).toMatchObject({
      severity: 'fatal',
      retryable: false,
      context: { attempts: 3, giveUpReason: 'attempts' },
    });
    expectOfflineJoinError(e);
    // only the final error is emitted; the retried failures came through `retry`
    expect(eventsOf(r, 'error').map((x) => x.error)).toEqual([e]);
    expect(eventsOf(r, 'fatal').map((x) => x.error)).toEqual([e]);
    expect(eventsOf(r, 'recoverable')).toEqual([]);
    expectListenersRestored(r);
  });

  it('join offline aborted by an AbortSignal during the backoff: operation_aborted, no giveup, no second attempt', async () => {
    const r = await page('fake-devices').run('join-offline-abort');
    const retries = eventsOf(r, 'retry');
    expect(retries).toHaveLength(1);
    expectOfflineJoinError(retries[0]?.error);
    expect(Number(r.notes.abortAfterMs)).toBeLessThan(Number(retries[0]?.delayMs));
    const e = failureOf(r, 'join', 'rejected');
    expect(e).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      retryable: false,
      operation: 'join',
      context: { aborted: true },
    });
    // the abort reason given to AbortController.abort() is the cause
    expect(e.cause).toMatchObject({ isError: true, message: 'the user closed the call screen' });
    expect(r.notes.sdkJoinAttempts).toBe(1);
    expect(eventsOf(r, 'giveup')).toEqual([]);
    expect(eventsOf(r, 'error')).toEqual([]);
    expectListenersRestored(r);
  });

  it('leave during a pending join: the join rejects with operation_aborted (superseded by leave), leave resolves', async () => {
    const r = await page('fake-devices').run('leave-during-join');
    const e = failureOf(r, 'join', 'rejected');
    expect(e).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      retryable: false,
      operation: 'join',
      context: { aborted: true, supersededBy: 'leave' },
    });
    expect(outcomeOf(r, 'leave').status).toBe('resolved');
    // an abort the app asked for is not emitted
    expect(eventsOf(r, 'error')).toEqual([]);
    expectListenersRestored(r);
  });

  itLeavesNoOwnPageErrors(page);
});
