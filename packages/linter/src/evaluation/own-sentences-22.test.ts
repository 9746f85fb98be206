import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT93: the twenty-second development set (TUNE-ATT, session 11), written before any rule change of the session —
// attribution, sanctions and classification as they are written in other languages and where a name is no author:
// a victim state named before the attack noun ("the 2007 Estonia attacks"), a French or Italian mediator, denier or
// condemner, Italian "riconducibile a", "dietro … c'è", "al servizio di", Polish "przypisano" and the passive with
// "przez", French "attribuées à", "imputée à", Spanish "todo apunta a" and the passive with "por", Dutch "zit …
// achter", German "führen … auf … zurück"; sanctions adopted or entering into force on a date, and what a package
// not yet published covers, in Italian, Spanish, French, Polish, German and Portuguese; classification markings
// explained, fact-checked or audited beside markings used. Each violating class has clean twins that share its words.
// First score (the session's starting rules and LT86's model): attribution 20/31, sanctions 1/10, classification
// 4/4, clean false positives 13/39; after LT93's rules 31/31, 10/10, 4/4, 0/39 (the floors below, which only rise).
const OWN_SENTENCES_22 = join(import.meta.dirname, 'own-sentences-22.jsonl');

describe('twenty-second development set (LT93)', () => {
  it('LT93: own-sentences-22 — never fewer caught, nor more clean flagged, than the floors', () => {
    const s = scoreFile(OWN_SENTENCES_22);
    console.log(formatScore('own-sentences-22.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    // of 31 (first 20; 31 on s11-att): LT95's retrain, merged after, no longer confirms (LT66, p < 0.1) the unsure
    // reading of "La Russia ha condannato l'attacco, che però è stato condotto dal suo servizio …" (a warning before);
    // LT102's retrain (dev ... dev-48, this set trained on) confirms it again
    expect(caught('attribution')).toBe(31);
    expect(caught('sanctions')).toBe(10); // of 10 (first 1)
    expect(caught('classification')).toBe(4);
    expect(s.clean).toBe(39);
    // first 13; 0 on s11-att. LT95's retrain, merged after and trained without this set, warned on two clean twins
    // (FR-MODEL-ATTRIBUTION: "Téhéran a rejeté les accusations …", "… non è riconducibile alla Russia"); LT102's
    // retrain warns on neither, and LT103's antipatterns on that rule (a foreign denial, an attribution ruled out)
    // silence both too
    expect(s.falseAlarms.length).toBe(0);
  });
});
