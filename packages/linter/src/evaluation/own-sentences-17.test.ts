import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT84: the seventeenth development set, written before the rules — clean classes of the kind unseen writers'
// sentences fall into (a threat state as victim, as its own CERT's reporter, as denier, as the speaker who lays an
// attack on someone else, as host, mediator, place or speaker; a group with no sponsor; hypotheticals and questions;
// public past facts; named officials on the record; anonymous officials with nothing narrowing; the Traffic Light
// Protocol explained; "classified", "secret" and "source" in other senses; place adjectives; attribution ruled out)
// and, beside each, the violating look-alikes that must stay found; a third batch after dev-39/dev-40's first scores
// (victims named by a demonym before an outage, a group as what was named, an ally's operation against a non-state
// group, a threat state smeared or itself a victim, a person speaking in public, "quoted by name"). Tuned on.
const OWN_SENTENCES_17 = join(import.meta.dirname, 'own-sentences-17.jsonl');

describe('seventeenth development set (LT84)', () => {
  it('LT84: own-sentences-17 — the look-alikes caught, the clean sentences flagged by an attribution, source-protection or classification rule are the known leftovers', () => {
    const s = scoreFile(OWN_SENTENCES_17);
    console.log(formatScore('own-sentences-17.jsonl', s));
    for (const category of ['source-protection', 'classification'] as const)
      expect(s.categories.find((c) => c.category === category)!.recall).toBe(1);
    // left: the span of "the Cyber Army of Russia, a front for the GRU" is found at the group's name, not the front
    expect(
      s.misses.filter(({ item }) => item.category === 'attribution').map(({ item }) => item.span),
    ).toEqual(['a front for the GRU']);
    const byRules = s.falseAlarms.filter(({ findings }) =>
      findings.some(
        (f) =>
          !isModelFinding(f) &&
          (f.category === 'attribution' ||
            f.category === 'source-protection' ||
            f.category === 'classification'),
      ),
    );
    // left: a threat state's investigators as the by-agent of a passive blame (a bare demonym, no actor phrase) (LT103
    // cleared a post that writes in public, "source" of water and "was quoted by name"; LT122's retrain a group's alias
    // in a naming sentence)
    expect(byRules.map(({ item }) => item.text).sort()).toEqual(
      [
        "The intrusion into a Moscow bank's payment system was blamed by Russian investigators on a Ukrainian crew.",
        // (LT122's retrain no longer confirms the unsure reading of "Fancy Bear is the name one vendor gave to the
        // cluster others call Sofacy.")
      ].sort(),
    );
    expect(s.clean).toBeGreaterThanOrEqual(190);
  });
});
