/**
 * Where the linter's time goes: each rule's matcher timed on the 300-clause bench statement (fresh clause analyses
 * per run, so lazy sentence splits and tokenizations are paid by the first rule that asks, as in a real lint).
 * Run: pnpm exec tsx test/bench/linter-rules.ts [runs]   (CPU profile: node --cpu-prof --import tsx test/bench/linter-rules.ts)
 */
import { fileURLToPath } from 'node:url';
import { analyseClause } from '../../packages/linter/src/clause-analysis';
import { compileRule } from '../../packages/linter/src/compile-rules';
import { defaultPolicies } from '../../packages/linter/src/index';
import { benchStatement } from './linter-statement';

/** Each rule's fastest run (the least disturbed by other processes on a shared machine) and its median. */
export function ruleCosts(runs = 7): { id: string; ms: number; median: number }[] {
  const policies = defaultPolicies();
  const rules = policies.flatMap((policy) =>
    policy.rules.map((rule) => ({ id: `${policy.delegation}/${rule.id}`, match: compileRule(rule, policy) })),
  );
  const statement = benchStatement();
  const times = new Map<string, number[]>(rules.map((r) => [r.id, []]));
  for (let run = 0; run <= runs; run++) {
    // distinct texts per run (the attribution gates remember texts they have seen)
    const analyses = statement.map((c) => analyseClause(`${c.text}${' '.repeat(run + 1)}`));
    for (const r of rules) {
      const t0 = performance.now();
      for (const a of analyses) r.match(a);
      if (run > 0) times.get(r.id)!.push(performance.now() - t0); // run 0 warms up
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return rules
    .map((r) => ({ id: r.id, ms: Math.min(...times.get(r.id)!), median: median(times.get(r.id)!) }))
    .sort((a, b) => b.ms - a.ms);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const costs = ruleCosts(Number(process.argv[2] ?? 7));
  const total = costs.reduce((s, c) => s + c.ms, 0);
  console.log(`sum of the rules' fastest runs: ${total.toFixed(1)} ms per 300 clauses (fastest, median)`);
  for (const c of costs.filter((c) => c.ms >= 0.2))
    console.log(`${c.ms.toFixed(2).padStart(8)} ms ${c.median.toFixed(2).padStart(8)} ms  ${c.id}`);
}
