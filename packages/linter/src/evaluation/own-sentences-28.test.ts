import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT103: the twenty-eighth development set (PRECISION, session 12), written before any rule change of the session from
// the clean false positives of dev-44 … dev-48 — hard negatives by class, each beside a violating twin that must stay
// caught: a counter-operation not discussed, asked about and answered no, left as a question for someone, asked as a
// question of law or held to legal limits; a press office hitting back at coverage; a court's seizure or takedown order;
// an operator taking its own system offline for an upgrade; a data centre or servers not affected; our engineers inside a
// victim's network helping it restore; indicators shared with CERTs or listed in an advisory; an awareness campaign's
// target list; a person named in full with an apposition; officials as a group on background, a German official who
// wished to stay anonymous; a marking asked about, lost or abolished, NATO UNCLASSIFIED releasable to the public; whether
// a state was behind an attack asked; authorities that disrupted an operation; a state that suffered attacks itself or
// has nothing to do with them (French, Portuguese, Russian); a law that lets a government designate; attacking traffic
// null-routed, the statement's own timing, evidence handed to the police. First score (e504ff6): recall 24/24, clean FP
// 35/44; after LT103 24/24, 3/44 — the three markings discussed stay flagged: their antipatterns were withdrawn when
// LT23's ratchet showed a held-out classification catch lost (SPEC LT103). After session 12's merge (LT101's markings
// and LT102's retrained model beside LT103) 24/24, 2/44: NATO UNCLASSIFIED releasable to the public is no longer flagged.
const OWN_SENTENCES_28 = join(import.meta.dirname, 'own-sentences-28.jsonl');

describe('twenty-eighth development set (LT103)', () => {
  it('LT103: own-sentences-28 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_28);
    console.log(formatScore('own-sentences-28.jsonl', s));
    const caught = s.categories.reduce((n, c) => n + c.caught, 0);
    expect(caught).toBe(24); // of 24 (first score 24)
    expect(s.clean).toBe(44);
    // first score 35; left: two classification look-alikes (a written question, a level abolished)
    expect(s.falseAlarms.map(({ item }) => item.pattern).sort()).toEqual(['cls-discussed', 'cls-discussed']);
  });
});
