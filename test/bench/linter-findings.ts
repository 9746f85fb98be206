/**
 * Findings checker for speed work (same findings before and after): lints every sentence of the `.jsonl` files of a
 * directory (the dev and own sets, copied there: never a held-out set), ~2,000 clauses made by joining random ones,
 * and the bench statement, with every default policy, and prints `id<TAB>policy/ruleId:severity:start-end …` per
 * item; then the same items as 300-clause documents through `lint` (incremental path, one linter), and a
 * one-party linter per delegation on every tenth item. Run it in two snapshots and diff the outputs:
 *   pnpm exec tsx test/bench/linter-findings.ts DIR > out.txt
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  BASELINE_POLICY,
  createLinter,
  defaultPolicies,
  type Finding,
} from '../../packages/linter/src/index';
import { benchStatement } from './linter-statement';

/** A short hash of a finding's message and suggestion (a model probability in the message shows). */
function digest(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
const show = (f: Finding[]): string =>
  f
    .map(
      (x) =>
        `${x.policy}/${x.ruleId}:${x.severity}:${x.start}-${x.end}:${digest(`${x.message}\u0000${x.suggestion ?? ''}`)}`,
    )
    .join(' ');

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: linter-findings.ts DIR (a directory of .jsonl sentence files)');
  const texts: { id: string; text: string }[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    if (f.startsWith('heldout')) throw new Error(`${f}: held-out sets are never linted here`);
    for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as { id: string; text: string };
      texts.push({ id: `${f}:${o.id}`, text: o.text });
    }
  }
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const items = texts.slice();
  for (let i = 0; i < 2000; i++) {
    const n = 2 + Math.floor(rnd() * 4);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(texts[Math.floor(rnd() * texts.length)]!.text);
    items.push({ id: `joined-${i}`, text: parts.join(i % 3 === 0 ? '\n' : ' ') });
  }
  for (const c of benchStatement()) items.push({ id: `bench-${c.id}`, text: c.text });

  const out: string[] = [];
  const linter = createLinter(defaultPolicies());
  for (const it of items) out.push(`${it.id}\t${show(linter.lintClause(it))}`);

  // documents through the incremental path: every item once, 300 at a time, then the first document edited
  const doc = createLinter(defaultPolicies());
  for (let i = 0; i < items.length; i += 300) {
    const clauses = items.slice(i, i + 300).map((it, k) => ({ id: `d${k}`, text: it.text }));
    out.push(`doc-${i}\t${show(doc.lint(clauses))}`);
  }
  const edited = items.slice(0, 300).map((it, k) => ({
    id: `d${k}`,
    text: k % 50 === 7 ? `${it.text} Russian hackers targeted two banks.` : it.text,
  }));
  out.push(`doc-edited\t${show(doc.lint(edited))}`);

  // one party at a time (shared work between policies must not leak between linters)
  for (const party of defaultPolicies()
    .map((p) => p.delegation)
    .filter((d) => d !== BASELINE_POLICY)) {
    const one = createLinter(defaultPolicies([party]));
    for (let i = 0; i < items.length; i += 10)
      out.push(`${party}-${items[i]!.id}\t${show(one.lintClause(items[i]!))}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  process.stderr.write(
    `${items.length} items, ${out.filter((l) => !l.endsWith('\t')).length} lines with findings\n`,
  );
}
main();
