/**
 * Raw values the benchmarks normalize: each vendor's typical failure, as its SDK produces it, and
 * hostile values. Built once; `normalize` never mutates what it is given.
 * @module
 */

/** The shape of `agora-rtc-sdk-ng`'s `AgoraRTCError` (an `Error` subclass). */
class AgoraRTCError extends Error {
  readonly code: string;
  readonly data: unknown;
  constructor(code: string, detail: string, data?: unknown) {
    super(`AgoraRTCError ${code}: ${detail}`);
    this.name = 'AgoraRTCException';
    this.code = code;
    this.data = data;
  }
}

/** One typical raw value: which adapter it belongs to, and the text an `Error` for it would carry. */
export interface TypicalValue {
  readonly label: string;
  readonly adapter: 'agora-ng' | 'agora-web' | 'agora-native' | 'aliyun';
  readonly raw: unknown;
  /** The message of the baseline `new Error(message)`. */
  readonly message: string;
}

const ngError = new AgoraRTCError('CAN_NOT_GET_GATEWAY_SERVER', 'dynamic key expired', { retry: false });
/** As `fixtures/aliyun/device-objects.json` records it. */
const aliyunError = {
  errorCode: 10003,
  errorCodeName: 'ERROR_DEVICE_AUDIODEVICE_NOTALLOWED',
  message: 'Permission denied',
  traceId: '',
  relatedLink: 'chrome://settings/content/siteDetails?site=https%3A%2F%2Fexample.com',
};

export const TYPICAL: readonly TypicalValue[] = [
  {
    label: 'agora-ng AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER (dynamic key expired, data.retry=false)',
    adapter: 'agora-ng',
    raw: ngError,
    message: ngError.message,
  },
  {
    label: 'agora-web 3.x failure string "STREAM_ALREADY_PUBLISHED"',
    adapter: 'agora-web',
    raw: 'STREAM_ALREADY_PUBLISHED',
    message: 'STREAM_ALREADY_PUBLISHED',
  },
  { label: 'agora-native code 110', adapter: 'agora-native', raw: 110, message: '110' },
  {
    label: 'aliyun {errorCode:10003, errorCodeName, message}',
    adapter: 'aliyun',
    raw: aliyunError,
    message: aliyunError.message,
  },
];

/** How many times the hostile getters of {@link throwingGetters} ran (reset by the caller). */
export const getterCalls = { count: 0 };

/**
 * An error whose every property a reader may try throws, through getters on the instance.
 * What a getter throws is the value's own cost, so they throw one preallocated error: the
 * benchmark measures what normalize does around the throws, not the cost of building new errors.
 */
export function throwingGetters(): object {
  const boom = new Error('boom from a getter');
  // An Error's own `stack` cannot be redefined in Node; an object inheriting from Error.prototype
  // passes every "is it an Error" check all the same.
  const obj: object = Object.create(Error.prototype);
  const keys = ['name', 'message', 'code', 'cause', 'stack', 'constructor', 'data', 'reason', 'type', 'msg'];
  for (const key of [
    ...keys,
    'errorCode',
    'errorCodeName',
    'err',
    'warn',
    'description',
    'errorMessage',
    'errorType',
    'constraint',
    'constraintName',
    'info',
    'errCode',
  ]) {
    Object.defineProperty(obj, key, {
      get() {
        getterCalls.count += 1;
        throw boom;
      },
      enumerable: true,
    });
  }
  return obj;
}

/** A Proxy whose every trap throws (a fresh `TypeError`, as a revoked Proxy's would). */
export function throwingProxy(): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const) {
    (handler as Record<string, unknown>)[trap] = () => {
      getterCalls.count += 1;
      throw new TypeError('trap');
    };
  }
  return new Proxy({}, handler);
}

/** `depth` errors, each the `cause` of the next; the innermost is not any vendor's. */
export function deepCauseChain(depth: number): Error {
  let err = new Error('root');
  for (let i = 0; i < depth; i += 1) err = new Error(`level ${i}`, { cause: err });
  return err;
}

/** A string of `bytes` characters (one byte each in UTF-8). */
export function hugeString(bytes: number, prefix = ''): string {
  return prefix + 'x'.repeat(bytes - prefix.length);
}

/** An `Error` whose message is huge. */
export function hugeMessageError(bytes: number, prefix = ''): Error {
  return new Error(hugeString(bytes, prefix));
}
