import type { AuditEntry, AuditInput } from '@accord/approvals';
import type pg from 'pg';
import {
  type HistoryStorage,
  plannedRevision,
  type RevisionRow,
  type StoredVersion,
  toRevision,
  toVersion,
  toVersionListing,
  type VersionRow,
} from '../history';
import { inTransaction } from './transaction';

/** Migration: clause revisions and named versions (history, #15). */
export const HISTORY_MIGRATION_SQL = `
CREATE TABLE clause_revisions (
  id BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  at TEXT NOT NULL,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  by JSONB NOT NULL,
  first BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX clause_revisions_clause ON clause_revisions (doc_id, clause_id, id);
CREATE INDEX clause_revisions_hash ON clause_revisions (doc_id, clause_id, hash);
CREATE TABLE versions (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  at TEXT NOT NULL,
  by JSONB NOT NULL,
  title TEXT NOT NULL,
  clauses JSONB NOT NULL
);
CREATE INDEX versions_doc ON versions (doc_id, at, id);
`;

/** The history part of the Postgres Storage; the lock and chain step are the adapter's own. */
export function postgresHistory(
  pool: pg.Pool,
  lockDocument: (c: pg.PoolClient, docId: string) => Promise<unknown>,
  appendAudit: (c: pg.PoolClient, docId: string, input: AuditInput, at: string) => Promise<AuditEntry>,
): HistoryStorage {
  return {
    async createVersion(v: StoredVersion, audit) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, v.docId);
        await c.query(
          'INSERT INTO versions (id, doc_id, name, at, by, title, clauses) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [v.id, v.docId, v.name, v.at, JSON.stringify(v.by), v.title, JSON.stringify(v.clauses)],
        );
        return appendAudit(c, v.docId, audit, v.at);
      });
    },
    async lastRevisions(docId) {
      const { rows } = await pool.query<RevisionRow>(
        'SELECT DISTINCT ON (clause_id) * FROM clause_revisions WHERE doc_id = $1 ORDER BY clause_id, id DESC',
        [docId],
      );
      return rows.map(toRevision).sort((a, b) => a.id - b.id);
    },
    async writeRevisions(docId, plans) {
      if (plans.length === 0) return [];
      return inTransaction(pool, async (c) => {
        const stored = [];
        for (const p of plans) {
          const r = p.revision;
          const by = JSON.stringify(r.by);
          if (p.kind === 'replace') {
            // Only the clause's newest revision (another instance may have appended one since this
            // one read it), never its text at creation; otherwise the revision is appended.
            const { rowCount } = await c.query(
              'UPDATE clause_revisions SET at = $1, text = $2, hash = $3, by = $4 WHERE doc_id = $5 AND id = $6 AND NOT first AND id = (SELECT max(id) FROM clause_revisions WHERE doc_id = $5 AND clause_id = $7)',
              [r.at, r.text, r.hash, by, docId, p.id, p.clauseId],
            );
            if (rowCount) {
              stored.push(plannedRevision(p, p.id));
              continue;
            }
          }
          const { rows } = await c.query<{ id: string }>(
            'INSERT INTO clause_revisions (doc_id, clause_id, at, text, hash, by, first) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
            [docId, p.clauseId, r.at, r.text, r.hash, by, p.kind === 'append' && (p.first ?? false)],
          );
          stored.push(plannedRevision(p, Number(rows[0]?.id)));
        }
        return stored;
      });
    },
    async clauseRevisions(docId, clauseId) {
      const { rows } = await pool.query<RevisionRow>(
        'SELECT * FROM clause_revisions WHERE doc_id = $1 AND clause_id = $2 ORDER BY id',
        [docId, clauseId],
      );
      return rows.map(toRevision);
    },
    async revisionByHash(docId, clauseId, hash) {
      const { rows } = await pool.query<RevisionRow>(
        'SELECT * FROM clause_revisions WHERE doc_id = $1 AND clause_id = $2 AND hash = $3 ORDER BY id DESC LIMIT 1',
        [docId, clauseId, hash],
      );
      return rows[0] ? toRevision(rows[0]) : undefined;
    },
    async listVersions(docId) {
      const { rows } = await pool.query<VersionRow>(
        'SELECT id, doc_id, name, at, by, title, jsonb_array_length(clauses) AS clause_count FROM versions WHERE doc_id = $1 ORDER BY at COLLATE "C", id COLLATE "C"',
        [docId],
      );
      return rows.map(toVersionListing);
    },
    async getVersion(docId, versionId) {
      const { rows } = await pool.query<VersionRow>('SELECT * FROM versions WHERE doc_id = $1 AND id = $2', [
        docId,
        versionId,
      ]);
      return rows[0] ? toVersion(rows[0]) : undefined;
    },
    async historyBytes(docId) {
      const { rows } = await pool.query<{ revisions: string | null; versions: string | null }>(
        `SELECT
           (SELECT sum(octet_length(text) + length(hash) + octet_length(by::text) + length(clause_id) + length(at) + 16) FROM clause_revisions WHERE doc_id = $1) AS revisions,
           (SELECT sum(octet_length(clauses::text) + octet_length(name) + octet_length(by::text) + length(at) + length(id)) FROM versions WHERE doc_id = $1) AS versions`,
        [docId],
      );
      return { revisions: Number(rows[0]?.revisions ?? 0), versions: Number(rows[0]?.versions ?? 0) };
    },
  };
}
