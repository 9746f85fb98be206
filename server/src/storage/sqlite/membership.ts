import type { AuditEntry, AuditInput } from '@accord/approvals';
import type Database from 'better-sqlite3';
import {
  type InviteRow,
  type MemberRow,
  type MembershipStorage,
  type StoredMember,
  toInvite,
  toMember,
} from '../membership';

/** Invites and members (idempotent, run on every start after the main schema). */
export const MEMBERSHIP_SCHEMA = `
CREATE TABLE IF NOT EXISTS invites (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  delegation TEXT NOT NULL,
  role TEXT NOT NULL,
  uses INTEGER NOT NULL,
  used INTEGER NOT NULL DEFAULT 0,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT
);
CREATE INDEX IF NOT EXISTS invites_doc ON invites (doc_id, created_at);
CREATE TABLE IF NOT EXISTS members (
  sub TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  delegation TEXT NOT NULL,
  role TEXT NOT NULL,
  invite_id TEXT NOT NULL REFERENCES invites(id),
  joined_at TEXT NOT NULL,
  invited_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS members_doc ON members (doc_id, joined_at);
`;

const MEMBER_SELECT =
  'SELECT m.*, i.revoked_at AS revoked_at FROM members m JOIN invites i ON i.id = m.invite_id';

/** The SQLite half of MembershipStorage; `appendAudit` is the adapter's own chained append. */
export function sqliteMembership(
  db: Database.Database,
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry,
): MembershipStorage {
  db.exec(MEMBERSHIP_SCHEMA);
  const q = {
    insertInvite: db.prepare(
      'INSERT INTO invites (id, doc_id, delegation, role, uses, used, expires_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    getInvite: db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE id = ?'),
    listInvites: db.prepare<[string], InviteRow>(
      'SELECT * FROM invites WHERE doc_id = ? ORDER BY created_at, id',
    ),
    revoke: db.prepare(
      'UPDATE invites SET revoked_at = ?, revoked_by = ? WHERE id = ? AND doc_id = ? AND revoked_at IS NULL',
    ),
    use: db.prepare('UPDATE invites SET used = used + 1 WHERE id = ?'),
    parties: db.prepare<[string], { parties: string }>('SELECT parties FROM documents WHERE id = ?'),
    insertMember: db.prepare(
      'INSERT INTO members (sub, doc_id, name, delegation, role, invite_id, joined_at, invited_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    getMember: db.prepare<[string], MemberRow>(`${MEMBER_SELECT} WHERE m.sub = ?`),
    listMembers: db.prepare<[string], MemberRow>(
      `${MEMBER_SELECT} WHERE m.doc_id = ? ORDER BY m.joined_at, m.sub`,
    ),
  };

  const createInvite = db.transaction(
    (invite: Parameters<MembershipStorage['createInvite']>[0], audit: AuditInput) => {
      q.insertInvite.run(
        invite.id,
        invite.docId,
        invite.delegation,
        invite.role,
        invite.uses,
        invite.used,
        invite.expiresAt,
        invite.createdAt,
        JSON.stringify(invite.by),
      );
      return appendAudit(invite.docId, audit, invite.createdAt);
    },
  );

  const revokeInvite = db.transaction(
    (docId: string, inviteId: string, revoked: { at: string; by: unknown }, audit: AuditInput) => {
      const changed = q.revoke.run(revoked.at, JSON.stringify(revoked.by), inviteId, docId).changes;
      if (changed !== 1) throw new Error(`invite ${inviteId} is not an unrevoked invite of ${docId}`);
      return appendAudit(docId, audit, revoked.at);
    },
  );

  const insertMember = (m: StoredMember) =>
    q.insertMember.run(
      m.sub,
      m.docId,
      m.name,
      m.delegation,
      m.role,
      m.inviteId,
      m.joinedAt,
      JSON.stringify(m.by),
    );

  return {
    async createInvite(invite, audit) {
      return createInvite.immediate(invite, audit);
    },
    async getInvite(inviteId) {
      const r = q.getInvite.get(inviteId);
      return r ? toInvite(r) : undefined;
    },
    async listInvites(docId) {
      return q.listInvites.all(docId).map(toInvite);
    },
    async revokeInvite(docId, inviteId, revoked, audit) {
      return revokeInvite.immediate(docId, inviteId, revoked, audit);
    },
    async redeemInvite(inviteId, at, decide) {
      const run = db.transaction(() => {
        const row = q.getInvite.get(inviteId);
        const invite = row ? toInvite(row) : undefined;
        const partiesRow = invite ? q.parties.get(invite.docId) : undefined;
        const parties = partiesRow ? (JSON.parse(partiesRow.parties) as string[]) : undefined;
        const { admit, result } = decide(invite, parties);
        if (admit && invite) {
          q.use.run(invite.id);
          insertMember(admit.member);
          appendAudit(invite.docId, admit.audit, at);
        }
        return result;
      });
      return run.immediate();
    },
    async getMember(sub) {
      const r = q.getMember.get(sub);
      return r ? toMember(r) : undefined;
    },
    async listMembers(docId) {
      return q.listMembers.all(docId).map(toMember);
    },
  };
}
