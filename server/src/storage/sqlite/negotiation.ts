import type { AuditEntry, AuditInput } from '@accord/approvals';
import type Database from 'better-sqlite3';
import {
  fromRecord,
  type NegotiationRow,
  type NegotiationStorage,
  type StoredAmendment,
  type StoredComment,
} from '../negotiation';

/** Comments and amendments (#16; idempotent, run on every start after the main schema). */
export const NEGOTIATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS comments (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  at TEXT NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0,
  record TEXT NOT NULL,
  UNIQUE (doc_id, id)
);
CREATE INDEX IF NOT EXISTS comments_doc ON comments (doc_id, n);
CREATE TABLE IF NOT EXISTS amendments (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  record TEXT NOT NULL,
  UNIQUE (doc_id, id)
);
CREATE INDEX IF NOT EXISTS amendments_doc ON amendments (doc_id, n);
CREATE INDEX IF NOT EXISTS amendments_open ON amendments (doc_id, status);
`;

/** The negotiation part of the SQLite Storage; `appendAudit` is the adapter's own chain step. */
export function sqliteNegotiation(
  db: Database.Database,
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry,
): NegotiationStorage {
  db.exec(NEGOTIATION_SCHEMA);
  const q = {
    insertComment: db.prepare(
      'INSERT INTO comments (id, doc_id, clause_id, at, resolved, record) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    comments: db.prepare<[string], NegotiationRow>('SELECT record FROM comments WHERE doc_id = ? ORDER BY n'),
    comment: db.prepare<[string, string], NegotiationRow>(
      'SELECT record FROM comments WHERE doc_id = ? AND id = ?',
    ),
    updateComment: db.prepare('UPDATE comments SET resolved = ?, record = ? WHERE doc_id = ? AND id = ?'),
    insertAmendment: db.prepare(
      'INSERT INTO amendments (id, doc_id, clause_id, at, status, record) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    amendments: db.prepare<[string], NegotiationRow>(
      'SELECT record FROM amendments WHERE doc_id = ? ORDER BY n',
    ),
    amendment: db.prepare<[string, string], NegotiationRow>(
      'SELECT record FROM amendments WHERE doc_id = ? AND id = ?',
    ),
    openAmendments: db.prepare<[string], NegotiationRow>(
      "SELECT record FROM amendments WHERE doc_id = ? AND status = 'open' ORDER BY n",
    ),
    updateAmendment: db.prepare('UPDATE amendments SET status = ?, record = ? WHERE doc_id = ? AND id = ?'),
  };
  const changeComment = db.transaction(
    (
      docId: string,
      commentId: string,
      decide: Parameters<NegotiationStorage['changeComment']>[2],
      at: string,
    ) => {
      const row = q.comment.get(docId, commentId);
      const step = decide(row ? fromRecord<StoredComment>(row) : undefined);
      const c = step.row;
      if (q.updateComment.run(c.resolved ? 1 : 0, JSON.stringify(c), docId, commentId).changes !== 1) {
        throw new Error(`unknown comment ${commentId}`);
      }
      return { comment: c, entry: appendAudit(docId, step.audit, at) };
    },
  );
  const addAmendment = db.transaction((docId: string, a: StoredAmendment, audit: AuditInput, at: string) => {
    q.insertAmendment.run(a.id, docId, a.clauseId, a.at, a.status, JSON.stringify(a));
    return appendAudit(docId, audit, at);
  });
  const changeAmendments = db.transaction(
    (
      docId: string,
      select: Parameters<NegotiationStorage['changeAmendments']>[1],
      decide: Parameters<NegotiationStorage['changeAmendments']>[2],
      at: string,
    ) => {
      const rows =
        select === 'open'
          ? q.openAmendments.all(docId)
          : select.ids.flatMap((id) => {
              const r = q.amendment.get(docId, id);
              return r ? [r] : [];
            });
      return decide(rows.map((r) => fromRecord<StoredAmendment>(r))).map((step) => {
        const a = step.row;
        if (q.updateAmendment.run(a.status, JSON.stringify(a), docId, a.id).changes !== 1) {
          throw new Error(`unknown amendment ${a.id}`);
        }
        return { amendment: a, entry: appendAudit(docId, step.audit, at) };
      });
    },
  );
  return {
    async addComment(docId, c) {
      q.insertComment.run(c.id, docId, c.clauseId, c.at, c.resolved ? 1 : 0, JSON.stringify(c));
    },
    async comments(docId) {
      return q.comments.all(docId).map((r) => fromRecord<StoredComment>(r));
    },
    async getComment(docId, commentId) {
      const r = q.comment.get(docId, commentId);
      return r ? fromRecord<StoredComment>(r) : undefined;
    },
    async changeComment(docId, commentId, decide, at) {
      return changeComment.immediate(docId, commentId, decide, at);
    },
    async addAmendment(docId, a, audit, at) {
      return addAmendment.immediate(docId, a, audit, at);
    },
    async amendments(docId) {
      return q.amendments.all(docId).map((r) => fromRecord<StoredAmendment>(r));
    },
    async getAmendment(docId, amendmentId) {
      const r = q.amendment.get(docId, amendmentId);
      return r ? fromRecord<StoredAmendment>(r) : undefined;
    },
    async changeAmendments(docId, select, decide, at) {
      return changeAmendments.immediate(docId, select, decide, at);
    },
  };
}
