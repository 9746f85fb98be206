/** The delegations Accord knows by name and presence colour (scenario.md); unknown codes still work. */
export interface DelegationInfo {
  code: string;
  name: string;
  /** Presence colour: cursor, chips and avatars of this delegation's people. */
  colour: string;
}

// Chosen to stay apart (CIELAB ΔE ≥ 23 between any two, also under a simulated deuteranopia) and to
// carry white text at ≥ 4.5:1 (#19); the UI always shows the code beside the colour.
export const DELEGATIONS: readonly DelegationInfo[] = [
  { code: 'US', name: 'United States', colour: '#123f7a' },
  { code: 'CA', name: 'Canada', colour: '#c2410c' },
  { code: 'UK', name: 'United Kingdom', colour: '#7e22ce' },
  { code: 'FR', name: 'France', colour: '#00755a' },
  { code: 'DE', name: 'Germany', colour: '#5c4a00' },
  { code: 'EU', name: 'European Union', colour: '#1a1a1a' },
];

export function delegationInfo(code: string): DelegationInfo {
  return DELEGATIONS.find((d) => d.code === code) ?? { code, name: code, colour: '#555555' };
}
