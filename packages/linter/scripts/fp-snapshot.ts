/**
 * Per-sentence outcomes of the development and own sets (never a held-out set): for diffing a change's effect.
 *   pnpm exec tsx packages/linter/scripts/fp-snapshot.ts OUT.json [FILE.jsonl …]
 * Without files: every dev*.jsonl listed by name (never heldout*) and every own-sentences*.jsonl.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultPolicies } from '../src/defaults';
import { DEMO_PARTIES, parseEvalLines, spanOf } from '../src/evaluation/score';
import { createLinter } from '../src/linter';

const dir = join(import.meta.dirname, '..');
const [out, ...given] = process.argv.slice(2);
const devs = readdirSync(join(dir, 'eval'))
  .filter((f) => /^dev(-\d+)?\.jsonl$/.test(f))
  .map((f) => join(dir, 'eval', f));
const owns = readdirSync(join(dir, 'src', 'evaluation'))
  .filter((f) => /^own-sentences(-\d+)?\.jsonl$/.test(f))
  .map((f) => join(dir, 'src', 'evaluation', f));
const files = given.length > 0 ? given : [...devs, ...owns];
if (files.some((f) => basename(f).startsWith('heldout')))
  throw new Error('held-out sets are never scored here');
const linter = createLinter(defaultPolicies([...DEMO_PARTIES]));
const rows: Record<string, unknown>[] = [];
for (const file of files) {
  for (const item of parseEvalLines(readFileSync(file, 'utf8'), basename(file))) {
    const findings = linter.lintClause({ id: item.id, text: item.text });
    const { start, end } = spanOf(item);
    const caught = findings.some((f) => f.category === item.category && f.start < end && f.end > start);
    rows.push({
      set: basename(file),
      id: item.id,
      cat: item.category,
      text: item.text,
      caught: item.category === null ? null : caught,
      fp: item.category === null ? findings.length > 0 : null,
      rules: [...new Set(findings.map((f) => `${f.severity[0]}:${f.ruleId}`))],
    });
  }
}
writeFileSync(out!, JSON.stringify(rows));
