/**
 * Each rule's cost inside a real lint's order (clause by clause, every rule on the clause before the next clause, as
 * createLinter runs them), unlike linter-rules.ts (rule by rule over all clauses, where each expression stays hot):
 * fresh texts per round. Run: pnpm exec tsx test/bench/linter-rules-inline.ts [rounds]
 */
import os from 'node:os';
import { analyseClause } from '../../packages/linter/src/clause-analysis';
import { compileRule } from '../../packages/linter/src/compile-rules';
import { defaultPolicies } from '../../packages/linter/src/index';
import { benchStatement } from './linter-statement';

const rounds = Number(process.argv[2] ?? 9);
const rules = defaultPolicies().flatMap((policy) =>
  policy.rules.map((rule) => ({ id: `${policy.delegation}/${rule.id}`, match: compileRule(rule, policy) })),
);
const statement = benchStatement();
const spent = new Map<string, number[]>(
  [...rules.map((r) => r.id), '(split, tokens, mentions)'].map((id) => [id, []]),
);
const totals: number[] = [];
for (let r = 0; r <= rounds; r++) {
  const round = new Map<string, number>(rules.map((x) => [x.id, 0]));
  const t0 = performance.now();
  for (const c of statement) {
    const a = analyseClause(`${c.text}${' '.repeat(r + 1)}`);
    if (process.env.SPLIT) {
      // SPLIT=1: the sentence split, tokens and mentions paid apart (every sentence that may mention an entity)
      const s = performance.now();
      a.entitySentences();
      round.set(
        '(split, tokens, mentions)',
        (round.get('(split, tokens, mentions)') ?? 0) + performance.now() - s,
      );
    }
    for (const rule of rules) {
      const s = performance.now();
      rule.match(a);
      round.set(rule.id, round.get(rule.id)! + performance.now() - s);
    }
  }
  if (r === 0) continue; // warm-up
  totals.push(performance.now() - t0);
  for (const [id, ms] of round) spent.get(id)?.push(ms);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(
  `load ${os.loadavg()[0]!.toFixed(1)}: all rules, median ${median(totals).toFixed(1)} ms per 300 clauses`,
);
for (const [id, xs] of [...spent].sort((a, b) => median(b[1]) - median(a[1])).slice(0, 15))
  console.log(`${median(xs).toFixed(2).padStart(8)} ms  ${id}`);
