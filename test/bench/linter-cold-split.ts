/**
 * Where the first createLinter's time goes in a fresh process: loadPolicies (the bundled YAML parsed, validated, the
 * construction sets compiled), then compiling the rules. Run: pnpm exec tsx test/bench/linter-cold-split.ts
 */
import os from 'node:os';

const { DEFAULT_POLICY_SOURCES } = await import('../../packages/linter/src/default-policies');
const { loadPolicies, createLinter } = await import('../../packages/linter/src/index');
const t0 = performance.now();
const { policies } = loadPolicies(DEFAULT_POLICY_SOURCES.map((s) => ({ ...s })));
const t2 = performance.now();
createLinter(policies);
const t3 = performance.now();
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
console.log(
  `load ${os.loadavg()[0]!.toFixed(1)}: loadPolicies (yaml + validate + construction sets) ${ms(t2 - t0)}  createLinter ${ms(t3 - t2)}`,
);
