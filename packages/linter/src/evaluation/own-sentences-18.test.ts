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
    // left: Italian "al servizio di"; Polish "przypisano" (attribution classes without a construction yet; since
    // LT95's retrain, trained on these sentences, the model warns on "riconducibile a" and "dietro … c'è")
    expect(
      s.misses
        .filter(({ item }) => item.category === 'attribution')
        .map(({ item }) => item.text)
        .sort(),
    ).toEqual(
      [
        "Secondo il ministero, l'operazione è stata condotta da hacker al servizio dell'Iran.",
        'Atak przypisano rosyjskiemu wywiadowi wojskowemu.',
      ].sort(),
    );
    const byRules = s.falseAlarms.filter(({ findings }) =>
      findings.some((f) => !isModelFinding(f) && f.category === 'attribution'),
    );
    // left: a victim state named before the attack noun ("the Albania attack", "the 2007 Estonia attacks"), a German
    // agency as the object of a published listing (since LT95's retrain, trained on these sentences, the model no
    // longer confirms (LT66) the unsure readings of the French and Italian mediator, denier and condemner)
    expect(byRules.map(({ item }) => item.text).sort()).toEqual(
      [
        'Iran, which was sanctioned in 2022 over the Albania attack, called the listing illegal.',
        'The 2007 Estonia attacks led NATO to set up its cyber defence centre in Tallinn.',
        'Die 2020 von der EU gelisteten Offiziere des russischen Militärgeheimdienstes legten Widerspruch ein.',
      ].sort(),
    );
    expect(s.clean).toBe(68);
  });
});
