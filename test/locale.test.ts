/**
 * `localize`: text in another language, including the action of an error a retry policy gave up
 * with, which is no longer the catalog's ("retry ...") but what to do now.
 */
import { describe, expect, it } from 'vitest';
import { localize, normalize, retry, unifiedZh, type RtcError } from '../src/index.js';
import { agoraNgErrors, agoraNgZh } from '../adapters/agora-ng/index.js';

/** What agora-ng rejects `join` with when it cannot reach its gateway (its message format). */
const gatewayFailure = Object.assign(
  new Error('AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError NETWORK_ERROR'),
  { name: 'AgoraRTCException', code: 'CAN_NOT_GET_GATEWAY_SERVER' },
);

async function givenUp(maxAttempts: number): Promise<RtcError> {
  const policy = { maxAttempts, budgetMs: 60_000, backoff: { initialDelayMs: 1, maxDelayMs: 1 } };
  return retry(() => Promise.reject(gatewayFailure), policy, {
    normalize: (raw) => normalize(raw, agoraNgErrors, { operation: 'join' }),
    operation: 'join',
  }).then(
    () => expect.fail('the retry resolved'),
    (e: unknown) => e as RtcError,
  );
}

describe('localize', () => {
  it("gives the vendor entry's Chinese text for an error as normalized", () => {
    const error = normalize(gatewayFailure, agoraNgErrors);
    const zh = localize(error, [agoraNgZh, unifiedZh]);
    expect(zh.locale).toBe('zh');
    expect(zh.message).toBe(agoraNgZh.entries['CAN_NOT_GET_GATEWAY_SERVER']?.[0]);
    expect(zh.action).toBe(agoraNgZh.entries['CAN_NOT_GET_GATEWAY_SERVER']?.[1]);
  });

  it('gives a given-up error the Chinese of what to do now, not the catalog action that says to retry', async () => {
    const error = await givenUp(2);
    expect(error.context.giveUpReason).toBe('attempts');
    expect(error.action).toMatch(/^Retrying did not get past it \(2 attempts/);
    const zh = localize(error, [agoraNgZh, unifiedZh]);
    expect(zh).toEqual({
      locale: 'zh',
      message: agoraNgZh.entries['CAN_NOT_GET_GATEWAY_SERVER']?.[0],
      action:
        '重试后仍未成功（共 2 次，已达策略上限）。请告知用户操作失败，并在网络恢复后再次调用 `join`，例如在用户要求时。',
    });
    expect(zh.action).not.toBe(agoraNgZh.entries['CAN_NOT_GET_GATEWAY_SERVER']?.[1]);
  });

  it('keeps a given-up error wholly English when no pack says what to do now (no mixed languages)', async () => {
    const error = await givenUp(3);
    expect(error.context.giveUpReason).toBe('attempts');
    expect(localize(error, [agoraNgZh])).toEqual({ locale: 'en', message: error.message, action: error.action });
  });
});
