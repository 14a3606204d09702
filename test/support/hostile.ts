/**
 * Hand-written hostile values: everything `normalize` must survive without throwing.
 * Shared by the unit tests and `npm run fuzz`.
 */

function throwing(): never {
  throw new Error('boom from a trap');
}

/** An object whose every property read throws. */
function throwingGetters(): object {
  const obj = {};
  for (const key of ['name', 'message', 'code', 'cause', 'stack', 'constructor', 'data', 'reason', 'type', 'msg']) {
    Object.defineProperty(obj, key, { get: throwing, enumerable: true });
  }
  return obj;
}

/** Every trap a Proxy handler can have. */
const ALL_TRAPS = [
  'get',
  'set',
  'has',
  'deleteProperty',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'defineProperty',
  'getPrototypeOf',
  'setPrototypeOf',
  'isExtensible',
  'preventExtensions',
  'apply',
  'construct',
] as const satisfies readonly (keyof ProxyHandler<object>)[];

/** A Proxy of `target` whose `traps` throw (every trap by default); the others behave normally. */
export function trapsThrow(traps: readonly (typeof ALL_TRAPS)[number][] = ALL_TRAPS, target: object = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of traps) (handler as Record<string, unknown>)[trap] = throwing;
  return new Proxy(target, handler);
}

/** A Proxy whose every trap throws. */
function allTrapsThrow(target: object = {}): object {
  return trapsThrow(ALL_TRAPS, target);
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function circular(): object {
  const a: Record<string, unknown> = { name: 'Loop', message: 'circular' };
  const b: Record<string, unknown> = { a };
  a.self = a;
  a.b = b;
  a.cause = a;
  return a;
}

function deepCauseChain(depth: number): Error {
  let err = new Error('root');
  for (let i = 0; i < depth; i += 1) err = new Error(`level ${i}`, { cause: err });
  return err;
}

function nullProto(): object {
  const obj = Object.create(null) as Record<string, unknown>;
  obj.code = 'SOMETHING';
  obj.message = 'null prototype';
  return obj;
}

function throwingCoercions(): object {
  return {
    toString: throwing,
    valueOf: throwing,
    [Symbol.toPrimitive]: throwing,
    toJSON: throwing,
  };
}

function throwingCoercionError(): Error {
  const err = new Error('coercion');
  Object.defineProperty(err, 'message', { get: throwing });
  Object.defineProperty(err, 'name', { value: { toString: throwing, [Symbol.toPrimitive]: throwing } });
  return err;
}

const HUGE = 10 * 1024 * 1024;

/** Named hostile values. Built lazily so a test can make fresh ones. */
export function hostileValues(): { name: string; value: unknown }[] {
  const huge = 'x'.repeat(HUGE);
  const hugeError = new Error(huge);
  return [
    { name: 'undefined', value: undefined },
    { name: 'null', value: null },
    { name: 'NaN', value: Number.NaN },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY },
    { name: 'negative zero', value: -0 },
    { name: 'empty string', value: '' },
    { name: 'symbol', value: Symbol('sym') },
    { name: 'registered symbol', value: Symbol.for('rtc') },
    { name: 'bigint', value: 12345678901234567890n },
    { name: 'function', value: function named() {} },
    { name: 'arrow function', value: () => 1 },
    { name: 'class', value: class Foo {} },
    { name: 'object with throwing getters', value: throwingGetters() },
    { name: 'proxy whose every trap throws', value: allTrapsThrow() },
    { name: 'proxy of a function whose every trap throws', value: allTrapsThrow(() => 0) },
    { name: 'revoked proxy', value: revoked() },
    { name: 'circular object', value: circular() },
    { name: 'null-prototype object', value: nullProto() },
    { name: 'throwing toString/valueOf/toPrimitive', value: throwingCoercions() },
    { name: 'error with throwing message and name', value: throwingCoercionError() },
    { name: '10 MB string', value: huge },
    { name: 'error with a 10 MB message', value: hugeError },
    { name: 'object with a 10 MB code', value: { code: huge, message: huge } },
    { name: '10,000-deep cause chain', value: deepCauseChain(10_000) },
    { name: 'array of hostile values', value: [throwingGetters(), revoked(), Symbol('x')] },
    { name: 'frozen object', value: Object.freeze({ code: 1, message: 'frozen' }) },
    { name: 'date', value: new Date(0) },
    { name: 'regexp', value: /x/g },
    { name: 'map', value: new Map([[1, 2]]) },
    { name: 'promise', value: Promise.resolve(1) },
    { name: 'weakmap', value: new WeakMap() },
    { name: 'typed array', value: new Uint8Array(16) },
    { name: 'lone surrogate string', value: '\ud800abc' },
    { name: 'object with symbol keys', value: { [Symbol('k')]: 1, code: Symbol('c') } },
    { name: 'error whose cause is a revoked proxy', value: new Error('outer', { cause: revoked() }) },
    { name: 'error whose cause is a trap-throwing proxy', value: new Error('outer', { cause: allTrapsThrow() }) },
  ];
}
