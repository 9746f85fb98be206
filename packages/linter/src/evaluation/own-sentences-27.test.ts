import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT101: the twenty-seventh own set (TUNE-SAN, session 12), written before any rule change of the session —
// restricted names in Polish, Latvian, Finnish and Lithuanian case forms, a Cyrillic name typed with a Latin letter,
// surnames broken by a line-end hyphen, mailboxes, file names and hashtags; package contents in Italian, Spanish,
// French, German, Portuguese, Dutch and Polish without a sanctions word; markings of more partners (Dutch, Baltic,
// Ukrainian, Russian, Bulgarian, Greek, Slovak, Croatian, Turkish) and TLP spellings (file names, dashes, colours in
// other languages); beside them clean twins (other people, draft laws, budgets and subsidies with the same exemptions,
// TLP:CLEAR and GREEN, markings explained). First score: sanctions 8/21, classification 0/18, clean FP 3/36; at the
// end of the session 14/21, 18/18, 0/36.
const OWN_SENTENCES_27 = join(import.meta.dirname, 'own-sentences-27.jsonl');

describe('twenty-seventh own set (LT101)', () => {
  it('LT101: own-sentences-27 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_27);
    console.log(formatScore('own-sentences-27.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    // of 21 (first score 8; 14 at LT101, whose 7 misses were names tried and dropped for speed; LT112's Finnish and
    // Estonian case endings catch two of them)
    expect(caught('sanctions')).toBe(16);
    expect(caught('classification')).toBe(18); // of 18 (first score 0)
    expect(s.clean).toBe(36);
    expect(s.falseAlarms.length).toBe(0);
  });
});
