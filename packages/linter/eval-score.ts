/**
 * Scores the linter on the evaluation sets: each sentence linted as a one-clause document against all six
 * demo parties (baseline included), span-level per category. Prints aggregate numbers only for the
 * held-out set; `--details` lists misses and false alarms, and is refused for held-out files.
 *
 *   pnpm exec tsx packages/linter/eval-score.ts [--details] [dev|heldout|own|fixtures|FILE.jsonl]…
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { defaultPolicies } from './src/defaults';
import { FixtureSchema, fixtureItems } from './src/evaluation/fixture-items';
import { DEMO_PARTIES, formatScore, parseEvalLines, type Score, scoreItems } from './src/evaluation/score';
import type { Finding, LintClause } from './src/finding';
import { createLinter } from './src/linter';

const PACKAGE_DIR = import.meta.dirname;
export const EVAL_DIR = join(PACKAGE_DIR, 'eval');
/** The linter's own development sentences (paraphrases written while tuning; not independent). */
export const OWN_SENTENCES = join(PACKAGE_DIR, 'src', 'evaluation', 'own-sentences.jsonl');
const isHeldOut = (file: string) => basename(file).startsWith('heldout');

export function scoreFile(file: string): Score {
  const items = parseEvalLines(readFileSync(file, 'utf8'), basename(file));
  return scoreItems(items, createLinter(defaultPolicies([...DEMO_PARTIES])));
}

/** The fixtures, each file against its own parties; only findings of the file's category count. */
export function scoreFixtures(): Score {
  const dir = join(PACKAGE_DIR, 'src', 'fixtures');
  const byId = new Map<string, (c: LintClause) => Finding[]>();
  const items = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const fx = FixtureSchema.parse(parse(readFileSync(join(dir, f), 'utf8')));
      const linter = createLinter(defaultPolicies(fx.parties));
      const lint = (c: LintClause) =>
        linter.lintClause(c).filter((x) => fx.category === 'any' || x.category === fx.category);
      const list = fixtureItems(f, fx);
      for (const item of list) byId.set(item.id, lint);
      return list;
    });
  return scoreItems(items, { lintClause: (c) => byId.get(c.id)!(c) });
}

function details(s: Score): string {
  const show = (f: Score['misses'][number]['findings'], text: string) =>
    f.map((x) => `${x.severity} ${x.ruleId} "${text.slice(x.start, x.end)}"`).join('; ');
  return [
    ...s.misses.map(
      ({ item, findings }) =>
        `MISS ${item.category} [${item.pattern ?? ''}] ${item.text}\n     span: ${item.span}${findings.length ? `\n     got: ${show(findings, item.text)}` : ''}`,
    ),
    ...s.falseAlarms.map(
      ({ item, findings }) =>
        `FP [${item.pattern ?? ''}] ${item.text}\n     got: ${show(findings, item.text)}`,
    ),
  ].join('\n');
}

if (process.argv[1] && basename(process.argv[1]) === 'eval-score.ts') {
  const args = process.argv.slice(2);
  const wantDetails = args.includes('--details');
  const sets = args.filter((a) => !a.startsWith('--'));
  for (const set of sets.length > 0 ? sets : ['fixtures', 'own', 'dev']) {
    if (set === 'fixtures') {
      const score = scoreFixtures();
      if (wantDetails) console.log(details(score));
      console.log(formatScore('fixtures (each file against its own parties)', score));
      continue;
    }
    const file = set.endsWith('.jsonl')
      ? set
      : set === 'own'
        ? OWN_SENTENCES
        : join(EVAL_DIR, `${set}.jsonl`);
    if (!existsSync(file)) {
      console.log(`${set}: ${file} is absent`);
      continue;
    }
    const s = scoreFile(file);
    console.log(formatScore(basename(file), s));
    if (wantDetails) {
      if (isHeldOut(file)) console.log('  (details are never printed for a held-out set)');
      else console.log(details(s));
    }
  }
}
