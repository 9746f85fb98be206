import { describe, expect, it } from 'vitest';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';
import {
  decodeWeights,
  encodeWeights,
  featurize,
  isSecondOpinion,
  loadSentenceModel,
  probabilities,
  scoreClauseText,
  scoreText,
} from './sentence-model';
import { SENTENCE_MODEL_DATA } from './sentence-model-data';
import { bundledSentenceModel } from './sentence-model-rule';

const policyFile = (rules: string) => ({
  file: 'policies/test.yaml',
  text: `delegation: ALL\nname: Test\nrules:\n${rules}`,
});

const modelRule = (fields: Record<string, string>) =>
  [
    '  - id: MODEL-TEST',
    '    kind: model',
    ...Object.entries({
      category: 'attribution',
      severity: 'warning',
      threshold: '0.5',
      message: "'This sentence may attribute an attack (model, p={p}): check it'",
      ...fields,
    }).map(([k, v]) => `    ${k}: ${v}`),
  ].join('\n');

describe('sentence model rules (LT34)', () => {
  it('LT34: a model rule validates in a policy file', () => {
    const { policies, errors } = loadPolicies([policyFile(modelRule({}))]);
    expect(errors).toEqual([]);
    expect(policies[0]!.rules[0]).toMatchObject({ kind: 'model', category: 'attribution', threshold: 0.5 });
  });

  it('LT34: a threshold outside (0, 1) or not a number is a policy error with file and line', () => {
    for (const threshold of ['1.5', '0', 'high']) {
      const { policies, errors } = loadPolicies([policyFile(modelRule({ threshold }))]);
      expect(policies).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'policies/test.yaml', line: 8 });
      expect(errors[0]!.reason).toMatch(/^rules\[0\]\.threshold: /);
    }
  });

  it('LT34: a model rule is a warning only, and only for a category the model has weights for', () => {
    const severity = loadPolicies([policyFile(modelRule({ severity: 'error' }))]);
    expect(severity.errors[0]).toMatchObject({ file: 'policies/test.yaml', line: 7 });
    expect(severity.errors[0]!.reason).toMatch(/^rules\[0\]\.severity: /);
    const category = loadPolicies([policyFile(modelRule({ category: 'classification' }))]);
    expect(category.errors[0]).toMatchObject({ file: 'policies/test.yaml', line: 6 });
    expect(category.errors[0]!.reason).toMatch(/weights only for attribution/);
  });
});

describe('the sentence model (LT35)', () => {
  const model = bundledSentenceModel();

  it('LT35: the same text always gets the same features and probabilities', () => {
    const text = 'Hackers working for the GRU were behind the disruption of the grid.';
    const a = featurize(text, model.bits, 0, model.features);
    const b = featurize(text, model.bits, 0, model.features);
    expect(a).toEqual(b);
    expect(probabilities(model, a)).toEqual(probabilities(model, b));
    expect(scoreClauseText(model, text)[0]!.p).toEqual(scoreClauseText(model, text)[0]!.p);
    // the streaming scorer the linter uses agrees with the explicit feature list
    expect(scoreText(model, text)).toEqual(probabilities(model, a));
  });

  it('LT35: names become gazetteer classes, so the model learns constructions rather than names', () => {
    const toks = (text: string) => featurize(text, model.bits, 0, model.features).buckets;
    // two threat states (and two agencies of theirs): the same class, the same features
    expect(toks('We hold Iran responsible.')).toEqual(toks('We hold North Korea responsible.'));
    expect(toks('Hackers of the GRU did it.')).toEqual(toks('Hackers of the MSS did it.'));
    // an ally is another class
    expect(toks('We hold Germany responsible.')).not.toEqual(toks('We hold Iran responsible.'));
  });

  it('LT35: the weights round-trip through their base64 form, and the bundled weights stay small', () => {
    const bytes = new Int8Array([0, 1, -1, 127, -128, 42, -7]);
    expect(decodeWeights(encodeWeights(bytes))).toEqual(bytes);
    expect(SENTENCE_MODEL_DATA.weights.length).toBeLessThan(300 * 1024);
    // LT81: a category may have fewer buckets than the others
    const buckets = SENTENCE_MODEL_DATA.categories.map(
      (_, c) => 1 << (SENTENCE_MODEL_DATA.categoryBits?.[c] ?? SENTENCE_MODEL_DATA.bits),
    );
    expect(loadSentenceModel(SENTENCE_MODEL_DATA).weights).toHaveLength(buckets.reduce((a, b) => a + b, 0));
  });
});

describe('model findings (LT36)', () => {
  // a low threshold, so that the model speaks on any sentence: what is tested is the rule's behaviour
  const policies = (extra = '') => {
    const { policies: p, errors } = loadPolicies([
      policyFile(`${modelRule({ threshold: '0.001' })}\n${extra}`),
    ]);
    expect(errors).toEqual([]);
    return p;
  };

  it('LT36: a model finding is a warning whose message says it is statistical, with the probability', () => {
    const findings = createLinter(policies()).lintClause({
      id: 'c1',
      text: 'Moscow was behind the disruption of the grid.',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'MODEL-TEST', category: 'attribution', severity: 'warning' });
    expect(findings[0]!.message).toMatch(
      /^This sentence may attribute an attack \(model, p=0\.\d\d\): check it/,
    );
  });

  it('LT36: for attribution the finding covers the state-linked actor, not the sentence', () => {
    const text = 'Allied agencies confirmed that Moscow was behind the disruption of the grid.';
    const [finding] = createLinter(policies()).lintClause({ id: 'c1', text });
    expect(text.slice(finding!.start, finding!.end)).toBe('Moscow');
  });

  it('LT36: an attribution warning needs a state-linked actor in its sentence (regression: the rewrite "malicious cyber actors" was flagged again)', () => {
    const linter = createLinter(policies());
    const rewritten =
      'This attack was carried out by malicious cyber actors. Moscow was behind the disruption.';
    const findings = linter.lintClause({ id: 'c1', text: rewritten });
    expect(findings.map((f) => rewritten.slice(f.start, f.end))).toEqual(['Moscow']);
  });

  it('LT36: it is silent in a sentence where a rule of its category already fired, and speaks in the next', () => {
    const rule = [
      '  - id: ATT-WORD',
      '    kind: existence',
      '    category: attribution',
      '    severity: error',
      "    message: 'attribution'",
      "    tokens: ['behind']",
    ].join('\n');
    const text = 'Moscow was behind the disruption. Minsk ordered the intrusions.';
    const findings = createLinter(policies(rule)).lintClause({ id: 'c1', text });
    expect(findings.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['ATT-WORD', 'behind'],
      ['MODEL-TEST', 'Minsk'],
    ]);
  });

  it('LT36: a rule finding of another category does not silence it', () => {
    expect(
      isSecondOpinion({ category: 'attribution', sentenceStart: 0, sentenceEnd: 40 }, [
        { category: 'classification', start: 5, end: 10 },
      ]),
    ).toBe(true);
    expect(
      isSecondOpinion({ category: 'attribution', sentenceStart: 0, sentenceEnd: 40 }, [
        { category: 'attribution', start: 39, end: 45 },
      ]),
    ).toBe(false);
  });
});

describe('the bundled policies (LT37)', () => {
  it('LT37: the baseline opts in for source protection, operational detail and sanctions (LT81), France for attribution (warnings)', async () => {
    const { defaultPolicies } = await import('./defaults');
    const opted = defaultPolicies().flatMap((p) =>
      p.rules.filter((r) => r.kind === 'model').map((r) => `${p.delegation} ${r.category} ${r.severity}`),
    );
    expect(opted.sort()).toEqual([
      'ALL operational-detail warning',
      'ALL sanctions warning',
      'ALL source-protection warning',
      'FR attribution warning',
    ]);
  });
});
