import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT73: the thirteenth development set, written before the rules — the violating look-alikes of the broad
// operational-detail antipatterns (nobody/neither/not aware/declined to say whether/no reference/office hours/
// filtering/the attack's own timing/an exercise used as cover/a back door that remains open, each carrying a plan),
// operational recall by class (counter-operations without the usual words, standing access, capabilities in
// reserve, loose timings, named targets, partner codenames, tasking, rules of engagement), restricted-name variants
// and unannounced measures; and the clean look-alikes on the other side. Tuned on.
const OWN_SENTENCES_13 = join(import.meta.dirname, 'own-sentences-13.jsonl');

describe('thirteenth development set (LT73)', () => {
  it('LT73: own-sentences-13 — operational detail and sanctions caught at 0.95 or more, no clean sentence flagged by a rule', () => {
    const s = scoreFile(OWN_SENTENCES_13);
    console.log(formatScore('own-sentences-13.jsonl', s));
    for (const category of ['operational-detail', 'sanctions'] as const)
      expect(s.categories.find((c) => c.category === category)!.recall).toBeGreaterThanOrEqual(0.95);
    const byRules = s.falseAlarms.filter(({ findings }) => findings.some((f) => !isModelFinding(f)));
    expect(byRules.map(({ item }) => item.text)).toEqual([]);
    expect(s.clean).toBeGreaterThanOrEqual(32);
  });
});
