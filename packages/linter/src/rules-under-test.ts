import { defaultPolicies } from './defaults';
import type { Finding, LintCategory } from './finding';
import { createLinter } from './linter';

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

/** Whether a rule finding of the category covers (overlaps) the span: the evaluation sets' span-level scoring. */
export function coversSpan(text: string, category: LintCategory, span: string): boolean {
  const at = text.indexOf(span);
  return ruleFindings(text, category).some((f) => f.start < at + span.length && f.end > at);
}
