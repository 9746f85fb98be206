import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT100: the twenty-sixth development set (TUNE-SRC, session 12), written before any rule change of the session —
// anonymity and what narrows the person down in German, Swedish, Dutch, Polish, Portuguese, Italian, Spanish, French,
// Russian and Ukrainian (the only one with a background, a relative clause that chaired, returned or works, a post
// with its unit), signatures with initials under "do not quote", who a quoted anonymous label really is, and far or
// indirect narrowing in English (a floor by its ordinal, "the one representing", "specifically in …"); beside them
// clean twins (anonymous speakers with nothing narrowing them, named officials on the record, public signatures,
// style-guide talk of labels). First score: source protection 14/37, clean FP 2/36; at the end of the session 37/37,
// 1/36 (the model on a label discussed with no one narrowed).
const OWN_SENTENCES_26 = join(import.meta.dirname, 'own-sentences-26.jsonl');

describe('twenty-sixth development set (LT100)', () => {
  it('LT100: own-sentences-26 — never fewer caught, nor more clean flagged, than recorded', () => {
    const s = scoreFile(OWN_SENTENCES_26);
    console.log(formatScore('own-sentences-26.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('source-protection')).toBe(37); // of 37 (first score 14)
    expect(s.clean).toBe(36);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(1);
  });
});
