import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution';
import { defaultAttributionConstructions, sureRelations } from './attribution-spans';
import { findMentions } from './entities';
import { tokenize } from './sentences';

// LT121: the masters or handlers of the operators placed at a threat state, and a hostile actor that operates for
// one, from dev-57's and dev-58's misses (paraphrased here, never copied); beside them a master's degree, a denial and
// a contractor working for an ally.
const relations = (text: string): string[] => sureRelations(text);

describe('LT121: the masters of the operators, and an actor operating for a state', () => {
  it.each([
    ['The wiper crew did not improvise; its masters sit in Pyongyang.', 'ATT-MASTERS-IN:Pyongyang'],
    ['A: Same tooling, same handlers in Tehran, and the same hackers.', 'ATT-MASTERS-IN:Tehran'],
    [
      'Their handlers in the Chinese Ministry of State Security will have read the advisory on the intrusion.',
      'ATT-MASTERS-IN',
    ],
    ['The cluster, which we judge works for the GRU, hit the grid twice.', 'ATT-HOSTILE-OPERATES-FOR:GRU'],
  ])('LT121: "%s" reads %s', (text, relation) => {
    expect(relations(text).some((r) => r.startsWith(relation))).toBe(true);
  });

  it.each([
    'She did her masters in Moscow before joining the bank.',
    'The hackers have no masters in Moscow, the analysts insist.',
    'The contractor, which works for the Dutch government, restored the systems.',
  ])('LT121: "%s" reads no master or employer as the author', (text) => {
    expect(relations(text).filter((r) => /MASTERS|OPERATES-FOR/.test(r))).toEqual([]);
  });
});

describe('LT121: an agency taken up again as "the same service" that acts', () => {
  const unsure = (text: string): string[] =>
    tokenize(text).flatMap((s) =>
      findAttributions(s, findMentions(s), defaultAttributionConstructions())
        .filter((a) => a.relation === 'ATT-SAME-SERVICE-AFTER-MENTION')
        .map((a) => a.certainty),
    );
  it('LT121: the same service that acts again is an unsure reading (a warning); one that was not involved is none', () => {
    expect(
      unsure('Iran’s MOIS was exposed in 2022, and the same service has since turned to wiping hospitals.'),
    ).toEqual(['unsure']);
    expect(
      unsure('The FSB was mentioned in the report; the same service was not involved this time.'),
    ).toEqual([]);
  });
});
