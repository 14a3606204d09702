/**
 * A catalog row that would restate its unified code's message or action writes `UNIFIED_TEXT`
 * instead; the row builders put the unified text in, so every entry still has its text in full.
 */
import { describe, expect, it } from 'vitest';
import { catalogRow, UNIFIED_TEXT, withUnifiedText } from '../../src/catalog.js';
import { CODES } from '../../src/index.js';
import { ADAPTERS } from '../support/adapters.js';

describe('UNIFIED_TEXT in catalog rows', () => {
  it('a row builder gives the unified code text where the row writes UNIFIED_TEXT, and keeps its own elsewhere', () => {
    const both = catalogRow('F', 'sdk', 1, 'A', 'banned', UNIFIED_TEXT, UNIFIED_TEXT);
    expect([both.message, both.action]).toEqual([CODES.banned.message, CODES.banned.action]);
    const own = catalogRow('F', 'sdk', 2, 'B', 'banned', 'Banned by the operator.', UNIFIED_TEXT, { kind: 'warning' });
    expect(own).toMatchObject({ message: 'Banned by the operator.', action: CODES.banned.action, kind: 'warning' });
  });

  it('leaves an entry of a code it does not know as it is', () => {
    const entry = { code: 'no_such_code' as never, message: '', action: 'Act.' };
    expect(withUnifiedText(entry)).toBe(entry);
  });

  it.each(Object.entries(ADAPTERS))('%s: every entry has its message and action', (_id, { adapter }) => {
    for (const entry of adapter.entries()) {
      expect(entry.message, entry.vendorName).not.toBe('');
      expect(entry.action, entry.vendorName).not.toBe('');
    }
  });

  it('the rows written with UNIFIED_TEXT read as their unified code', () => {
    const byName = new Map(
      Object.entries(ADAPTERS).flatMap(([id, { adapter }]) =>
        adapter.entries().map((e) => [`${id}:${e.vendorName}`, e] as const),
      ),
    );
    expect(byName.get('agora-web:ENUMERATE_DEVICES_FAILED')).toMatchObject({
      message: CODES.enumerate_devices_failed.message,
      action: CODES.enumerate_devices_failed.action,
    });
    expect(byName.get('agora-ng:ConnectionDisconnectedReason.UID_BANNED')?.action).toBe(CODES.banned.action);
    expect(byName.get('aliyun:ERROR_DEIVCE_CONSTRAINEDERROR')?.message).toBe(
      CODES[byName.get('aliyun:ERROR_DEIVCE_CONSTRAINEDERROR')!.code].message,
    );
  });
});
