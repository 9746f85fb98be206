import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT41: the sixth development set — clean look-alikes of attribution (states as victims of passive harm, as
// speakers, investigators and defenders, in denials, unanswered questions, neutral lists, behind initiatives,
// attributing to others, as places, historic comparisons) and attributions in the same words. Tuned on, so not
// independent: the held-out sets stay the measure. The statistical second opinion (LT34) was not trained on it, so
// only the rules' findings are held to the clean limit here.
const OWN_SENTENCES_6 = join(import.meta.dirname, 'own-sentences-6.jsonl');

describe('sixth development set (LT41)', () => {
  it('LT41: own-sentences-6 — attribution caught at 0.95 or more, at most 3 % of clean sentences flagged by an attribution rule', () => {
    const s = scoreFile(OWN_SENTENCES_6);
    console.log(formatScore('own-sentences-6.jsonl', s));
    const attribution = s.categories.find((c) => c.category === 'attribution')!;
    expect(attribution.recall).toBeGreaterThanOrEqual(0.95);
    const byRules = s.falseAlarms.filter(({ findings }) =>
      findings.some((f) => f.category === 'attribution' && !isModelFinding(f)),
    );
    expect(byRules.length).toBeLessThanOrEqual(Math.floor(0.03 * s.clean));
    expect(s.clean).toBeGreaterThanOrEqual(80);
  });
});
