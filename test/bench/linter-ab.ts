/**
 * A/B of two copies of the linter (e.g. a `git archive HEAD` snapshot and the same with one's edits): full lints of
 * the bench statement, each snapshot in processes of its own, alternated A B B A A B … over ROUNDS rounds (a round
 * is one process of each, the first alternating). Each process imports its snapshot, lints WARM times to warm up
 * (the first lint compiles the policies' expressions and tiers the code up; the first few are slower), then LINTS
 * times measured, each a fresh linter over distinct texts (no per-text memo answers). Prints wall and process CPU
 * time per lint, pooled (fastest, first quartile, median) with B/A, and each round's B/A of the two processes'
 * medians (a change in the machine's load falls on both halves of a round alike).
 *   pnpm exec tsx test/bench/linter-ab.ts DIR_A DIR_B   (each DIR holds packages/linter/src; ROUNDS=8, WARM=6,
 *   LINTS=6; ONLY=RULE-ID,… times those rules alone)
 * Why processes (LT89): run in one process, two different snapshots share `compromise` (one node_modules) and V8's
 * type feedback for it, and whichever ran as B measured 1.4–1.8 times slower while two copies of one snapshot gave
 * 0.999; a process per side shares nothing.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

interface LinterModule {
  defaultPolicies(): unknown[];
  createLinter(policies: unknown[]): { lint(clauses: { id: string; text: string }[]): unknown[] };
}

interface ChildResult {
  wall: number[];
  cpu: number[];
  findings: number;
}

const CHILD = 'LINTER_AB_CHILD';

/** One side's process: warm up, then measured lints; the result as one JSON line on stdout. */
async function child(dir: string): Promise<void> {
  const m = (await import(`${dir}/packages/linter/src/index.ts`)) as LinterModule;
  const { benchStatement } = await import('./linter-statement');
  const warm = Number(process.env.WARM ?? 6);
  const lints = Number(process.env.LINTS ?? 6);
  const only = process.env.ONLY?.split(',');
  const policies = only
    ? (m.defaultPolicies() as { rules: { id: string }[] }[]).map((p) => ({
        ...p,
        rules: p.rules.filter((r) => only.includes(r.id)),
      }))
    : m.defaultPolicies();
  const statement = benchStatement();
  const out: ChildResult = { wall: [], cpu: [], findings: 0 };
  for (let r = 0; r < warm + lints; r++) {
    const s = statement.map((c) => ({ ...c, text: `${c.text}${' '.repeat(r + 1)}` }));
    const linter = m.createLinter(policies);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    out.findings = linter.lint(s).length;
    const dt = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (r < warm) continue;
    out.wall.push(dt);
    out.cpu.push((c.user + c.system) / 1000);
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function run(dir: string): ChildResult {
  const p = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, [CHILD]: dir },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (p.status !== 0) throw new Error(`${dir}: child exited ${p.status}\n${p.stderr}`);
  const line = p.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as ChildResult;
}

const sorted = (x: number[]) => [...x].sort((p, q) => p - q);
const med = (x: number[]) => sorted(x)[Math.floor(x.length / 2)]!;
const q1 = (x: number[]) => sorted(x)[Math.floor(x.length / 4)]!;
const min = (x: number[]) => Math.min(...x);

async function main(): Promise<void> {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) throw new Error('usage: linter-ab.ts DIR_A DIR_B');
  const rounds = Number(process.env.ROUNDS ?? 8);
  const load0 = os.loadavg()[0]!;
  const pooled = {
    a: { wall: [] as number[], cpu: [] as number[] },
    b: { wall: [] as number[], cpu: [] as number[] },
  };
  const ratios = { wall: [] as number[], cpu: [] as number[] };
  const found = { a: 0, b: 0 };
  for (let r = 0; r < rounds; r++) {
    const got: Partial<Record<'a' | 'b', ChildResult>> = {};
    for (const o of r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const res = run(o === 'a' ? a : b);
      got[o] = res;
      found[o] = res.findings;
      pooled[o].wall.push(...res.wall);
      pooled[o].cpu.push(...res.cpu);
    }
    const ga = got.a!;
    const gb = got.b!;
    ratios.wall.push(med(gb.wall) / med(ga.wall));
    ratios.cpu.push(med(gb.cpu) / med(ga.cpu));
    process.stderr.write(
      `round ${r + 1}/${rounds} (${r % 2 === 0 ? 'A B' : 'B A'}, load ${os.loadavg()[0]!.toFixed(1)}): CPU median A ${med(ga.cpu).toFixed(1)} B ${med(gb.cpu).toFixed(1)} ms, B/A ${ratios.cpu.at(-1)!.toFixed(3)}\n`,
    );
  }
  const f = (x: number) => x.toFixed(1).padStart(6);
  const row = (label: 'wall' | 'cpu') => {
    const [x, y] = [pooled.a[label], pooled.b[label]];
    return `${label.padEnd(5)} A min ${f(min(x))} q1 ${f(q1(x))} median ${f(med(x))}   B min ${f(min(y))} q1 ${f(q1(y))} median ${f(med(y))}   B/A min ${(min(y) / min(x)).toFixed(3)} q1 ${(q1(y) / q1(x)).toFixed(3)} median ${(med(y) / med(x)).toFixed(3)}`;
  };
  const span = (x: number[]) =>
    `median ${med(x).toFixed(3)} (min ${min(x).toFixed(3)}, max ${Math.max(...x).toFixed(3)})`;
  console.log(
    `A/B in separate processes: ${rounds} rounds (A B, B A, …) x ${pooled.a.cpu.length / rounds} measured lints per process; load average ${load0.toFixed(1)} -> ${os.loadavg()[0]!.toFixed(1)}; findings A ${found.a}, B ${found.b}`,
  );
  console.log(row('wall'));
  console.log(row('cpu'));
  console.log(`per round B/A of the processes' medians: cpu ${span(ratios.cpu)}; wall ${span(ratios.wall)}`);
}

const childDir = process.env[CHILD];
if (childDir) await child(childDir);
else await main();
