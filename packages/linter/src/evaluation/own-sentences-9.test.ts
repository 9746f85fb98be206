import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT59: the ninth development set, written before the rules from the classes of dev-15/16/17's source-protection and
// operational misses (after their first scores): anonymity asked for in other words with a rank, a family tie or
// counted heads; authorities, warrants and approvals for operations, our means of disabling or jamming their things,
// planned interference, raids and takedowns with their time, monitored accounts; and clean look-alikes (oversight of
// an authority, the attackers' own means, past police work, anonymous with nothing narrowing). Lines 45-62 (LT60)
// were written after the LT60 rules, from dev-18/19/20's classes, as skeletons those rules were not written from.
// Tuned on.
const OWN_SENTENCES_9 = join(import.meta.dirname, 'own-sentences-9.jsonl');
const CATEGORIES = ['source-protection', 'operational-detail', 'sanctions'] as const;

describe('ninth development set (LT59, LT60)', () => {
  it('LT59: own-sentences-9 — each category caught at 0.9 or more, at most one clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_9);
    console.log(formatScore('own-sentences-9.jsonl', s));
    for (const category of CATEGORIES) {
      expect(s.categories.find((c) => c.category === category)!.recall, category).toBeGreaterThanOrEqual(0.9);
    }
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.length).toBeLessThanOrEqual(1);
    expect(s.clean).toBeGreaterThanOrEqual(21);
  });
});
