/** The aliyun event translators: names and arguments as the SDK declares and emits them. */
import { describe, expect, it } from 'vitest';
import { aliyunAdapter } from '../../../adapters/aliyun/index.js';
import { translateEvent, type RtcSignal } from '../../../src/index.js';
import { BUNDLE } from './sdk-enums.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dts = readFileSync(require.resolve('aliyun-rtc-sdk/dist/types/index.d.ts'), 'utf8');
const listener = /declare interface AliRtcEngineEventListener \{([\s\S]*?)\n\}/.exec(dts)?.[1] ?? '';

/** Native SDK callbacks (onOccurWarning(warn, msg)) that the web SDK does not emit. */
const NATIVE_ONLY = new Set(['occurWarning', 'onOccurWarning']);

function only(signals: RtcSignal[]): RtcSignal {
  expect(signals).toHaveLength(1);
  return signals[0] as RtcSignal;
}
function err(name: string, args: unknown[]) {
  const s = only(translateEvent(aliyunAdapter, name, args));
  if (s.type !== 'error') throw new Error(`expected an error signal for ${name}`);
  return s.error;
}

describe('aliyun event names', () => {
  for (const name of Object.keys(aliyunAdapter.events).filter((n) => !NATIVE_ONLY.has(n))) {
    it(`${name} is declared by AliRtcEngineEventListener and emitted by the bundle`, () => {
      expect(listener).toMatch(new RegExp(`\\n\\s+${name}: \\(`));
      expect(BUNDLE).toContain(`emit("${name}"`);
    });
  }
});

describe('aliyun event translators', () => {
  it('connectionStatusChange: connecting and first connection are not errors', () => {
    expect(translateEvent(aliyunAdapter, 'connectionStatusChange', [2, 11])).toEqual([]);
    expect(translateEvent(aliyunAdapter, 'connectionStatusChange', [0, 0])).toEqual([]);
    expect(translateEvent(aliyunAdapter, 'connectionStatusChange', [3, 9])).toEqual([]);
    expect(translateEvent(aliyunAdapter, 'connectionStatusChange', [1, 10])).toEqual([]);
  });

  it('connectionStatusChange: a lost connection and its recovery pair up', () => {
    const lost = err('connectionStatusChange', [1, 12]);
    const back = only(translateEvent(aliyunAdapter, 'connectionStatusChange', [3, 3]));
    expect(back.type).toBe('recovered');
    if (back.type === 'recovered') expect(back.recovered.code).toBe(lost.code);
  });

  it('connectionStatusChange: heartbeat timeout and DNS failure keep the reason\u2019s code', () => {
    expect(err('connectionStatusChange', [4, 2]).code).toBe('network_timeout');
    const dns = err('connectionStatusChange', [1, 5]);
    expect(dns.code).toBe('gateway_unreachable');
    expect(dns.vendorName).toBe('AliRtcConnectionStatusChangeReason.AliRtcConnectionSignalingHttpDnsFailure');
  });

  it('connectionStatusChange: Failed is fatal whatever the reason', () => {
    for (const reason of [12, 6, 0, 99]) {
      const e = err('connectionStatusChange', [5, reason]);
      expect(e.severity).toBe('fatal');
      expect(e.retry.retryable).toBe(false);
    }
  });

  it('occurError and occurWarning pair the documented warnings with their recoveries', () => {
    const pairs: [number, number][] = [
      [257, 258],
      [259, 261],
      [260, 262],
      [0x01060101, 0x01060102],
    ];
    for (const [condition, recovery] of pairs) {
      const e = err('occurWarning', [condition, '']);
      const r = only(translateEvent(aliyunAdapter, 'occurError', [recovery, 'ok']));
      expect(r.type, String(recovery)).toBe('recovered');
      if (r.type === 'recovered') {
        expect(r.recovered.code).toBe(e.code);
        expect(r.recovered.vendorCode).toBe(recovery);
        expect(r.recovered.detail).toBe('ok');
      }
    }
  });

  it('occurError with a plain Error or nothing still yields an error', () => {
    expect(err('occurError', [new Error('weird')]).code).toBe('internal_error');
    const none = err('occurError', []);
    expect(none.code).toBe('unknown');
  });

  it('localDeviceException: corrects the shifted table only where it is unambiguous', () => {
    expect(err('localDeviceException', [4, 3, '']).code).toBe('device_not_found');
    expect(err('localDeviceException', [1, 11, '']).code).toBe('device_in_use');
    expect(err('localDeviceException', [1, 3, '']).code).toBe('permission_denied');
    expect(err('localDeviceException', [4, 11, '']).code).toBe('permission_denied');
    expect(err('localDeviceException', [4, 11, '']).context.sdkQuirk).toBeUndefined();
    expect(err('localDeviceException', [9, 99, 'x']).code).toBe('device_failure');
  });

  it('bye: unknown codes are still a fatal removal', () => {
    const e = err('bye', [7]);
    expect(e.code).toBe('kicked');
    expect(e.severity).toBe('fatal');
    expect(e.vendorCode).toBe(7);
  });

  it('networkQuality: poor and unknown are not reported, disconnected is', () => {
    expect(
      translateEvent(aliyunAdapter, 'networkQuality', [{ subscribe: { rtt: 200, loss: 20, quality: 2 } }]),
    ).toEqual([]);
    expect(translateEvent(aliyunAdapter, 'networkQuality', [{ subscribe: { quality: 6 } }])).toEqual([]);
    expect(translateEvent(aliyunAdapter, 'networkQuality', [{}])).toEqual([]);
    expect(err('networkQuality', [{ subscribe: { quality: 5 } }]).code).toBe('network_unavailable');
  });

  it('sdkAdvisory: other advisory types are not errors', () => {
    expect(translateEvent(aliyunAdapter, 'sdkAdvisory', [{ type: 'somethingElse' }])).toEqual([]);
  });

  it('every translator survives hostile arguments', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const argLists: unknown[][] = [
      [],
      [undefined],
      [null, null, null],
      [hostile, hostile, hostile],
      [Symbol('x'), 10n],
      ['1', '2', '3'],
      [Number.NaN, -1, {}],
    ];
    for (const name of Object.keys(aliyunAdapter.events)) {
      for (const args of argLists) {
        const signals = translateEvent(aliyunAdapter, name, args);
        for (const s of signals) {
          if (s.type === 'error') {
            expect(s.error.name).toBe('RtcError');
            expect(s.error.detail ?? '').not.toMatch(/could not translate event/);
          }
        }
      }
    }
  });
});
