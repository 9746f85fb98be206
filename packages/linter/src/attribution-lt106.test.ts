import { describe, expect, it } from 'vitest';
import { attributedSpans as actors } from './attribution-spans';

// LT106: two clean classes from dev-49's first clean false positives (paraphrased here, never copied): a delegate
// speaking for other states, and a claimed identity; beside them the look-alikes that still name an author.

describe('LT106: a state spoken for, and an identity claimed, are no authors', () => {
  it.each([
    'Lithuania, speaking also on behalf of Estonia and Poland, recalled the attacks on its own ministries in 2022.',
    'Finland, speaking on behalf of the Nordic countries, condemned the attacks on the hospital.',
    'The intruders claimed to be Chinese students, but the logs pointed to a contractor in Texas.',
  ])('LT106: no author in "%s"', (text) => {
    expect(actors(text)).toEqual([]);
  });

  it.each([
    ['The hackers, acting on behalf of Iran, attacked the refinery.', 'Iran'],
    [
      'Finland, speaking on behalf of the Nordic countries, said the attack was carried out on behalf of Russia.',
      'Russia',
    ],
    ['The attackers were Chinese, investigators said.', 'Chinese'],
  ])('LT106: the look-alike "%s" still names %s', (text, actor) => {
    expect(actors(text).some((a) => a.includes(actor))).toBe(true);
  });
});
