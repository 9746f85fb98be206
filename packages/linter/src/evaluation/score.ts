import { z } from 'zod';
import { type Finding, LINT_CATEGORIES, type LintCategory } from '../finding';
import type { Linter } from '../linter';

/** One evaluation sentence: a violation of one category (with the offending substring), or clean (null). */
export const EvalItemSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  category: z.enum(LINT_CATEGORIES).nullable(),
  span: z.string().nullable(),
  pattern: z.string().nullable().optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** The six demo parties: every sentence is linted against all their policies (baseline included). */
export const DEMO_PARTIES = ['US', 'CA', 'UK', 'FR', 'DE', 'EU'] as const;

export interface CategoryScore {
  category: LintCategory;
  /** Violating sentences of this category. */
  expected: number;
  /** Caught: a finding of this category overlaps the offending span. */
  caught: number;
  /** Caught by an error (not only a warning). */
  caughtAsError: number;
  /** Sentences with a finding of this category. */
  flagged: number;
  /** Flagged sentences that are not (caught) violations of this category. */
  wrong: number;
  precision: number;
  recall: number;
  errorRecall: number;
}

export interface Score {
  total: number;
  clean: number;
  /** Clean sentences with any finding (error or warning). */
  cleanFlagged: number;
  falsePositiveRate: number;
  categories: CategoryScore[];
  /** Overall recall over all violating sentences. */
  recall: number;
  /** Per-sentence outcomes, for development sets only (never print them for a held-out set). */
  misses: { item: EvalItem; findings: Finding[] }[];
  falseAlarms: { item: EvalItem; findings: Finding[] }[];
}

/** Where the offending substring sits in the sentence (the whole sentence when it is not given or not found). */
export function spanOf(item: EvalItem): { start: number; end: number } {
  if (item.span) {
    const at = item.text.indexOf(item.span);
    if (at >= 0) return { start: at, end: at + item.span.length };
    const folded = item.text.toLowerCase().indexOf(item.span.toLowerCase());
    if (folded >= 0) return { start: folded, end: folded + item.span.length };
  }
  return { start: 0, end: item.text.length };
}

const ratio = (n: number, d: number, empty: number): number => (d === 0 ? empty : n / d);

/**
 * Lints each sentence as a one-clause document and scores it at the span level: a violation is caught when a
 * finding of its category overlaps the offending span; a clean sentence with any finding is a false positive.
 */
export function scoreItems(items: readonly EvalItem[], linter: Pick<Linter, 'lintClause'>): Score {
  const per = new Map(
    LINT_CATEGORIES.map((c) => [c, { expected: 0, caught: 0, caughtAsError: 0, flagged: 0, wrong: 0 }]),
  );
  let clean = 0;
  let cleanFlagged = 0;
  const misses: Score['misses'] = [];
  const falseAlarms: Score['falseAlarms'] = [];
  for (const item of items) {
    const findings = linter.lintClause({ id: item.id, text: item.text });
    const { start, end } = spanOf(item);
    const overlapping = findings.filter(
      (f) => f.category === item.category && f.start < end && f.end > start,
    );
    if (item.category === null) {
      clean++;
      if (findings.length > 0) {
        cleanFlagged++;
        falseAlarms.push({ item, findings });
      }
    } else {
      const t = per.get(item.category)!;
      t.expected++;
      if (overlapping.length > 0) {
        t.caught++;
        if (overlapping.some((f) => f.severity === 'error')) t.caughtAsError++;
      } else misses.push({ item, findings });
    }
    for (const category of new Set(findings.map((f) => f.category))) {
      const t = per.get(category)!;
      t.flagged++;
      if (category !== item.category || overlapping.length === 0) t.wrong++;
    }
  }
  const categories = LINT_CATEGORIES.map((category) => {
    const t = per.get(category)!;
    return {
      category,
      ...t,
      precision: ratio(t.flagged - t.wrong, t.flagged, 1),
      recall: ratio(t.caught, t.expected, 1),
      errorRecall: ratio(t.caughtAsError, t.expected, 1),
    };
  });
  const expected = categories.reduce((n, c) => n + c.expected, 0);
  const caught = categories.reduce((n, c) => n + c.caught, 0);
  return {
    total: items.length,
    clean,
    cleanFlagged,
    falsePositiveRate: ratio(cleanFlagged, clean, 0),
    categories,
    recall: ratio(caught, expected, 1),
    misses,
    falseAlarms,
  };
}

/** Parses a JSON-lines evaluation file; a bad line is an error naming its line number. */
export function parseEvalLines(text: string, file: string): EvalItem[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new Error(`${file}:${n}: not JSON (${e instanceof Error ? e.message : String(e)})`);
      }
      const parsed = EvalItemSchema.safeParse(value);
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

/** The aggregate table (no sentence text): safe to print for a held-out set. */
export function formatScore(name: string, s: Score): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = s.categories.map(
    (c) =>
      `  ${c.category.padEnd(20)} ${String(c.expected).padStart(4)} ${String(c.caught).padStart(6)} ${pct(c.recall).padStart(7)} ${pct(c.errorRecall).padStart(9)} ${String(c.flagged).padStart(7)} ${pct(c.precision).padStart(9)}`,
  );
  return [
    `${name}: ${s.total} sentences, ${s.total - s.clean} violating, ${s.clean} clean`,
    `  ${'category'.padEnd(20)} ${'viol'.padStart(4)} ${'caught'.padStart(6)} ${'recall'.padStart(7)} ${'errRecall'.padStart(9)} ${'flagged'.padStart(7)} ${'precision'.padStart(9)}`,
    ...rows,
    `  overall recall ${pct(s.recall)}; false positives on clean sentences ${s.cleanFlagged}/${s.clean} = ${(100 * s.falsePositiveRate).toFixed(1)} %`,
  ].join('\n');
}
