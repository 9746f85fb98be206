/**
 * LT104: writes src/required-literals-data.ts, the literals every expression of the bundled policies needs (LT94),
 * derived here by the same analysis the linter runs (required-literals.ts, with the shipped table off), so the first
 * `createLinter` reads them instead of parsing every pattern. Rows are keyed by the exact flags and source: a pattern
 * changed since (or any other) is not in the table and is parsed at run time. Run after
 * generate-default-policies.ts (it reads the bundled policies as src/default-policies.ts holds them):
 *   pnpm --filter @accord/linter generate
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicies } from '../src/defaults';
import { createLinter } from '../src/linter';
import { type ShippedAnalysis, shippedRowsFor } from '../src/required-literals';
import { PACKAGE_DIR } from './generate-default-policies';

export const REQUIRED_LITERALS_OUTPUT = join(PACKAGE_DIR, 'src', 'required-literals-data.ts');

/** The rows for every expression the bundled policies' rules analyse when compiled, read afresh. */
export function bundledRequiredLiterals(): ShippedAnalysis[] {
  return shippedRowsFor(() => {
    createLinter(defaultPolicies());
  });
}

export function renderRequiredLiterals(rows: readonly ShippedAnalysis[]): string {
  return [
    '// Generated from the bundled policies by scripts/generate-required-literals.ts; do not edit.',
    '// Run `pnpm --filter @accord/linter generate` after changing a policy file.',
    '',
    "/** LT104: the bundled expressions' required literals (LT94), as JSON (required-literals.ts reads it). */",
    `export const SHIPPED_REQUIRED_LITERALS = ${JSON.stringify(JSON.stringify(rows))};`,
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = bundledRequiredLiterals();
  writeFileSync(REQUIRED_LITERALS_OUTPUT, renderRequiredLiterals(rows));
  console.log(`wrote ${REQUIRED_LITERALS_OUTPUT} (${rows.length} expressions)`);
}
