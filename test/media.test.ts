import { describe, expect, it } from 'vitest';
import { createCatalog, defineAdapter, findMediaErrorInText, normalize, recognizeMediaError } from '../src/index.js';

const none = defineAdapter({ id: 'agora-web', catalog: createCatalog([]), recognize: () => undefined });

const RAW: [name: string, code: string][] = [
  ['NotAllowedError', 'permission_denied'],
  ['PermissionDeniedError', 'permission_denied'],
  ['SecurityError', 'permission_denied'],
  ['NotFoundError', 'device_not_found'],
  ['DevicesNotFoundError', 'device_not_found'],
  ['NotReadableError', 'device_in_use'],
  ['TrackStartError', 'device_in_use'],
  ['OverconstrainedError', 'constraint_not_satisfied'],
  ['ConstraintNotSatisfiedError', 'constraint_not_satisfied'],
  ['AbortError', 'device_failure'],
  ['NotSupportedError', 'not_supported'],
  ['InvalidStateError', 'invalid_state'],
];

describe('browser media errors', () => {
  for (const [name, code] of RAW) {
    it(`normalizes a raw ${name} DOMException to ${code}`, () => {
      const raw = new DOMException('Requested device failed', name);
      const err = normalize(raw, none);
      expect(err.code).toBe(code);
      expect(err.vendor).toBe('browser');
      expect(err.vendorCode).toBe(name);
      expect(err.detail).toBe('Requested device failed');
      expect(err.context.mediaError).toBe(name);
      expect(err.cause).toBe(raw);
    });

    it(`normalizes a legacy plain-object ${name}`, () => {
      const raw = { name, message: 'legacy', constraintName: 'width' };
      expect(normalize(raw, none).code).toBe(code);
    });

    it(`finds ${name} embedded in a vendor's text`, () => {
      expect(findMediaErrorInText(`AgoraRTCError SOMETHING: ${name}: details`)?.code).toBe(code);
    });
  }

  it('is fatal with a user action for permission denial', () => {
    const err = normalize(new DOMException('Permission denied', 'NotAllowedError'), none);
    expect(err.severity).toBe('fatal');
    expect(err.retry).toEqual({ retryable: false, strategy: 'user-action' });
    expect(err.context.deniedBy).toBe('user');
  });

  it('records OS-level denial as such', () => {
    const err = normalize(new DOMException('Permission denied by system', 'NotAllowedError'), none);
    expect(err.code).toBe('permission_denied');
    expect(err.context.deniedBy).toBe('system');
    expect(findMediaErrorInText('getUserMedia failed: Permission denied by system')?.context).toMatchObject({
      deniedBy: 'system',
    });
  });

  it('records a permissions-policy block as such', () => {
    expect(normalize(new DOMException('blocked', 'SecurityError'), none).context.deniedBy).toBe('policy');
  });

  it('keeps the constraint name of an OverconstrainedError', () => {
    const raw = Object.assign(new DOMException('', 'OverconstrainedError'), { constraint: 'deviceId' });
    const err = normalize(raw, none);
    expect(err.code).toBe('constraint_not_satisfied');
    expect(err.context.constraint).toBe('deviceId');
    expect(findMediaErrorInText('OverconstrainedError: constraint: frameRate')?.context?.constraint).toBe('frameRate');
  });

  it("normalizes getUserMedia's TypeError", () => {
    const raw = new TypeError(
      "Failed to execute 'getUserMedia' on 'MediaDevices': At least one of audio and video must be requested",
    );
    const err = normalize(raw, none);
    expect(err.code).toBe('invalid_params');
    expect(err.vendor).toBe('browser');
  });

  it('reads a missing mediaDevices (insecure context) as insecure_context', () => {
    const raw = new TypeError("Cannot read properties of undefined (reading 'getUserMedia')");
    expect(normalize(raw, none).code).toBe('insecure_context');
  });

  it('leaves unrelated TypeErrors and names alone', () => {
    expect(recognizeMediaError(new TypeError('x is not a function'))).toBeUndefined();
    expect(recognizeMediaError({ name: 'SomethingElse' })).toBeUndefined();
    expect(findMediaErrorInText('NotAllowedErrorX is not a name')).toBeUndefined();
    expect(findMediaErrorInText(undefined)).toBeUndefined();
  });
});
