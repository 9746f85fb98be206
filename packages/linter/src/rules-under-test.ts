import { analyseClause } from './clause-analysis';
import { compileRule } from './compile-rules';
import { defaultPolicies } from './defaults';
import type { Finding, LintCategory } from './finding';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';
import type { Rule } from './policy-schema';

// What the rule tests (baseline constructions, source protection, operational detail) lint with: the six demo
// parties' policies, and only the rules' findings unless asked (the statistical second opinion, LT34–LT37, has its
// own tests).
const linter = createLinter(defaultPolicies(['US', 'CA', 'UK', 'FR', 'DE', 'EU']));

/** Whether a finding is the statistical second opinion's (MODEL-…, FR-MODEL-…), not a rule's. */
export const isModelFinding = (f: Pick<Finding, 'ruleId'>): boolean => f.ruleId.includes('MODEL-');

/** The findings of one category in a one-clause text; the model's too with `withModel`. */
export function ruleFindings(text: string, category: LintCategory, withModel = false): Finding[] {
  return linter
    .lintClause({ id: 'c', text })
    .filter((f) => f.category === category && (withModel || !isModelFinding(f)));
}

/** The texts one rule's findings cover in a one-clause text. */
export const ruleIdSpans = (text: string, ruleId: string): string[] =>
  linter
    .lintClause({ id: 'c', text })
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));

/** Whether a rule finding of the category covers (overlaps) the span: the evaluation sets' span-level scoring. */
export function coversSpan(text: string, category: LintCategory, span: string): boolean {
  const at = text.indexOf(span);
  return ruleFindings(text, category).some((f) => f.start < at + span.length && f.end > at);
}

/** A France policy file holding `rules` (YAML under `rules:`). */
export const francePolicyYaml = (rules: string): string => `delegation: FR\nname: France\nrules:\n${rules}`;

/** The one rule of a France policy file holding `rules`; a policy error throws. */
export function ruleFromYaml(rules: string): Rule {
  const { policies, errors } = loadPolicies([{ file: 'fr.yaml', text: francePolicyYaml(rules) }]);
  if (errors.length > 0) throw new Error(`policy errors: ${JSON.stringify(errors)}`);
  return policies[0]!.rules[0]!;
}

/** The texts a compiled rule flags in a one-clause text. */
export const ruleSpans = (rule: Rule, text: string): string[] =>
  compileRule(rule)(analyseClause(text)).map((h) => text.slice(h.start, h.end));
