import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../eval-score';
import { isModelFinding } from '../rules-under-test';
import { formatScore } from './score';

// LT76: the fifteenth development set, written before the rules — clean classes that unseen writers' sentences
// fell into (an anonymous person with nothing narrowing, a named person on the record, anonymity in general, a
// threat state as speaker, denier, victim or place, a hypothetical about an ally's response, a state's spokesman
// accusing someone else, what a state owns hit by others, law enforcement at a state's request, defenders'
// documents on a group's tools, the Traffic Light Protocol explained, "unnamed" and "member" said of states) and,
// beside each, the violating look-alikes that must stay found. Tuned on.
const OWN_SENTENCES_15 = join(import.meta.dirname, 'own-sentences-15.jsonl');

describe('fifteenth development set (LT76)', () => {
  it('LT76: own-sentences-15 — every look-alike caught, no clean sentence flagged by an attribution, source-protection or classification rule', () => {
    const s = scoreFile(OWN_SENTENCES_15);
    console.log(formatScore('own-sentences-15.jsonl', s));
    for (const category of ['attribution', 'source-protection', 'classification'] as const)
      expect(s.categories.find((c) => c.category === category)!.recall).toBe(1);
    const byRules = s.falseAlarms.filter(({ findings }) =>
      findings.some(
        (f) =>
          !isModelFinding(f) &&
          (f.category === 'attribution' ||
            f.category === 'source-protection' ||
            f.category === 'classification'),
      ),
    );
    // left: a bare "the spokesperson" after a comma is still read as a post where something is said on background
    expect(byRules.map(({ item }) => item.text)).toEqual([
      'Reporters may use all of this on background, the spokesperson said.',
    ]);
    expect(s.clean).toBeGreaterThanOrEqual(118);
  });
});
