/**
 * The sentence model's own cost on the bench statement (issue #12): scoring every clause of the 300-clause statement
 * (sentence split, tokens, gazetteer look-up, features, weights) as the linter's model rules do, once per clause,
 * distinct texts per round; prints CPU per full statement. A DIR argument loads another copy (A/B with a snapshot):
 *   pnpm exec tsx test/bench/sentence-model-cost.ts [DIR_A [DIR_B]]   (ROUNDS=40)
 */
import os from 'node:os';

interface ModelModule {
  scoreClauseText(model: unknown, text: string): unknown[];
}
interface RuleModule {
  bundledSentenceModel(): unknown;
}

async function load(dir: string): Promise<(text: string) => unknown[]> {
  const m = (await import(`${dir}/packages/linter/src/sentence-model.ts`)) as ModelModule;
  const r = (await import(`${dir}/packages/linter/src/sentence-model-rule.ts`)) as RuleModule;
  const model = r.bundledSentenceModel();
  return (text) => m.scoreClauseText(model, text);
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) dirs.push(new URL('../..', import.meta.url).pathname.replace(/\/$/, ''));
  const scorers = await Promise.all(dirs.map(load));
  const { benchStatement } = await import('./linter-statement');
  const statement = benchStatement();
  const rounds = Number(process.env.ROUNDS ?? 40);
  const cpu: number[][] = scorers.map(() => []);
  for (let r = 0; r < rounds + 3; r++) {
    const texts = statement.map((c) => `${c.text}${' '.repeat(r + 1)}`);
    const order = r % 2 === 0 ? scorers.map((_, i) => i) : scorers.map((_, i) => i).reverse();
    for (const i of order) {
      const c0 = process.cpuUsage();
      for (const t of texts) scorers[i]!(t);
      const c = process.cpuUsage(c0);
      if (r >= 3) cpu[i]!.push((c.user + c.system) / 1000);
    }
  }
  const sorted = (x: number[]) => [...x].sort((a, b) => a - b);
  console.log(`sentence model, 300 clauses, ${rounds} rounds, load average ${os.loadavg()[0]!.toFixed(1)}`);
  cpu.forEach((x, i) => {
    const s = sorted(x);
    console.log(
      `${dirs[i]}: cpu min ${s[0]!.toFixed(2)} q1 ${s[Math.floor(s.length / 4)]!.toFixed(2)} median ${s[Math.floor(s.length / 2)]!.toFixed(2)} ms`,
    );
  });
}

await main();
