/**
 * Raw SDK values for the demo, taken from `fixtures/<vendor>/*.json` by case name and decoded into
 * values shaped like the SDKs' own (error classes, getters, DOMExceptions) by the fixture decoder.
 * @module
 */
import { decodeRaw, type FixtureCase, type FixtureFile } from '../../fixtures/fakes/decode.js';
import { loadFixtures } from '../../fixtures/fakes/load.js';

type Vendor = FixtureFile['vendor'];

const cache = new Map<Vendor, FixtureCase[]>();

/** The fixture case of `vendor` named `name`; throws when there is none (a renamed case). */
export function fixtureCase(vendor: Vendor, name: string): FixtureCase {
  let cases = cache.get(vendor);
  if (!cases) {
    cases = loadFixtures(vendor).flatMap(({ file }) => file.cases);
    cache.set(vendor, cases);
  }
  const found = cases.find((c) => c.name === name);
  if (!found) throw new Error(`demo: no fixture case '${name}' in fixtures/${vendor}/`);
  return found;
}

/** The decoded raw value of a fixture case (for `via: 'event'`, the array of event arguments). */
export function raw(vendor: Vendor, name: string): unknown {
  return decodeRaw(fixtureCase(vendor, name).raw);
}

/** The decoded event arguments of an `event` fixture case. */
export function eventArgs(vendor: Vendor, name: string): { event: string; args: unknown[] } {
  const c = fixtureCase(vendor, name);
  if (c.via !== 'event' || c.event === undefined || !Array.isArray(c.raw)) {
    throw new Error(`demo: fixture case '${name}' of ${vendor} is not an event`);
  }
  return { event: c.event, args: decodeRaw(c.raw) as unknown[] };
}
