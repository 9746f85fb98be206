import type { Finding, Suppression } from '@accord/linter';

/** Main thread → lint worker. Clauses carry their hash so suppressions can be matched to the text. */
export interface LintRequest {
  seq: number;
  parties: string[];
  clauses: { id: string; text: string; hash: string }[];
  suppressions: Suppression[];
}

/** Lint worker → main thread: the findings still standing for request `seq`. */
export type LintResponse =
  | { seq: number; ok: true; findings: Finding[] }
  | { seq: number; ok: false; error: string };
