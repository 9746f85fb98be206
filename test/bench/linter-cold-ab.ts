/**
 * linter-cold.ts for a package snapshot (tsx in a /tmp snapshot trips over top-level await): a fresh process per run,
 * importing DIR/packages/linter/src; run it alternately for two snapshots.
 *   pnpm exec tsx test/bench/linter-cold-ab.ts DIR
 */
import os from 'node:os';
import { benchStatement } from './linter-statement';

interface LinterModule {
  defaultPolicies(): unknown[];
  createLinter(policies: unknown[]): { lint(clauses: { id: string; text: string }[]): unknown[] };
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: linter-cold-ab.ts DIR');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { createLinter, defaultPolicies } = (await import(
    `${dir}/packages/linter/src/index.ts`
  )) as LinterModule;
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const linter = createLinter(defaultPolicies());
  const t2 = performance.now();
  const c2 = process.cpuUsage(c0);
  linter.lint(benchStatement());
  const t3 = performance.now();
  const c3 = process.cpuUsage(c0);
  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  // process CPU time beside wall time: on a shared machine the CPU figure is the steadier one
  const cpu = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  console.log(
    `${dir} (load ${os.loadavg()[0]!.toFixed(1)}): import ${ms(t1 - t0)}   first createLinter ${ms(t2 - t1)} (CPU ${ms(cpu(c2) - cpu(c1))})   first lint ${ms(t3 - t2)} (CPU ${ms(cpu(c3) - cpu(c2))})`,
  );
}

main();
