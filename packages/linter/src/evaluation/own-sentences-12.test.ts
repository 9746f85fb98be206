import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT70: the twelfth development set, written before the rules from the classes of the attribution misses of dev-27,
// dev-28, dev-30 and dev-32 (text nobody tuned on): an author named in French, German, Spanish or Italian with no attack
// word (acting for a state, its intelligence service, steered by it, a harm verb after it, "it was X, not Y"), a hostile
// actor working hand in glove with a threat state, "under direction of"; and their clean look-alikes (acting for a
// ministry or presidency, a state's delegation, police or CERTs working with a state, the work of artists). Tuned on.
const OWN_SENTENCES_12 = join(import.meta.dirname, 'own-sentences-12.jsonl');

describe('twelfth development set (LT70)', () => {
  it('LT70: own-sentences-12 — attribution caught at 0.95 or more, no clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_12);
    console.log(formatScore('own-sentences-12.jsonl', s));
    expect(s.categories.find((c) => c.category === 'attribution')!.recall).toBeGreaterThanOrEqual(0.95);
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.map(({ item }) => item.text)).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(32);
  });
});
