/**
 * The linter's cold start in a fresh process (what a page load pays in the lint worker, or a server's first
 * document): importing the package, the first `createLinter` (it loads and compiles the bundled policies), the first
 * full lint of the 300-clause statement, then a second full lint of fresh texts with a second linter.
 * Run: pnpm exec tsx test/bench/linter-cold.ts   (one process per measure; run it a few times)
 */
import os from 'node:os';
import { benchStatement } from './linter-statement';

const t0 = performance.now();
const { createLinter, defaultPolicies } = await import('../../packages/linter/src/index');
const t1 = performance.now();
const linter = createLinter(defaultPolicies());
const t2 = performance.now();
const statement = benchStatement();
linter.lint(statement);
const t3 = performance.now();
createLinter(defaultPolicies()).lint(statement.map((c) => ({ ...c, text: `${c.text} ` })));
const t4 = performance.now();
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
console.log(
  `cold start (load average ${os.loadavg()[0]!.toFixed(1)}): import ${ms(t1 - t0)}   first createLinter ${ms(t2 - t1)}   first lint ${ms(t3 - t2)}   second linter, second lint ${ms(t4 - t3)}`,
);
