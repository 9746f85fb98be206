import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { Pool, PoolClient } from 'pg';
import { type InviteRow, type MemberRow, type MembershipStorage, toInvite, toMember } from '../membership';
import { inTransaction } from './transaction';

/** Invites and members; applied by migrate() (see MIGRATIONS). */
export const MEMBERSHIP_MIGRATION_SQL = `
CREATE TABLE invites (
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
CREATE INDEX invites_doc ON invites (doc_id, created_at);
CREATE TABLE members (
  sub TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  delegation TEXT NOT NULL,
  role TEXT NOT NULL,
  invite_id TEXT NOT NULL REFERENCES invites(id),
  joined_at TEXT NOT NULL,
  invited_by TEXT NOT NULL
);
CREATE INDEX members_doc ON members (doc_id, joined_at);
`;

const MEMBER_SELECT =
  'SELECT m.*, i.revoked_at AS revoked_at FROM members m JOIN invites i ON i.id = m.invite_id';

/**
 * The Postgres half of MembershipStorage. Every change locks the document row first (as
 * commitChange does), so audit entries chain in one order across instances; a redemption also
 * locks the invite row, so its uses are counted exactly.
 */
export function postgresMembership(
  pool: Pool,
  lockDocument: (c: PoolClient, docId: string) => Promise<unknown>,
  appendAudit: (c: PoolClient, docId: string, input: AuditInput, at: string) => Promise<AuditEntry>,
): MembershipStorage {
  return {
    async createInvite(invite, audit) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, invite.docId);
        await c.query(
          'INSERT INTO invites (id, doc_id, delegation, role, uses, used, expires_at, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [
            invite.id,
            invite.docId,
            invite.delegation,
            invite.role,
            invite.uses,
            invite.used,
            invite.expiresAt,
            invite.createdAt,
            JSON.stringify(invite.by),
          ],
        );
        return appendAudit(c, invite.docId, audit, invite.createdAt);
      });
    },
    async getInvite(inviteId) {
      const { rows } = await pool.query<InviteRow>('SELECT * FROM invites WHERE id = $1', [inviteId]);
      return rows[0] ? toInvite(rows[0]) : undefined;
    },
    async listInvites(docId) {
      const { rows } = await pool.query<InviteRow>(
        'SELECT * FROM invites WHERE doc_id = $1 ORDER BY created_at COLLATE "C", id COLLATE "C"',
        [docId],
      );
      return rows.map(toInvite);
    },
    async revokeInvite(docId, inviteId, revoked, audit) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, docId);
        const { rowCount } = await c.query(
          'UPDATE invites SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND doc_id = $4 AND revoked_at IS NULL',
          [revoked.at, JSON.stringify(revoked.by), inviteId, docId],
        );
        if (rowCount !== 1) throw new Error(`invite ${inviteId} is not an unrevoked invite of ${docId}`);
        return appendAudit(c, docId, audit, revoked.at);
      });
    },
    async redeemInvite(inviteId, at, decide) {
      return inTransaction(pool, async (c) => {
        const found = await c.query<{ doc_id: string }>('SELECT doc_id FROM invites WHERE id = $1', [
          inviteId,
        ]);
        const docId = found.rows[0]?.doc_id;
        if (!docId) return decide(undefined, undefined).result;
        // Document row first, then the invite row: the same order as every other change.
        await lockDocument(c, docId);
        const inv = await c.query<InviteRow>('SELECT * FROM invites WHERE id = $1 FOR UPDATE', [inviteId]);
        const doc = await c.query<{ parties: string[] }>('SELECT parties FROM documents WHERE id = $1', [
          docId,
        ]);
        const invite = inv.rows[0] ? toInvite(inv.rows[0]) : undefined;
        const { admit, result } = decide(invite, doc.rows[0]?.parties);
        if (admit && invite) {
          const m = admit.member;
          await c.query('UPDATE invites SET used = used + 1 WHERE id = $1', [invite.id]);
          await c.query(
            'INSERT INTO members (sub, doc_id, name, delegation, role, invite_id, joined_at, invited_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
            [m.sub, m.docId, m.name, m.delegation, m.role, m.inviteId, m.joinedAt, JSON.stringify(m.by)],
          );
          await appendAudit(c, docId, admit.audit, at);
        }
        return result;
      });
    },
    async getMember(sub) {
      const { rows } = await pool.query<MemberRow>(`${MEMBER_SELECT} WHERE m.sub = $1`, [sub]);
      return rows[0] ? toMember(rows[0]) : undefined;
    },
    async listMembers(docId) {
      const { rows } = await pool.query<MemberRow>(
        `${MEMBER_SELECT} WHERE m.doc_id = $1 ORDER BY m.joined_at COLLATE "C", m.sub COLLATE "C"`,
        [docId],
      );
      return rows.map(toMember);
    },
  };
}
