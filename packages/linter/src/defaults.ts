import { DEFAULT_POLICY_SOURCES } from './default-policies';
import { BASELINE_POLICY } from './finding';
import { loadPolicies } from './load-policies';
import type { Policy, PolicySource } from './policy-schema';

/** The bundled policy files (policies/*.yaml), embedded so they load without a file system. */
export function defaultPolicySources(): PolicySource[] {
  return DEFAULT_POLICY_SOURCES.map((s) => ({ ...s }));
}

let loaded: Policy[] | undefined;

/** The bundled baseline plus the named delegations' policies (all delegations if none are named). */
export function defaultPolicies(parties?: string[]): Policy[] {
  if (!loaded) {
    const { policies, errors } = loadPolicies(defaultPolicySources());
    // the bundled files are covered by tests, so an error here is a packaging bug, not user input
    if (errors.length > 0) throw new Error(`bundled policies are invalid: ${JSON.stringify(errors)}`);
    loaded = policies;
  }
  const wanted = parties?.map((p) => p.toUpperCase());
  return loaded.filter((p) => p.delegation === BASELINE_POLICY || !wanted || wanted.includes(p.delegation));
}
