import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT96: the twenty-third development set (TUNE-SAN, session 11), written before any rule change of the session —
// restricted names in Russian and Ukrainian case forms (genitive, dative, instrumental, prepositional of the full name
// and of the surname alone, a feminine surname's oblique cases), unannounced sanctions contents in German, Spanish,
// Italian, Polish, Portuguese, French and Dutch (future entry into force or adoption on a date, thresholds, sectors,
// listings, exemptions), an amendment going to ministers that lists firms; beside them clean twins (other people with
// the same given name or a similar surname, a city, packages adopted or in force, aid, reform and support packages,
// traffic rules). First score: sanctions 9/26, clean FP 0/22; at the end of the session 26/26, 0/22.
const OWN_SENTENCES_23 = join(import.meta.dirname, 'own-sentences-23.jsonl');

describe('twenty-third development set (LT96)', () => {
  it('LT96: own-sentences-23 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_23);
    console.log(formatScore('own-sentences-23.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('sanctions')).toBe(26); // of 26 (first score 9)
    expect(s.clean).toBe(22);
    expect(s.falseAlarms.length).toBe(0);
  });
});
