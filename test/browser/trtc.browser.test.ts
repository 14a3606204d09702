/**
 * Tencent Cloud TRTC failing for real in Chromium, offline, wrapped with wrapClient: trtc-sdk-v5
 * 5.17.1 (`TRTC.create()`) and trtc-js-sdk 4.15.22 (`TRTC.createClient()`), from their UMD builds.
 */
import { expect, it } from 'vitest';
import {
  describeBrowser,
  eventsOf,
  expectListenersRestored,
  expectReportedOnceAsFatal,
  failureOf,
  outcomeOf,
  type ErrorInfo,
} from './support/page.js';
import {
  captures,
  itCapturesWithFakeDevices,
  itLeavesNoOwnPageErrors,
  useInsecureExamplePage,
  useSuitePages,
} from './support/suite.js';

/** The example page's capture scenarios and the v5 call each makes. */
const CAPTURES = captures('startLocalAudio', 'startLocalVideo');

/** The cause is the SDK's own v5 RtcError: its fields as the SDK set them. */
function expectV5Cause(e: ErrorInfo, code: number, extraCode: number | undefined, functionName: string): void {
  expect(e.cause).toMatchObject({ isError: true, code, name: expect.any(String) });
  expect(e.cause.own).toMatchObject({ code, functionName });
  if (extraCode !== undefined) expect(e.cause.own?.extraCode).toBe(extraCode);
  else expect(e.cause.own?.extraCode ?? null).toBeNull();
}

describeBrowser('trtc (trtc-sdk-v5) in Chromium', () => {
  const page = useSuitePages('trtc');

  it('enterRoom({}) rejects with 5000 / extraCode 5001: invalid_params, not retried', async () => {
    const r = await page('fake-devices').run('enter-missing-params');
    const e = failureOf(r, 'enterRoom', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_params',
      severity: 'fatal',
      retryable: false,
      vendor: 'trtc',
      vendorCode: 5000,
      vendorName: 'INVALID_PARAMETER_REQUIRED',
      operation: 'enterRoom',
      context: { extraCode: 5001 },
    });
    expect(e.detail).toContain("'sdkAppId' is a required param when calling enterRoom()");
    expect(e.zh.locale).toBe('zh');
    expectV5Cause(e, 5000, 5001, 'enterRoom');
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it("enterRoom with roomId '1234' rejects with extraCode 5016: invalid_channel_name", async () => {
    const r = await page('fake-devices').run('enter-string-room-id');
    const e = failureOf(r, 'enterRoom', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_channel_name',
      vendorCode: 5000,
      vendorName: 'INVALID_ROOM_ID_INTEGER_STRING',
      context: { extraCode: 5016 },
    });
    expectV5Cause(e, 5000, 5016, 'enterRoom');
    expectReportedOnceAsFatal(r, e);
  });

  it('switchRole before enterRoom rejects with 5100 / 5101: not_joined', async () => {
    const r = await page('fake-devices').run('switch-role-before-enter');
    const e = failureOf(r, 'switchRole', 'rejected');
    expect(e).toMatchObject({
      code: 'not_joined',
      category: 'state',
      severity: 'fatal',
      vendorCode: 5100,
      vendorName: 'INVALID_OPERATION_NOT_JOINED',
      operation: 'switchRole',
      detail: 'cannot switchRole because you are not enter room yet.',
    });
    expectV5Cause(e, 5100, 5101, 'switchRole');
    expectReportedOnceAsFatal(r, e);
  });

  it('startRemoteVideo into a missing element rejects with extraCode 5009', async () => {
    const r = await page('fake-devices').run('remote-video-missing-view');
    const e = failureOf(r, 'startRemoteVideo', 'rejected');
    expect(e).toMatchObject({ code: 'invalid_params', vendorName: 'INVALID_ELEMENT_ID', context: { extraCode: 5009 } });
    expectV5Cause(e, 5000, 5009, 'startRemoteVideo');
  });

  it('sendSEIMessage without enableSEI rejects (the typings say void) with 5100 / 5108', async () => {
    const r = await page('fake-devices').run('sei-not-enabled');
    const e = failureOf(r, 'sendSEIMessage', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_state',
      vendorName: 'INVALID_NOT_ENABLE_SEI',
      operation: 'sendSEIMessage',
    });
    expectV5Cause(e, 5100, 5108, 'sendSEIMessage');
    expectReportedOnceAsFatal(r, e);
  });

  it('startLocalAudio while it is on rejects with 5998 operation_aborted, never emitted as error or fatal', async () => {
    const r = await page('fake-devices').run('microphone-twice');
    const calls = r.outcomes.filter((o) => o.call === 'startLocalAudio');
    expect(calls.map((o) => o.status)).toEqual(['resolved', 'rejected']);
    const e = calls[1]?.error as ErrorInfo;
    // the app's own second call aborted the SDK's: fatal, never retried (as Agora's OPERATION_ABORT)
    expect(e).toMatchObject({
      code: 'operation_aborted',
      severity: 'fatal',
      retryable: false,
      strategy: 'none',
      kind: 'warning',
      vendorCode: 5998,
      vendorName: 'OPERATION_ABORT',
      operation: 'startLocalAudio',
    });
    expectV5Cause(e, 5998, undefined, 'startLocalAudio');
    expect(r.events).toEqual([]);
    expectListenersRestored(r);
  });

  itCapturesWithFakeDevices(page, CAPTURES);

  it.each(CAPTURES)(
    '%s with permission denied: 5300 / 5302 permission_denied, the browser (not the OS) denied it, no handler',
    async (id, method) => {
      const r = await page('permission-denied').run(id);
      const e = failureOf(r, method, 'rejected');
      expect(e).toMatchObject({
        code: 'permission_denied',
        severity: 'fatal',
        strategy: 'user-action',
        vendorCode: 5300,
        vendorName: 'DEVICE_NOT_ALLOWED_ERROR',
        operation: method,
        context: { extraCode: 5302, deniedBy: 'user', mediaError: 'NotAllowedError', innerCode: '0x1004' },
      });
      expect(e.context.openSystemSettings).toBeUndefined();
      expect(e.detail).toMatch(/^NotAllowedError, you have disabled (microphone|camera) access/);
      expectV5Cause(e, 5300, 5302, method);
      expectReportedOnceAsFatal(r, e);
    },
  );

  it.each(CAPTURES)('%s with no devices: 5300 / 5301 device_not_found', async (id, method) => {
    const r = await page('no-devices').run(id);
    const e = failureOf(r, method, 'rejected');
    expect(e).toMatchObject({
      code: 'device_not_found',
      vendorCode: 5300,
      vendorName: 'DEVICE_NOT_FOUND_ERROR',
      context: { extraCode: 5301, mediaError: 'NotFoundError' },
    });
    expectV5Cause(e, 5300, 5301, method);
    expectReportedOnceAsFatal(r, e);
  });

  it('enterRoom offline: 5500 with the inner 0x404c SCHEDULE_FAILED, retried by the join policy, then given up', async () => {
    const r = await page('fake-devices').run('enter-offline');
    const e = failureOf(r, 'enterRoom', 'rejected');
    expect(eventsOf(r, 'retry').map((x) => x.attempt)).toEqual([1]);
    expect(eventsOf(r, 'retry')[0]?.error).toMatchObject({
      code: 'gateway_unreachable',
      severity: 'recoverable',
      retryable: true,
      vendorCode: 5500,
    });
    expect(eventsOf(r, 'giveup').map((x) => x.attempts)).toEqual([2]);
    expect(e).toMatchObject({
      code: 'gateway_unreachable',
      severity: 'fatal',
      retryable: false,
      vendorCode: 5500,
      vendorName: 'OPERATION_FAILED',
      operation: 'enterRoom',
      context: { innerCode: '0x404c', innerName: 'SCHEDULE_FAILED', attempts: 2 },
    });
    expect(e.detail).toContain('schedule failed');
    expectV5Cause(e, 5500, undefined, 'enterRoom');
    expectListenersRestored(r);
  });

  it('an expired userSig (server result 70001) goes through renewToken, and the new userSig enters the room again', async () => {
    const p = page('fake-devices');
    // The SDK's scheduling request answered as Tencent's server answers an expired userSig; any other
    // userSig gets 70009. Nothing else is reachable: the SDK is real, only the answer is ours.
    const bodies: string[] = [];
    await p.page.route(/\/api\/v1\/config/, async (route) => {
      const body = route.request().postData() ?? '';
      bodies.push(body);
      const code = body.includes('expired-user-sig') ? 70001 : 70009;
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ code, msg: 'stub' }),
      });
    });
    try {
      const r = await p.run('enter-usersig-expired');
      expect(r.notes.renewed).toEqual([{ reason: 'rejected', code: 'token_expired', operation: 'enterRoom' }]);
      const retry = eventsOf(r, 'retry');
      expect(retry).toHaveLength(1);
      expect(retry[0]?.error).toMatchObject({
        code: 'token_expired',
        vendorCode: 5500,
        vendorName: 'SERVER_ERROR.70001',
        context: { serverCode: 70001, innerCode: '0x404c' },
      });
      const e = failureOf(r, 'enterRoom', 'rejected');
      expect(e).toMatchObject({
        code: 'token_invalid',
        vendorName: 'SERVER_ERROR.70009',
        context: { serverCode: 70009 },
      });
      expect(bodies.some((b) => b.includes('expired-user-sig'))).toBe(true);
      expect(bodies.some((b) => b.includes('renewed-user-sig'))).toBe(true);
      expect(bodies.findIndex((b) => b.includes('renewed-user-sig'))).toBeGreaterThan(
        bodies.findIndex((b) => b.includes('expired-user-sig')),
      );
      expectListenersRestored(r);
    } finally {
      await p.page.unroute(/\/api\/v1\/config/);
    }
  });

  itLeavesNoOwnPageErrors(page);
});

describeBrowser('trtc (trtc-sdk-v5) on an insecure origin', () => {
  const insecure = useInsecureExamplePage('trtc');

  it('startLocalAudio and startLocalVideo reject with 5200 / 5201 NOT_SUPPORTED_HTTP: insecure_context', async () => {
    const p = insecure();
    expect(await p.page.evaluate(() => window.isSecureContext)).toBe(false);
    for (const [id, method] of CAPTURES) {
      const r = await p.run(id);
      const e = failureOf(r, method, 'rejected');
      expect(e).toMatchObject({
        code: 'insecure_context',
        category: 'environment',
        severity: 'fatal',
        vendorCode: 5200,
        vendorName: 'NOT_SUPPORTED_HTTP',
        context: { extraCode: 5201 },
      });
      expect(e.detail).toContain('please use https');
      // the SDK leaves functionName empty here: the operation is the one wrapClient called
      expect(e.operation).toBe(method);
      expectV5Cause(e, 5200, 5201, '');
      expectReportedOnceAsFatal(r, e);
    }
  });
});

describeBrowser('trtc (trtc-js-sdk 4.x) in Chromium', () => {
  const page = useSuitePages('trtc-v4');

  /** The cause is the 4.x RtcError: `getCode()` and `code_`. */
  const expectV4Cause = (e: ErrorInfo, code: number): void => {
    expect(e.cause).toMatchObject({ isError: true });
    expect(e.cause.own).toMatchObject({ code_: code });
  };

  it('publish before join rejects with 0x1001 INVALID_OPERATION: invalid_state', async () => {
    const r = await page('fake-devices').run('publish-before-join');
    const e = failureOf(r, 'publish', 'rejected');
    expect(e).toMatchObject({
      code: 'invalid_state',
      vendor: 'trtc',
      vendorCode: 0x1001,
      vendorName: 'ErrorCode.INVALID_OPERATION',
      operation: 'publish',
    });
    expect(e.detail).toContain('please call join() before publish()');
    expectV4Cause(e, 0x1001);
    expectReportedOnceAsFatal(r, e);
    expectListenersRestored(r);
  });

  it("join({ roomId: 'abc' }) rejects with 0x1000 INVALID_PARAMETER", async () => {
    const r = await page('fake-devices').run('join-bad-room-id');
    const e = failureOf(r, 'join', 'rejected');
    expect(e).toMatchObject({ code: 'invalid_params', vendorCode: 0x1000, vendorName: 'ErrorCode.INVALID_PARAMETER' });
    expectV4Cause(e, 0x1000);
  });

  it('LocalStream.initialize(): resolves with devices, 0x1004 named NotAllowedError when denied, 0x1003 with none', async () => {
    expect(outcomeOf(await page('fake-devices').run('stream-initialize'), 'initialize').status).toBe('resolved');
    const denied = failureOf(await page('permission-denied').run('stream-initialize'), 'initialize', 'rejected');
    expect(denied).toMatchObject({
      code: 'permission_denied',
      vendorCode: 0x1004,
      vendorName: 'ErrorCode.INITIALIZE_FAILED',
      context: { mediaError: 'NotAllowedError', deniedBy: 'user' },
    });
    expect(denied.cause).toMatchObject({ name: 'NotAllowedError' });
    const none = failureOf(await page('no-devices').run('stream-initialize'), 'initialize', 'rejected');
    expect(none).toMatchObject({
      code: 'device_not_found',
      vendorCode: 0x1003,
      vendorName: 'ErrorCode.DEVICE_NOT_FOUND',
    });
  });

  it('join offline: 0x404c SCHEDULE_FAILED, retried, then given up', async () => {
    const r = await page('fake-devices').run('join-offline');
    const e = failureOf(r, 'join', 'rejected');
    expect(eventsOf(r, 'retry').map((x) => x.attempt)).toEqual([1]);
    expect(e).toMatchObject({
      code: 'gateway_unreachable',
      severity: 'fatal',
      vendorCode: 0x404c,
      vendorName: 'ErrorCode.SCHEDULE_FAILED',
      context: { attempts: 2 },
    });
    expectV4Cause(e, 0x404c);
    expectListenersRestored(r);
  });

  itLeavesNoOwnPageErrors(page);
});
