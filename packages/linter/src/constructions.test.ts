import { describe, expect, it } from 'vitest';
import { defaultPolicies, defaultPolicySources } from './defaults';
import { createLinter } from './linter';
import { loadPolicies } from './load-policies';

const constructions = (body: string) => ({
  file: 'policies/test-constructions.yaml',
  text: `constructions: attribution\ngate: [harm]\nclasses:\n  harm: [hacked]\npatterns:\n${body}`,
});
const fr = defaultPolicySources().find((s) => s.file.endsWith('fr.yaml'))!;

describe('constructions as data', () => {
  it('LT24: a new phrasing is a data change: a pattern in a construction file makes the actor the author', () => {
    const { policies, errors } = loadPolicies([
      fr,
      constructions("  - id: ATT-X\n    pattern: '$actor @harm'\n"),
    ]);
    expect(errors).toEqual([]);
    const [f] = createLinter(policies).lintClause({ id: 'c', text: 'Iran hacked the ministry.' });
    expect(f).toMatchObject({ ruleId: 'FR-NO-ATTRIBUTION', start: 0, end: 4, severity: 'error' });
  });

  it('LT24: an antipattern over the same actor cancels the pattern', () => {
    const { policies } = loadPolicies([
      fr,
      constructions("  - id: ATT-X\n    pattern: '$actor @harm'\n    antipatterns: ['not $actor']\n"),
    ]);
    // (France's statistical second opinion, LT34, is not a construction: only construction findings count here)
    const findings = createLinter(policies).lintClause({ id: 'c', text: 'Not Iran hacked the ministry.' });
    expect(findings.filter((f) => !f.ruleId.endsWith('MODEL-ATTRIBUTION'))).toEqual([]);
  });

  it('LT41: x&y is one token that is both; an antipattern cancels on any of its matches that reaches the actor', () => {
    const { policies, errors } = loadPolicies([
      fr,
      constructions(
        "  - id: ATT-X\n    pattern: '$actor'\n    antipatterns: ['#Verb&@harm the? $actor', 'in _{0,4} $actor']\n",
      ),
    ]);
    expect(errors).toEqual([]);
    const constructionFindings = (text: string) =>
      createLinter(policies)
        .lintClause({ id: 'c', text })
        .filter((f) => !f.ruleId.endsWith('MODEL-ATTRIBUTION'))
        .map((f) => text.slice(f.start, f.end));
    // "hacked" is a verb and of the class: the antipattern holds
    expect(constructionFindings('They hacked Iran.')).toEqual([]);
    // the shortest match of "in _{0,4} $actor" ends at Germany; a longer one reaches Iran
    expect(constructionFindings('Servers in Germany and Iran were hacked.')).toEqual([]);
    expect(constructionFindings('Iran hacked the ministry.')).toEqual(['Iran']);
  });

  it('LT24: unknown classes, unreadable elements and patterns without an actor are errors with file and line', () => {
    const { errors } = loadPolicies([
      fr,
      constructions(
        "  - id: ATT-X\n    pattern: '$actor @nosuch'\n  - id: ATT-Y\n    pattern: '@harm'\n  - id: ATT-Z\n    pattern: '$actor <<'\n",
      ),
    ]);
    expect(errors).toEqual([
      { file: 'policies/test-constructions.yaml', line: 7, reason: 'unknown class @nosuch' },
      {
        file: 'policies/test-constructions.yaml',
        line: 9,
        reason: 'a pattern needs an actor slot ($actor, $threat, $poss, $hostile or $demonym)',
      },
      { file: 'policies/test-constructions.yaml', line: 11, reason: 'cannot read element "<<"' },
      // a construction file with errors contributes nothing, so France's rule refers to unknown constructions
      expect.objectContaining({ file: 'policies/fr.yaml', reason: 'unknown constructions "attribution"' }),
    ]);
    expect(loadPolicies([fr]).errors).toEqual([
      expect.objectContaining({ file: 'policies/fr.yaml', reason: 'unknown constructions "attribution"' }),
    ]);
  });

  it('LT25: where the author is uncertain, a threat state in a sentence about an attack is a warning, not nothing', () => {
    // the analysis's reading, without the bundled policy's model confirmation of unsure readings (LT66)
    const unconfirmed = defaultPolicies(['FR']).map((p) => ({
      ...p,
      rules: p.rules.map((r) => (r.kind === 'attribution' ? { ...r, unsure: undefined } : r)),
    }));
    const findings = createLinter(unconfirmed).lintClause({
      id: 'c',
      text: 'The attacks came as Russia held talks in Geneva.',
    });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'FR-NO-ATTRIBUTION', severity: 'warning', policy: 'FR' }),
    ]);
  });

  it('LT25: a policy may limit the states it must never name', () => {
    const limited = fr.text.replace('    entities:', '    states: [China]\n    entities:');
    const { policies, errors } = loadPolicies([
      { ...fr, text: limited },
      ...defaultPolicySources().filter((s) => s.file.includes('constructions')),
    ]);
    expect(errors).toEqual([]);
    // LT102: the limit governs France's statistical second opinion (LT36) too (before, it warned on the Russian
    // sentence at p 0.26: model-attribution-state-limit.test.ts)
    const lint = (text: string) => createLinter(policies).lintClause({ id: 'c', text });
    expect(lint('Russia carried out the attacks.')).toEqual([]);
    expect(lint('China carried out the attacks.')).toHaveLength(1);
  });

  it('LT26: one finding per policy, category and span, even where two rules see the same words', () => {
    const findings = createLinter(defaultPolicies([])).lintClause({ id: 'c', text: 'NATO SECRET' });
    expect(findings).toHaveLength(1);
  });
});
