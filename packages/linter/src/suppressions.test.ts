import { describe, expect, it } from 'vitest';
import type { Finding } from './finding';
import { applySuppressions, SuppressionSchema, suppress } from './suppressions';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'FR-NO-ATTRIBUTION',
  category: 'attribution',
  severity: 'error',
  message: 'm',
  clauseId: 'c1',
  start: 4,
  end: 10,
  policy: 'FR',
  ...over,
});
const accepted = {
  clauseHash: 'h1',
  reason: 'agreed in capitals on 3 March',
  by: 'anne@FR',
  at: '2024-03-03T10:00:00Z',
};

describe('suppressions', () => {
  it('LT19: a suppression hides exactly the finding it was made for while the clause text is unchanged', () => {
    const f = finding();
    const other = finding({ start: 20, end: 25 });
    const otherPolicy = finding({ policy: 'UK', ruleId: 'UK-ASSESSED-ATTRIBUTION', severity: 'warning' });
    const result = applySuppressions(
      [f, other, otherPolicy],
      [suppress(f, accepted)],
      new Map([['c1', 'h1']]),
    );
    expect(result.suppressed).toEqual([f]);
    expect(result.active).toEqual([other, otherPolicy]);
  });

  it('LT19: a suppression lapses when the clause hash changes', () => {
    const f = finding();
    const result = applySuppressions([f], [suppress(f, accepted)], new Map([['c1', 'h2']]));
    expect(result).toEqual({ active: [f], suppressed: [] });
  });

  it('LT19: a suppression needs a justification', () => {
    expect(() => suppress(finding(), { ...accepted, reason: '  ' })).toThrow(/justification/);
    expect(SuppressionSchema.safeParse({ ...suppress(finding(), accepted), reason: '' }).success).toBe(false);
  });
});
