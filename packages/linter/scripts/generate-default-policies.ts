/**
 * Embeds policies/*.yaml into src/default-policies.ts so the browser bundle gets the default policies
 * without a file system: their texts (defaultPolicySources) and, LT78, the same files parsed and validated
 * (defaultPolicies assembles them without a YAML parse or a validation at run time). Refuses to write while a
 * file has an error (printed with its file and line). Run: pnpm --filter @accord/linter generate
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidatedPolicyFile } from '../src/assemble-policies';
import { validatedPolicyFiles } from '../src/load-policies';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const POLICY_DIR = join(PACKAGE_DIR, 'policies');
export const OUTPUT = join(PACKAGE_DIR, 'src', 'default-policies.ts');

export function readPolicyFiles(): { file: string; text: string }[] {
  return readdirSync(POLICY_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `policies/${f}`, text: readFileSync(join(POLICY_DIR, f), 'utf8') }));
}

export function renderModule(
  files: { file: string; text: string }[],
  validated: readonly ValidatedPolicyFile[],
): string {
  const entries = files.map(
    (f) => `  {\n    file: ${JSON.stringify(f.file)},\n    text: ${JSON.stringify(f.text)},\n  },`,
  );
  return [
    '// Generated from policies/*.yaml by scripts/generate-default-policies.ts; do not edit.',
    '// Run `pnpm --filter @accord/linter generate` after changing a policy file.',
    "import type { ValidatedPolicyFile } from './assemble-policies';",
    "import type { PolicySource } from './policy-schema';",
    '',
    'export const DEFAULT_POLICY_SOURCES: readonly PolicySource[] = [',
    ...entries,
    '];',
    '',
    '/** LT78: the same files parsed and validated (JSON.parse reads data faster than a script literal). */',
    'export const DEFAULT_POLICY_DATA: readonly ValidatedPolicyFile[] = JSON.parse(',
    `  ${JSON.stringify(JSON.stringify(validated))},`,
    ');',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = readPolicyFiles();
  const { files: validated, errors } = validatedPolicyFiles(files);
  if (errors.length > 0) {
    for (const e of errors) console.error(`${e.file}:${e.line}: ${e.reason}`);
    console.error(`not written: ${OUTPUT} (fix the policy files first)`);
    process.exit(1);
  }
  writeFileSync(OUTPUT, renderModule(files, validated));
  console.log(`wrote ${OUTPUT}`);
}
