import { describe, expect, it } from 'vitest';
import { attributedSpans as actors } from './attribution-spans';

// LT111: clean roles from dev-52's first clean false positives and an own set's (paraphrased here, never copied):
// states taking part in a meeting, a state among the countries whose people were hit, a demonym on the thing a passive
// act hit; beside them the look-alikes that still name an author, and a subject that did something else first, then
// the act.
describe('LT111: participants, victims among others, and a subject that acts after a comma', () => {
  it.each([
    'Delegates of Russia and China took part in the second session of the expert group on ICT security.',
    'Iran was among the countries whose hospitals were hit by the same wiper.',
    'Según la fiscalía, los servidores del banco rusos fueron atacados por un grupo desconocido.',
  ])('LT111: no threat state is the author in "%s"', (text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    ['Russia and Belarus took part in the attacks on the grid.', 'Russia'],
    ['Iran was among the states that targeted the ministries.', 'Iran'],
    ['Los hackers rusos han atacado los servidores del banco.', 'rusos'],
    ['Russia took part in the talks, then launched the attacks on the banks.', 'Russia'],
    ['China signed the declaration and later directed the intrusion into the port.', 'China'],
  ])('LT111: "%s" still names %s as the author', (text, actor) => {
    expect(actors(text).some((a) => a.includes(actor))).toBe(true);
  });

  it('LT111: a subject that did something benign after the comma is no author', () => {
    expect(actors('Russia attended the talks, then launched an investigation into the outage.')).toEqual([]);
  });
});
