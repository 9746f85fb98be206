import { describe, expect, it } from 'vitest';
import { readPolicyFiles } from '../scripts/generate-default-policies';
import { assemblePolicies } from './assemble-policies';
import { DEFAULT_POLICY_DATA } from './default-policies';
import { defaultPolicies, defaultPolicySources } from './defaults';
import { loadPolicies, validatedPolicyFiles } from './load-policies';
import type { Policy } from './policy-schema';

/** A policy as data: its construction sets without their compiled gate (a function). */
const asData = (p: Policy) => ({
  delegation: p.delegation,
  name: p.name,
  file: p.file,
  rules: p.rules,
  constructions: [...p.constructions].map(([name, set]) => ({
    name,
    classes: set.classes,
    phrases: set.phrases,
    patterns: set.patterns,
  })),
});

describe('bundled policies embedded as validated data (LT78)', () => {
  it('LT78: the embedded data is policies/*.yaml parsed and validated now (run `pnpm --filter @accord/linter generate`)', () => {
    const { files, errors } = validatedPolicyFiles(readPolicyFiles());
    expect(errors).toEqual([]);
    expect(DEFAULT_POLICY_DATA).toEqual(files);
  });

  it('LT78: defaultPolicies() are the policies loadPolicies reads from the same files, rule for rule', () => {
    const { policies, errors } = loadPolicies(defaultPolicySources());
    expect(errors).toEqual([]);
    expect(defaultPolicies().map(asData)).toEqual(policies.map(asData));
  });

  it('LT78: validated data is still checked against itself (an unknown list is an error at line 1)', () => {
    const { policies, errors } = assemblePolicies([
      {
        file: 'policies/x.yaml',
        kind: 'policy',
        data: {
          delegation: 'XX',
          name: 'X',
          rules: [
            {
              id: 'X-NAMES',
              kind: 'names',
              category: 'sanctions',
              severity: 'error',
              message: 'm',
              ignorecase: true,
              list: 'nowhere',
              names: [],
            },
          ],
        },
      },
    ]);
    expect(policies).toEqual([]);
    expect(errors).toEqual([{ file: 'policies/x.yaml', line: 1, reason: 'unknown list "nowhere"' }]);
  });

  it('LT78: a file with an error is not embedded: the generator gets the problems, with file and line', () => {
    const { files, errors } = validatedPolicyFiles([
      { file: 'policies/bad.yaml', text: 'delegation: FR\nname: France\nrules:\n  - id: bad id\n' },
    ]);
    expect(files).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'policies/bad.yaml', line: 4 });
  });
});
