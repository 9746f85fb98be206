import { describe, expect, it } from 'vitest';
import { analyseClause, cutsNoWord, sameWordsAs } from './clause-analysis';
import { ruleIdSpans } from './rules-under-test';
import { splitSentenceChunks, tokenizeChunk } from './sentences';

const frAttributions = (text: string) => ruleIdSpans(text, 'FR-NO-ATTRIBUTION');

describe('word tests answered once per clause (LT85)', () => {
  it('LT85: a chunk cuts no word where it is the text at its offset and no word runs across its ends', () => {
    const text = 'Russia did it. Moscow denies it.';
    expect(cutsNoWord(text, { text: 'Russia did it. ', base: 0 })).toBe(true);
    expect(cutsNoWord(text, { text: 'Moscow denies it.', base: 15 })).toBe(true);
    // a wrapped line reads as a space (neither is in a word)
    expect(cutsNoWord('Russia did\nit.', { text: 'Russia did it.', base: 0 })).toBe(true);
    // cut inside a word, at either end
    expect(cutsNoWord(text, { text: 'ssia did it. ', base: 2 })).toBe(false);
    expect(cutsNoWord(text, { text: 'Russia did i', base: 0 })).toBe(false);
    // not the text at its offset
    expect(cutsNoWord(text, { text: 'Russia did that.', base: 0 })).toBe(false);
    // a letter outside the Basic Multilingual Plane cut in two
    expect(cutsNoWord('a𝐀b', { text: 'a\uD835', base: 0 })).toBe(false);
  });

  it('LT85: a sentence has its chunk’s words only as the chunk’s one sentence with nothing in a word around it', () => {
    const one = '“Russia did it.” ';
    const [chunk] = splitSentenceChunks(one);
    expect(sameWordsAs(one, chunk!, tokenizeChunk(one, chunk!))).toBe(chunk!.text);
    const two = 'Russia hosted the summit; 2 attacks followed.';
    const c2 = { text: two, base: 0 };
    const s2 = tokenizeChunk(two, c2);
    // with a second sentence (or any word outside the sentence) the chunk has other words
    expect(sameWordsAs(two, c2, [...s2, ...s2])).toBeUndefined();
    expect(sameWordsAs(two, c2, [{ ...s2[0]!, start: 3 }])).toBeUndefined();
  });

  it('LT85: every clause of ordinary prose has chunks that cut no word', () => {
    const a = analyseClause('The attacks were carried out by Russia. We condemn them. What next? Sanctions.');
    expect(a.chunksCutNoWord()).toBe(true);
  });

  it('LT85: the attribution rule reads a clause as before: the gate word and the actor in one sentence or not', () => {
    expect(frAttributions('The attacks were carried out by Russia.')).toEqual(['Russia']);
    expect(frAttributions('We met in Paris. The attacks were carried out by Russia.')).toEqual(['Russia']);
    // the gate's words in the other sentence only: the sentence naming Russia is not analysed
    expect(frAttributions('Russia hosted the summit. The attacks were serious.')).toEqual([]);
  });
});
