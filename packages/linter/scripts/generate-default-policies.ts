/**
 * Embeds policies/*.yaml into src/default-policies.ts so the browser bundle gets the default policies
 * without a file system. Run: pnpm --filter @accord/linter generate
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const POLICY_DIR = join(PACKAGE_DIR, 'policies');
export const OUTPUT = join(PACKAGE_DIR, 'src', 'default-policies.ts');

export function readPolicyFiles(): { file: string; text: string }[] {
  return readdirSync(POLICY_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `policies/${f}`, text: readFileSync(join(POLICY_DIR, f), 'utf8') }));
}

export function renderModule(files: { file: string; text: string }[]): string {
  const entries = files.map(
    (f) => `  {\n    file: ${JSON.stringify(f.file)},\n    text: ${JSON.stringify(f.text)},\n  },`,
  );
  return [
    '// Generated from policies/*.yaml by scripts/generate-default-policies.ts; do not edit.',
    '// Run `pnpm --filter @accord/linter generate` after changing a policy file.',
    "import type { PolicySource } from './policy-schema';",
    '',
    'export const DEFAULT_POLICY_SOURCES: readonly PolicySource[] = [',
    ...entries,
    '];',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OUTPUT, renderModule(readPolicyFiles()));
  console.log(`wrote ${OUTPUT}`);
}
