/**
 * Which operations open and close a session (`join`, `leave`), read off the adapter's surface: the
 * connection health of a handle follows them. The instrumentation reports their start and success
 * through `Sink.session`; nothing else about operations is reported this way.
 * @module
 */
import { ownValue } from '../own.js';
import type { TargetSurface } from './surface.js';

/** `join`: an operation of kind `join`; `leave`: one that supersedes such an operation. */
export type SessionRole = 'join' | 'leave';

/** A session operation started, or succeeded (its failures come as errors, retries and give-ups). */
export interface SessionEvent {
  readonly operation: string;
  readonly role: SessionRole;
  readonly phase: 'start' | 'success';
  /** When, on the wrap's clock, if the instrumentation read it already (one clock read per call). */
  readonly at?: number;
}

/** The session role of operation `name` on `surface`, or `undefined` when it has none. */
export function sessionRole(surface: TargetSurface, name: string): SessionRole | undefined {
  const ops = surface.operations;
  const spec = ownValue(ops, name);
  if (spec?.kind === 'join') return 'join';
  return spec?.supersedes?.some((other) => ownValue(ops, other)?.kind === 'join') ? 'leave' : undefined;
}
