import { describe, expect, it } from 'vitest';
import { type Actor, canEdit, canManageParties } from './permissions';

const as = (role: Actor['role']): Actor => ({ sub: 's', name: 'N', delegation: 'FR', role });

describe('roles', () => {
  it('AP14: drafters and penholders edit, observers do not', () => {
    expect(canEdit(as('drafter'))).toBe(true);
    expect(canEdit(as('penholder'))).toBe(true);
    expect(canEdit(as('observer'))).toBe(false);
  });

  it('AP14: only penholders manage parties', () => {
    expect(canManageParties(as('penholder'))).toBe(true);
    expect(canManageParties(as('drafter'))).toBe(false);
    expect(canManageParties(as('observer'))).toBe(false);
  });
});
