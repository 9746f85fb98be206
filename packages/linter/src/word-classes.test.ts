import { describe, expect, it } from 'vitest';
import { featurize } from './sentence-model';
import { classesOf, WORD_CLASSES } from './word-classes';

describe('word classes for the sentence model (LT57)', () => {
  it('LT57: a word finds its class through its inflections', () => {
    expect(classesOf('postured')).toContain('CAPABILITY');
    expect(classesOf('credentials')).toContain('CAPABILITY');
    expect(classesOf('disruption')).toContain('HARM');
    expect(classesOf('servers')).toContain('ASSET');
    expect(classesOf('not')).toContain('NEGATION');
    expect(classesOf('communique')).toBeUndefined();
  });

  it('LT57: every class word is a lower-case word of its own (a look-up key as the tokenizer makes it)', () => {
    for (const word of WORD_CLASSES.keys()) expect(word).toMatch(/^[\p{Ll}\d'’-]+$/u);
  });

  it('LT57: the words after a negation (up to four, to the next comma) are also negated features', () => {
    const added = (negation: boolean, a: string, b: string) => {
      const plain = new Set(featurize(a, 16, 0, { ...baseOptions, negation }).buckets);
      return new Set(featurize(b, 16, 0, { ...baseOptions, negation }).buckets.filter((x) => !plain.has(x)));
    };
    const yes = 'We will disable their servers, as agreed.';
    const no = 'We will not disable their servers, as agreed.';
    // "not" brings its own n-grams either way; with negation scope "disable their servers" also counts as negated
    const withScope = added(true, yes, no);
    const withoutScope = added(false, yes, no);
    expect(withScope.size).toBeGreaterThanOrEqual(withoutScope.size + 3);
  });
});

const baseOptions = { capBigram: true, skip: true, trigram: false, prefix: true, stem: true };
