/**
 * Option checks. A bad option is a programmer error: it throws at once, with a message naming the
 * option, rather than misbehaving later.
 * @module
 */

/**
 * A short description of a value an app passed, for a message about misuse: `"text"` (clipped to
 * 40 characters), `5`, `null`, `undefined`, `a function`, `an array`, `an object`.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Throws a `TypeError` naming the option, what it must be and what it got. */
export function invalidOption(name: string, expected: string, value: unknown): never {
  throw new TypeError(`rtc-errors: option "${name}" must be ${expected}, got ${describeValue(value)}`);
}

/** An integer `>= min`, or `undefined`. */
export function checkInteger(name: string, value: unknown, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    invalidOption(name, `an integer >= ${min}`, value);
  }
  return value;
}

/** A number `>= 0` (`Infinity` allowed when `allowInfinity`), or `undefined`. */
export function checkNonNegative(name: string, value: unknown, allowInfinity = false): number | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' && value >= 0 && (Number.isFinite(value) || (allowInfinity && value === Infinity));
  if (!ok) invalidOption(name, allowInfinity ? 'a number >= 0 (or Infinity)' : 'a finite number >= 0', value);
  return value as number;
}

/** A function, or `undefined`. */
export function checkFunction<F>(name: string, value: unknown): F | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') invalidOption(name, 'a function', value);
  return value as F;
}

/** A plain object (not an array), or `undefined`. */
export function checkObject(name: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalidOption(name, 'an object', value);
  return value as Record<string, unknown>;
}

/** A retry budget (an object with `tryAcquire()`, see `retryBudget()`), or `undefined`. */
export function checkRetryBudget<B>(name: string, value: unknown): B | undefined {
  if (value === undefined) return undefined;
  const budget = value as { tryAcquire?: unknown } | null;
  if (typeof budget !== 'object' || budget === null || typeof budget.tryAcquire !== 'function') {
    invalidOption(name, 'a retry budget (see retryBudget())', value);
  }
  return value as B;
}

/** A {@link Clock}-shaped object, or `undefined`. */
export function checkClock<C>(name: string, value: unknown): C | undefined {
  if (value === undefined) return undefined;
  const obj = checkObject(name, value);
  for (const key of ['now', 'setTimeout', 'clearTimeout']) {
    if (typeof obj?.[key] !== 'function') invalidOption(`${name}.${key}`, 'a function', obj?.[key]);
  }
  return value as C;
}
