/**
 * Linter benchmark: full lint of a 300-clause statement against every party's policy, and the incremental
 * re-lint after a one-clause edit. Run: pnpm exec tsx test/bench/linter.ts
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createLinter, defaultPolicies } from '@accord/linter';
import { benchStatement } from './linter-statement';

const TARGET_FULL_MS = 100;
const TARGET_INCREMENTAL_MS = 5;
const CLAUSES = 300;
const FULL_RUNS = 7;
const INCREMENTAL_RUNS = 21;

export { benchStatement };

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

export async function benchLinter(): Promise<void> {
  const policies = defaultPolicies();
  const statement = benchStatement();
  // warm up the JIT and compromise's lexicon on a different text, so runs measure steady state
  createLinter(policies).lint(
    benchStatement(40).map((c) => ({ ...c, id: `warm-${c.id}`, text: `${c.text} ` })),
  );

  // reference in the same process, interleaved run by run: the same policies without their sentence-model rules
  // (LT34), so the model's share of the cost shows whatever the machine's load
  const rulesOnly = policies.map((p) => ({ ...p, rules: p.rules.filter((r) => r.kind !== 'model') }));
  const full: number[] = [];
  const fullCpu: number[] = [];
  const reference: number[] = [];
  let findings = 0;
  const referenceRun = () => {
    const r0 = performance.now();
    createLinter(rulesOnly).lint(statement);
    reference.push(performance.now() - r0);
  };
  for (let run = 0; run < FULL_RUNS; run++) {
    // alternate which goes first: the linter's per-text caches warm whichever runs second
    if (run % 2 === 1) referenceRun();
    const linter = createLinter(policies);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    findings = linter.lint(statement).length;
    full.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    fullCpu.push((c.user + c.system) / 1000);
    if (run % 2 === 0) referenceRun();
  }

  const incremental: number[] = [];
  const linter = createLinter(policies);
  linter.lint(statement);
  for (let run = 0; run < INCREMENTAL_RUNS; run++) {
    const edited = statement.map((c, i) =>
      i === 150 ? { ...c, text: `${c.text} Edit ${run}: Russian hackers targeted two banks.` } : c,
    );
    const t0 = performance.now();
    linter.lint(edited);
    incremental.push(performance.now() - t0);
  }

  const fullMs = median(full);
  const incMs = median(incremental);
  const row = (label: string, ms: number, target: number) =>
    `${label.padEnd(40)} ${ms.toFixed(2).padStart(8)} ms   target < ${target} ms   ${ms < target ? 'OK' : 'OVER'}`;
  console.log(
    `linter: ${CLAUSES} clauses, ${policies.length} policies, ${findings} findings (load average ${os.loadavg()[0]!.toFixed(1)}, ${os.cpus().length} cores)`,
  );
  console.log(row(`full lint (median of ${FULL_RUNS})`, fullMs, TARGET_FULL_MS));
  // the machine is shared: CPU time of this process (all its threads, GC included) for comparison, no target
  console.log(
    `${'full lint, process CPU time (median)'.padEnd(40)} ${median(fullCpu).toFixed(2).padStart(8)} ms`,
  );
  console.log(
    `${'reference: rules only, no model (median)'.padEnd(40)} ${median(reference).toFixed(2).padStart(8)} ms`,
  );
  console.log(row(`one-clause re-lint (median of ${INCREMENTAL_RUNS})`, incMs, TARGET_INCREMENTAL_MS));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await benchLinter();
}
