import { createLinter, defaultPolicies, type Finding, type Linter } from '@accord/linter';

/**
 * One incremental linter per document, rebuilt only when its parties change: a re-lint after an
 * edit re-runs only the clauses whose text changed.
 */
export function createLintCache() {
  const linters = new Map<string, { key: string; linter: Linter }>();
  return {
    lint(docId: string, parties: string[], clauses: { id: string; text: string }[]): Finding[] {
      const key = [...parties].sort().join(',');
      let entry = linters.get(docId);
      if (!entry || entry.key !== key) {
        entry = { key, linter: createLinter(defaultPolicies(parties)) };
        linters.set(docId, entry);
      }
      return entry.linter.lint(clauses.map((c) => ({ id: c.id, text: c.text })));
    },
    forget(docId: string): void {
      linters.delete(docId);
    },
  };
}

export type LintCache = ReturnType<typeof createLintCache>;
