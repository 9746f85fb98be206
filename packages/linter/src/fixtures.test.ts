import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { defaultPolicies } from './defaults';
import { LINT_CATEGORIES, SEVERITIES } from './finding';
import { createLinter } from './linter';

const FixtureSchema = z.object({
  category: z.enum([...LINT_CATEGORIES, 'any']),
  parties: z.array(z.string()),
  severity: z.enum(SEVERITIES),
  invalid: z.array(z.string()).default([]),
  valid: z.array(z.string()).default([]),
});

const dir = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => ({ file, ...FixtureSchema.parse(parse(readFileSync(join(dir, file), 'utf8'))) }));

interface Tally {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  errorsExpected: number;
  errorsFound: number;
  misses: string[];
  falseAlarms: string[];
}

function evaluate(): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const fx of fixtures) {
    const linter = createLinter(defaultPolicies(fx.parties));
    const t = tallies.get(fx.category) ?? {
      tp: 0,
      fn: 0,
      fp: 0,
      tn: 0,
      errorsExpected: 0,
      errorsFound: 0,
      misses: [],
      falseAlarms: [],
    };
    tallies.set(fx.category, t);
    const relevant = (text: string) =>
      linter
        .lintClause({ id: 'c', text })
        .filter((f) => fx.category === 'any' || (f.category === fx.category && f.severity === fx.severity));
    for (const text of fx.invalid) {
      const found = relevant(text).length > 0;
      if (found) t.tp++;
      else {
        t.fn++;
        t.misses.push(`${fx.file}: ${text}`);
      }
      if (fx.severity === 'error') {
        t.errorsExpected++;
        if (found) t.errorsFound++;
      }
    }
    for (const text of fx.valid) {
      const found = relevant(text);
      if (found.length > 0) {
        t.fp++;
        t.falseAlarms.push(
          `${fx.file}: ${text} → ${found.map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}"`)}`,
        );
      } else t.tn++;
    }
  }
  return tallies;
}

describe('fixture suite (valid and invalid communiqué sentences per category)', () => {
  const tallies = evaluate();

  it('LT20: has at least 150 sentences', () => {
    const total = fixtures.reduce((n, f) => n + f.invalid.length + f.valid.length, 0);
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('LT20: prints precision and recall per category', () => {
    const rows = [...tallies].map(([category, t]) => ({
      category,
      invalid: t.tp + t.fn,
      valid: t.tn + t.fp,
      precision: t.tp + t.fp === 0 ? 1 : +(t.tp / (t.tp + t.fp)).toFixed(3),
      recall: t.tp + t.fn === 0 ? 1 : +(t.tp / (t.tp + t.fn)).toFixed(3),
      falsePositiveRate: t.tn + t.fp === 0 ? 0 : +(t.fp / (t.tn + t.fp)).toFixed(3),
    }));
    console.table(rows);
    for (const t of tallies.values()) for (const line of [...t.misses, ...t.falseAlarms]) console.log(line);
    expect(rows.length).toBe(LINT_CATEGORIES.length + 1);
  });

  for (const [category, t] of tallies) {
    it(`LT20: ${category}: recall for errors is at least 0.95`, () => {
      if (t.errorsExpected > 0)
        expect(t.errorsFound / t.errorsExpected, t.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
      if (t.tp + t.fn > 0) expect(t.tp / (t.tp + t.fn), t.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
    it(`LT20: ${category}: at most 5% false positives on clean sentences`, () => {
      expect(t.fp / Math.max(1, t.tn + t.fp), t.falseAlarms.join('\n')).toBeLessThanOrEqual(0.05);
    });
  }
});
