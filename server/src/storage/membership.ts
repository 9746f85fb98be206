import type { AuditEntry, AuditInput, InviteFacts, Person } from '@accord/approvals';

/** An invite as stored: the facts the rules decide on, plus who made and who revoked it. */
export interface StoredInvite extends InviteFacts {
  createdAt: string;
  by: Person;
  revokedBy: Person | null;
}

/** Someone who joined a document by redeeming an invite (their session's `sub`). */
export interface StoredMember {
  sub: string;
  docId: string;
  name: string;
  delegation: string;
  role: InviteFacts['role'];
  inviteId: string;
  joinedAt: string;
  /** Who created the invite they came in by. */
  by: { delegation: string; name: string };
  /** When their invite was revoked (which ended their session), else null. */
  revokedAt: string | null;
}

/** What a redemption decided: the member to admit (with its audit entry), or nobody. */
export interface Admission<T> {
  admit: { member: StoredMember; audit: AuditInput } | null;
  result: T;
}

/**
 * Invites and the members they admitted. Part of every Storage; each method is atomic, and each
 * change is committed with its audit entry.
 */
export interface MembershipStorage {
  createInvite(invite: StoredInvite, audit: AuditInput): Promise<AuditEntry>;
  getInvite(inviteId: string): Promise<StoredInvite | undefined>;
  listInvites(docId: string): Promise<StoredInvite[]>;
  /** Marks the invite revoked (its members' sessions end with it). */
  revokeInvite(
    docId: string,
    inviteId: string,
    revoked: { at: string; by: Person },
    audit: AuditInput,
  ): Promise<AuditEntry>;
  /**
   * Reads the invite and its document's parties, lets `decide` judge them and, if it admits a
   * member, counts one use, stores the member and its audit entry — all in one transaction, so an
   * invite is never redeemed more often than its `uses` even by concurrent callers.
   */
  redeemInvite<T>(
    inviteId: string,
    at: string,
    decide: (invite: StoredInvite | undefined, parties: string[] | undefined) => Admission<T>,
  ): Promise<T>;
  getMember(sub: string): Promise<StoredMember | undefined>;
  listMembers(docId: string): Promise<StoredMember[]>;
}

interface InviteRow {
  id: string;
  doc_id: string;
  delegation: string;
  role: string;
  uses: number;
  used: number;
  expires_at: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

interface MemberRow {
  sub: string;
  doc_id: string;
  name: string;
  delegation: string;
  role: string;
  invite_id: string;
  joined_at: string;
  invited_by: string;
  revoked_at: string | null;
}

export type { InviteRow, MemberRow };

export const toInvite = (r: InviteRow): StoredInvite => ({
  id: r.id,
  docId: r.doc_id,
  delegation: r.delegation,
  role: r.role as StoredInvite['role'],
  uses: Number(r.uses),
  used: Number(r.used),
  expiresAt: r.expires_at,
  createdAt: r.created_at,
  by: JSON.parse(r.created_by) as Person,
  revokedAt: r.revoked_at,
  revokedBy: r.revoked_by ? (JSON.parse(r.revoked_by) as Person) : null,
});

export const toMember = (r: MemberRow): StoredMember => ({
  sub: r.sub,
  docId: r.doc_id,
  name: r.name,
  delegation: r.delegation,
  role: r.role as StoredMember['role'],
  inviteId: r.invite_id,
  joinedAt: r.joined_at,
  by: JSON.parse(r.invited_by) as StoredMember['by'],
  revokedAt: r.revoked_at,
});
