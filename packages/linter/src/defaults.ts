import { assemblePolicies } from './assemble-policies';
import { DEFAULT_POLICY_DATA, DEFAULT_POLICY_SOURCES } from './default-policies';
import { BASELINE_POLICY } from './finding';
import type { Policy, PolicySource } from './policy-schema';

/** The bundled policy files (policies/*.yaml), embedded so they load without a file system. */
export function defaultPolicySources(): PolicySource[] {
  return DEFAULT_POLICY_SOURCES.map((s) => ({ ...s }));
}

let loaded: Policy[] | undefined;

/** The bundled baseline plus the named delegations' policies (all delegations if none are named). */
export function defaultPolicies(parties?: string[]): Policy[] {
  if (!loaded) {
    // LT78: parsed and validated by the generator (and the tests), so no YAML parse or validation here
    const { policies, errors } = assemblePolicies(DEFAULT_POLICY_DATA);
    // the bundled files are covered by tests, so an error here is a packaging bug, not user input
    if (errors.length > 0) throw new Error(`bundled policies are invalid: ${JSON.stringify(errors)}`);
    loaded = policies;
  }
  const wanted = parties?.map((p) => p.toUpperCase());
  return loaded.filter((p) => p.delegation === BASELINE_POLICY || !wanted || wanted.includes(p.delegation));
}
