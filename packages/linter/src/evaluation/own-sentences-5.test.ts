import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT23, LT42: the fifth development set — clean look-alikes of unannounced sanctions (general policy, readiness,
// conditions, published measures, calls to implement, questions, legal norms, other packages, meetings) written
// before the sanctions rules were restructured, and restricted names and unannounced contents in new phrasings.
// Tuned on, so not independent: the held-out set stays the measure.
const OWN_SENTENCES_5 = join(import.meta.dirname, 'own-sentences-5.jsonl');

describe('fifth development set (LT23, LT42)', () => {
  it('LT42: own-sentences-5 — sanctions caught at 0.95 or more, no clean look-alike flagged', () => {
    const s = scoreFile(OWN_SENTENCES_5);
    console.log(formatScore('own-sentences-5.jsonl', s));
    const low = s.categories.filter((c) => c.expected > 0 && c.recall < 0.95).map((c) => c.category);
    expect(low).toEqual([]);
    expect(s.falseAlarms.map((f) => f.item.text)).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(0.3 * s.total);
  });
});
