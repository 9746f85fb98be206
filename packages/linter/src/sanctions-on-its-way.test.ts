import { describe, expect, it } from 'vitest';
import { ruleIdSpans } from './rules-under-test';

const found = (text: string) => ruleIdSpans(text, 'SAN-ON-ITS-WAY');

// LT96: a sanctions step on its way to the body that adopts it, with its day. Sentences written for this test.
describe('a sanctions step on its way to adoption (LT96)', () => {
  it.each([
    [
      'The sanctions order, heading to Cabinet on Tuesday, designates four crypto mixers.',
      'designates four crypto mixers',
    ],
    ['Heads-up: the designations go to the FAC next Monday.', 'designations go to the FAC next Monday'],
    // the rule's first gate ('going|heading|goes|heads|due|set') left out "go": LT51's gates test caught it at the merge
    ['The listings go to Coreper on Wednesday.', 'listings go to Coreper on Wednesday'],
  ])('LT96: flags "%s"', (text, part) => {
    expect(found(text).some((f) => f.includes(part))).toBe(true);
  });
  it.each([
    'The amendment to the fisheries regulations, going to Cabinet on Monday, adds two species.',
    'The sanctions package, which entered into force in March, goes to the Council on Monday for review.',
    'The minister is going to the Council on Monday to discuss sanctions policy.',
  ])('LT96: no finding in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});
