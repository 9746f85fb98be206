import { z } from 'zod';
import type { ConstructionSet } from './constructions';
import { LINT_CATEGORIES, SEVERITIES } from './finding';
import { ENTITY_KINDS } from './gazetteer';
import { SENTENCE_MODEL_CATEGORIES } from './sentence-model-rule';

const regexList = z.array(z.string().min(1));

const ruleBase = {
  id: z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, 'rule ids are upper-case words joined by "-"'),
  category: z.enum(LINT_CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** Why the text may not say this; "{match}" is replaced by the matched text. */
  message: z.string().min(1),
  suggestion: z.string().optional(),
  ignorecase: z.boolean().default(true),
};

/**
 * Antipatterns of an existence or substitution rule (LT38): a match is no finding where its sentence matches any
 * of these (regular expressions matched anywhere in the sentence, like a conditional rule's `unless`).
 */
const sentenceUnless = regexList.default([]);

/**
 * A keyword gate (LT51): words (letters, digits, hyphens, apostrophes, dots) joined by "|", matched anywhere in the
 * clause as plain substrings, case as the rule says. Nothing else is accepted, so a gate stays cheap and can always
 * match: an empty word, a space, a group or an assertion is refused at load with its file and line.
 */
export const GATE_WORDS = /^[\p{L}\p{N}'’.-]+(?:\|[\p{L}\p{N}'’.-]+)*$/u;
const keywordGate = z
  .array(
    z
      .string()
      .regex(
        GATE_WORDS,
        'a requires gate is words joined by "|" (letters, digits, hyphens, apostrophes, dots; no spaces, groups, assertions or empty words)',
      ),
  )
  .min(1)
  .optional();

/** Vale-style existence: any of the tokens (regular expressions, matched as whole words) is a finding. */
export const ExistenceRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('existence'),
  tokens: regexList.min(1),
  unless: sentenceUnless,
  /** LT51: each of these keyword gates must match the clause before the tokens run. */
  requires: keywordGate,
});

/** Vale-style substitution: each key (a regular expression) is a finding whose suggestion is its value. */
export const SubstitutionRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('substitution'),
  swap: z.record(z.string().min(1), z.string()),
  unless: sentenceUnless,
  /** LT51: each of these keyword gates must match the clause before the swaps run. */
  requires: keywordGate,
});

/** Vale-style conditional: where `when` matches in the clause (and `unless` does not), the `flag` patterns and entities are findings. */
export const ConditionalRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('conditional'),
  when: regexList.min(1),
  /** Each of these must match the clause too (cheap conjunctions instead of one backtracking expression). */
  and: regexList.default([]),
  unless: regexList.default([]),
  flag: regexList.default([]),
  entities: z.array(z.literal('person')).default([]),
  /** LT51: each of these keyword gates must match the clause before the conditions and flags run. */
  requires: keywordGate,
});

/** Restricted names: each name is found as full name, surname, initial + surname and possessive. */
export const NamesRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('names'),
  list: z.string().min(1).optional(),
  names: z.array(z.string().min(1)).default([]),
});

/** Entity-aware: a named state, capital, agency, group, leader or demonym as the author of an attack. */
export const AttributionRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('attribution'),
  entities: z.array(z.enum(ENTITY_KINDS)).min(1),
  /** Sentence-level expressions that make an attribution acceptable (e.g. assessed language). */
  unless: regexList.default([]),
  /** Rewrite offered for a phrase naming the attackers ("Russian hackers"). */
  actorSuggestion: z.string().optional(),
  /** The construction file (its `constructions:` name) that says who did what. */
  constructions: z.string().min(1).default('attribution'),
  /** The states this policy may never name as authors (all states when omitted). */
  states: z.array(z.string().min(1)).optional(),
  /**
   * LT66: an unsure reading (LT25) is reported only where the bundled sentence model confirms it: its attribution
   * probability for the reading's sentence reaches `min`. Sure readings are never asked.
   */
  unsure: z
    .object({ confirm: z.literal('model'), min: z.number().gt(0).lt(1) })
    .strict()
    .optional(),
});

/** Entity-aware: an entity mentioned in a sentence that also matches `context`. */
export const EntityContextRuleSchema = z.object({
  ...ruleBase,
  kind: z.literal('entity-context'),
  entities: z.array(z.enum([...ENTITY_KINDS, 'eu-member-state'])).min(1),
  context: regexList.min(1),
});

/**
 * A statistical second opinion (LT34): the bundled sentence model's probability that a sentence breaks the category
 * reaches `threshold`, and no rule of the category found anything in that sentence. Always a warning.
 */
export const ModelRuleSchema = z
  .object({
    ...ruleBase,
    kind: z.literal('model'),
    severity: z.literal('warning'),
    /** Probability (between 0 and 1, exclusive) from which a sentence is reported; chosen by cross-validation. */
    threshold: z.number().gt(0).lt(1),
    /** Sentences the model is not asked about (LT38: the category's denials, exercises, law enforcement …). */
    unless: sentenceUnless,
  })
  .refine((rule) => SENTENCE_MODEL_CATEGORIES.includes(rule.category), {
    path: ['category'],
    message: `the bundled sentence model has weights only for ${SENTENCE_MODEL_CATEGORIES.join(', ')}`,
  });

export const RuleSchema = z.discriminatedUnion('kind', [
  ExistenceRuleSchema,
  SubstitutionRuleSchema,
  ConditionalRuleSchema,
  NamesRuleSchema,
  AttributionRuleSchema,
  EntityContextRuleSchema,
  ModelRuleSchema,
]);
export type Rule = z.output<typeof RuleSchema>;
export type RuleKind = Rule['kind'];
export const RULE_KINDS: readonly RuleKind[] = [
  'existence',
  'substitution',
  'conditional',
  'names',
  'attribution',
  'entity-context',
  'model',
];

export const PolicyFileSchema = z
  .object({
    /** Delegation code, or ALL for the baseline every party's policy includes. */
    delegation: z
      .string()
      .regex(/^(?:ALL|[A-Z]{2,3})$/, 'a delegation code such as FR, or ALL for the baseline'),
    name: z.string().min(1),
    description: z.string().optional(),
    rules: z.array(RuleSchema),
  })
  .strict();

/** A named list of data (e.g. restricted names) that rules refer to by `list:`. */
export const ListFileSchema = z
  .object({
    list: z.string().min(1),
    description: z.string().optional(),
    entries: z.array(z.string().min(1)).min(1),
  })
  .strict();

export interface Policy {
  delegation: string;
  name: string;
  file: string;
  /** Construction sets loaded with the policies, by name (attribution rules use them). */
  constructions: ReadonlyMap<string, ConstructionSet>;
  /** Rules with `list:` references resolved into `names`. */
  rules: Rule[];
}

export interface PolicyError {
  file: string;
  line: number;
  reason: string;
}

export interface PolicySource {
  file: string;
  text: string;
}
