import { findAttributions } from './attribution';
import type { ClauseAnalysis } from './clause-analysis';
import { MAY_MENTION_GROUP, type Mention } from './entities';
import { type Deferred, type GatedExpression, gatedExpression } from './gated-expression';
import { keywordGates } from './keyword-scan';
import { namePattern } from './names-variants';
import type { Policy, Rule } from './policy-schema';
import { fastWordBoundaries } from './regex-boundaries';
import { requiredLiterals, requiredLiteralsOfAny } from './required-literals';
import { sentenceModelHits, sentenceModelProbability } from './sentence-model-rule';

export interface Hit {
  start: number;
  end: number;
  suggestion?: string;
  /** Overrides the rule's severity (an unsure attribution is a warning). */
  severity?: 'warning';
  /**
   * A model rule's hit (LT36): the sentence it stands for (a rule finding of the same category in it silences
   * the hit) and the model's probability (the message's "{p}").
   */
  secondOpinion?: { sentenceStart: number; sentenceEnd: number; p: number };
}

export type RuleMatcher = (clause: ClauseAnalysis) => Hit[];

// LT121: a script written without spaces between words (Chinese, Japanese) has no word boundary to ask for: a token
// that begins or ends with such a letter may begin or end anywhere ("極秘" in "極秘の文書", "によるもの" in a clause).
const SPACELESS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
const WORD_START = `(?:(?=${SPACELESS})|(?<![\\p{L}\\p{N}_]))`;
const WORD_END = `(?:(?<=${SPACELESS})|(?![\\p{L}\\p{N}_]))`;

/**
 * LT75: one RegExp per source and flags, whichever rule asks (policies share antipatterns through YAML anchors: 120
 * of the bundled rules' 276 condition expressions repeat another), so the engine compiles each expression once. Safe
 * to share: a condition has no `g` or `y` flag (test ignores lastIndex), and a flag scan (`g`) resets lastIndex and
 * runs to the end before it returns (allMatches), synchronously. Bounded (forgotten all at once, as rememberedTest):
 * policies loaded from user input do not accumulate in a long-running server.
 */
const INTERNED_BOUND = 8192;
const interned = new Map<string, RegExp>();
function internedRegex(source: string, flags: string): RegExp {
  const key = `${flags}\u0000${source}`;
  let re = interned.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    if (interned.size >= INTERNED_BOUND) interned.clear();
    interned.set(key, re);
  }
  return re;
}

/**
 * LT104: a rule's expressions are compiled when a clause first needs them (deferredRegex), not by compileRule: a
 * gated expression mostly runs its pieces (LT94), an antipattern only where there is a hit, and a rule whose gates
 * no clause passes needs none. One per source and flags, like the compiled ones, and bounded the same way.
 */
const deferred = new Map<string, Deferred>();
function deferredRegex(source: string, flags: string): Deferred {
  const key = `${flags}\u0000${source}`;
  let d = deferred.get(key);
  if (!d) {
    let re: RegExp | undefined;
    d = { source, flags, regex: () => (re ??= internedRegex(source, flags)) };
    if (deferred.size >= INTERNED_BOUND) deferred.clear();
    deferred.set(key, d);
  }
  return d;
}

/**
 * LT75: the longest expression compiled so far, or to be compiled when first needed (LT104) (a test keeps every
 * bundled one under the engine's optimising limit).
 */
export function longestCompiledSource(): string {
  let longest = '';
  for (const re of interned.values()) if (re.source.length > longest.length) longest = re.source;
  for (const d of deferred.values()) if (d.source.length > longest.length) longest = d.source;
  return longest;
}

/** LT104: every expression the rules compiled so far have deferred, as source and flags (for a test to compile). */
export function deferredExpressions(): { source: string; flags: string }[] {
  return [...deferred.values()].map(({ source, flags }) => ({ source, flags }));
}

function wordsRegex(patterns: string[], ignorecase: boolean): Deferred {
  return deferredRegex(
    `${WORD_START}(?:${patterns.map((p) => `(?:${fastWordBoundaries(p)})`).join('|')})${WORD_END}`,
    ignorecase ? 'giu' : 'gu',
  );
}

/** A condition pattern (`when`, `and`, `unless`, `context`), matched anywhere in the text. */
const conditionRegex = (pattern: string, ignorecase: boolean): Deferred =>
  deferredRegex(fastWordBoundaries(pattern), ignorecase ? 'iu' : 'u');

const wordWrap = (body: string): string => `${WORD_START}(?:${body})${WORD_END}`;

/** LT94: wordsRegex, run only with the alternatives that could match the text. */
const gatedWords = (patterns: string[], ignorecase: boolean): GatedExpression =>
  gatedExpression(
    wordsRegex(patterns, ignorecase),
    patterns.map(fastWordBoundaries),
    wordWrap,
    internedRegex,
  );

/** LT94: conditionRegex, tested only with the alternatives that could match the text. */
const gatedCondition = (pattern: string, ignorecase: boolean): GatedExpression =>
  gatedExpression(
    conditionRegex(pattern, ignorecase),
    [fastWordBoundaries(pattern)],
    (body) => body,
    internedRegex,
  );

const anyTest = (conditions: readonly GatedExpression[], text: string): boolean =>
  conditions.some((c) => c.test(text));

/** Clauses a conditional rule runs both sides on before it picks the cheaper side to check first (LT58). */
const ORDER_SAMPLE = 16;
/**
 * A condition's scan costs this many times a flag's of the same length (the bench: 2.5 in session 5; at 2.5 the
 * conditions SRC-ANONYMITY-DETAIL's tuners lengthened in session 8 outweighed its flags, though they never hold and
 * cost a seventh of the flags' scan, and it went to flags first: 2 -> 15 ms per 300 clauses; 1.5, full lint 0.77).
 */
const CONDITION_WEIGHT = 1.5;

/** What a conditional rule's first clauses showed (LT58): its patterns' lengths and how often each side passed. */
export interface OrderSample {
  /** Joined length of the `when` and `and` conditions, of the `unless` antipatterns and of the flags. */
  gate: number;
  unless: number;
  flags: number;
  sampled: number;
  /** Clauses where `when` and `and` held (so the antipatterns ran), where all conditions held, where a flag hit. */
  passed: number;
  held: number;
  hit: number;
}

/**
 * LT58: whether the conditions go before the flags: the side with the lower expected cost, a scan costing its
 * patterns' length (conditions CONDITION_WEIGHT times as much per character) times how often it has to run. The
 * antipatterns run only where the other conditions held, so they count as often as that (counting them always had
 * the same effect as the weight above).
 */
export function conditionsFirst(o: OrderSample): boolean {
  const conditions = (o.gate + (o.passed / o.sampled) * o.unless) * CONDITION_WEIGHT;
  return conditions + (o.held / o.sampled) * o.flags < o.flags + (o.hit / o.sampled) * conditions;
}

function anyMatch(res: readonly Deferred[], text: string): boolean {
  return res.some((d) => {
    const re = d.regex();
    re.lastIndex = 0;
    return re.test(text);
  });
}

/**
 * LT38: drops the hits whose sentence matches an antipattern. Sentences are split only where there is a hit to
 * check; a hit between two chunks (whitespace the splitter dropped) belongs to the chunk before it.
 */
function withoutAntipatterns(hits: Hit[], unless: readonly Deferred[], clause: ClauseAnalysis): Hit[] {
  if (hits.length === 0 || unless.length === 0) return hits;
  const chunks = clause.questionChunks();
  const verdict = new Map<number, boolean>();
  return hits.filter((h) => {
    let k = 0;
    while (k + 1 < chunks.length && chunks[k + 1]!.base <= h.start) k++;
    let blocked = verdict.get(k);
    if (blocked === undefined) {
      const chunk = chunks[k];
      blocked = anyMatch(unless, chunk ? chunk.text : clause.text);
      verdict.set(k, blocked);
    }
    return !blocked;
  });
}

const caseFlags = (ignorecase: boolean): string => (ignorecase ? 'iu' : 'u');

/** LT94: the literals every condition of the list needs (an `and` list: all of them hold). */
const requiredByAll = (patterns: readonly string[], ignorecase: boolean): string[] =>
  patterns.flatMap((p) => requiredLiterals(fastWordBoundaries(p), caseFlags(ignorecase)));

/** LT94: the literals any of the patterns needs (as conditions, or as words: the boundaries around are zero width). */
const requiredByAny = (patterns: readonly string[], ignorecase: boolean): string[] =>
  requiredLiteralsOfAny(patterns.map(fastWordBoundaries), caseFlags(ignorecase));

/**
 * LT94: the word sets (as `requires:` entries, in the case mode of the rule's expressions) that the compiler derives
 * from a rule's expressions: a clause without a word of each cannot give the rule a finding, so the rule is not run
 * on it. Existence and substitution: what any token or swap needs; conditional: what every `and`, any `when` and,
 * without `entities: [person]`, any flag needs; names: what any name needs; entity-context: any context. Attribution
 * and model rules have pre-checks of their own (LT85, none).
 */
export function derivedGates(rule: Rule): string[] {
  switch (rule.kind) {
    case 'existence':
      return requiredByAny(rule.tokens, rule.ignorecase);
    case 'substitution':
      return requiredByAny(Object.keys(rule.swap), rule.ignorecase);
    case 'conditional':
      return [
        ...requiredByAll(rule.and, rule.ignorecase),
        ...requiredByAny(rule.when, rule.ignorecase),
        ...(rule.flag.length > 0 && !rule.entities.includes('person')
          ? requiredByAny(rule.flag, rule.ignorecase)
          : []),
      ];
    case 'names':
      return requiredByAny(rule.names.map(namePattern), true);
    case 'entity-context':
      return requiredByAny(rule.context, rule.ignorecase);
    case 'attribution':
    case 'model':
      return [];
  }
}

/**
 * LT94: a rule's keyword gates (LT51), its `requires:` and the literals its expressions need (derivedGates), as one
 * test of the clause text; every clause passes when there are none.
 */
function gatesOf(rule: Rule, requires: string[] | undefined, ignorecase: boolean): (text: string) => boolean {
  const all = [...new Set([...(requires ?? []), ...derivedGates(rule)])];
  return keywordGates(all.length > 0 ? all : undefined, ignorecase);
}

function mentionMatches(kinds: readonly string[], m: Mention): boolean {
  return kinds.includes(m.kind) || (kinds.includes('eu-member-state') && m.euMember && m.kind !== 'agency');
}

/** Turns a validated rule into a function from a clause to the spans it objects to. */
/**
 * LT102: the states a policy's attributions are limited to (lower case): the union of its attribution rules'
 * `states:` (LT25) where every attribution rule of the policy has one; none (every state) otherwise.
 */
function attributionStates(policy: Partial<Pick<Policy, 'rules'>> | undefined): Set<string> | undefined {
  const limits = (policy?.rules ?? []).flatMap((r) => (r.kind === 'attribution' ? [r.states] : []));
  if (limits.length === 0 || limits.some((s) => !s)) return undefined;
  return new Set(limits.flatMap((s) => (s ?? []).map((x) => x.toLowerCase())));
}

export function compileRule(
  rule: Rule,
  policy?: Pick<Policy, 'constructions'> & Partial<Pick<Policy, 'rules'>>,
): RuleMatcher {
  switch (rule.kind) {
    case 'existence': {
      const re = gatedWords(rule.tokens, rule.ignorecase);
      const unless = rule.unless.map((p) => conditionRegex(p, rule.ignorecase));
      const gated = gatesOf(rule, rule.requires, rule.ignorecase);
      return (c) =>
        !gated(c.text)
          ? []
          : withoutAntipatterns(re.matches(c.text), unless, c).map((h) =>
              rule.suggestion ? { ...h, suggestion: rule.suggestion } : h,
            );
    }
    case 'substitution': {
      const swaps = Object.entries(rule.swap).map(([p, s]) => [gatedWords([p], rule.ignorecase), s] as const);
      const unless = rule.unless.map((p) => conditionRegex(p, rule.ignorecase));
      const gated = gatesOf(rule, rule.requires, rule.ignorecase);
      return (c) =>
        !gated(c.text)
          ? []
          : withoutAntipatterns(
              swaps.flatMap(([re, suggestion]) => re.matches(c.text).map((h) => ({ ...h, suggestion }))),
              unless,
              c,
            );
    }
    case 'conditional': {
      // LT94: each condition and the flags run only their alternatives that could match the clause
      const when = rule.when.map((p) => gatedCondition(p, rule.ignorecase));
      const and = rule.and.map((p) => gatedCondition(p, rule.ignorecase));
      const unless = rule.unless.map((p) => gatedCondition(p, rule.ignorecase));
      const flagged = rule.flag.length > 0 ? gatedWords(rule.flag, rule.ignorecase) : undefined;
      const people = rule.entities.includes('person');
      // Cheaper side first (same result either way, LT58): the conditions first, so a clause that fails them is
      // never scanned for flags, or the flags first, so the conditions run only where something is flagged. Which
      // is cheaper depends on how often each side passes on the text being linted, so the first clauses a
      // compiled rule sees run both sides and count; then the side with the lower expected cost goes first
      // (a scan costs its patterns' length, conditions CONDITION_WEIGHT times as much per character: they are
      // tried from every position and often have gaps; times how often it has to run). A fixed threshold on the
      // lengths alone flipped SRC-ANONYMITY-DETAIL to flags first when a few flags were added: 2 -> 25 ms per 300
      // clauses of the bench, where its conditions never hold.
      const gate = [...rule.when, ...rule.and].join('|').length;
      const unlessLength = rule.unless.join('|').length;
      const flags = rule.flag.join('|').length;
      let sampled = 0;
      let passed = 0;
      let held = 0;
      let hit = 0;
      let checkConditionsFirst: boolean | undefined;
      const gatesPass = (text: string) => and.every((re) => re.test(text)) && anyTest(when, text);
      const holds = (text: string) => gatesPass(text) && !anyTest(unless, text);
      const gated = gatesOf(rule, rule.requires, rule.ignorecase);
      const withPeople = (c: ClauseAnalysis, hits: Hit[]): Hit[] => {
        if (people) hits.push(...c.people().map(({ start, end }) => ({ start, end })));
        return hits;
      };
      return (c) => {
        if (!gated(c.text)) return [];
        if (checkConditionsFirst === undefined) {
          const pass = gatesPass(c.text);
          const ok = pass && !anyTest(unless, c.text);
          const hits: Hit[] = flagged ? flagged.matches(c.text) : [];
          sampled++;
          if (pass) passed++;
          if (ok) held++;
          if (hits.length > 0 || people) hit++; // with people, the conditions run whatever the flags find
          if (sampled === ORDER_SAMPLE)
            checkConditionsFirst = conditionsFirst({
              gate,
              unless: unlessLength,
              flags,
              sampled,
              passed,
              held,
              hit,
            });
          return ok && (hits.length > 0 || people) ? withPeople(c, hits) : [];
        }
        if (checkConditionsFirst && !holds(c.text)) return [];
        const hits: Hit[] = flagged ? flagged.matches(c.text) : [];
        if (hits.length === 0 && !people) return [];
        if (!checkConditionsFirst && !holds(c.text)) return [];
        return withPeople(c, hits);
      };
    }
    case 'names': {
      if (rule.names.length === 0) return () => [];
      // LT104: gated like a word rule's tokens (LT94): a clause that names one person compiles and runs that name's
      // alternatives, not the whole list (its first compile was most of a first lint: 20,000 characters under `iu`)
      const re = gatedWords(rule.names.map(namePattern), true);
      const gated = gatesOf(rule, undefined, true);
      return (c) => (gated(c.text) ? re.matches(c.text) : []);
    }
    case 'attribution': {
      const unless = rule.unless.map((p) => conditionRegex(p, rule.ignorecase));
      const set = policy?.constructions.get(rule.constructions);
      if (!set) return () => [];
      const states = rule.states ? new Set(rule.states.map((x) => x.toLowerCase())) : undefined;
      const worth = (sentence: string) => set.gate.test(sentence) || MAY_MENTION_GROUP.test(sentence);
      // LT66: an unsure reading stands only where the sentence model's attribution probability reaches the minimum
      const min = rule.unsure?.min;
      const confirmed =
        min === undefined
          ? undefined
          : (c: ClauseAnalysis, at: number) => sentenceModelProbability(c, 'attribution', at) >= min;
      return (c) => {
        const sentences = c.entitySentences(worth);
        // LT85: worth tests words (the construction gate, the group pre-check), so a chunk that passes it makes the
        // clause pass it where the chunks cut no word: the clause is read again only where one might
        if (sentences.length === 0 || (!c.chunksCutNoWord() && !worth(c.text))) return [];
        return sentences.flatMap(({ sentence, mentions, sameWords }) => {
          const relevant = mentions.filter(
            (m) => mentionMatches(rule.entities, m) && (!states || states.has(m.state.toLowerCase())),
          );
          if (relevant.length === 0 || anyMatch(unless, sentence.text)) return [];
          const found = findAttributions(sentence, relevant, set, sameWords).filter(
            (a) => !confirmed || a.certainty !== 'unsure' || confirmed(c, a.start),
          );
          return found.map((a) => {
            const suggestion =
              a.names === 'activity'
                ? rule.suggestion
                : a.names === 'actors'
                  ? rule.actorSuggestion
                  : undefined;
            return {
              start: a.start,
              end: a.end,
              ...(suggestion ? { suggestion } : {}),
              ...(a.certainty === 'unsure' ? { severity: 'warning' as const } : {}),
            };
          });
        });
      };
    }
    case 'model': {
      const unless = rule.unless.map((p) => conditionRegex(p, rule.ignorecase));
      // LT102: a model attribution respects the policy's state limit as its attribution rules do
      const states = rule.category === 'attribution' ? attributionStates(policy) : undefined;
      return (c) =>
        sentenceModelHits(c, rule.category, rule.threshold, states)
          .filter(
            (h) => unless.length === 0 || !anyMatch(unless, c.text.slice(h.sentenceStart, h.sentenceEnd)),
          )
          .map((h) => ({
            start: h.start,
            end: h.end,
            severity: 'warning' as const,
            secondOpinion: { sentenceStart: h.sentenceStart, sentenceEnd: h.sentenceEnd, p: h.p },
          }));
    }
    case 'entity-context': {
      const context = rule.context.map((p) => conditionRegex(p, rule.ignorecase));
      const gated = gatesOf(rule, undefined, rule.ignorecase);
      return (c) =>
        !gated(c.text) || !anyMatch(context, c.text)
          ? []
          : c
              .entitySentences((sentence) => anyMatch(context, sentence))
              .flatMap(({ sentence, mentions }) => {
                const relevant = mentions.filter((m) => mentionMatches(rule.entities, m));
                if (relevant.length === 0 || !anyMatch(context, sentence.text)) return [];
                return relevant.map((m) => ({ start: m.start, end: m.end }));
              });
    }
  }
}
