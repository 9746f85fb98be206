import { findMentions, MAY_MENTION_ENTITY, type Mention } from './entities';
import { findPeople, type PersonSpan, type Sentence, splitSentenceChunks, tokenizeChunk } from './sentences';

export interface SentenceAnalysis {
  sentence: Sentence;
  mentions: Mention[];
  /**
   * LT85: the text of the sentence chunk the sentence was read from, where its words are the sentence's words (the
   * chunk's only sentence, nothing but punctuation and space around it): a test of its words may ask it instead.
   */
  sameWords?: string;
}

/** What rules need to know about one clause, computed lazily and at most once per clause. */
export interface ClauseAnalysis {
  readonly text: string;
  /**
   * Sentences that mention at least one gazetteer entity (others never matter to entity rules). With `worth`,
   * only sentences whose text it accepts are tokenized (a rule's cheap pre-check, e.g. attack words).
   */
  entitySentences(worth?: (sentence: string) => boolean): SentenceAnalysis[];
  people(): PersonSpan[];
  /** The clause's sentence chunks, a question joined to the sentence after it (LT38's antipatterns read them). */
  questionChunks(): { text: string; base: number }[];
  /**
   * LT85: every sentence chunk is the clause's text at its offset and cuts no word, so each chunk's words are a run
   * of the clause's words (a test that some word or run of words occurs, true of a chunk, is true of the clause).
   */
  chunksCutNoWord(): boolean;
}

/** A letter or digit (a word character of the word tests), or half of a surrogate pair (a code point cut in two). */
const WORDISH = /[\p{L}\p{N}]|[\uD800-\uDFFF]/u;
const SURROGATE = /[\uD800-\uDFFF]/;
const wordish = (s: string): boolean => WORDISH.test(s) || SURROGATE.test(s);
const spaced = (s: string): string => s.replace(/\r?\n/g, (m) => ' '.repeat(m.length));

/** The chunk is the clause's text at its offset, but for line breaks read as spaces (neither is in a word). */
const aligned = (text: string, chunk: { text: string; base: number }): boolean =>
  spaced(text.slice(chunk.base, chunk.base + chunk.text.length)) === spaced(chunk.text);

/** The chunk is the text at its offset and no word runs across either of its ends. */
export function cutsNoWord(text: string, chunk: { text: string; base: number }): boolean {
  const edge = (at: number) => !(wordish(text.charAt(at - 1)) && wordish(text.charAt(at)));
  return aligned(text, chunk) && edge(chunk.base) && edge(chunk.base + chunk.text.length);
}

/** The chunk's text where it holds one sentence and nothing around it that is in a word; otherwise undefined. */
export function sameWordsAs(text: string, chunk: { text: string; base: number }, sentences: Sentence[]) {
  const s = sentences.length === 1 ? sentences[0]! : undefined;
  if (!s || s.start < chunk.base || s.end > chunk.base + chunk.text.length || !aligned(text, chunk))
    return undefined;
  const around = text.slice(chunk.base, s.start) + text.slice(s.end, chunk.base + chunk.text.length);
  return wordish(around) ? undefined : chunk.text;
}

/**
 * A sentence that announces who did it without saying ("We know who did this.") is read with the next, which says.
 */
const ANNOUNCES_WHO =
  /\b(?:know|knows|knew|clear|obvious|doubt|tell\s+you|say|said)\s+(?:about\s+)?who\s+(?:did|is|was|ordered|carried|launched|ran|attacked|hacked)\b[^.?!;]{0,30}[.:!]?['’"”]?\s*$/i;

/** A sentence that the next one answers: a question, or an announcement of who did it. */
const awaitsAnswer = (text: string): boolean => /\?\s*$/.test(text) || ANNOUNCES_WHO.test(text);

/**
 * A question and the sentence that answers it are read as one ("Who ordered the attack? President Putin himself."),
 * so the answer's actor meets the question's predicate.
 */
function joinAnswers(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (/\?\s*$/.test(prev.tokens[prev.tokens.length - 1]?.post ?? '') || ANNOUNCES_WHO.test(prev.text))
    ) {
      out[out.length - 1] = {
        start: prev.start,
        end: s.end,
        text: text.slice(prev.start, s.end),
        tokens: [...prev.tokens, ...s.tokens],
      };
    } else out.push(s);
  }
  return out;
}

const isQuestion = (text: string): boolean => /\?\s*$/.test(text);

function joinAnswerChunks(
  text: string,
  chunks: { text: string; base: number }[],
  awaits: (text: string) => boolean = awaitsAnswer,
) {
  const out: { text: string; base: number }[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    if (prev && awaits(prev.text))
      out[out.length - 1] = { base: prev.base, text: text.slice(prev.base, c.base + c.text.length) };
    else out.push(c);
  }
  return out;
}

export function analyseClause(text: string): ClauseAnalysis {
  let raw: { text: string; base: number }[] | undefined;
  let chunks: { text: string; base: number }[] | undefined;
  let questions: { text: string; base: number }[] | undefined;
  const analysed = new Map<number, SentenceAnalysis[]>();
  let people: PersonSpan[] | undefined;
  let mayMention: boolean | undefined;
  let cutNoWord: boolean | undefined;
  const chunkMayMention = new Map<number, boolean>();
  return {
    text,
    entitySentences(worth) {
      mayMention ??= MAY_MENTION_ENTITY.test(text);
      if (!mayMention) return [];
      raw ??= splitSentenceChunks(text);
      chunks ??= joinAnswerChunks(text, raw);
      const out: SentenceAnalysis[] = [];
      chunks.forEach((chunk, i) => {
        let found = analysed.get(i);
        if (!found) {
          let may = chunkMayMention.get(i);
          if (may === undefined) {
            may = MAY_MENTION_ENTITY.test(chunk.text);
            chunkMayMention.set(i, may);
          }
          if (!may || (worth && !worth(chunk.text))) return;
          const sentences = joinAnswers(text, tokenizeChunk(text, chunk));
          const same = sameWordsAs(text, chunk, sentences);
          found = sentences
            .map((sentence) => ({
              sentence,
              mentions: findMentions(sentence),
              ...(same !== undefined ? { sameWords: same } : {}),
            }))
            .filter((s) => s.mentions.length > 0);
          analysed.set(i, found);
        }
        out.push(...found);
      });
      return out;
    },
    people() {
      people ??= findPeople(text);
      return people;
    },
    chunksCutNoWord() {
      raw ??= splitSentenceChunks(text);
      chunks ??= joinAnswerChunks(text, raw);
      cutNoWord ??= chunks.every((c) => cutsNoWord(text, c));
      return cutNoWord;
    },
    questionChunks() {
      raw ??= splitSentenceChunks(text);
      questions ??= joinAnswerChunks(text, raw, isQuestion);
      return questions;
    },
  };
}
