import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT88: the nineteenth development set (TUNE-OPS, session 10), written before any rule change — operational detail
// without the usual words (taskings, authorisations, "our session on" their hosts, access in Portuguese, German and
// Polish, French "prépositionnés", windows and phases of an action), source protection by codename or cover name,
// Portuguese and Polish anonymity and posts, French "en privé"; beside each class clean twins (a defender's
// advisory, published indicators, a restore deadline, a deputy head speaking at a press conference). No rule was
// tuned on it (an outage took the session's rule window): these are its first scores, kept as floors so the next
// rule work starts from them and cannot lower them.
const OWN_SENTENCES_19 = join(import.meta.dirname, 'own-sentences-19.jsonl');

describe('nineteenth development set (LT88)', () => {
  it('LT88: own-sentences-19 — never fewer caught, nor more clean flagged, than at its first score', () => {
    const s = scoreFile(OWN_SENTENCES_19);
    console.log(formatScore('own-sentences-19.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('operational-detail')).toBeGreaterThanOrEqual(33); // of 37 (first score 22; LT91's rules 33)
    expect(caught('source-protection')).toBeGreaterThanOrEqual(10); // of 20
    expect(caught('sanctions')).toBe(5);
    expect(s.clean).toBe(56);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(3); // first score 6; LT91 3
  });
});
