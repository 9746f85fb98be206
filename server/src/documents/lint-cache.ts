import { createLinter, defaultPolicies, type Finding, type Linter } from '@accord/linter';

/** How many documents keep a warm linter; the least recently linted one is dropped past it. */
const MAX_DOCUMENTS = 256;

/**
 * One incremental linter per document, rebuilt only when its parties change: a re-lint after an
 * edit re-runs only the clauses whose text changed. Bounded, so a long-running server that has
 * seen many documents holds only the recent ones.
 */
export function createLintCache(maxDocuments = MAX_DOCUMENTS) {
  const linters = new Map<string, { key: string; linter: Linter }>();
  return {
    lint(docId: string, parties: string[], clauses: { id: string; text: string }[]): Finding[] {
      const key = [...parties].sort().join(',');
      let entry = linters.get(docId);
      if (!entry || entry.key !== key) entry = { key, linter: createLinter(defaultPolicies(parties)) };
      // Re-inserting keeps the Map in least-recently-used order.
      linters.delete(docId);
      linters.set(docId, entry);
      if (linters.size > maxDocuments) linters.delete(linters.keys().next().value!);
      return entry.linter.lint(clauses.map((c) => ({ id: c.id, text: c.text })));
    },
  };
}

export type LintCache = ReturnType<typeof createLintCache>;
