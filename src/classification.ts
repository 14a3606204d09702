/**
 * The classification rule (see `docs/classification.md`): who must act on a code decides its
 * severity, whether this library retries it and with which strategy.
 * @module
 */
import type { CatalogEntry } from './adapter.js';
import type { RtcErrorCode } from './codes.js';
import { RETRYING_STRATEGIES, type RetryStrategy, type Severity } from './types.js';

/**
 * Who must act for the condition to be over.
 * - `sdk`: the SDK gets past it by itself (it reconnects, re-sends, falls back): we wait.
 * - `library`: this library gets past it (backoff on a transient network or server failure,
 *   renewing a token, waiting for the network).
 * - `app`: the app's code must change (parameters, call order, configuration, a new client).
 * - `user`: the person in front of the device must do something (permission, device, a gesture).
 * - `nobody`: nothing is wrong (a success or "back to normal" notice).
 */
export type Actor = 'sdk' | 'library' | 'app' | 'user' | 'nobody';

/** Every actor, in the order the documentation lists them. */
export const ACTORS: readonly Actor[] = ['sdk', 'library', 'app', 'user', 'nobody'];

/**
 * Who acts on each unified code, by what the code means. A catalog entry whose use differs (a
 * network timeout the SDK retries by itself, a notice filed under an error code) says so in its
 * own `actor`.
 */
export const DEFAULT_ACTOR: Readonly<Record<RtcErrorCode, Actor>> = {
  app_id_invalid: 'app',
  app_inactive: 'app',
  token_invalid: 'library',
  token_expired: 'library',
  token_expiring: 'library',
  not_authorized: 'app',
  banned: 'app',
  kicked: 'app',
  invalid_params: 'app',
  invalid_channel_name: 'app',
  invalid_uid: 'app',
  uid_conflict: 'app',
  invalid_state: 'app',
  already_joined: 'app',
  not_joined: 'app',
  already_left: 'app',
  already_published: 'app',
  not_published: 'app',
  invalid_usage: 'app',
  operation_aborted: 'app',
  network_timeout: 'library',
  network_unavailable: 'library',
  network_degraded: 'sdk',
  signaling_failed: 'library',
  gateway_unreachable: 'library',
  media_connection_failed: 'library',
  remote_network_lost: 'sdk',
  server_error: 'library',
  server_busy: 'library',
  request_rejected: 'app',
  rate_limited: 'library',
  channel_not_found: 'app',
  channel_conflict: 'app',
  session_removed: 'app',
  permission_denied: 'user',
  device_not_found: 'user',
  device_in_use: 'user',
  device_failure: 'user',
  device_warning: 'sdk',
  constraint_not_satisfied: 'app',
  enumerate_devices_failed: 'library',
  invalid_track: 'app',
  track_disabled: 'app',
  publish_failed: 'library',
  subscribe_failed: 'library',
  remote_not_published: 'app',
  stream_interrupted: 'sdk',
  media_file_error: 'app',
  screen_share_failed: 'user',
  dual_stream_failed: 'sdk',
  live_streaming_failed: 'library',
  relay_failed: 'library',
  autoplay_blocked: 'user',
  audio_input_overflow: 'sdk',
  low_performance: 'sdk',
  not_supported: 'app',
  insecure_context: 'app',
  sdk_init_failed: 'app',
  internal_error: 'app',
  unknown: 'app',
};

/** What an error's hint may be, for one actor. */
export interface ActorRule {
  readonly severity: Severity;
  /** The strategies that fit. */
  readonly strategies: readonly RetryStrategy[];
  /** Whether this library retries the operation by itself. */
  readonly retryable: boolean;
}

const RETRYING = [...RETRYING_STRATEGIES];

/**
 * The rule, per actor. `library` has a second form for token problems: `renew-token` (fatal when
 * the token is no longer usable, recoverable while it is about to expire), which this library
 * carries out when the app gave it a `renewToken` callback.
 */
export const ACTOR_RULES: Readonly<Record<Actor, readonly ActorRule[]>> = {
  sdk: [{ severity: 'recoverable', strategies: ['none'], retryable: false }],
  library: [
    { severity: 'recoverable', strategies: RETRYING, retryable: true },
    { severity: 'fatal', strategies: ['renew-token'], retryable: false },
    { severity: 'recoverable', strategies: ['renew-token'], retryable: false },
  ],
  app: [{ severity: 'fatal', strategies: ['none', 'recreate-client'], retryable: false }],
  user: [{ severity: 'fatal', strategies: ['user-action'], retryable: false }],
  nobody: [{ severity: 'recoverable', strategies: ['none'], retryable: false }],
};

/** The hint an entry resolves to: its own severity and strategy, else its unified code's. */
export interface ResolvedHint {
  readonly severity: Severity;
  readonly strategy: RetryStrategy;
  readonly retryable: boolean;
}

/** `undefined` when the hint follows the rule for `actor`, otherwise why it does not. */
export function ruleViolation(actor: Actor, hint: ResolvedHint): string | undefined {
  const rules = ACTOR_RULES[actor];
  const fits = rules.some(
    (r) => r.severity === hint.severity && r.strategies.includes(hint.strategy) && r.retryable === hint.retryable,
  );
  if (fits) return undefined;
  const expected = rules
    .map((r) => `${r.severity}/${r.strategies.join('|')}/${r.retryable ? 'retried' : 'not retried'}`)
    .join(' or ');
  return `actor '${actor}' wants ${expected}; got ${hint.severity}/${hint.strategy}/${hint.retryable ? 'retried' : 'not retried'}`;
}

/** Who acts on an entry: its own `actor`, else its unified code's. */
export function actorOf(entry: Pick<CatalogEntry, 'actor' | 'code'>): Actor {
  return entry.actor ?? DEFAULT_ACTOR[entry.code] ?? 'app';
}
