import type { InviteView } from '@accord/protocol';
import { describe, expect, it } from 'vitest';
import { canRevoke, invitableDelegations, invitableRoles } from './rules';

const invite = (over: Partial<InviteView> = {}): InviteView => ({
  id: 'i',
  docId: 'd',
  delegation: 'FR',
  role: 'drafter',
  expiresAt: '2030-01-01T00:00:00Z',
  uses: 1,
  used: 0,
  createdAt: '2029-01-01T00:00:00Z',
  by: { delegation: 'UK', name: 'Pen' },
  revokedAt: null,
  status: 'active',
  ...over,
});

describe('Members panel offers what the server allows', () => {
  it('MB2: the penholder offers penholder only for its own delegation', () => {
    const pen = { delegation: 'UK', role: 'penholder' as const };
    expect(invitableRoles(pen, 'UK')).toContain('penholder');
    expect(invitableRoles(pen, 'FR')).toEqual(['drafter', 'observer']);
    expect(invitableDelegations(pen, ['UK', 'FR'])).toEqual(['UK', 'FR']);
  });

  it('MB2: a drafter offers its own delegation only; an observer nothing', () => {
    expect(invitableDelegations({ delegation: 'FR', role: 'drafter' }, ['UK', 'FR'])).toEqual(['FR']);
    expect(invitableDelegations({ delegation: 'FR', role: 'observer' }, ['UK', 'FR'])).toEqual([]);
  });

  it("MB4: revoke is offered to the penholder and to the invite's own delegation", () => {
    expect(canRevoke({ delegation: 'UK', role: 'penholder' }, invite())).toBe(true);
    expect(canRevoke({ delegation: 'FR', role: 'drafter' }, invite())).toBe(true);
    expect(canRevoke({ delegation: 'US', role: 'drafter' }, invite())).toBe(false);
    expect(canRevoke({ delegation: 'FR', role: 'observer' }, invite())).toBe(false);
    expect(canRevoke({ delegation: 'UK', role: 'penholder' }, invite({ status: 'revoked' }))).toBe(false);
  });
});
