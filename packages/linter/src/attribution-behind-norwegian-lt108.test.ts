import { describe, expect, it } from 'vitest';
import { attributedSpans as actors } from './attribution-spans';

// LT108: Norwegian and Danish "stands / stood behind the attack" ("står bak", "sto bak", "stod bak"), from dev-49's and
// dev-51's misses (paraphrased here, never copied); beside them a state behind something that is no attack.

describe('LT108: a state that stands behind an attack, in Norwegian and Danish', () => {
  it.each([
    ['Ifølge PST sto Kina bak innbruddet i departementets nettverk.', 'Kina'],
    ['Regjeringen mener at Russland står bak dataangrepet mot sykehusene.', 'Russland'],
    ['Politiet vurderer at Kina stod bak cyberangrepet på havnen.', 'Kina'],
  ])('LT108: "%s" names %s as the author', (text, actor) => {
    expect(actors(text).some((a) => a.includes(actor))).toBe(true);
  });

  it.each([
    'Norge står bak initiativet om en felles nordisk varslingsordning.',
    'Russland står bak forslaget i FN om en ny konvensjon.',
    'Danmark stod bak angrebet? Nej, Danmark var selv offer for angrebet.',
  ])('LT108: no threat state behind an attack in "%s"', (text) => {
    expect(actors(text).filter((a) => /Russland|Kina/.test(a))).toEqual([]);
  });
});
