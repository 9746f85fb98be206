import { describe, expect, it } from 'vitest';
import { defaultPolicySources } from './defaults';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';
import { isModelFinding } from './rules-under-test';

// LT102 (4): France's model attribution rule warned about Russia under a policy whose attribution rule names only
// China (`states: [China]`, LT25): the statistical second opinion ignored the policy's state limit. A model
// attribution warning now respects it as the rules do: it stands only in a sentence that names an actor of a state
// the policy limits itself to, and its span is that actor.
const fr = defaultPolicySources().find((s) => s.file.endsWith('fr.yaml'))!;
const constructions = defaultPolicySources().filter((s) => s.file.includes('constructions'));

function frLimitedTo(states: string): ReturnType<typeof loadPolicies>['policies'] {
  const text = fr.text.replace('    entities:', `    states: [${states}]\n    entities:`);
  const { policies, errors } = loadPolicies([{ ...fr, text }, ...constructions]);
  expect(errors).toEqual([]);
  return policies;
}

// what the rules miss and the model reads as an attribution (bundled model p >= FR-MODEL-ATTRIBUTION's threshold)
const RUSSIAN =
  'Our analysts have high confidence in Russian authorship, though the evidence cannot be shared.';
const CHINESE =
  'Our analysts have high confidence in Chinese authorship, though the evidence cannot be shared.';
const BOTH =
  'Our analysts have high confidence in Russian or Chinese authorship, though the evidence cannot be shared.';

const modelFindings = (policies: ReturnType<typeof frLimitedTo>, text: string) =>
  createLinter(policies)
    .lintClause({ id: 'c', text })
    .filter((f) => isModelFinding(f) && f.category === 'attribution');

describe('model attribution under a policy state limit (LT102)', () => {
  it('the unlimited policy warns on both sentences (the model reads them as attributions)', () => {
    const { policies } = loadPolicies([fr, ...constructions]);
    expect(modelFindings(policies, RUSSIAN)).toHaveLength(1);
    expect(modelFindings(policies, CHINESE)).toHaveLength(1);
  });

  it('a policy that names only China gets no model warning about Russia', () => {
    expect(modelFindings(frLimitedTo('China'), RUSSIAN)).toEqual([]);
    // the rule reads China's author under the limit and stays silent on Russia's, and so does the model now
    const all = (text: string) => createLinter(frLimitedTo('China')).lintClause({ id: 'c', text });
    expect(all('Russia carried out the attacks.')).toEqual([]);
    expect(all('China carried out the attacks.').map((f) => f.ruleId)).toEqual(['FR-NO-ATTRIBUTION']);
  });

  it('a policy that names only China still gets the model warning about China', () => {
    const found = modelFindings(frLimitedTo('China'), CHINESE);
    expect(found).toHaveLength(1);
    expect(CHINESE.slice(found[0]!.start, found[0]!.end)).toBe('Chinese');
  });

  it('with both states named, the span is the actor of the limited state', () => {
    const found = modelFindings(frLimitedTo('China'), BOTH);
    expect(found.map((f) => BOTH.slice(f.start, f.end))).toEqual(['Chinese']);
    const russian = modelFindings(frLimitedTo('Russia'), BOTH);
    expect(russian.map((f) => BOTH.slice(f.start, f.end))).toEqual(['Russian']);
  });
});
