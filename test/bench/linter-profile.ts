/**
 * Lints fresh copies of the bench statement repeatedly, for a CPU profile of the linter:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx test/bench/linter-profile.ts [rounds]
 * ONLY=RULE-ID,…: lint with these rules alone (one rule's path profiled without the others').
 */
import { createLinter, defaultPolicies } from '../../packages/linter/src/index';
import { benchStatement } from './linter-statement';

const rounds = Number(process.argv[2] ?? 20);
const only = process.env.ONLY?.split(',');
const policies = defaultPolicies().map((p) =>
  only ? { ...p, rules: p.rules.filter((r) => only.includes(r.id)) } : p,
);
const statement = benchStatement();
const t0 = performance.now();
for (let r = 0; r < rounds; r++) {
  // a distinct text per round, so no per-text memo answers for the linter
  createLinter(policies).lint(statement.map((c) => ({ ...c, text: `${c.text}${' '.repeat(r + 1)}` })));
}
console.log(`${rounds} full lints: ${((performance.now() - t0) / rounds).toFixed(1)} ms each`);
