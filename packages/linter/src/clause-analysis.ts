import { findMentions, MAY_MENTION_ENTITY, type Mention } from './entities';
import { findPeople, type PersonSpan, type Sentence, tokenize } from './sentences';

export interface SentenceAnalysis {
  sentence: Sentence;
  mentions: Mention[];
}

/** What rules need to know about one clause, computed lazily and at most once per clause. */
export interface ClauseAnalysis {
  readonly text: string;
  /** Sentences that mention at least one gazetteer entity (others never matter to entity rules). */
  entitySentences(): SentenceAnalysis[];
  people(): PersonSpan[];
}

export function analyseClause(text: string): ClauseAnalysis {
  let entitySentences: SentenceAnalysis[] | undefined;
  let people: PersonSpan[] | undefined;
  return {
    text,
    entitySentences() {
      if (!entitySentences) {
        entitySentences = MAY_MENTION_ENTITY.test(text)
          ? tokenize(text)
              .map((sentence) => ({ sentence, mentions: findMentions(sentence) }))
              .filter((s) => s.mentions.length > 0)
          : [];
      }
      return entitySentences;
    },
    people() {
      people ??= findPeople(text);
      return people;
    },
  };
}
