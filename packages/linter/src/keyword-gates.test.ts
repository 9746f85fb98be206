import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseClause } from './clause-analysis';
import { compileRule } from './compile-rules';
import { defaultPolicies } from './defaults';
import { loadPolicies } from './load-policies';
import type { Rule } from './policy-schema';
import { francePolicyYaml, ruleFromYaml, ruleSpans } from './rules-under-test';

const GATED = `  - id: FR-HACK-BACK
    kind: existence
    category: operational-detail
    severity: error
    message: m
    requires:
      - 'hack|strike'
      - 'we|our'
    tokens: ['hack[\\s-]?back|strike\\s+back']
`;

describe('keyword gates on word rules (LT51)', () => {
  it('LT51: a gated rule still fires where every gate finds one of its words in the clause', () => {
    const rule = ruleFromYaml(GATED);
    expect(rule).toMatchObject({ requires: ['hack|strike', 'we|our'] });
    expect(ruleSpans(rule, 'Our teams will hack back tonight.')).toEqual(['hack back']);
    expect(ruleSpans(rule, 'We will STRIKE BACK.')).toEqual(['STRIKE BACK']);
  });

  it('LT51: the gate reads the whole clause, as plain substrings ("ours" has "our", another sentence counts)', () => {
    const rule = ruleFromYaml(GATED);
    expect(ruleSpans(rule, 'The call is ours. Teams will hack back tonight.')).toEqual(['hack back']);
  });

  it('LT51: where a gate finds none of its words, the tokens do not run', () => {
    const rule = ruleFromYaml(GATED);
    // "hack back" matches the tokens, but no gate word "we"/"our" is in the clause: no finding
    expect(ruleSpans(rule, 'Teams will hack back tonight.')).toEqual([]);
    const ungated = ruleFromYaml(GATED.replace(/ {4}requires:\n(?: {6}- .*\n)+/, ''));
    expect(ungated).not.toHaveProperty('requires');
    expect(ruleSpans(ungated, 'Teams will hack back tonight.')).toEqual(['hack back']);
  });

  it('LT51: gate words are literal ("u.s." matches only a dot), case as the rule says', () => {
    const dotted = ruleFromYaml(GATED.replace("'we|our'", "'u.s.'"));
    expect(ruleSpans(dotted, 'U.S. teams will hack back.')).toEqual(['hack back']);
    expect(ruleSpans(dotted, 'Ukrainians will hack back.')).toEqual([]);
    const cased = ruleFromYaml(`${GATED.replace("'we|our'", "'NSA'")}    ignorecase: false\n`);
    expect(ruleSpans(cased, 'NSA teams will hack back.')).toEqual(['hack back']);
    expect(ruleSpans(cased, 'Nsa teams will hack back.')).toEqual([]);
  });

  it('LT51, LT2: a gate that could not match as words (a group, an assertion, a space, an empty word) is refused at load with its file and line', () => {
    for (const bad of ['(?!)', 'hack||strike', 'hack back', '\\bhack', 'hack|', '']) {
      const { policies, errors } = loadPolicies([
        { file: 'fr.yaml', text: francePolicyYaml(GATED.replace("'we|our'", `'${bad}'`)) },
      ]);
      expect(policies).toEqual([]);
      expect(errors).toEqual([
        {
          file: 'fr.yaml',
          line: 11,
          reason: expect.stringMatching(/^rules\[0\]\.requires\[1\]: a requires gate is words/),
        },
      ]);
    }
  });

  it('LT51: an empty list of gates is refused (it would gate nothing)', () => {
    const { errors } = loadPolicies([
      {
        file: 'fr.yaml',
        text: francePolicyYaml(GATED.replace(/ {4}requires:\n(?: {6}- .*\n)+/, '    requires: []\n')),
      },
    ]);
    expect(errors).toEqual([
      { file: 'fr.yaml', line: 9, reason: expect.stringMatching(/^rules\[0\]\.requires: /) },
    ]);
  });

  it('LT51: the bundled gates never remove a finding: each gated rule flags the same spans with and without its gates on every development and own sentence', () => {
    const root = new URL('..', import.meta.url);
    // every development set and own sentence file (never a held-out set)
    const files = [
      ...readdirSync(new URL('eval/', root))
        .filter((f) => /^dev(?:-\d+)?\.jsonl$/.test(f))
        .map((f) => `eval/${f}`),
      ...readdirSync(new URL('src/evaluation/', root))
        .filter((f) => /^own-sentences(?:-\d+)?\.jsonl$/.test(f))
        .map((f) => `src/evaluation/${f}`),
    ];
    const texts = files.flatMap((f) =>
      readFileSync(new URL(f, root), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
    expect(texts.length).toBeGreaterThan(7000);
    const gated = defaultPolicies().flatMap((p) =>
      p.rules.filter((r): r is Rule & { requires: string[] } => 'requires' in r && r.requires !== undefined),
    );
    expect(gated.length).toBeGreaterThan(0);
    for (const rule of gated) {
      const withGates = compileRule(rule);
      const { requires: _, ...rest } = rule;
      const withoutGates = compileRule(rest as Rule);
      let flagged = 0;
      for (const text of texts) {
        const a = withGates(analyseClause(text)).map((h) => `${h.start}-${h.end}`);
        const b = withoutGates(analyseClause(text)).map((h) => `${h.start}-${h.end}`);
        expect(a, `${rule.id}: ${text}`).toEqual(b);
        if (b.length > 0) flagged++;
      }
      expect(flagged, rule.id).toBeGreaterThan(0);
    }
  }, 120_000);
});
