import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT23, LT38: the fourth development set (session 4) — operational detail, source protection and classification
// from the misses of dev-5/dev-6 in new skeletons, with clean look-alikes for every antipattern added (denied, ruled
// out and refused counter-operations, police and exercises, defensive blocking, victims' servers, past takedowns,
// unnarrowed anonymous officials). Tuned on, so not independent: the held-out sets stay the measure.
const OWN_SENTENCES_4 = join(import.meta.dirname, 'own-sentences-4.jsonl');

describe('fourth development set (LT23)', () => {
  it('LT23, LT38: own-sentences-4 — every category caught at 0.95 or more, at most 5 % of clean sentences flagged', () => {
    const s = scoreFile(OWN_SENTENCES_4);
    console.log(formatScore('own-sentences-4.jsonl', s));
    const low = s.categories.filter((c) => c.expected > 0 && c.recall < 0.95).map((c) => c.category);
    expect(low).toEqual([]);
    expect(s.falsePositiveRate).toBeLessThanOrEqual(0.05);
    expect(s.clean).toBeGreaterThanOrEqual(0.3 * s.total);
  });
});
