/**
 * fast-check arbitraries for raw values: anything JavaScript can produce, plus values shaped like
 * SDK errors (so the adapters' recognizers are exercised, not only the fallback) and hostile ones.
 */
import fc from 'fast-check';

const codeLike = fc.oneof(
  fc.constantFrom(
    'INVALID_OPERATION',
    'CAN_NOT_GET_GATEWAY_SERVER',
    'NETWORK_ERROR',
    'PERMISSION_DENIED',
    'UID_CONFLICT',
    'ERR_INVALID_VENDOR_KEY',
  ),
  fc.constantFrom(0, 1, 2, 17, 101, 110, 1001, 3001, -1, 16974081, 16974338, 17825795, 0x01040404),
  fc.constantFrom('0x01040404', '0X01010304', '0x1020204', '110', '-7'),
  fc.string(),
  fc.integer(),
  fc.double(),
);

const errorShaped = fc.record(
  {
    name: fc.oneof(
      fc.constantFrom('AgoraRTCException', 'Error', 'NotAllowedError', 'TypeError', 'OverconstrainedError'),
      fc.string(),
    ),
    code: codeLike,
    message: fc.oneof(
      fc.constantFrom(
        'AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key expired',
        'AgoraRTCError PERMISSION_DENIED: NotAllowedError: Permission denied',
        'signal error: code - -1; description - Signaling connect failed.',
      ),
      fc.string(),
    ),
    data: fc.oneof(fc.constant(undefined), fc.record({ retry: fc.boolean(), desc: fc.string() }, { requiredKeys: [] })),
    type: fc.constantFrom('error', 'warning'),
    msg: fc.string(),
    info: fc.string(),
    reason: codeLike,
    errorCode: codeLike,
    errorCodeName: fc.string(),
    _code: codeLike,
  },
  { requiredKeys: [] },
);

function asError(fields: Record<string, unknown>): Error {
  const err = new Error(typeof fields.message === 'string' ? fields.message : '');
  for (const [k, v] of Object.entries(fields)) {
    try {
      Object.defineProperty(err, k, { value: v, enumerable: k !== 'message', configurable: true, writable: true });
    } catch {
      // a field that cannot be defined is skipped
    }
  }
  return err;
}

const throwingGetter = fc.constantFrom('name', 'message', 'code', 'cause', 'data', 'reason').map((key) => {
  const obj = { code: 'NETWORK_ERROR', message: 'x' };
  Object.defineProperty(obj, key, {
    get() {
      throw new Error('hostile getter');
    },
  });
  return obj;
});

const proxyThrowing = fc.constant(null).map(
  () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        has(_target, key) {
          // fast-check itself asks for its clone marker; every other question throws
          if (key === fc.cloneMethod) return false;
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    ),
);

/** Any raw value an SDK or a buggy app might hand to `normalize`. */
export const rawValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withDate: true,
    }),
  },
  { weight: 3, arbitrary: errorShaped },
  { weight: 2, arbitrary: errorShaped.map(asError) },
  { weight: 1, arbitrary: errorShaped.map((f) => asError({ message: 'wrapper', cause: asError(f) })) },
  { weight: 1, arbitrary: codeLike },
  { weight: 1, arbitrary: throwingGetter },
  { weight: 1, arbitrary: proxyThrowing },
  { weight: 1, arbitrary: fc.constantFrom(Symbol('s'), () => 1, 10n, Number.NaN) },
);
