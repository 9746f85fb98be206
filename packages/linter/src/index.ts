export { type Attribution, findAttributions } from './attribution';
export { type ConstructionSet, createMatcher } from './constructions';
export { ConstructionFileSchema, compileConstructions } from './constructions-file';
export { defaultPolicies, defaultPolicySources } from './defaults';
export { findMentions, type Mention } from './entities';
export {
  BASELINE_POLICY,
  type Finding,
  LINT_CATEGORIES,
  type LintCategory,
  type LintClause,
  SEVERITIES,
  type Severity,
} from './finding';
export { ENTITY_KINDS, type EntityKind, GAZETTEER, type GazetteerEntry } from './gazetteer';
export { createLinter, type Linter } from './linter';
export { loadPolicies } from './load-policies';
export { type Paragraph, splitParagraphs } from './paragraphs';
export {
  ListFileSchema,
  type Policy,
  type PolicyError,
  PolicyFileSchema,
  type PolicySource,
  RULE_KINDS,
  type Rule,
  type RuleKind,
  RuleSchema,
} from './policy-schema';
export { tokenize } from './sentences';
export { suppressionId, withSuppressionId } from './suppression-id';
export { applySuppressions, type Suppression, SuppressionSchema, suppress } from './suppressions';
