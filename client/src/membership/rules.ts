import type { InviteView, Role } from '@accord/protocol';

/**
 * What the Members panel offers, mirroring the server's rules (MB2, MB4 in @accord/approvals'
 * SPEC) so people are not shown buttons that would be refused. The server decides.
 */
export function invitableRoles(me: { delegation: string; role: Role }, delegation: string): Role[] {
  if (me.role === 'observer') return [];
  if (me.role === 'penholder') {
    return delegation === me.delegation ? ['drafter', 'observer', 'penholder'] : ['drafter', 'observer'];
  }
  return delegation === me.delegation ? ['drafter', 'observer'] : [];
}

export function invitableDelegations(me: { delegation: string; role: Role }, parties: string[]): string[] {
  return parties.filter((p) => invitableRoles(me, p).length > 0);
}

export function canRevoke(me: { delegation: string; role: Role }, invite: InviteView): boolean {
  if (invite.status === 'revoked' || me.role === 'observer') return false;
  return me.role === 'penholder' || invite.delegation === me.delegation;
}
