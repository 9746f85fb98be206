import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, featurize } from './sentence-model';

const BITS = 16;
const buckets = (text: string, options = DEFAULT_FEATURES) =>
  new Set(featurize(text, BITS, 0, options).buckets);
const extra = (text: string, option: 'hypothetical' | 'defender') => {
  const off = buckets(text);
  return [...buckets(text, { ...DEFAULT_FEATURES, [option]: true })].filter((b) => !off.has(b));
};

describe('context features the sentence model can be trained with (LT86; measured and left off)', () => {
  it('LT86: off by default, so the shipped model featurizes as before', () => {
    expect(DEFAULT_FEATURES.hypothetical).toBe(false);
    expect(DEFAULT_FEATURES.defender).toBe(false);
    const text = 'If they hit the grid again, we will block 203.0.113[.]7 from 02:00 UTC.';
    const { hypothetical: _h, defender: _d, ...before } = DEFAULT_FEATURES;
    expect(featurize(text, BITS, 0, DEFAULT_FEATURES)).toEqual(featurize(text, BITS, 0, before));
  });

  it('LT86: hypothetical scope marks the words after a condition, up to the next punctuation', () => {
    // the same words in a hypothetical and in a plain sentence differ only by the scope's features
    expect(extra('If we take down their servers', 'hypothetical')).toHaveLength(5);
    expect(extra('We take down their servers', 'hypothetical')).toHaveLength(0);
    // a comma ends the scope: the main clause is no hypothetical
    expect(extra('If asked, we take down their servers', 'hypothetical')).toHaveLength(1);
  });

  it("LT86: defender context marks addresses, hosts and times only in a sentence with a defender's word", () => {
    // block: the address, the clock time and the sentence flag
    expect(extra('The operator will block 203.0.113[.]7 at 02:00.', 'defender')).toHaveLength(3);
    // the same shapes with no defender's word: nothing added
    expect(extra('The operator will reach 203.0.113[.]7 at 02:00.', 'defender')).toHaveLength(0);
  });
});
