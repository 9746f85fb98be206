import type { Finding } from '@accord/linter';

/** A finding together with the clause text it was computed on. */
export interface LocatedFinding extends Finding {
  clauseText: string;
  /** Stable identity for React keys and hover state. */
  id: string;
}

export function findingId(f: Finding): string {
  return `${f.clauseId}|${f.policy}|${f.ruleId}|${f.start}|${f.end}`;
}

/**
 * Findings to draw now: only those computed on the text the clause shows right now, so underlines never
 * land on shifted text while the worker catches up with typing.
 */
export function currentFindings(
  findings: readonly LocatedFinding[],
  clauses: readonly { id: string; text: string }[],
): LocatedFinding[] {
  if (findings.length === 0) return [];
  // Only the clauses that have findings (#18): no map of every clause's text per keystroke.
  const wanted = new Set(findings.map((f) => f.clauseId));
  const texts = new Map<string, string>();
  for (const c of clauses) if (wanted.has(c.id)) texts.set(c.id, c.text);
  return findings.filter((f) => texts.get(f.clauseId) === f.clauseText);
}

/** The policy's delegation in words: 'ALL' is the shared baseline. */
export function policyLabel(policy: string, nameOf: (code: string) => string): string {
  return policy === 'ALL' ? 'Baseline (all parties)' : `${nameOf(policy)} (${policy})`;
}

/** The rewrite to insert: capitalised when it replaces the first words of a sentence. */
export function fittedSuggestion(clauseText: string, start: number, suggestion: string): string {
  const before = clauseText.slice(0, start);
  const opensSentence = /^\s*$/.test(before) || /[.!?]["”’)\]]?\s+$/.test(before);
  return opensSentence ? suggestion.charAt(0).toUpperCase() + suggestion.slice(1) : suggestion;
}
