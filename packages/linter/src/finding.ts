export const LINT_CATEGORIES = [
  'attribution',
  'source-protection',
  'operational-detail',
  'sanctions',
  'classification',
] as const;
export type LintCategory = (typeof LINT_CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The policy code used for findings of the baseline every party shares (reported once). */
export const BASELINE_POLICY = 'ALL';

export interface Finding {
  ruleId: string;
  category: LintCategory;
  severity: Severity;
  message: string;
  clauseId: string;
  /** UTF-16 offsets into the clause text. */
  start: number;
  end: number;
  /** Delegation code whose policy raised the finding, or 'ALL' for the shared baseline. */
  policy: string;
  suggestion?: string;
}

export interface LintClause {
  id: string;
  text: string;
}
