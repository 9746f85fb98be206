import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseThresholds,
  type DumpLine,
  REFERENCE,
  readDump,
  SHIPPED,
} from '../scripts/sentence-model-dumps';
import { defaultPolicies } from './defaults';
import { DEMO_PARTIES } from './evaluation/score';
import type { LintCategory } from './finding';

/** A left-out prediction: one sentence, no rule finding, the fold model's second-opinion hit at `p` (if any). */
function line(
  id: string,
  category: LintCategory | null,
  hit?: { category: LintCategory; p: number },
): DumpLine {
  const text = `Sentence ${id} of the left-out writer.`;
  return {
    set: 'dev-x',
    item: { id, text, category, span: null },
    rules: [],
    hits: hit
      ? {
          [hit.category]: [
            {
              ruleId: 'MODEL',
              category: hit.category,
              severity: 'warning',
              message: '',
              clauseId: id,
              start: 0,
              end: text.length,
              policy: 'ALL',
              p: hit.p,
              sentenceStart: 0,
              sentenceEnd: text.length,
              second: true,
            },
          ],
        }
      : {},
  };
}

const LT86_THRESHOLDS = {
  attribution: 0.25,
  'source-protection': 0.225,
  'operational-detail': 0.275,
  sanctions: 0.4,
};
const ops = (p: number) => ({ category: 'operational-detail' as const, p });

describe('choosing the thresholds on left-out predictions (LT86, LT95)', () => {
  it('LT95: the threshold that catches the most with clean false positives within the budget of the shipped one', () => {
    const lines = [
      line('v1', 'operational-detail', ops(0.26)),
      line('v2', 'operational-detail', ops(0.21)),
      line('v3', 'operational-detail', ops(0.11)),
      line('c1', null, ops(0.3)), // flagged at the shipped threshold already
      line('c2', null, ops(0.23)),
      line('c3', null, ops(0.12)),
      ...Array.from({ length: 10 }, (_, i) => line(`c${i + 4}`, null)),
    ];
    const choice = chooseThresholds(lines, LT86_THRESHOLDS, 0.1, 1).find(
      (c) => c.category === 'operational-detail',
    )!;
    // 0.2 catches v1 and v2 for one more clean false positive (c2); 0.1 would catch v3 for a second one (c3)
    expect(choice.chosen).toBe(0.2);
    expect(choice.at.shipped).toEqual({ caught: 0, cleanFP: 1 });
    expect(choice.at.chosen).toEqual({ caught: 2, cleanFP: 2 });
  });

  it('LT95: a threshold is kept where nothing lower catches more within the budget (LT86 kept sanctions at 0.4)', () => {
    const lines = [
      line('v1', 'sanctions', { category: 'sanctions', p: 0.45 }),
      line('c1', null, { category: 'sanctions', p: 0.3 }),
      line('c2', null),
    ];
    const choice = chooseThresholds(lines, LT86_THRESHOLDS, 0.1, 1).find((c) => c.category === 'sanctions')!;
    expect(choice.chosen).toBe(0.4);
    expect(choice.at.chosen).toEqual({ caught: 1, cleanFP: 0 });
  });

  it('LT95: the default budget is 0.05 % of the clean sentences, rounded down (none below 2,000 clean)', () => {
    const lines = [line('v1', 'operational-detail', ops(0.21)), line('c1', null, ops(0.22))];
    expect(
      chooseThresholds(lines, LT86_THRESHOLDS).find((c) => c.category === 'operational-detail')!.chosen,
    ).toBe(0.275);
  });
});

describe('the thresholds the dump tools assume (LT95)', () => {
  it('LT95: SHIPPED is what the bundled policies ship, and the reference the budget is measured from is LT86s', () => {
    const shipped: Record<string, number> = {};
    for (const policy of defaultPolicies([...DEMO_PARTIES]))
      for (const rule of policy.rules) if (rule.kind === 'model') shipped[rule.category] = rule.threshold;
    expect(shipped).toEqual(SHIPPED);
    expect(REFERENCE).toEqual({
      attribution: 0.25,
      'source-protection': 0.225,
      'operational-detail': 0.275,
      sanctions: 0.4,
    });
  });
});

describe('the committed left-out predictions (LT95, LT102)', () => {
  it('LT95: eval/folds holds one left-out prediction per development sentence of every writer, none of a held-out set', () => {
    const lines = readDump(join(import.meta.dirname, '..', 'eval', 'folds', 'lt102-left-out.jsonl.gz'));
    const sets = new Set(lines.map((d) => d.set));
    expect(sets.size).toBe(48);
    expect([...sets].every((s) => /^dev(?:-\d+)?$/.test(s))).toBe(true);
    expect(lines.length).toBe(23807);
  });
});
