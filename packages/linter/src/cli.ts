/**
 * Lints a Markdown or text file against chosen policies, for people who draft outside the app.
 *   tsx packages/linter/src/cli.ts [--policy FR]... [--policy-file extra.yaml]... [--json] file.md
 * Exit codes: 0 no errors, 1 lint errors, 2 bad usage or a broken policy file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultPolicySources } from './defaults';
import { BASELINE_POLICY, type Finding } from './finding';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';
import { positionIn, splitParagraphs } from './paragraphs';
import type { PolicySource } from './policy-schema';

const USAGE = 'usage: lint-policy [--policy CODE]... [--policy-file FILE.yaml]... [--json] FILE';

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

export function main(argv: string[]): number {
  let args: ReturnType<typeof parse>;
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      allowPositionals: true,
      options: {
        policy: { type: 'string', multiple: true, default: [] },
        'policy-file': { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  try {
    args = parse(argv);
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) return fail(USAGE);

  const sources: PolicySource[] = [...defaultPolicySources()];
  for (const path of args.values['policy-file']) {
    try {
      sources.push({ file: path, text: readFileSync(path, 'utf8') });
    } catch (e) {
      return fail(`cannot read policy file ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const { policies, errors } = loadPolicies(sources);
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
    return 2;
  }
  const wanted = args.values.policy.map((p) => p.toUpperCase());
  const known = new Set(policies.map((p) => p.delegation));
  const unknown = wanted.filter((w) => !known.has(w));
  if (unknown.length > 0) {
    return fail(`unknown policy ${unknown.join(', ')} (known: ${[...known].sort().join(', ')})`);
  }
  const chosen = policies.filter(
    (p) => p.delegation === BASELINE_POLICY || wanted.length === 0 || wanted.includes(p.delegation),
  );

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const paragraphs = splitParagraphs(text);
  const findings: Finding[] = createLinter(chosen).lint(paragraphs);
  const byId = new Map(paragraphs.map((p) => [p.id, p]));

  if (args.values.json) {
    process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    for (const f of findings) {
      const p = byId.get(f.clauseId)!;
      const { line, column } = positionIn(p, f.start);
      const hint = f.suggestion !== undefined ? ` — suggestion: "${f.suggestion}"` : '';
      process.stdout.write(
        `${file}:${line}:${column} ${f.severity} [${f.category}] ${f.ruleId} (${f.policy}): ${f.message}${hint}\n`,
      );
    }
    const errorsFound = findings.filter((f) => f.severity === 'error').length;
    process.stdout.write(`${findings.length} finding(s), ${errorsFound} error(s)\n`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
