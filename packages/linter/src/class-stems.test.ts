import { describe, expect, it } from 'vitest';
import { createStemIndex, stemProblem } from './class-stems';
import { defaultPolicySources } from './defaults';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';

const fr = defaultPolicySources().find((s) => s.file.endsWith('fr.yaml'))!;
const constructions = (harm: string) => ({
  file: 'policies/test-constructions.yaml',
  text: `constructions: attribution\ngate: [harm]\nclasses:\n  harm: [${harm}]\npatterns:\n  - id: ATT-X\n    pattern: '$actor @harm'\n`,
});
const authors = (harm: string, text: string) => {
  const { policies, errors } = loadPolicies([fr, constructions(harm)]);
  expect(errors).toEqual([]);
  return createLinter(policies)
    .lintClause({ id: 'c', text })
    .filter((f) => f.ruleId === 'FR-NO-ATTRIBUTION')
    .map((f) => text.slice(f.start, f.end));
};

describe('LT109: a class entry ending in "*" is a stem', () => {
  it('LT109: a stem matches every token that begins with it, and the gate lets the sentence through', () => {
    expect(authors('hackerangr*', 'Iran hackerangriffen die Bank.')).toEqual(['Iran']);
    expect(authors('hackerangr*', 'Iran hackerangr die Bank.')).toEqual(['Iran']);
  });

  it('LT109: a stem matches no token it does not begin, nor one that holds it further in', () => {
    expect(authors('hackerangr*', 'Iran hacked die Bank.')).toEqual([]);
    expect(authors('angr*', 'Iran hackerangriffen die Bank.')).toEqual([]);
  });

  it('LT109: a stem is one word of at least four letters, or the file has an error at its entry', () => {
    expect(stemProblem('utok*')).toBeUndefined();
    expect(stemProblem('hacked')).toBeUndefined();
    expect(stemProblem('ut*')).toMatch(/at least 4/);
    expect(stemProblem('cyber ut*')).toMatch(/one word/);
    expect(stemProblem('ha*ck')).toMatch(/one word/);
    const { errors } = loadPolicies([fr, constructions('ut*')]);
    // the broken file is refused (so France's policy, which names its constructions, reports them unknown)
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: 'policies/test-constructions.yaml',
        reason: 'a stem needs at least 4 letters: "ut*"',
      }),
    );
  });

  it('LT109: the index gives every stem a form falls under, longest first, and nothing to a plain word', () => {
    const stemsOf = createStemIndex(['atac*', 'atacuri*', 'attack']);
    expect(stemsOf('atacurile')).toEqual(['atacuri*', 'atac*']);
    expect(stemsOf('atacul')).toEqual(['atac*']);
    expect(stemsOf('attacks')).toEqual([]);
  });
});
