/**
 * A user who closes the screen picker did not deny a permission: the NotAllowedError that
 * getDisplayMedia rejects with then is `operation_aborted` with `context.screenShare: 'cancelled'`,
 * fatal and never retried, for each web SDK's shape of it; a real denial (by the system, or of the
 * camera) stays `permission_denied`.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../src/index.js';
import { agoraNgAdapter } from '../adapters/agora-ng/index.js';
import { agoraWebAdapter } from '../adapters/agora-web/index.js';
import { aliyunAdapter } from '../adapters/aliyun/index.js';
import { decodeRaw } from './support/fixtures.js';

/** What Chromium rejects getDisplayMedia with when the user cancels the picker. */
const cancelled = (): DOMException => new DOMException('Permission denied', 'NotAllowedError');

function expectCancelled(err: ReturnType<typeof normalize>): void {
  expect(err).toMatchObject({
    code: 'operation_aborted',
    severity: 'fatal',
    retry: { retryable: false, strategy: 'none' },
    context: { screenShare: 'cancelled' },
  });
  expect(err.code).not.toBe('permission_denied');
}

describe('a cancelled screen picker is not a permission denial', () => {
  it('agora-ng: createScreenVideoTrack rejects with PERMISSION_DENIED: NotAllowedError', () => {
    const raw = decodeRaw({
      $error: {
        class: 'AgoraRTCError',
        name: 'AgoraRTCException',
        message: 'AgoraRTCError PERMISSION_DENIED: NotAllowedError: Permission denied',
        props: { code: 'PERMISSION_DENIED' },
      },
    });
    expectCancelled(normalize(raw, agoraNgAdapter, { operation: 'createScreenVideoTrack' }));
    // the same value from the camera is a denial
    expect(normalize(raw, agoraNgAdapter, { operation: 'createCameraVideoTrack' }).code).toBe('permission_denied');
  });

  it('agora-web 3.x: Stream.init of a screen stream, told by the caller (screen: true)', () => {
    const raw = { type: 'error', msg: 'NotAllowedError', info: 'Permission denied' };
    expectCancelled(normalize(raw, agoraWebAdapter, { operation: 'init', screen: true }));
    expect(normalize(raw, agoraWebAdapter, { operation: 'init' }).code).toBe('permission_denied');
  });

  it('aliyun: startScreenShare rejected with the raw DOMException', () => {
    expectCancelled(normalize(cancelled(), aliyunAdapter, { operation: 'startScreenShare' }));
  });

  it('the raw DOMException with a screen operation, any adapter', () => {
    expectCancelled(normalize(cancelled(), [], { operation: 'getDisplayMedia' }));
  });

  it('a denial by the operating system stays permission_denied', () => {
    const raw = new DOMException('Permission denied by system', 'NotAllowedError');
    expect(normalize(raw, agoraNgAdapter, { operation: 'createScreenVideoTrack' })).toMatchObject({
      code: 'permission_denied',
      context: { deniedBy: 'system' },
    });
  });
});
