/**
 * Every event payload captured or read off the SDKs (fixtures/<vendor>/events.json and the
 * captured files) gives the same RtcError both ways: through the adapter's event translation (what
 * the wrapped client emits) and through `normalize(payload, adapter)`, where the payload is the
 * value the error keeps as its cause: a payload object alone, an argument list with its event's
 * name (positional arguments such as a state and a reason mean something only with it).
 */
import { describe, expect, it } from 'vitest';
import { normalize, translateEvent, type RtcError } from '../src/index.js';
import { ADAPTERS } from './support/adapters.js';
import { decodeRaw, loadFixtures } from './support/fixtures.js';

function shape(e: RtcError) {
  return {
    vendor: e.vendor,
    code: e.code,
    severity: e.severity,
    retry: e.retry,
    kind: e.kind,
    vendorCode: e.vendorCode,
    vendorName: e.vendorName,
  };
}

for (const [vendor, { adapter }] of Object.entries(ADAPTERS)) {
  describe(`event payloads both ways: ${vendor}`, () => {
    for (const { path, file } of loadFixtures(vendor as keyof typeof ADAPTERS)) {
      for (const c of file.cases) {
        if (c.via !== 'event') continue;
        const signals = translateEvent(adapter, c.event as string, decodeRaw(c.raw) as unknown[]);
        const errors = signals.flatMap((s) => (s.type === 'error' ? [s.error] : []));
        if (errors.length === 0) continue;
        it(`${path}: ${c.name}`, () => {
          for (const viaEvent of errors) {
            // an argument list means something only with its event's name; a payload object alone
            const viaNormalize = Array.isArray(viaEvent.cause)
              ? normalize(viaEvent.cause, adapter, { event: c.event as string })
              : normalize(viaEvent.cause, adapter);
            expect(shape(viaNormalize)).toEqual(shape(viaEvent));
          }
        });
      }
    }
  });
}
