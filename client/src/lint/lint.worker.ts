/// <reference lib="webworker" />
import '../zod-jitless';
import { applySuppressions, createLinter, defaultPolicies, type Linter } from '@accord/linter';
import type { LintMessage, LintResponse } from './lint-protocol';

// The linter's cache is per clause id and text, so only changed clauses are re-linted; it is rebuilt
// only when the parties (and so the policies in force) change.
let current: { partiesKey: string; linter: Linter } | null = null;

/**
 * Linted once when the policies are prepared (#18), before the statement's text arrives: V8 compiles a
 * regular expression on its first use, and most of a first lint's time is that (about 1 s of the
 * first 30 clauses' 1.1 s); afterwards the first real request only lints. Ordinary communiqué
 * sentences; their findings are dropped (and the linter's cache forgets them at the first request).
 */
const WARM_UP = [
  'The participants reaffirm their commitment to an open, free and secure cyberspace and to responsible state behaviour.',
  'According to officials, the ministers met in Paris on 3 May 2025 and agreed that the sanctions will be reviewed by the working group.',
  'They will continue to exchange information on threats, including the attack attributed to a group linked to the intelligence service.',
].map((text, i) => ({ id: `\u0000warm-up-${i}`, text }));

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
      linterFor(event.data.prepare).lint(WARM_UP);
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
