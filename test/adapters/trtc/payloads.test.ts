/**
 * The trtc payload recognizer reads only the event payloads it knows by shape: values that merely
 * look alike (an extra key, an Error with a `reason`) stay unrecognized.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/index.js';
import { trtcErrors } from '../../../adapters/trtc/index.js';
import { recognizePayload } from '../../../adapters/trtc/payloads.js';

describe('trtc event payloads by shape', () => {
  it('recognizes kicked-out {reason} through the lean export', () => {
    expect(normalize({ reason: 'kick' }, trtcErrors)).toMatchObject({
      code: 'uid_conflict',
      vendorName: 'kicked-out:kick',
    });
  });

  it('leaves look-alikes alone', () => {
    expect(recognizePayload({ reason: 'kick', extra: 1 })).toBeUndefined();
    expect(recognizePayload(Object.assign(new Error('x'), { reason: 'kick' }))).toBeUndefined();
    expect(recognizePayload({ reason: 42 })).toBeUndefined();
    expect(recognizePayload('kick')).toBeUndefined();
    // CONNECTED again is a recovery, not an error
    expect(recognizePayload({ prevState: 'CONNECTING', state: 'CONNECTED' })).toBeUndefined();
  });
});
