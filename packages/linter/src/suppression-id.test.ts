import { describe, expect, it } from 'vitest';
import { suppressionId, withSuppressionId } from './suppression-id';

const s = {
  ruleId: 'FR-NO-ATTRIBUTION',
  clauseId: 'c1',
  clauseHash: 'h1',
  start: 4,
  end: 10,
  policy: 'FR',
  reason: 'agreed in capitals',
  by: 'Claire (FR)',
  at: '2026-01-01T00:00:00.000Z',
};

describe('suppression ids', () => {
  it('LT27: the id is derived from what is accepted, not from who or why', () => {
    expect(suppressionId(s)).toMatch(/^[0-9a-f]{16}$/);
    expect(suppressionId({ ...s })).toBe(suppressionId(s));
    expect(suppressionId({ ...s, reason: 'other', by: 'Pat (US)', at: 'later' } as typeof s)).toBe(
      suppressionId(s),
    );
  });

  it('LT27: another clause text, rule, policy or span gives another id', () => {
    const ids = new Set([
      suppressionId(s),
      suppressionId({ ...s, clauseHash: 'h2' }),
      suppressionId({ ...s, ruleId: 'X' }),
      suppressionId({ ...s, policy: 'US' }),
      suppressionId({ ...s, start: 5 }),
      suppressionId({ ...s, end: 11 }),
      suppressionId({ ...s, clauseId: 'c2' }),
    ]);
    expect(ids.size).toBe(7);
  });

  it('LT27: withSuppressionId adds the id and keeps every field', () => {
    expect(withSuppressionId(s)).toEqual({ ...s, id: suppressionId(s) });
  });
});
