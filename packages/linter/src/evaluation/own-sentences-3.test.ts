import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT23: the third development set — paraphrases of the operational-detail, source-protection and classification
// constructions of LT29–LT31 in new skeletons, with a third clean look-alikes (timed defence, victims' servers,
// unnarrowed sources, "Secret Service"). Tuned on, so not independent: the held-out set stays the measure.
const OWN_SENTENCES_3 = join(import.meta.dirname, 'own-sentences-3.jsonl');

describe('third development set (LT23)', () => {
  it('LT23: own-sentences-3 — every category caught at 0.95 or more, at most 5 % of clean sentences flagged', () => {
    const s = scoreFile(OWN_SENTENCES_3);
    console.log(formatScore('own-sentences-3.jsonl', s));
    const low = s.categories.filter((c) => c.expected > 0 && c.recall < 0.95).map((c) => c.category);
    expect(low).toEqual([]);
    expect(s.falsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(s.clean).toBeGreaterThanOrEqual(0.3 * s.total);
  });
});
