import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT23: the second development set, written in drafters' phrasings unlike the rules' own paraphrases (operational
// detail in plain words, actors reached through noun phrases and pronouns, sources by role, sanctions as plans,
// and over a third clean hard negatives). Tuned on, so not independent: the held-out set stays the measure.
const OWN_SENTENCES_2 = join(import.meta.dirname, 'own-sentences-2.jsonl');

describe('second development set (LT23)', () => {
  it('LT23: own-sentences-2 — every category caught at 0.95 or more, at most 5 % of clean sentences flagged', () => {
    const s = scoreFile(OWN_SENTENCES_2);
    console.log(formatScore('own-sentences-2.jsonl', s));
    const low = s.categories.filter((c) => c.expected > 0 && c.recall < 0.95).map((c) => c.category);
    expect(low).toEqual([]);
    expect(s.falsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(s.clean).toBeGreaterThanOrEqual(0.35 * s.total);
  });
});
