/**
 * The retry policy of each operation of a wrapped client, from the `retry` option: by operation
 * name, else by operation kind, else the kind's RTC default; `false` for none. Built once per
 * operation and kept.
 * @module
 */
import {
  defaultPolicy,
  isRetryPolicy,
  noRetry,
  type OperationKind,
  type RetryPolicy,
  type RetryPolicyOptions,
} from '../retry/policy.js';
import { ownValue } from '../own.js';
import type { WrapOptions } from './options.js';

/** The policy resolver of one wrapped client: `(operation, kind) → RetryPolicy`, cached. */
export function policyResolver(options: WrapOptions): (operation: string, kind: OperationKind) => RetryPolicy {
  const cache = new Map<string, RetryPolicy>();
  const shared: RetryPolicyOptions = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.retryBudget ? { budget: options.retryBudget } : {}),
  };
  return (operation, kind) => {
    const key = `${kind}\u0000${operation}`;
    const cached = cache.get(key);
    if (cached) return cached;
    let policy: RetryPolicy;
    const table = options.retry;
    if (table === false) policy = noRetry(shared);
    else {
      const own = table ? ownValue(table, operation) : undefined;
      const byKind = table ? ownValue(table, kind) : undefined;
      const setting = own ?? byKind;
      const name = own !== undefined ? `retry.${operation}` : `retry.${kind}`;
      if (setting === false) policy = noRetry(shared);
      else if (isRetryPolicy(setting)) policy = setting;
      else policy = defaultPolicy(kind, { ...shared, ...(setting ?? {}) }, name);
    }
    cache.set(key, policy);
    return policy;
  };
}
