import { describe, expect, it } from 'vitest';
import { analyseClause } from './clause-analysis';
import { compileRule, conditionsFirst } from './compile-rules';
import { loadPolicies } from './load-policies';
import type { Rule } from './policy-schema';
import { francePolicyYaml, ruleFromYaml, ruleSpans } from './rules-under-test';

const EXISTENCE = `  - id: FR-HACK-BACK
    kind: existence
    category: operational-detail
    severity: error
    message: m
    tokens: ['hack[\\s-]?back']
    unless: ['\\bno\\s+(?:plans?|intention)\\b', '\\bruled\\s+out\\b']
`;

const SUBSTITUTION = `  - id: FR-COUNTER
    kind: substitution
    category: operational-detail
    severity: error
    message: m
    swap:
      'counter-?attacks?': appropriate responses
    unless: ['\\bwill\\s+not\\b']
`;

describe('antipatterns on existence and substitution rules (LT38)', () => {
  it('LT38: an existence match is no finding where its sentence matches an antipattern', () => {
    const rule = ruleFromYaml(EXISTENCE);
    expect(ruleSpans(rule, 'We will hack back tonight.')).toEqual(['hack back']);
    expect(ruleSpans(rule, 'We have no plans to hack back.')).toEqual([]);
    expect(ruleSpans(rule, 'Ministers ruled out any hack-back.')).toEqual([]);
  });

  it('LT38: the antipattern holds for its own sentence only, not for the rest of the clause', () => {
    const rule = ruleFromYaml(EXISTENCE);
    expect(ruleSpans(rule, 'Ministers ruled out sanctions. Our teams will hack back on Friday.')).toEqual([
      'hack back',
    ]);
    expect(
      ruleSpans(rule, 'Our teams will hack back on Friday. A hack-back was ruled out last year.'),
    ).toEqual(['hack back']);
  });

  it('LT38: a question is read together with the sentence that answers it', () => {
    const rule = ruleFromYaml(EXISTENCE);
    expect(ruleSpans(rule, 'Will you hack back? We have no plans to.')).toEqual([]);
    expect(ruleSpans(rule, 'Is a hack-back ruled out? No. Our teams will hack back.')).toEqual(['hack back']);
  });

  it('LT38: a substitution keeps its suggestion and drops the matches of a sentence that matches an antipattern', () => {
    const rule = ruleFromYaml(SUBSTITUTION);
    const text = 'A counter-attack is ready. We will not launch a counterattack.';
    const hits = compileRule(rule)(analyseClause(text));
    expect(hits.map((h) => [text.slice(h.start, h.end), h.suggestion])).toEqual([
      ['counter-attack', 'appropriate responses'],
    ]);
  });

  it('LT38: without `unless` every match is a finding, as before', () => {
    const rule = ruleFromYaml(EXISTENCE.replace(/ {4}unless:.*\n/, ''));
    expect(rule).toMatchObject({ kind: 'existence', unless: [] });
    expect(ruleSpans(rule, 'We have no plans to hack back.')).toEqual(['hack back']);
  });

  it('LT38, LT2: an invalid antipattern is a policy error at its own line', () => {
    const rules = SUBSTITUTION.replace(/ {4}unless:.*\n/, "    unless:\n      - 'ok'\n      - '(unclosed'\n");
    const { policies, errors } = loadPolicies([{ file: 'fr.yaml', text: francePolicyYaml(rules) }]);
    expect(policies).toEqual([]);
    expect(errors).toEqual([
      { file: 'fr.yaml', line: 13, reason: expect.stringMatching(/^invalid pattern: /) },
    ]);
  });

  it('LT38, LT34: a model rule does not report a sentence that matches its antipatterns', () => {
    const model = (unless: string) =>
      ruleFromYaml(`  - id: FR-MODEL-OPS
    kind: model
    category: operational-detail
    severity: warning
    message: m
    threshold: 0.01
${unless}`);
    const text =
      'Our cyber command will not respond in kind. Our cyber command will strike the servers tonight.';
    const reported = (rule: Rule) =>
      compileRule(rule)(analyseClause(text)).map((h) =>
        text.slice(h.secondOpinion!.sentenceStart, h.secondOpinion!.sentenceEnd),
      );
    expect(reported(model(''))).toEqual([
      'Our cyber command will not respond in kind.',
      'Our cyber command will strike the servers tonight.',
    ]);
    expect(reported(model("    unless: ['\\bwill\\s+not\\b']\n"))).toEqual([
      'Our cyber command will strike the servers tonight.',
    ]);
  });
});

describe('which side of a conditional rule runs first (LT58)', () => {
  it('LT58: a conditional rule flags the same spans while it samples both sides and after it has picked one', () => {
    const rule = ruleFromYaml(`  - id: FR-PLANNED-STRIKE
    kind: conditional
    category: operational-detail
    severity: error
    message: m
    when: ['\\bwe\\s+will\\b']
    flag: ['strike\\s+(?:their|the)\\s+servers']
`);
    const match = compileRule(rule);
    const texts = [
      'We will strike their servers tonight.',
      'They will strike the servers.',
      'We will consider all options.',
      'Nothing to see here.',
    ];
    const run = () => texts.map((t) => match(analyseClause(t)).map((h) => t.slice(h.start, h.end)));
    const expected = [['strike their servers'], [], [], []];
    // 16 clauses are sampled with both sides, the rest with the side picked; the findings never change
    for (let round = 0; round < 10; round++) expect(run()).toEqual(expected);
  });

  it("LT58: conditions that never hold go first even when they are longer than the flags, and antipatterns count only where the conditions held (regression: SRC-ANONYMITY-DETAIL's lengthened conditions sent it to flags first, 2 -> 15 ms per 300 clauses)", () => {
    // SRC-ANONYMITY-DETAIL on the bench after session 8's tuning: nothing held, nothing flagged in the sample
    const anonymity = { gate: 7923, unless: 509, flags: 19171, sampled: 16, passed: 0, held: 0, hit: 0 };
    expect(conditionsFirst(anonymity)).toBe(true);
    // a long antipattern list costs nothing where the conditions never hold
    expect(conditionsFirst({ ...anonymity, unless: 50_000 })).toBe(true);
    // conditions that always hold and flags that rarely hit: the flags first
    expect(
      conditionsFirst({ gate: 2000, unless: 500, flags: 400, sampled: 16, passed: 16, held: 16, hit: 1 }),
    ).toBe(false);
  });
});

describe('tokens of scripts written without spaces (LT121)', () => {
  it('LT121: a token that begins or ends with a Chinese or Japanese letter matches inside a clause; a Latin one keeps its word boundaries', () => {
    const rule = ruleFromYaml(`  - id: FR-MARKS
    kind: existence
    category: classification
    severity: error
    message: 'a marking'
    tokens: ['極秘', '绝密', 'secret']
`);
    expect(ruleSpans(rule, '極秘の文書が流出した。')).toEqual(['極秘']);
    expect(ruleSpans(rule, '这份绝密文件被泄露。')).toEqual(['绝密']);
    expect(ruleSpans(rule, 'a secret note')).toEqual(['secret']);
    expect(ruleSpans(rule, 'a secretive note')).toEqual([]);
  });
});
