import { analyseClause } from './clause-analysis';
import { compileRule, type Hit, type RuleMatcher } from './compile-rules';
import { BASELINE_POLICY, type Finding, type LintClause } from './finding';
import type { Policy, Rule } from './policy-schema';
import { isSecondOpinion } from './sentence-model';

export interface Linter {
  lintClause(clause: LintClause): Finding[];
  /** Incremental: results are cached per clause id and text, so only new or changed clauses are re-run. */
  lint(clauses: LintClause[]): Finding[];
}

interface CompiledRule {
  rule: Rule;
  policy: Policy;
  match: RuleMatcher;
}

function whose(policy: Policy): string {
  return policy.delegation === BASELINE_POLICY
    ? 'baseline policy shared by all parties'
    : `policy of ${policy.name} (${policy.delegation})`;
}

/** A model hit's message gives the model's probability for "{p}". */
const said = (message: string, hit: Hit): string =>
  hit.secondOpinion ? message.replaceAll('{p}', hit.secondOpinion.p.toFixed(2)) : message;

function byPosition(a: Finding, b: Finding): number {
  return (
    a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.policy.localeCompare(b.policy)
  );
}

/**
 * LT69: a rule is compiled once per rule object, whichever linter asks (the server keeps a linter per document, all
 * over the same bundled policies): its regular expressions are compiled by the engine once, not per linter.
 */
const compiled = new WeakMap<Policy, WeakMap<Rule, RuleMatcher>>();

function compiledRule(rule: Rule, policy: Policy): RuleMatcher {
  let byRule = compiled.get(policy);
  if (!byRule) {
    byRule = new WeakMap();
    compiled.set(policy, byRule);
  }
  let match = byRule.get(rule);
  if (!match) {
    match = compileRule(rule, policy);
    byRule.set(rule, match);
  }
  return match;
}

export function createLinter(policies: Policy[]): Linter {
  const rules: CompiledRule[] = policies.flatMap((policy) =>
    policy.rules.map((rule) => ({ rule, policy, match: compiledRule(rule, policy) })),
  );
  const cache = new Map<string, { text: string; findings: Finding[] }>();

  const lintClause = (clause: LintClause): Finding[] => {
    const analysis = analyseClause(clause.text);
    const findings: Finding[] = [];
    const seen = new Set<string>();
    // model hits wait until every rule has run: they stand only where no rule of their category fired (LT36)
    const secondOpinions: { finding: Finding; opinion: NonNullable<Hit['secondOpinion']> }[] = [];
    for (const { rule, policy, match } of rules) {
      for (const hit of match(analysis)) {
        // one finding per policy, category and span, even where two rules see the same words
        const key = `${policy.delegation}|${rule.category}|${hit.start}|${hit.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const text = clause.text.slice(hit.start, hit.end);
        const finding: Finding = {
          ruleId: rule.id,
          category: rule.category,
          severity: hit.severity ?? rule.severity,
          message: `${said(rule.message.replaceAll('{match}', text), hit)} (${whose(policy)})`,
          clauseId: clause.id,
          start: hit.start,
          end: hit.end,
          policy: policy.delegation,
          ...(hit.suggestion !== undefined ? { suggestion: hit.suggestion } : {}),
        };
        if (hit.secondOpinion) secondOpinions.push({ finding, opinion: hit.secondOpinion });
        else findings.push(finding);
      }
    }
    const ruled = findings.slice();
    for (const { finding, opinion } of secondOpinions)
      if (isSecondOpinion({ category: finding.category, ...opinion }, ruled)) findings.push(finding);
    return findings.sort(byPosition);
  };

  return {
    lintClause,
    lint(clauses) {
      const present = new Set<string>();
      const out: Finding[] = [];
      for (const clause of clauses) {
        present.add(clause.id);
        let entry = cache.get(clause.id);
        if (!entry || entry.text !== clause.text) {
          entry = { text: clause.text, findings: lintClause(clause) };
          cache.set(clause.id, entry);
        }
        out.push(...entry.findings);
      }
      for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
      return out;
    },
  };
}
