import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT68: the tenth development set, written before the rules from the classes of the dev sets' remaining clean
// sentences flagged for attribution (session 6): a state or its capital as a place or landmark, as the host or
// sponsor of a benign event or site, its media as a speaker, a state taking part in a meeting, a victim in a
// "whose" clause, a state reporting that it is itself a target, a threat group's namesake, a state's police acting
// against criminals, criminals operating from a place; each class with the violating look-alikes that must stay
// flagged (other skeletons than the dev sentences). Tuned on.
const OWN_SENTENCES_10 = join(import.meta.dirname, 'own-sentences-10.jsonl');

describe('tenth development set (LT68)', () => {
  it('LT68: own-sentences-10 — every attribution look-alike caught, at most one clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_10);
    console.log(formatScore('own-sentences-10.jsonl', s));
    expect(s.categories.find((c) => c.category === 'attribution')!.recall).toBe(1);
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.length).toBeLessThanOrEqual(1);
    expect(s.clean).toBeGreaterThanOrEqual(60);
  });
});
