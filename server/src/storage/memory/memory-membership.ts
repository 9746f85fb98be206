import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { MembershipStorage, StoredInvite, StoredMember } from '../membership';
import type { DocumentMeta } from '../storage';

const copy = <T>(value: T): T => structuredClone(value);

/** The memory half of MembershipStorage: each method completes without yielding, so it is atomic. */
export function memoryMembership(o: {
  rows: (docId: string) => DocumentMeta;
  has: (docId: string) => boolean;
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry;
}): MembershipStorage {
  const invites = new Map<string, StoredInvite>();
  const members = new Map<string, Omit<StoredMember, 'revokedAt'>>();
  const byTimeThenId =
    <T>(at: (x: T) => string, id: (x: T) => string) =>
    (a: T, b: T) =>
      at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0;
  const withRevocation = (m: Omit<StoredMember, 'revokedAt'>): StoredMember => ({
    ...copy(m),
    revokedAt: invites.get(m.inviteId)?.revokedAt ?? null,
  });

  return {
    async createInvite(invite, audit) {
      o.rows(invite.docId);
      if (invites.has(invite.id)) throw new Error(`invite ${invite.id} already exists`);
      const entry = o.appendAudit(invite.docId, audit, invite.createdAt);
      invites.set(invite.id, copy(invite));
      return entry;
    },
    async getInvite(inviteId) {
      const i = invites.get(inviteId);
      return i ? copy(i) : undefined;
    },
    async listInvites(docId) {
      return [...invites.values()]
        .filter((i) => i.docId === docId)
        .sort(
          byTimeThenId(
            (i) => i.createdAt,
            (i) => i.id,
          ),
        )
        .map(copy);
    },
    async revokeInvite(docId, inviteId, revoked, audit) {
      const i = invites.get(inviteId);
      if (!i || i.docId !== docId || i.revokedAt) {
        throw new Error(`invite ${inviteId} is not an unrevoked invite of ${docId}`);
      }
      const entry = o.appendAudit(docId, audit, revoked.at);
      i.revokedAt = revoked.at;
      i.revokedBy = copy(revoked.by);
      return entry;
    },
    async redeemInvite(inviteId, at, decide) {
      const stored = invites.get(inviteId);
      const invite = stored ? copy(stored) : undefined;
      const parties = invite && o.has(invite.docId) ? [...o.rows(invite.docId).parties] : undefined;
      const { admit, result } = decide(invite, parties);
      if (admit && stored) {
        if (members.has(admit.member.sub)) throw new Error(`member ${admit.member.sub} already exists`);
        o.appendAudit(stored.docId, admit.audit, at);
        stored.used += 1;
        const { revokedAt: _revoked, ...member } = copy(admit.member);
        members.set(member.sub, member);
      }
      return result;
    },
    async getMember(sub) {
      const m = members.get(sub);
      return m ? withRevocation(m) : undefined;
    },
    async listMembers(docId) {
      return [...members.values()]
        .filter((m) => m.docId === docId)
        .sort(
          byTimeThenId(
            (m) => m.joinedAt,
            (m) => m.sub,
          ),
        )
        .map(withRevocation);
    },
  };
}
