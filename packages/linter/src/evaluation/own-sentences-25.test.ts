import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT99: the twenty-fifth development set (TUNE-ATT, session 12), written before any rule change of the session —
// attribution in French, German, Spanish, Italian, Polish, Portuguese, Dutch and Swedish (a responsible copula, held
// responsible, a demand to stop, clefts, a rhetorical question, "who else but", "behind" in a headline or a Swedish
// clause, a denial that asserts, a note's label, an order given in a subordinate clause, a possessive or demonym with
// hostile actors, on whose behalf), and in English (the act "its own", assets controlled by an agency, tied to a
// group, after a long opener, a comparison with an earlier act); beside them clean twins (hosts, mediators, an ally
// responsible for a summit, a war or an export to stop, a victim, a proposal of its own). First score: attribution
// 23/37, clean FP 1/37; after LT99 37/37 and 1/37 (the sentence model's warning on a headline naming Iran the victim).
const OWN_SENTENCES_25 = join(import.meta.dirname, 'own-sentences-25.jsonl');

describe('twenty-fifth development set (LT99)', () => {
  it('LT99: own-sentences-25 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_25);
    console.log(formatScore('own-sentences-25.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('attribution')).toBe(37); // of 37 (first score 23)
    expect(s.clean).toBe(37);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(1);
  });
});
