import { findMentions, MAY_MENTION_ENTITY, type Mention } from './entities';
import { findPeople, type PersonSpan, type Sentence, splitSentenceChunks, tokenizeChunk } from './sentences';

export interface SentenceAnalysis {
  sentence: Sentence;
  mentions: Mention[];
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
          found = joinAnswers(text, tokenizeChunk(text, chunk))
            .map((sentence) => ({ sentence, mentions: findMentions(sentence) }))
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
    questionChunks() {
      raw ??= splitSentenceChunks(text);
      questions ??= joinAnswerChunks(text, raw, isQuestion);
      return questions;
    },
  };
}
