import { describe, expect, it } from 'vitest';
import { gatedExpression, allMatches as wholeMatches } from './gated-expression';
import { gatedAlternatives } from './required-literals';

const WORD = (body: string) => `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])`;
const join = (patterns: string[]) => patterns.map((p) => `(?:${p})`).join('|');
const compile = (source: string, flags: string) => new RegExp(source, flags);

function words(patterns: string[], flags = 'giu') {
  const whole = new RegExp(WORD(join(patterns)), flags);
  return { whole, gated: gatedExpression(whole, patterns, WORD, compile) };
}

describe('expressions run with only the alternatives that could match (LT94)', () => {
  it('LT94: the top-level alternatives of a source are its substrings between top-level bars, each with its literals', () => {
    expect(gatedAlternatives('anonym|bin(?:c|d)|[|]source', 'u')).toEqual([
      { source: 'anonym', gates: ['anonym'] },
      { source: 'bin(?:c|d)', gates: ['binc|bind'] },
      { source: '[|]source', gates: ['source'] },
    ]);
    // a back-reference would count other groups once split: kept whole
    expect(gatedAlternatives('(a)\\1|bound', 'u')).toEqual([{ source: '(a)\\1|bound', gates: [] }]);
  });

  it('LT94: at one position the first alternative in order wins, as in the whole expression ("head" before "head of unit")', () => {
    const { whole, gated } = words(['head', 'head of (?:the )?unit', 'unit chief|chief of staff']);
    for (const text of [
      'The head of unit met the unit chief.',
      'The head of the unit and the chief of staff.',
      'A chief of staff, a unit chief, the head.',
      'Nothing here.',
    ])
      expect(gated.matches(text), text).toEqual(wholeMatches(whole, text));
    expect(gated.matches('The head of unit met the unit chief.')).toEqual([
      { start: 4, end: 8 },
      { start: 25, end: 35 },
    ]);
  });

  it("LT94: where only some alternatives could match, the merged matches are the whole expression's, overlaps resolved leftmost first", () => {
    const { whole, gated } = words(['chief of staff', 'staff officer', '(?:deputy )?chief', '\\d+ staff']);
    for (const text of [
      'The chief of staff officer spoke.', // "chief of staff" wins at 4; "staff officer" at 13 overlaps and is not a match
      'A staff officer and a deputy chief.',
      'Some 40 staff officers; 12 staff.',
      'deputy chief of staff',
    ])
      expect(gated.matches(text), text).toEqual(wholeMatches(whole, text));
  });

  it('LT94: an alternative whose literal is absent is not run, and nothing is lost where the literal appears in another case', () => {
    const { whole, gated } = words(['anonymous', 'unnamed source', 'on background']);
    expect(gated.matches('An UNNAMED SOURCE said so.')).toEqual([{ start: 3, end: 17 }]);
    expect(gated.matches('An UNNAMED SOURCE said so.')).toEqual(
      wholeMatches(whole, 'An UNNAMED SOURCE said so.'),
    );
    expect(gated.matches('Nobody spoke.')).toEqual([]);
  });

  it('LT94: the pieces that run are those whose literals are in the text (counted on the compiled pieces)', () => {
    const ran: string[] = [];
    const counting = (source: string, flags: string) => {
      const re = new RegExp(source, flags);
      const exec = re.exec.bind(re);
      re.exec = (s: string) => {
        ran.push(source);
        return exec(s);
      };
      return re;
    };
    const patterns = ['anonymous', 'unnamed source', '[A-Z]\\.\\s?[A-Z]\\.', 'unidentified'];
    const gated = gatedExpression(new RegExp(WORD(join(patterns)), 'giu'), patterns, WORD, counting);
    expect(gated.matches('An unnamed source, J. K., spoke.')).toEqual([
      { start: 3, end: 17 },
      { start: 19, end: 24 },
    ]);
    expect(new Set(ran)).toEqual(new Set([WORD('(?:unnamed source)'), WORD('(?:[A-Z]\\.\\s?[A-Z]\\.)')]));
  });

  it('LT94: empty matches are skipped one character on, as in the whole expression', () => {
    const whole = new RegExp(join(['x?', 'abc', 'bcd']), 'gu');
    const gated = gatedExpression(whole, ['x?', 'abc', 'bcd'], (b) => b, compile);
    for (const text of ['abcd', 'zbcd xabc', '', 'x'])
      expect(gated.matches(text), text).toEqual(wholeMatches(whole, text));
  });

  it('LT94: a condition is true exactly where the whole expression is', () => {
    const source =
      'anonym|(?:not|never)\\s+(?:to\\s+)?be\\s+named|\\bon\\s+background\\b|\\w+ly\\s+confidential';
    const whole = new RegExp(source, 'iu');
    const gated = gatedExpression(whole, [source], (b) => b, compile);
    for (const text of [
      'She spoke anonymously.',
      'He asked never to be named.',
      'On background, a diplomat said.',
      'Strictly confidential.',
      'Confidential only.',
      'Nothing here.',
    ])
      expect(gated.test(text), text).toBe(whole.test(text));
  });
});
