/**
 * A recognition from an event's own catalog entry, for the event translators.
 * @module
 */
import type { CatalogEntry, Recognition, RtcErrorContext } from '../../src/index.js';
import { FAMILY } from './families.js';
import { CATALOG } from './lookup.js';

/** The catalog entry of an event that is a problem by itself (`authInfoExpired`...). */
function eventEntry(name: string): CatalogEntry | undefined {
  return CATALOG.lookupAll(`${FAMILY.event}.${name}`)[0];
}

/** A recognition from event `name`'s entry, with its context and any override. */
export function fromEvent(name: string, context: RtcErrorContext = {}, extra: Partial<Recognition> = {}): Recognition {
  const entry = eventEntry(name);
  return { ...(entry ? { entry } : {}), ...extra, context };
}
