/**
 * Small builders the event translators share: an error signal, and a recognition from an event's
 * own catalog entry.
 * @module
 */
import type { AdapterSignal, CatalogEntry, Recognition, RtcErrorContext } from '../../src/index.js';
import { FAMILY } from './families.js';
import { CATALOG } from './lookup.js';

/** An error signal: the raw value kept as cause, and what it was recognized as. */
export function error(raw: unknown, recognition: Recognition): AdapterSignal {
  return { type: 'error', raw, recognition };
}

/** The catalog entry of an event that is a problem by itself (`authInfoExpired`...). */
function eventEntry(name: string): CatalogEntry | undefined {
  return CATALOG.lookupAll(`${FAMILY.event}.${name}`)[0];
}

/** A recognition from event `name`'s entry, with its context and any override. */
export function fromEvent(name: string, context: RtcErrorContext = {}, extra: Partial<Recognition> = {}): Recognition {
  const entry = eventEntry(name);
  return { ...(entry ? { entry } : {}), ...extra, context };
}
