import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { RevisionPlan } from '@accord/history';
import type Database from 'better-sqlite3';
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

/** Clause revisions and versions (idempotent, run on every start after the main schema). */
export const HISTORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS clause_revisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  clause_id TEXT NOT NULL,
  at TEXT NOT NULL,
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  by TEXT NOT NULL,
  first INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS clause_revisions_clause ON clause_revisions (doc_id, clause_id, id);
CREATE INDEX IF NOT EXISTS clause_revisions_hash ON clause_revisions (doc_id, clause_id, hash);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  name TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  title TEXT NOT NULL,
  clauses TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_doc ON versions (doc_id, at, id);
`;

/** The history part of the SQLite Storage; `appendAudit` is the adapter's own chain step. */
export function sqliteHistory(
  db: Database.Database,
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry,
): HistoryStorage {
  db.exec(HISTORY_SCHEMA);
  const q = {
    last: db.prepare<[string, string], RevisionRow>(
      'SELECT * FROM clause_revisions WHERE doc_id = ? AND id IN (SELECT max(id) FROM clause_revisions WHERE doc_id = ? GROUP BY clause_id) ORDER BY id',
    ),
    append: db.prepare(
      'INSERT INTO clause_revisions (doc_id, clause_id, at, text, hash, by, first) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    replace: db.prepare(
      // Only the clause's newest revision, never its text at creation; otherwise the caller appends.
      'UPDATE clause_revisions SET at = ?, text = ?, hash = ?, by = ? WHERE doc_id = ? AND id = ? AND first = 0 AND id = (SELECT max(id) FROM clause_revisions WHERE doc_id = ? AND clause_id = ?)',
    ),
    ofClause: db.prepare<[string, string], RevisionRow>(
      'SELECT * FROM clause_revisions WHERE doc_id = ? AND clause_id = ? ORDER BY id',
    ),
    byHash: db.prepare<[string, string, string], RevisionRow>(
      'SELECT * FROM clause_revisions WHERE doc_id = ? AND clause_id = ? AND hash = ? ORDER BY id DESC LIMIT 1',
    ),
    insertVersion: db.prepare(
      'INSERT INTO versions (id, doc_id, name, at, by, title, clauses) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    versions: db.prepare<[string], VersionRow>(
      'SELECT id, doc_id, name, at, by, title, json_array_length(clauses) AS clause_count FROM versions WHERE doc_id = ? ORDER BY at, id',
    ),
    version: db.prepare<[string, string], VersionRow>('SELECT * FROM versions WHERE doc_id = ? AND id = ?'),
    revisionBytes: db.prepare<[string], { n: number | null }>(
      'SELECT sum(length(CAST(text AS BLOB)) + length(hash) + length(by) + length(clause_id) + length(at) + 16) AS n FROM clause_revisions WHERE doc_id = ?',
    ),
    versionBytes: db.prepare<[string], { n: number | null }>(
      'SELECT sum(length(CAST(clauses AS BLOB)) + length(CAST(name AS BLOB)) + length(by) + length(at) + length(id)) AS n FROM versions WHERE doc_id = ?',
    ),
  };
  const write = db.transaction((docId: string, plans: readonly RevisionPlan[]) =>
    plans.map((p) => {
      const r = p.revision;
      const by = JSON.stringify(r.by);
      if (
        p.kind === 'replace' &&
        q.replace.run(r.at, r.text, r.hash, by, docId, p.id, docId, p.clauseId).changes > 0
      ) {
        return plannedRevision(p, p.id);
      }
      const first = p.kind === 'append' && p.first ? 1 : 0;
      const id = Number(q.append.run(docId, p.clauseId, r.at, r.text, r.hash, by, first).lastInsertRowid);
      return plannedRevision(p, id);
    }),
  );
  const createVersion = db.transaction((v: StoredVersion, audit: AuditInput): AuditEntry => {
    q.insertVersion.run(
      v.id,
      v.docId,
      v.name,
      v.at,
      JSON.stringify(v.by),
      v.title,
      JSON.stringify(v.clauses),
    );
    return appendAudit(v.docId, audit, v.at);
  });
  return {
    async createVersion(v, audit) {
      return createVersion.immediate(v, audit);
    },
    async lastRevisions(docId) {
      return q.last.all(docId, docId).map(toRevision);
    },
    async writeRevisions(docId, plans) {
      return plans.length > 0 ? write.immediate(docId, plans) : [];
    },
    async clauseRevisions(docId, clauseId) {
      return q.ofClause.all(docId, clauseId).map(toRevision);
    },
    async revisionByHash(docId, clauseId, hash) {
      const r = q.byHash.get(docId, clauseId, hash);
      return r ? toRevision(r) : undefined;
    },
    async listVersions(docId) {
      return q.versions.all(docId).map(toVersionListing);
    },
    async getVersion(docId, versionId) {
      const r = q.version.get(docId, versionId);
      return r ? toVersion(r) : undefined;
    },
    async historyBytes(docId) {
      return {
        revisions: q.revisionBytes.get(docId)?.n ?? 0,
        versions: q.versionBytes.get(docId)?.n ?? 0,
      };
    },
  };
}
