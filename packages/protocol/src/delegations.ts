/** The delegations Accord knows by name and presence colour (scenario.md); unknown codes still work. */
export interface DelegationInfo {
  code: string;
  name: string;
  /** Presence colour: cursor, chips and avatars of this delegation's people. */
  colour: string;
}

export const DELEGATIONS: readonly DelegationInfo[] = [
  { code: 'US', name: 'United States', colour: '#1f4e9c' },
  { code: 'CA', name: 'Canada', colour: '#c8102e' },
  { code: 'UK', name: 'United Kingdom', colour: '#6a1b9a' },
  { code: 'FR', name: 'France', colour: '#0072bb' },
  { code: 'DE', name: 'Germany', colour: '#b8860b' },
  { code: 'EU', name: 'European Union', colour: '#003399' },
];

export function delegationInfo(code: string): DelegationInfo {
  return DELEGATIONS.find((d) => d.code === code) ?? { code, name: code, colour: '#555555' };
}
