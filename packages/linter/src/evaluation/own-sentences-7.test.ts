import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT54: the seventh development set — attribution written indirectly (tied, connected, imputed, associated, belongs
// to), possessive nominals with a participle, "whose" agents of a described state, demands to stop a harm named by a
// nominal, hostile heads linked to an actor, yes/flat answers, appositions, hedged locations, hashtags and terse notes,
// French/German/Polish/Spanish drafts, each with clean look-alikes (ties as nouns, wars, clefts, arrests, victims
// and speakers in the same languages). Tuned on, so not independent: the held-out sets stay the measure.
const OWN_SENTENCES_7 = join(import.meta.dirname, 'own-sentences-7.jsonl');

describe('seventh development set (LT54)', () => {
  it('LT54: own-sentences-7 — attribution caught at 0.95 or more, no clean sentence flagged by an attribution rule', () => {
    const s = scoreFile(OWN_SENTENCES_7);
    console.log(formatScore('own-sentences-7.jsonl', s));
    const attribution = s.categories.find((c) => c.category === 'attribution')!;
    expect(attribution.recall).toBeGreaterThanOrEqual(0.95);
    const byRules = s.falseAlarms.filter(({ findings }) =>
      findings.some((f) => f.category === 'attribution' && !isModelFinding(f)),
    );
    expect(byRules).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(30);
  });
});
