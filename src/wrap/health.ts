/**
 * The connection health of a wrapped client: one state, derived from what the handle already sees
 * (its errors after coalescing, `recovered` notices, retries and give-ups, the start and success of
 * `join` and `leave`), the same for every vendor. The state diagram is in `docs/health.md`.
 * @module
 */
import type { RtcErrorCode } from '../codes.js';
import { unrefTimer, type Clock, type TimerHandle } from '../retry/clock.js';
import type { GiveUpEvent, RetryEvent } from '../retry/retry.js';
import type { RtcError } from '../RtcError.js';
import type { RecoveredEvent } from '../signals.js';
import { sessionRole, type SessionEvent } from './session.js';
import type { TargetSurface } from './surface.js';

/** The states of {@link Health}; see `docs/health.md` for how one leads to another. */
export type HealthState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'degraded' | 'failed' | 'disposed';

/** The connection health of a wrapped client (`wrapped.health`, and the `health` event). Immutable. */
export interface Health {
  readonly state: HealthState;
  /** When the handle entered `state` (the wrap's clock: `Date.now()` unless a clock was given). */
  readonly since: number;
  /** `reconnecting` after a failed `join`: the number of the next attempt. `failed` after a give-up: attempts made. */
  readonly attempt?: number;
  /** `reconnecting` after a failed `join`: when the next attempt starts (same clock as `since`), for "Reconnecting in 3 s". */
  readonly nextRetryAt?: number;
  /** `failed`: the error that ended the session; `reconnecting`: the failure being got past. */
  readonly error?: RtcError;
  /** `degraded`: the conditions in effect; `reconnecting` led by the SDK: the condition it reports. */
  readonly codes?: readonly RtcErrorCode[];
  /** The handle's `label` option (`'camera'`, `'screen'`...), when it was given. */
  readonly label?: string;
}

/**
 * Recoverable conditions from the SDK's events that make a connected session `degraded`: the call
 * goes on, worse. `network_unavailable` is not one of them: it means the SDK is reconnecting.
 */
export const DEGRADING_CODES: ReadonlySet<RtcErrorCode> = /*#__PURE__*/ new Set<RtcErrorCode>([
  'network_degraded',
  'network_timeout',
  'signaling_failed',
  'gateway_unreachable',
  'media_connection_failed',
  'server_busy',
  'server_error',
  'stream_interrupted',
  'low_performance',
]);

/**
 * How long `degraded` lasts after the last degrading report when no `recovered` notice ends it
 * (SDKs do not send one for every warning): a banner that never clears is the other way to get it wrong.
 */
export const DEGRADED_QUIET_MS = 15_000;

/**
 * Whether an error from an SDK event ends the session: a fatal error of the connection's own
 * categories (a ban, a kick, an expired token, a connection the SDK gave up on, the server ending
 * the session), the same uid joining elsewhere, or an error whose remedy is to join again.
 */
export function endsSession(error: RtcError): boolean {
  const { category } = error;
  if (error.severity === 'fatal') {
    return category === 'auth' || category === 'network' || category === 'server' || error.code === 'uid_conflict';
  }
  const strategy = error.retry.strategy;
  return (
    error.kind === 'error' &&
    (strategy === 'rejoin' || strategy === 'recreate-client') &&
    (category === 'network' || category === 'server')
  );
}

const IN_SESSION = /*#__PURE__*/ new Set<HealthState>(['connecting', 'connected', 'reconnecting', 'degraded']);

function sameCodes(a: readonly RtcErrorCode[] | undefined, b: readonly RtcErrorCode[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((code, i) => code === b[i]);
}

/**
 * Keeps one handle's {@link Health} and calls `changed` on every change (the handle emits
 * {@link HealthTracker.current} when the app listens: a change nobody listens to costs no event). A change is a new state, or,
 * in the same state, a new attempt (`reconnecting`) or a new set of conditions (`degraded`): a
 * storm of the same warning is one change. Never throws.
 */
export class HealthTracker {
  /** The health now; frozen when first handed out (see {@link current}), never changed after. */
  private health: Health;
  private frozen = false;
  /** `reconnecting` led by the library's `join` retries (with `nextRetryAt`), not by the SDK. */
  private retrying = false;
  private readonly degraded = new Set<RtcErrorCode>();
  private quiet: TimerHandle | undefined = undefined;
  /** What every health of this handle carries: its label, if it has one. */
  private readonly labelled: { readonly label?: string };

  constructor(
    private readonly clock: Clock,
    private readonly surface: TargetSurface,
    private readonly changed: () => void,
    label?: string,
  ) {
    this.labelled = label !== undefined ? { label } : {};
    this.health = { state: 'idle', since: clock.now(), ...this.labelled };
  }

  /** The health now: the same frozen object until the next change. */
  get current(): Health {
    if (!this.frozen) {
      Object.freeze(this.health);
      this.frozen = true;
    }
    return this.health;
  }

  /**
   * `extra`: the fields of the new health, each given only when it has a value (`codes` a fresh
   * array, frozen here). `at`: when the change happened, if the caller read the clock already.
   */
  private set(state: HealthState, extra: Omit<Health, 'state' | 'since'> = {}, at?: number): void {
    const prev = this.health;
    if (prev.state === 'disposed') return;
    if (
      prev.state === state &&
      prev.attempt === extra.attempt &&
      prev.nextRetryAt === extra.nextRetryAt &&
      prev.error === extra.error &&
      sameCodes(prev.codes, extra.codes)
    ) {
      return;
    }
    if (state !== 'degraded') {
      if (this.degraded.size > 0) this.degraded.clear();
      this.stopQuiet();
    }
    if (state !== 'reconnecting') this.retrying = false;
    const since = prev.state === state ? prev.since : (at ?? this.clock.now());
    if (extra.codes !== undefined) Object.freeze(extra.codes);
    this.health = { state, since, ...this.labelled, ...extra };
    this.frozen = false;
    this.changed();
  }

  private isJoin(operation: string | undefined): boolean {
    return operation !== undefined && sessionRole(this.surface, operation) === 'join';
  }

  /** A `join` or `leave` started or succeeded. */
  session(event: SessionEvent): void {
    if (event.role === 'leave') {
      if (event.phase === 'start') this.set('idle');
      return;
    }
    if (event.phase === 'start') this.set('connecting', {}, event.at);
    else if (this.health.state === 'connecting' || this.health.state === 'reconnecting') this.set('connected');
  }

  /** A failed operation is about to be retried: for `join`, "reconnecting in N s". */
  retry(event: RetryEvent): void {
    if (!this.isJoin(event.operation) || !IN_SESSION.has(this.health.state)) return;
    this.set('reconnecting', {
      attempt: event.attempt + 1,
      nextRetryAt: this.clock.now() + Math.max(0, event.delayMs),
      error: event.error,
    });
    this.retrying = true;
  }

  /** The policy stopped retrying: a `join` that gave up is `failed`. */
  giveup(event: GiveUpEvent): void {
    const state = this.health.state;
    // already failed (a ban during the join): that error says more than the give-up that follows
    if (!this.isJoin(event.operation) || state === 'idle' || state === 'failed') return;
    this.set('failed', { attempt: event.attempts, error: event.error });
  }

  /** An error as the app receives it (after coalescing). */
  error(error: RtcError): void {
    const state = this.health.state;
    if (error.operation !== undefined) {
      // an operation's own failure: only the final failure of `join` changes the health
      if (this.isJoin(error.operation) && error.severity === 'fatal' && state !== 'idle' && state !== 'failed') {
        this.set('failed', { error });
      }
      return;
    }
    if (!IN_SESSION.has(state)) return;
    if (endsSession(error)) {
      this.set('failed', { error });
      return;
    }
    if (error.severity === 'fatal') return;
    if (error.code === 'network_unavailable') {
      // the SDK is reconnecting by itself (the library's own join retries say more: keep theirs)
      if (state === 'connected' || state === 'degraded') this.set('reconnecting', { error, codes: [error.code] });
      return;
    }
    if (!DEGRADING_CODES.has(error.code as RtcErrorCode)) return;
    if (state !== 'connected' && state !== 'degraded') return;
    this.degraded.add(error.code as RtcErrorCode);
    this.set('degraded', { codes: [...this.degraded].sort() });
    this.startQuiet();
  }

  /** A condition is over. */
  recovered(event: RecoveredEvent): void {
    const state = this.health.state;
    if (state === 'reconnecting' && !this.retrying) {
      if (event.code === 'network_unavailable' || DEGRADING_CODES.has(event.code)) this.set('connected');
      return;
    }
    if (state === 'degraded') {
      if (event.code === 'network_unavailable') {
        this.set('connected');
        return;
      }
      if (!this.degraded.delete(event.code)) return;
      if (this.degraded.size === 0) this.set('connected');
      else this.set('degraded', { codes: [...this.degraded].sort() });
      return;
    }
    // a condition that had failed the session and is over after all (a token renewed after expiry)
    if (state === 'failed' && this.health.error?.operation === undefined && this.health.error?.code === event.code) {
      this.set('connected');
    }
  }

  /** The handle is disposed: the last state, emitted once. */
  dispose(): void {
    this.set('disposed');
    this.stopQuiet();
  }

  private startQuiet(): void {
    this.stopQuiet();
    const timer = this.clock.setTimeout(() => {
      this.quiet = undefined;
      if (this.health.state === 'degraded') this.set('connected');
    }, DEGRADED_QUIET_MS);
    unrefTimer(timer);
    this.quiet = timer;
  }

  private stopQuiet(): void {
    if (this.quiet === undefined) return;
    this.clock.clearTimeout(this.quiet);
    this.quiet = undefined;
  }
}
