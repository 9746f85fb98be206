/// <reference lib="webworker" />
import '../zod-jitless';
import { applySuppressions, createLinter, defaultPolicies, type Linter } from '@accord/linter';
import type { LintMessage, LintResponse } from './lint-protocol';

// The linter's cache is per clause id and text, so only changed clauses are re-linted; it is rebuilt
// only when the parties (and so the policies in force) change.
let current: { partiesKey: string; linter: Linter } | null = null;

function linterFor(parties: string[]): Linter {
  const partiesKey = [...parties].sort().join(',');
  if (current?.partiesKey !== partiesKey)
    current = { partiesKey, linter: createLinter(defaultPolicies(parties)) };
  return current.linter;
}

self.onmessage = (event: MessageEvent<LintMessage>) => {
  if ('prepare' in event.data) {
    // A failure here is the first request's to report: it builds the linter again and answers.
    try {
      linterFor(event.data.prepare);
    } catch (err) {
      console.warn('lint worker: the policies could not be prepared:', err);
    }
    return;
  }
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
