import type { ClauseAnalysis } from './clause-analysis';
import type { LintCategory } from './finding';
import {
  loadSentenceModel,
  type ModelHit,
  modelHits,
  probabilityAt,
  type ScoredSentence,
  type SentenceModel,
  scoreClauseText,
} from './sentence-model';
import { SENTENCE_MODEL_DATA } from './sentence-model-data';

let bundled: SentenceModel | undefined;

/** The bundled model, decoded on first use (a policy without a `model` rule never pays for it). */
export function bundledSentenceModel(): SentenceModel {
  bundled ??= loadSentenceModel(SENTENCE_MODEL_DATA);
  return bundled;
}

/** The categories the bundled model has weights for (a `model` rule of another category is a policy error). */
export const SENTENCE_MODEL_CATEGORIES: readonly string[] = SENTENCE_MODEL_DATA.categories;

// one scoring per clause, shared by every model rule and every confirmation of every policy
const scoredByClause = new WeakMap<ClauseAnalysis, ScoredSentence[]>();

function scoredSentences(clause: ClauseAnalysis): ScoredSentence[] {
  let scored = scoredByClause.get(clause);
  if (!scored) {
    scored = scoreClauseText(bundledSentenceModel(), clause.text);
    scoredByClause.set(clause, scored);
  }
  return scored;
}

/** The clause's sentences whose probability for the category reaches the threshold (LT35). */
export function sentenceModelHits(
  clause: ClauseAnalysis,
  category: LintCategory,
  threshold: number,
  /** LT102: a policy's state limit (lower case), for attribution */
  states?: ReadonlySet<string>,
): ModelHit[] {
  return modelHits(bundledSentenceModel(), scoredSentences(clause), category, threshold, states);
}

/**
 * The model's probability for the category of the clause's sentence that an offset falls in (LT66: what confirms
 * an unsure attribution).
 */
export function sentenceModelProbability(
  clause: ClauseAnalysis,
  category: LintCategory,
  offset: number,
): number {
  return probabilityAt(scoredSentences(clause), category, offset);
}
