/// <reference lib="webworker" />
import '../zod-jitless';
import { applySuppressions, createLinter, defaultPolicies, type Linter } from '@accord/linter';
import type { LintRequest, LintResponse } from './lint-protocol';

// The linter's cache is per clause id and text, so only changed clauses are re-linted; it is rebuilt
// only when the parties (and so the policies in force) change.
let current: { partiesKey: string; linter: Linter } | null = null;

function linterFor(parties: string[]): Linter {
  const partiesKey = [...parties].sort().join(',');
  if (current?.partiesKey !== partiesKey)
    current = { partiesKey, linter: createLinter(defaultPolicies(parties)) };
  return current.linter;
}

self.onmessage = (event: MessageEvent<LintRequest>) => {
  const { seq, parties, clauses, suppressions } = event.data;
  let response: LintResponse;
  try {
    const findings = linterFor(parties).lint(clauses.map(({ id, text }) => ({ id, text })));
    const hashes = new Map(clauses.map((c) => [c.id, c.hash]));
    response = { seq, ok: true, findings: applySuppressions(findings, suppressions, hashes).active };
  } catch (err) {
    response = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
};
