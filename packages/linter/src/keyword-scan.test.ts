import { describe, expect, it } from 'vitest';
import { escapeRegExp } from './escape-regexp';
import { keywordGates } from './keyword-scan';

/** The gates as LT51 defines them: one regular expression per gate, every gate must match. */
const byRegex = (requires: string[], ignorecase: boolean) => {
  const res = requires.map(
    (g) => new RegExp(g.split('|').map(escapeRegExp).join('|'), ignorecase ? 'iu' : 'u'),
  );
  return (text: string) => res.every((re) => re.test(text));
};

describe('one keyword scan for every gate (LT69)', () => {
  it('LT69: a gate passes where one of its words is in the text, as a plain substring, case as the rule says', () => {
    const gated = keywordGates(['sanction|freez', 'package'], true);
    expect(gated('The new PACKAGE will freeze assets.')).toBe(true);
    expect(gated('The new package is ready.')).toBe(false);
    expect(gated('Sanctioned entities, unpackaged')).toBe(true);
    const exact = keywordGates(['TLP'], false);
    expect(exact('TLP:RED')).toBe(true);
    expect(exact('tlp:red')).toBe(false);
    expect(keywordGates(undefined, true)('anything')).toBe(true);
  });

  it('LT69: case is folded as the regular expression engine folds it (Kelvin sign, long s, ẞ, Cyrillic, dots and apostrophes)', () => {
    const requires = ['kaliber|ss|straße|атак|u.s.|don’t', 'x'];
    const gated = keywordGates(requires, true);
    const regex = byRegex(requires, true);
    for (const text of [
      'KALIBER x',
      '\u212Aaliber x', // Kelvin sign folds to k
      'ſs x', // long s folds to s
      'STRAẞE x',
      'STRASSE x',
      'АТАКА x',
      'U.S. x',
      'USA x',
      'DON’T x',
      "DON'T x",
      'kalibe x',
      '😀ss x',
    ])
      expect(gated(text), text).toBe(regex(text));
  });

  it('LT69: the same answers as one expression per gate on random texts over the gate words’ letters', () => {
    const requires = ['abc|bcd|cab', 'dd|a-b', 'ÄB|äbc'];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const letters = 'abcdABCDäÄ- .\u212A😀';
    for (const ignorecase of [true, false]) {
      const gated = keywordGates(requires, ignorecase);
      const regex = byRegex(requires, ignorecase);
      for (let i = 0; i < 3000; i++) {
        const chars = Array.from(letters);
        const text = Array.from({ length: 1 + rnd(14) }, () => chars[rnd(chars.length)]).join('');
        expect(gated(text), `${ignorecase} ${JSON.stringify(text)}`).toBe(regex(text));
      }
    }
  });
});
