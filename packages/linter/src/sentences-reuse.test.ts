import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { type Sentence, splitSentenceChunks, tagSentence, tokenize, tokenizeChunk } from './sentences';

type Terms = { text: string; pre: string; post: string; normal?: string; tags: Set<string> }[][];
const world = nlp.world() as { methods: { one: { tokenize: { fromString(t: string, w: unknown): Terms } } } };

/** The tags a fresh tokenization of the sentence's text gives each token (computeTags before LT79, realigned alike). */
function freshTags(sentence: Sentence): string[][] {
  const doc = nlp.tokenize(sentence.text.replace(/(?<!\n)\r?\n(?!\r?\n)/g, ' ')) as unknown as {
    compute(name: string): void;
    docs: { text: string; tags: Set<string> }[][];
  };
  doc.compute('lexicon');
  doc.compute('preTagger');
  const terms = doc.docs.flat();
  if (terms.length === sentence.tokens.length) return terms.map((t) => [...t.tags].sort());
  let k = 0;
  return sentence.tokens.map((t) => {
    const at = terms.findIndex((x, i) => i >= k && x.text === t.text);
    if (at >= 0) k = at + 1;
    return at >= 0 ? [...terms[at]!.tags].sort() : [];
  });
}

const sentencesOf = (text: string): Sentence[] =>
  splitSentenceChunks(text).flatMap((chunk) => tokenizeChunk(text, chunk));

// edge punctuation, quotes, abbreviations, numbers, hyphens, slashes, contractions, accents, numbered paragraphs
const TRICKY = [
  '12. We strongly condemn the malicious cyber activity directed against Ukraine.',
  'Asked directly, the official replied: "This was Moscow. We\'re not going to be coy about it."',
  'The U.S. Cyber Command said: "Russia did it." Then it left.',
  '(The GRU ran the operation from 2-5 March.)',
  'Hackers linked to Iran targeted he / she accounts — again.',
  'Pro-Kremlin actors hit x-ray labs and Russia-linked groups.',
  'Björk’s team didn’t say who attacked the Élysée ...',
  'The attack on 5 May, 2024, was the work of APT28 <3',
  'Who ordered the attack? President Putin himself.',
  'Wrapped\nline of text about Chinese hackers.\n\nNew paragraph by North Korea.',
];

describe('tagging reuses the terms that made the sentence (LT79)', () => {
  it('LT79: every token gets the tags a fresh tokenization of its sentence gives', () => {
    for (const text of TRICKY)
      for (const sentence of sentencesOf(text)) {
        const tagged = tagSentence(sentence);
        const fresh = freshTags(sentence);
        tagged.forEach((t, k) => {
          for (const tag of fresh[k]!) expect(t.tags.has(tag), `${sentence.text} [${k}] ${tag}`).toBe(true);
          for (const tag of [
            'Noun',
            'Verb',
            'ProperNoun',
            'Pronoun',
            'Adjective',
            'Adverb',
            'Gerund',
            'Determiner',
          ])
            expect(t.tags.has(tag), `${sentence.text} [${k}] ${tag}`).toBe(fresh[k]!.includes(tag));
        });
      }
  });
});

describe("compromise's term parsing remembered per term string (LT80)", () => {
  it("LT80: a clause's tokens are those compromise's own fromString gives, however often its words were seen", () => {
    for (let round = 0; round < 2; round++)
      for (const text of TRICKY) {
        const unwrapped = text.replace(/(?<!\n)\r?\n(?!\r?\n)/g, ' ');
        const reference = world.methods.one.tokenize.fromString(unwrapped, world);
        const tokens = tokenize(text).flatMap((s) => s.tokens);
        expect(tokens.map((t) => t.text)).toEqual(reference.flat().map((t) => t.text));
        expect(tokens.map((t) => t.post)).toEqual(reference.flat().map((t) => t.post));
      }
  });

  it('LT80: remembered parts are copied, so changing a token changes no later tokenization', () => {
    const first = tokenize('Russian hackers attacked.')[0]!;
    first.tokens[0]!.norm = 'changed';
    first.tokens[0]!.post = '!!';
    const again = tokenize('Russian hackers attacked.')[0]!;
    expect(again.tokens[0]).toMatchObject({ norm: 'russian', post: ' ' });
  });
});
