import type { AuditEntry, AuditInput } from '@accord/approvals';
import type pg from 'pg';
import {
  fromRecord,
  type NegotiationRow,
  type NegotiationStorage,
  type StoredAmendment,
  type StoredComment,
} from '../negotiation';
import { inTransaction } from './transaction';

/** Migration: comments and amendments (#16). */
export const NEGOTIATION_MIGRATION_SQL = `
CREATE TABLE comments (
  n BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  at TEXT NOT NULL,
  resolved BOOLEAN NOT NULL DEFAULT false,
  record JSONB NOT NULL,
  UNIQUE (doc_id, id)
);
CREATE INDEX comments_doc ON comments (doc_id, n);
CREATE TABLE amendments (
  n BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  record JSONB NOT NULL,
  UNIQUE (doc_id, id)
);
CREATE INDEX amendments_doc ON amendments (doc_id, n);
CREATE INDEX amendments_open ON amendments (doc_id, status);
`;

/** The negotiation part of the Postgres Storage; the lock and chain step are the adapter's own. */
export function postgresNegotiation(
  pool: pg.Pool,
  lockDocument: (c: pg.PoolClient, docId: string) => Promise<unknown>,
  appendAudit: (c: pg.PoolClient, docId: string, input: AuditInput, at: string) => Promise<AuditEntry>,
): NegotiationStorage {
  return {
    async addComment(docId, c) {
      await pool.query(
        'INSERT INTO comments (id, doc_id, clause_id, at, resolved, record) VALUES ($1, $2, $3, $4, $5, $6)',
        [c.id, docId, c.clauseId, c.at, c.resolved, JSON.stringify(c)],
      );
    },
    async comments(docId) {
      const { rows } = await pool.query<NegotiationRow>(
        'SELECT record FROM comments WHERE doc_id = $1 ORDER BY n',
        [docId],
      );
      return rows.map((r) => fromRecord<StoredComment>(r));
    },
    async getComment(docId, commentId) {
      const { rows } = await pool.query<NegotiationRow>(
        'SELECT record FROM comments WHERE doc_id = $1 AND id = $2',
        [docId, commentId],
      );
      return rows[0] ? fromRecord<StoredComment>(rows[0]) : undefined;
    },
    async changeComment(docId, commentId, decide, at) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, docId);
        const { rows } = await c.query<NegotiationRow>(
          'SELECT record FROM comments WHERE doc_id = $1 AND id = $2',
          [docId, commentId],
        );
        const step = decide(rows[0] ? fromRecord<StoredComment>(rows[0]) : undefined);
        const updated = await c.query(
          'UPDATE comments SET resolved = $1, record = $2 WHERE doc_id = $3 AND id = $4',
          [step.row.resolved, JSON.stringify(step.row), docId, commentId],
        );
        if (updated.rowCount !== 1) throw new Error(`unknown comment ${commentId}`);
        return { comment: step.row, entry: await appendAudit(c, docId, step.audit, at) };
      });
    },
    async addAmendment(docId, a, audit, at) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, docId);
        await c.query(
          'INSERT INTO amendments (id, doc_id, clause_id, at, status, record) VALUES ($1, $2, $3, $4, $5, $6)',
          [a.id, docId, a.clauseId, a.at, a.status, JSON.stringify(a)],
        );
        return appendAudit(c, docId, audit, at);
      });
    },
    async amendments(docId) {
      const { rows } = await pool.query<NegotiationRow>(
        'SELECT record FROM amendments WHERE doc_id = $1 ORDER BY n',
        [docId],
      );
      return rows.map((r) => fromRecord<StoredAmendment>(r));
    },
    async getAmendment(docId, amendmentId) {
      const { rows } = await pool.query<NegotiationRow>(
        'SELECT record FROM amendments WHERE doc_id = $1 AND id = $2',
        [docId, amendmentId],
      );
      return rows[0] ? fromRecord<StoredAmendment>(rows[0]) : undefined;
    },
    async changeAmendments(docId, select, decide, at) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, docId);
        const { rows } =
          select === 'open'
            ? await c.query<NegotiationRow>(
                "SELECT record FROM amendments WHERE doc_id = $1 AND status = 'open' ORDER BY n",
                [docId],
              )
            : await c.query<NegotiationRow>(
                'SELECT record FROM amendments WHERE doc_id = $1 AND id = ANY($2::text[]) ORDER BY n',
                [docId, [...select.ids]],
              );
        const out = [];
        for (const step of decide(rows.map((r) => fromRecord<StoredAmendment>(r)))) {
          const a = step.row;
          const updated = await c.query(
            'UPDATE amendments SET status = $1, record = $2 WHERE doc_id = $3 AND id = $4',
            [a.status, JSON.stringify(a), docId, a.id],
          );
          if (updated.rowCount !== 1) throw new Error(`unknown amendment ${a.id}`);
          out.push({ amendment: a, entry: await appendAudit(c, docId, step.audit, at) });
        }
        return out;
      });
    },
  };
}
