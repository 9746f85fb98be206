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
  const t0 = performance.now();
  const { createLinter, defaultPolicies } = (await import(
    `${dir}/packages/linter/src/index.ts`
  )) as LinterModule;
  const t1 = performance.now();
  const linter = createLinter(defaultPolicies());
  const t2 = performance.now();
  linter.lint(benchStatement());
  const t3 = performance.now();
  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  console.log(
    `${dir} (load ${os.loadavg()[0]!.toFixed(1)}): import ${ms(t1 - t0)}   first createLinter ${ms(t2 - t1)}   first lint ${ms(t3 - t2)}`,
  );
}

main();
