/**
 * In-process A/B of two copies of the linter (e.g. a `git archive HEAD` snapshot and the same with one's edits):
 * full lints of the bench statement, interleaved run by run (the order alternates), distinct texts per run so no
 * per-text memo answers; prints wall and process CPU time, median and fastest, and B/A. On a shared machine the
 * ratio of two interleaved medians says more than either number.
 *   pnpm exec tsx test/bench/linter-ab.ts DIR_A DIR_B   (each DIR holds packages/linter/src; RUNS=21 by default;
 *   ONLY=RULE-ID,… times those rules alone)
 */
import os from 'node:os';

interface LinterModule {
  defaultPolicies(): unknown[];
  createLinter(policies: unknown[]): { lint(clauses: { id: string; text: string }[]): unknown[] };
}

async function main(): Promise<void> {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: linter-ab.ts DIR_A DIR_B');
  const A = (await import(`${a}/packages/linter/src/index.ts`)) as LinterModule;
  const B = (await import(`${b}/packages/linter/src/index.ts`)) as LinterModule;
  const { benchStatement } = await import('./linter-statement');
  const runs = Number(process.env.RUNS ?? 21);
  // ONLY=ID,ID…: lint with these rules alone (a change to one rule's path measured without the others' noise)
  const only = process.env.ONLY?.split(',');
  const pick = (ps: unknown[]) =>
    only
      ? (ps as { rules: { id: string }[] }[]).map((p) => ({
          ...p,
          rules: p.rules.filter((r) => only.includes(r.id)),
        }))
      : ps;
  const policies = { a: pick(A.defaultPolicies()), b: pick(B.defaultPolicies()) };
  const statement = benchStatement();
  const wall = { a: [] as number[], b: [] as number[] };
  const cpu = { a: [] as number[], b: [] as number[] };
  const found = { a: 0, b: 0 };
  for (let r = 0; r < runs + 2; r++) {
    const s = statement.map((c) => ({ ...c, text: `${c.text}${' '.repeat(r + 1)}` }));
    for (const o of r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const linter = (o === 'a' ? A : B).createLinter(policies[o]);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      found[o] = linter.lint(s).length;
      const dt = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (r < 2) continue; // warm-up
      wall[o].push(dt);
      cpu[o].push((c.user + c.system) / 1000);
    }
  }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
  const min = (x: number[]) => Math.min(...x);
  const q1 = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 4)]!;
  const row = (label: string, m: { a: number[]; b: number[] }) =>
    `${label.padEnd(5)} A min ${min(m.a).toFixed(1).padStart(6)} q1 ${q1(m.a).toFixed(1).padStart(6)} median ${med(m.a).toFixed(1).padStart(6)}   B min ${min(m.b).toFixed(1).padStart(6)} q1 ${q1(m.b).toFixed(1).padStart(6)} median ${med(m.b).toFixed(1).padStart(6)}   B/A min ${(min(m.b) / min(m.a)).toFixed(3)} q1 ${(q1(m.b) / q1(m.a)).toFixed(3)} median ${(med(m.b) / med(m.a)).toFixed(3)}`;
  console.log(
    `A/B, ${runs} runs, load average ${os.loadavg()[0]!.toFixed(1)}; findings A ${found.a}, B ${found.b}`,
  );
  console.log(row('wall', wall));
  console.log(row('cpu', cpu));
}

await main();
