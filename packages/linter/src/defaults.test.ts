import { describe, expect, it } from 'vitest';
import { readPolicyFiles } from '../scripts/generate-default-policies';
import { defaultPolicies, defaultPolicySources } from './defaults';
import { loadPolicies } from './load-policies';

describe('default policies', () => {
  it('LT4: the embedded policy texts match policies/*.yaml (run `pnpm --filter @accord/linter generate`)', () => {
    expect(defaultPolicySources()).toEqual(readPolicyFiles());
  });

  it('LT4: every bundled file loads without errors', () => {
    const { policies, errors } = loadPolicies(defaultPolicySources());
    expect(errors).toEqual([]);
    expect(policies.map((p) => p.delegation).sort()).toEqual(['ALL', 'CA', 'DE', 'EU', 'FR', 'UK', 'US']);
  });

  it('LT5: returns the baseline plus the named delegations, or all of them when none are named', () => {
    expect(defaultPolicies(['FR', 'uk']).map((p) => p.delegation)).toEqual(['ALL', 'FR', 'UK']);
    expect(defaultPolicies([]).map((p) => p.delegation)).toEqual(['ALL']);
    expect(defaultPolicies()).toHaveLength(7);
  });

  it('LT5: US, CA and DE add nothing to the baseline; the baseline has no attribution rule', () => {
    for (const code of ['US', 'CA', 'DE']) {
      expect(defaultPolicies([code]).find((p) => p.delegation === code)?.rules).toEqual([]);
    }
    const baseline = defaultPolicies([])[0]!;
    expect(baseline.rules.some((r) => r.category === 'attribution')).toBe(false);
  });
});
