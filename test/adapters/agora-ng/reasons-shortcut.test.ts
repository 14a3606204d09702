/**
 * `findReason` rules out text without a space or an underscore before trying its rules; that holds
 * only while every rule needs one. This checks each pattern: every top-level alternative must have
 * a space, an underscore or `[ _]` outside any group, other class or quantified atom.
 */
import { describe, expect, it } from 'vitest';
import { findReason, REASON_RULES } from '../../../adapters/agora-ng/reasons.js';

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '{';
}

/** Conservative: `false` for any pattern it cannot vouch for. */
function needsSpaceOrUnderscore(pattern: RegExp): boolean {
  const src = pattern.source;
  let depth = 0;
  let found = false;
  for (let i = 0; i <= src.length; i += 1) {
    const c = src[i];
    if (c === undefined || (c === '|' && depth === 0)) {
      if (!found) return false;
      found = false;
      continue;
    }
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === '[') {
      const close = src.indexOf(']', i + 1);
      if (close < 0) return false;
      const cls = src.slice(i, close + 1);
      if (cls.includes('\\')) return false;
      if (depth === 0 && (cls === '[ _]' || cls === '[_ ]') && !isQuantifier(src[close + 1])) found = true;
      i = close;
    } else if ((c === ' ' || c === '_') && depth === 0 && !isQuantifier(src[i + 1])) found = true;
  }
  return true;
}

describe('findReason shortcut', () => {
  it('the checker vouches only for patterns that need a space or an underscore', () => {
    expect(needsSpaceOrUnderscore(/a[_ ]b|c d/)).toBe(true);
    for (const p of [/a|b_/, /a_?/, /(?:a_)/, /[ _]?x/, new RegExp('x\\_'), /[\] _]x/])
      expect(needsSpaceOrUnderscore(p)).toBe(false);
  });

  it.each(REASON_RULES.map((r) => [r.pattern.source, r.pattern] as const))(
    '%s needs a space or an underscore',
    (_, p) => {
      expect(p.flags.replace('i', '')).toBe('');
      expect(needsSpaceOrUnderscore(p)).toBe(true);
    },
  );

  it('still finds reasons in text that has them', () => {
    expect(findReason('dynamic key expired')?.code).toBe('token_expired');
    expect(findReason('K_UID_BANNED')?.code).toBe('banned');
    expect(findReason('x'.repeat(5000))).toBeUndefined();
  });
});
