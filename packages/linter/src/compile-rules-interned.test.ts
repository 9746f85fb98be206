import { describe, expect, it } from 'vitest';
import { analyseClause } from './clause-analysis';
import { compileRule, longestCompiledSource } from './compile-rules';
import { defaultPolicies } from './defaults';
import { createLinter } from './linter';
import type { Rule } from './policy-schema';
import { ruleFromYaml, ruleSpans } from './rules-under-test';

const rule = (id: string) => `  - id: ${id}
    kind: conditional
    category: operational-detail
    severity: error
    message: m
    when: ['\\bwe\\s+will\\b']
    unless: ['\\bno\\s+plans?\\b']
    flag: ['hack[\\s-]?back', 'strike\\s+back']
`;

describe('one RegExp per source and flags (LT75)', () => {
  it('LT75: two rules with the same expressions find the same spans, run in any order and interleaved', () => {
    const a = ruleFromYaml(rule('R-A'));
    const b = ruleFromYaml(rule('R-B'));
    const text = 'We will hack back and strike back. We will hack back.';
    const expected = ['hack back', 'strike back', 'hack back'];
    expect(ruleSpans(a, text)).toEqual(expected);
    expect(ruleSpans(b, text)).toEqual(expected);
    // a shared `g` expression left mid-scan by one rule would make the other miss or repeat spans
    expect(ruleSpans(a, 'We will hack back.')).toEqual(['hack back']);
    expect(ruleSpans(b, text)).toEqual(expected);
    expect(ruleSpans(a, 'We will hack back; no plans to strike back.')).toEqual([]);
    expect(ruleSpans(b, 'We will strike back.')).toEqual(['strike back']);
  });

  it('LT75: a compiled rule answers the same after many other rules were compiled (the bound forgets, never breaks)', () => {
    const first = compileRule(ruleFromYaml(rule('R-FIRST')));
    const existence = ruleFromYaml(`  - id: R-WORD
    kind: existence
    category: operational-detail
    severity: error
    message: m
    tokens: ['word']
`);
    for (let i = 0; i < 9000; i++) compileRule({ ...existence, tokens: [`word${i}`] } as Rule);
    const text = 'We will hack back.';
    expect(first(analyseClause(text))).toEqual([{ start: 8, end: 17 }]);
    expect(compileRule(ruleFromYaml(rule('R-AGAIN')))(analyseClause(text))).toEqual([{ start: 8, end: 17 }]);
  });

  it('LT75: no bundled expression is so long that the engine stops optimising it (V8 past 20,480 characters: a flag list 932 characters longer scanned 300 clauses in 24 ms instead of 0.29)', () => {
    createLinter(defaultPolicies()).lint([
      {
        id: 'c1',
        text: 'Officials, speaking on condition of anonymity, said the listing is expected next week.',
      },
    ]);
    expect(longestCompiledSource().length).toBeLessThan(20_000);
  });
});
