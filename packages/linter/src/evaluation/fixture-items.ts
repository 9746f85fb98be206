import { z } from 'zod';
import { LINT_CATEGORIES, SEVERITIES } from '../finding';
import type { EvalItem } from './score';

/** The in-repo fixture files (src/fixtures/*.yaml): sentences per category, linted against `parties`. */
export const FixtureSchema = z.object({
  category: z.enum([...LINT_CATEGORIES, 'any']),
  parties: z.array(z.string()),
  severity: z.enum(SEVERITIES),
  invalid: z.array(z.string()).default([]),
  valid: z.array(z.string()).default([]),
});
export type Fixture = z.infer<typeof FixtureSchema>;

/** A fixture as evaluation items: invalid sentences violate the whole sentence, valid ones are clean. */
export function fixtureItems(file: string, fx: Fixture): EvalItem[] {
  const category = fx.category === 'any' ? null : fx.category;
  return [
    ...fx.invalid.map((text, i) => ({ id: `${file}#invalid${i}`, text, category, span: null })),
    ...fx.valid.map((text, i) => ({ id: `${file}#valid${i}`, text, category: null, span: null })),
  ];
}
