import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT52, LT53, LT55: the eighth development set — source protection said indirectly or in another language with what
// narrows the source down (a team's size, a shift, a team's lead, No. 2, a posting, a name in apposition), terse
// operational notes, hearings and notes verbales, sanctions in refusals that disclose and in terse notes, and their
// clean look-alikes (anonymous with nothing narrowing, named on the record, defensive timelines, published steps).
// The first 73 written before the rules, from the classes of the dev-12 misses; the last 27 (LT55) after; tuned on, so the held-out sets stay the measure.
const OWN_SENTENCES_8 = join(import.meta.dirname, 'own-sentences-8.jsonl');
const CATEGORIES = ['source-protection', 'operational-detail', 'sanctions', 'classification'] as const;

describe('eighth development set (LT52, LT53)', () => {
  it('LT52/LT53: own-sentences-8 — each category caught at 0.8 or more, at most one clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_8);
    console.log(formatScore('own-sentences-8.jsonl', s));
    for (const category of CATEGORIES) {
      expect(s.categories.find((c) => c.category === category)!.recall, category).toBeGreaterThanOrEqual(0.8);
    }
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.length).toBeLessThanOrEqual(1);
    expect(s.clean).toBeGreaterThanOrEqual(30);
  });
});
