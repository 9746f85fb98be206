import { describe, expect, it } from 'vitest';
import { fastWordBoundaries } from './regex-boundaries';

const LOOKBEHIND = '(?<![\\p{L}\\p{N}_])';

describe('fastWordBoundaries (LT32)', () => {
  it('LT32: a \\b opening an alternative before a word becomes a lookbehind', () => {
    expect(fastWordBoundaries('\\banonym|\\b(?:on|off)\\s+record\\b')).toBe(
      `${LOOKBEHIND}anonym|${LOOKBEHIND}(?:on|off)\\s+record\\b`,
    );
  });

  it('LT32: any other \\b stays (inside a pattern, before a non-word, before an optional first letter)', () => {
    for (const p of [
      'x[^.;]*\\b(?:will)',
      '\\b(?:,|who)',
      '\\bs?he',
      '\\b(?:we)?x',
      '[\\b]a',
      '\\\\banonym',
    ]) {
      expect(fastWordBoundaries(p)).toBe(p);
    }
  });

  it('LT32: matches what the pattern matched before, on words and around punctuation', () => {
    const patterns = [
      '\\b(?:we|our|allies)\\b',
      '\\banonym|\\bunnamed\\b',
      '\\b(?:hit|strike)\\w*\\s+back\\b',
    ];
    const texts = [
      'We will strike back.',
      'our-allies',
      'the anonymous, unnamed source',
      'nous',
      'hit them',
      'x_we',
    ];
    for (const p of patterns) {
      for (const t of texts) {
        const before = [...t.matchAll(new RegExp(p, 'giu'))].map((m) => [m.index, m[0]]);
        const after = [...t.matchAll(new RegExp(fastWordBoundaries(p), 'giu'))].map((m) => [m.index, m[0]]);
        expect(after, `${p} on ${t}`).toEqual(before);
      }
    }
  });
});
