import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT87: the eighteenth development set, written before any rule change of session 10 — a threat state or its agency
// in a clean role the rules may not know (host, mediator, target of a sanction already published, speaker of a
// denial, subject of a report, an agency defined or placed in a glossary), questions and explanations, attribution
// ruled out in Italian, French, German, Spanish, Polish and Portuguese; beside each class, violating twins that share
// its words (a host that also directed, a mediator that orchestrated, a listed unit that attacked again, a denial the
// evidence overrides, a report's finding, an agency as the agent, a rhetorical question, attribution in six
// languages). No rule was tuned on it this session (the rule freeze came first): these are the first scores.
const OWN_SENTENCES_18 = join(import.meta.dirname, 'own-sentences-18.jsonl');

describe('eighteenth development set (LT87)', () => {
  it('LT87: own-sentences-18 — the violating twins caught, and the clean sentences flagged by an attribution rule are the known leftovers', () => {
    const s = scoreFile(OWN_SENTENCES_18);
    console.log(formatScore('own-sentences-18.jsonl', s));
    // LT93: the Italian, Polish and French classes LT87 left now have constructions (ATT-FOREIGN-ATTRIBUTED,
    // ATT-FOREIGN-BEHIND, "al servizio di"): every violating twin is caught
    expect(
      s.misses
        .filter(({ item }) => item.category === 'attribution')
        .map(({ item }) => item.text)
        .sort(),
    ).toEqual([]);
    const byRules = s.falseAlarms.filter(({ findings }) =>
      findings.some((f) => !isModelFinding(f) && f.category === 'attribution'),
    );
    // left: a German agency as the object of a published listing (LT93 took the victim state before the attack noun
    // and the French and Italian mediator, denier and condemner)
    expect(byRules.map(({ item }) => item.text).sort()).toEqual(
      [
        'Die 2020 von der EU gelisteten Offiziere des russischen Militärgeheimdienstes legten Widerspruch ein.',
      ].sort(),
    );
    expect(s.clean).toBe(68);
  });
});
