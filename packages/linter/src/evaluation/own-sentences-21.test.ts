import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { formatScore } from './score';

// LT92: the twenty-first development set (TUNE-SRC, session 11), written before the rules it measures — source
// protection in Portuguese, Spanish, Italian, French, Polish and Dutch (anonymity in those languages beside "the
// only …", "one of the two …", a post, a shift, an attaché or liaison, a career), and sources by codename or cover
// name in six languages; beside them clean twins: an anonymous source with nothing narrowing in each language and
// in English with a nationality alone, posts and "the only …" spoken in public, codenames of exercises, projects
// and public operations, a document as a source. First score (rules + model at ac799e8): source protection 8/32,
// clean false positives 4/17. The floors below are raised as the rules catch more.
const OWN_SENTENCES_21 = join(import.meta.dirname, 'own-sentences-21.jsonl');

describe('twenty-first development set (LT92)', () => {
  it('LT92: own-sentences-21 — never fewer caught, nor more clean flagged, than the floors', () => {
    const s = scoreFile(OWN_SENTENCES_21);
    console.log(formatScore('own-sentences-21.jsonl', s));
    const caught = (category: string) => s.categories.find((c) => c.category === category)?.caught;
    expect(caught('source-protection')).toBeGreaterThanOrEqual(32); // of 32 (8 at its first score)
    expect(s.clean).toBe(17);
    expect(s.falseAlarms.length).toBeLessThanOrEqual(2); // 4 at its first score
  });
});
