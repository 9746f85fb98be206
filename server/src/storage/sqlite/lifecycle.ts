import { type AuditEntry, type AuditInput, OPEN_LIFECYCLE } from '@accord/approvals';
import type Database from 'better-sqlite3';
import type { LifecycleStorage, StoredLifecycle } from '../lifecycle';

export const LIFECYCLE_SCHEMA = `
CREATE TABLE IF NOT EXISTS document_lifecycle (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id),
  version INTEGER NOT NULL,
  phase TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_lifecycle_phase ON document_lifecycle (phase);
`;

/** SQLite lifecycle rows; one process, one connection, so compare-and-set is a plain conditional write. */
export function sqliteLifecycle(
  db: Database.Database,
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry,
): LifecycleStorage {
  db.exec(LIFECYCLE_SCHEMA);
  const q = {
    get: db.prepare<[string], { record: string }>('SELECT record FROM document_lifecycle WHERE doc_id = ?'),
    insert: db.prepare(
      'INSERT INTO document_lifecycle (doc_id, version, phase, record) VALUES (?, ?, ?, ?) ON CONFLICT(doc_id) DO NOTHING',
    ),
    update: db.prepare(
      'UPDATE document_lifecycle SET version = ?, phase = ?, record = ? WHERE doc_id = ? AND version = ?',
    ),
    frozen: db.prepare<[], { doc_id: string; record: string }>(
      "SELECT doc_id, record FROM document_lifecycle WHERE phase <> 'open' OR record LIKE '%\"concluding\"%' ORDER BY doc_id",
    ),
    exists: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM documents WHERE id = ?'),
    title: db.prepare('UPDATE documents SET title = ? WHERE id = ?'),
    tlp: db.prepare('UPDATE documents SET tlp = ? WHERE id = ?'),
    place: db.prepare('UPDATE documents SET place = ? WHERE id = ?'),
  };
  const swap = db.transaction((docId: string, expected: number, next: StoredLifecycle): boolean => {
    const record = JSON.stringify(next);
    if (expected === 0 && !q.get.get(docId)) {
      return q.insert.run(docId, next.version, next.phase, record).changes === 1;
    }
    return q.update.run(next.version, next.phase, record, docId, expected).changes === 1;
  });
  const updateMeta = db.transaction(
    (
      docId: string,
      patch: Parameters<LifecycleStorage['updateDocumentMeta']>[1],
      audit: AuditInput,
      at: string,
    ) => {
      if ((q.exists.get(docId)?.n ?? 0) === 0) throw new Error(`unknown document ${docId}`);
      if (patch.title !== undefined) q.title.run(patch.title, docId);
      if (patch.tlp !== undefined) q.tlp.run(patch.tlp, docId);
      if (patch.place !== undefined) q.place.run(patch.place, docId);
      return appendAudit(docId, audit, at);
    },
  );
  return {
    async lifecycle(docId) {
      const row = q.get.get(docId);
      return row ? (JSON.parse(row.record) as StoredLifecycle) : { ...OPEN_LIFECYCLE };
    },
    async swapLifecycle(docId, expectedVersion, next) {
      return swap.immediate(docId, expectedVersion, next);
    },
    async frozenLifecycles() {
      return q.frozen
        .all()
        .map((r) => ({ docId: r.doc_id, lifecycle: JSON.parse(r.record) as StoredLifecycle }));
    },
    async updateDocumentMeta(docId, patch, audit, at) {
      return updateMeta.immediate(docId, patch, audit, at);
    },
  };
}
