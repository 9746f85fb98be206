import type { Finding, Suppression } from '@accord/linter';

/** Main thread → lint worker. Clauses carry their hash so suppressions can be matched to the text. */
export interface LintRequest {
  seq: number;
  parties: string[];
  clauses: { id: string; text: string; hash: string }[];
  suppressions: Suppression[];
}

/**
 * Main thread → lint worker, before the text is in (#18): build the linter of these parties' policies
 * now (loading and compiling them is most of a first lint), so the first request only lints.
 */
export interface LintPrepare {
  prepare: string[];
}

/** What the lint worker is sent. */
export type LintMessage = LintRequest | LintPrepare;

/** Lint worker → main thread: the findings still standing for request `seq`. */
export type LintResponse =
  | { seq: number; ok: true; findings: Finding[] }
  | { seq: number; ok: false; error: string };
