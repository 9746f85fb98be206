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
// 23/37, clean FP 1/37; after LT99's first commit 37/37 and 1/37 (the sentence model's warning on a headline naming
// Iran the victim). Then 30 more lines and 30 clean twins (o25b-*), written after that commit in other words and
// constructions to see whether it generalised: 24/30 caught, 7/30 clean flagged (one by LT99's order verb, "Pekín
// ordenó la evacuación", the others older unsure readings and the sentence model); at the end 67/67 and 5/67 (all five
// the sentence model's FR-MODEL-ATTRIBUTION warnings, left to LINT-MODEL).
const OWN_SENTENCES_25 = join(import.meta.dirname, 'own-sentences-25.jsonl');

describe('twenty-fifth development set (LT99)', () => {
  it('LT99: own-sentences-25 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_25);
    console.log(formatScore('own-sentences-25.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('attribution')).toBe(67); // of 67 (first score 23/37, then 24/30)
    expect(s.clean).toBe(67);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(5);
  });
});
