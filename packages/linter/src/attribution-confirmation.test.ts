import { describe, expect, it } from 'vitest';
import { analyseClause } from './clause-analysis';
import { defaultPolicies, defaultPolicySources } from './defaults';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';
import { sentenceModelProbability } from './sentence-model-rule';

// France's attribution rule with an unsure confirmation (LT66), loaded with the bundled constructions
const policyWith = (unsure: string) => ({
  file: 'policies/test.yaml',
  text: [
    'delegation: FR',
    'name: France',
    'rules:',
    '  - id: FR-TEST-ATTRIBUTION',
    '    kind: attribution',
    '    category: attribution',
    '    severity: error',
    '    message: \'"{match}" attributes an attack\'',
    '    entities: [state, capital, agency, group, leader, demonym]',
    ...(unsure ? [`    unsure: ${unsure}`] : []),
  ].join('\n'),
});
const constructions = defaultPolicySources().filter((s) => s.file.endsWith('attribution-constructions.yaml'));

function load(unsure: string) {
  return loadPolicies([...constructions, policyWith(unsure)]);
}

function findings(unsure: string, text: string) {
  const { policies, errors } = load(unsure);
  expect(errors).toEqual([]);
  return createLinter(policies)
    .lintClause({ id: 'c', text })
    .map((f) => [f.severity, text.slice(f.start, f.end)]);
}

const p = (text: string, at = 0) => sentenceModelProbability(analyseClause(text), 'attribution', at);

const MIN = 0.6;
const confirmed = `{ confirm: model, min: ${MIN} }`;
// an unsure reading the model doubts, a sure one it doubts too, an unsure one it believes
const doubted = "Moscow's weather stayed mild during the outage.";
const sure = 'The ransomware was developed by Moscow.';
const believed =
  'The Kremlin and its hackers again: the attacks on the banks bear every hallmark of its services.';

describe('an unsure attribution confirmed by the sentence model (LT66)', () => {
  it('LT66: the sentences read as the test needs them (unsure and sure readings, model probabilities)', () => {
    expect(findings('', doubted)).toEqual([['warning', "Moscow's"]]);
    expect(findings('', sure)).toEqual([['error', 'Moscow']]);
    expect(findings('', believed)).toEqual([['warning', 'Kremlin']]);
    expect(p(doubted)).toBeLessThan(MIN);
    expect(p(sure)).toBeLessThan(MIN);
    expect(p(believed)).toBeGreaterThanOrEqual(MIN);
  });

  it('LT66: an unsure reading whose sentence the model scores below min is dropped', () => {
    expect(findings(confirmed, doubted)).toEqual([]);
  });

  it('LT66: a sure reading is never asked, however low the model scores it', () => {
    expect(findings(confirmed, sure)).toEqual([['error', 'Moscow']]);
  });

  it('LT66: an unsure reading the model scores at or above min stays a warning', () => {
    expect(findings(confirmed, believed)).toEqual([['warning', 'Kremlin']]);
  });

  it("LT66: each reading is confirmed by its own sentence's probability", () => {
    const text = `${doubted} ${believed}`;
    expect(p(text, text.indexOf('Kremlin'))).toBe(p(believed));
    expect(findings(confirmed, text)).toEqual([['warning', 'Kremlin']]);
  });

  it('LT66: a confirmation other than the model, or a min outside (0, 1), is a policy error with file and line', () => {
    for (const bad of [
      '{ confirm: rules, min: 0.2 }',
      '{ confirm: model, min: 1.5 }',
      '{ confirm: model }',
    ]) {
      const { policies, errors } = load(bad);
      expect(policies.filter((x) => x.file === 'policies/test.yaml')).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'policies/test.yaml', line: 10 });
      expect(errors[0]!.reason).toMatch(/^rules\[0\]\.unsure/);
    }
  });

  it("LT66: France's and the United Kingdom's attribution rules ask the model to confirm unsure readings", () => {
    const rules = defaultPolicies(['FR', 'UK']).flatMap((x) =>
      x.rules.filter((r) => r.kind === 'attribution'),
    );
    expect(rules.map((r) => [r.id, r.kind === 'attribution' && r.unsure?.confirm])).toEqual([
      ['FR-NO-ATTRIBUTION', 'model'],
      ['UK-ASSESSED-ATTRIBUTION', 'model'],
    ]);
  });
});
