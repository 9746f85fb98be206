/**
 * Checks that two copies of the sentence model featurize and score identically (issue #12, LT72: a faster
 * featurizer must not change one feature): for every sentence of the development sets (eval/dev*.jsonl, never a
 * held-out set) and the own sentences, the buckets with their token spans, the tokens, every category's probability
 * and every model hit's span, copy A against copy B. Exit 1 on the first difference.
 *   pnpm exec tsx test/bench/sentence-model-same.ts DIR_A DIR_B   (each DIR holds packages/linter/src)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ModelModule {
  featurize(text: string, bits: number, base?: number, options?: unknown): unknown;
  scoreClauseText(
    model: unknown,
    text: string,
  ): { p: ReadonlyMap<string, number>; start: number; end: number }[];
  modelHits(model: unknown, scored: unknown[], category: string, threshold: number): unknown[];
  splitSentences?(text: string): unknown[];
  splitSentencesByExpression?(text: string): unknown[];
}
interface RuleModule {
  bundledSentenceModel(): { bits: number; features: unknown; categories: readonly string[] };
}

async function load(dir: string) {
  const m = (await import(`${dir}/packages/linter/src/sentence-model.ts`)) as ModelModule;
  const r = (await import(`${dir}/packages/linter/src/sentence-model-rule.ts`)) as RuleModule;
  return { m, model: r.bundledSentenceModel() };
}

function texts(dir: string): string[] {
  const out: string[] = [];
  const evalDir = join(dir, 'packages/linter/eval');
  const own = join(dir, 'packages/linter/src/evaluation');
  const files = [
    ...readdirSync(evalDir)
      .filter((f) => /^dev(?:-\d+)?\.jsonl$/.test(f))
      .map((f) => join(evalDir, f)),
    ...readdirSync(own)
      .filter((f) => /^own-sentences(?:-\d+)?\.jsonl$/.test(f))
      .map((f) => join(own, f)),
  ];
  for (const f of files)
    for (const line of readFileSync(f, 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

async function main(): Promise<void> {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: sentence-model-same.ts DIR_A DIR_B');
  const A = await load(a);
  const B = await load(b);
  const single = texts(b);
  // and clauses of several sentences: each sentence joined to the next two (the sentence split's boundaries)
  const all = [
    ...single,
    ...single.map(
      (t, i) => `${i + 1}. ${t} ${single[(i + 1) % single.length]} ${single[(i + 7) % single.length]}`,
    ),
  ];
  const split = B.m.splitSentences;
  const byExpression = B.m.splitSentencesByExpression;
  if (split && byExpression)
    for (const text of all)
      if (JSON.stringify(split(text)) !== JSON.stringify(byExpression(text)))
        throw new Error(`sentence split differs from the expression's: ${text}`);
  // every text twice: the second time the caches answer
  for (const round of [1, 2])
    for (const text of all) {
      for (const opts of [A.model.features, { ...(A.model.features as object), classes: true, cooc: true }]) {
        const fa = JSON.stringify(A.m.featurize(text, A.model.bits, 3, opts));
        const fb = JSON.stringify(B.m.featurize(text, B.model.bits, 3, opts));
        if (fa !== fb) throw new Error(`featurize differs (round ${round}): ${text}`);
      }
      const sa = A.m.scoreClauseText(A.model, text);
      const sb = B.m.scoreClauseText(B.model, text);
      const pa = JSON.stringify(sa.map((s) => [s.start, s.end, [...s.p]]));
      const pb = JSON.stringify(sb.map((s) => [s.start, s.end, [...s.p]]));
      if (pa !== pb) throw new Error(`scores differ: ${text}\n${pa}\n${pb}`);
      for (const c of A.model.categories) {
        const ha = JSON.stringify(A.m.modelHits(A.model, sa, c, 0));
        const hb = JSON.stringify(B.m.modelHits(B.model, sb, c, 0));
        if (ha !== hb) throw new Error(`hits differ (${c}): ${text}\n${ha}\n${hb}`);
      }
    }
  console.log(
    `identical: ${all.length} texts (${single.length} sentences and as many joined clauses), twice each (features with and without classes/cooc, scores, hits)`,
  );
}

await main();
