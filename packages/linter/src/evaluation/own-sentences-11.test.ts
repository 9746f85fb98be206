import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT67: the eleventh development set, written before the rules from the classes of the baseline rules' clean false
// positives on the dev sets and of dev-24/dev-26's sanctions misses: a measure in a negotiated or future step
// (floats, favours, foresees, Option B, ad referendum) and its published, general or non-sanctions look-alikes;
// counter-operations as a topic and the violations that keep our plan; timings of ordinary events and timed plans;
// restricted names in Ukrainian transliteration and their namesakes; outreach events, published lists and visa
// services. Tuned on.
const OWN_SENTENCES_11 = join(import.meta.dirname, 'own-sentences-11.jsonl');
const CATEGORIES = ['operational-detail', 'sanctions'] as const;

describe('eleventh development set (LT67)', () => {
  it('LT67: own-sentences-11 — each category caught at 0.95 or more, no clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_11);
    console.log(formatScore('own-sentences-11.jsonl', s));
    for (const category of CATEGORIES) {
      expect(s.categories.find((c) => c.category === category)!.recall, category).toBeGreaterThanOrEqual(
        0.95,
      );
    }
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.map(({ item }) => item.text)).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(40);
  });
});
