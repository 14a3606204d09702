/**
 * Alibaba Cloud RTC (aliyun-rtc-sdk 7.3.3, ES build) failing for real in Chromium, offline,
 * wrapped with wrapClient.
 */
import { expect, it } from 'vitest';
import {
  describeBrowser,
  eventsOf,
  expectListenersRestored,
  expectReportedOnceAsFatal,
  expectNoOwnPageErrors,
  failureOf,
  outcomeOf,
  useExamplePage,
  type ErrorInfo,
} from './support/page.js';

/** The cause is the SDK's AliRtcError: an Error whose `code` and `reason` are getters. */
function expectAliRtcErrorCause(e: ErrorInfo, code: number): void {
  expect(e.cause).toMatchObject({ isError: true, code, reason: e.cause.message });
}

describeBrowser('aliyun in Chromium', () => {
  const page = useExamplePage('aliyun', ['fake-devices', 'permission-denied', 'no-devices']);

  it('joinChannel with empty auth info rejects with 16974081 (0x01030101): invalid_params, not retried', async () => {
    const r = await page('fake-devices').run('join-empty-auth');
    const e = failureOf(r, 'joinChannel', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_params',
      severity: 'fatal',
      retryable: false,
      vendor: 'aliyun',
      vendorCode: 16974081,
      operation: 'joinChannel',
      detail: 'no appId founded',
      context: { hex: '0x01030101' },
    });
    expectAliRtcErrorCause(e, 16974081);
    expect(eventsOf(r, 'retry')).toEqual([]);
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it('joinChannel with a malformed token rejects with 16974083 (0x01030103 ERR_INVALID_ARGUMENTS): invalid_params', async () => {
    const r = await page('fake-devices').run('join-malformed-token');
    const e = failureOf(r, 'joinChannel', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_params',
      severity: 'fatal',
      vendorCode: 16974083,
      vendorName: 'ERR_INVALID_ARGUMENTS',
      operation: 'joinChannel',
      context: { hex: '0x01030103' },
    });
    expect(e.detail).toMatch(/^authInfo is invalid: /);
    expectAliRtcErrorCause(e, 16974083);
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it('joinChannel offline rejects with 16974338 (0x01030202), signaling code -1, the cause kept', async () => {
    const r = await page('fake-devices').run('join-offline');
    const e = failureOf(r, 'joinChannel', 'rejected');
    // No signaling connection at all (signal code -1): a signaling failure the join policy retries
    // (2 attempts in the page), then gives up with it, fatal.
    expect(eventsOf(r, 'retry').map((x) => x.attempt)).toEqual([1]);
    expect(eventsOf(r, 'retry')[0]?.error).toMatchObject({
      code: 'signaling_failed',
      severity: 'recoverable',
      retryable: true,
    });
    expect(eventsOf(r, 'giveup').map((x) => x.attempts)).toEqual([2]);
    expect(e).toMatchObject({
      code: 'signaling_failed',
      severity: 'fatal',
      vendor: 'aliyun',
      vendorCode: 16974338,
      vendorName: 'ERR_JOIN_CHANNEL_FAILED',
      operation: 'joinChannel',
      detail: 'Signaling connect failed.',
      context: { hex: '0x01030202', signalCode: -1 },
    });
    expectAliRtcErrorCause(e, 16974338);
    expect(e.cause.message).toBe('signal error: code - -1; description - Signaling connect failed.');
    expectListenersRestored(r);
  });

  it.each([
    [
      'start-audio-capture',
      'startAudioCapture',
      10003,
      'ERROR_DEVICE_AUDIODEVICE_NOTALLOWED',
      'audio device not allowed',
    ],
    ['start-preview', 'startPreview', 10004, 'ERROR_DEVICE_VIDEODEVICE_NOTALLOWED', 'video device not allowed'],
  ])(
    '%s with permission denied rejects with a plain {errorCode: %i, errorCodeName}: permission_denied',
    async (id, call, errorCode, errorCodeName, message) => {
      const r = await page('permission-denied').run(id);
      const e = failureOf(r, call, 'rejected');
      expect(e).toMatchObject({
        code: 'permission_denied',
        severity: 'fatal',
        strategy: 'user-action',
        vendorCode: errorCode,
        vendorName: errorCodeName,
        detail: message,
        context: { errorCodeName },
      });
      expect(e.cause).toMatchObject({
        isError: false,
        constructor: 'Object',
        own: { errorCode, errorCodeName, message },
      });
      expect(eventsOf(r, 'fatal').map((x) => x.error)).toContainEqual(e);
      expectListenersRestored(r);
    },
  );

  it.each([
    ['start-audio-capture', 'startAudioCapture', 10001, 'ERROR_DEVICE_AUDIODEVICE_NOTFOUND', 'audio device not found'],
    ['start-preview', 'startPreview', 10002, 'ERROR_DEVICE_VIDEODEVICE_NOTFOUND', 'video device not found'],
  ])(
    '%s with no devices rejects with a plain {errorCode: %i, errorCodeName}: device_not_found',
    async (id, call, errorCode, errorCodeName, message) => {
      const r = await page('no-devices').run(id);
      const e = failureOf(r, call, 'rejected');
      expect(e).toMatchObject({
        code: 'device_not_found',
        severity: 'fatal',
        strategy: 'user-action',
        vendorCode: errorCode,
        vendorName: errorCodeName,
        detail: message,
      });
      expect(e.cause).toMatchObject({ isError: false, own: { errorCode, errorCodeName, message } });
      // The engine's localDeviceException event, fired just before the rejection, says the same:
      // wrapClient reports the failure once, from the rejection.
      expectReportedOnceAsFatal(r, e);
      expectListenersRestored(r);
    },
  );

  it('the device scenarios succeed with fake devices', async () => {
    for (const [id, call] of [
      ['start-audio-capture', 'startAudioCapture'],
      ['start-preview', 'startPreview'],
    ] as const) {
      const r = await page('fake-devices').run(id);
      expect(outcomeOf(r, call).status).toBe('resolved');
      expect(r.events).toEqual([]);
    }
  });

  it('startPublishLiveStream before join rejects with a bare number 17825795 (0x01100003): invalid_params', async () => {
    const r = await page('fake-devices').run('live-stream-before-join');
    const e = failureOf(r, 'startPublishLiveStream', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_params',
      severity: 'fatal',
      vendorCode: 17825795,
      vendorName: 'ERR_SDK_MPU_TASK_INVALID_PARAM',
      operation: 'startPublishLiveStream',
      context: { hex: '0x01100003' },
    });
    expect(e.cause).toEqual({ type: 'number', value: 17825795 });
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it('nothing in our package or the page threw uncaught', () => {
    for (const profile of ['fake-devices', 'permission-denied', 'no-devices'] as const)
      expectNoOwnPageErrors(page(profile));
  });
});
