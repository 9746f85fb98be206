import { type AuditEntry, type AuditInput, OPEN_LIFECYCLE } from '@accord/approvals';
import type pg from 'pg';
import type { LifecycleStorage, StoredLifecycle } from '../lifecycle';
import { inTransaction } from './transaction';

export const LIFECYCLE_MIGRATION_SQL = `
CREATE TABLE document_lifecycle (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id),
  version INTEGER NOT NULL,
  phase TEXT NOT NULL,
  record JSONB NOT NULL
);
CREATE INDEX document_lifecycle_phase ON document_lifecycle (phase);
`;

/**
 * Postgres lifecycle rows, shared by every instance. Compare-and-set is one conditional statement
 * (`UPDATE … WHERE version = $expected`, or `INSERT … ON CONFLICT DO NOTHING` for the first
 * change): Postgres row locking lets exactly one of concurrent writers of a version succeed.
 */
export function postgresLifecycle(
  pool: pg.Pool,
  lockDocument: (c: pg.PoolClient, docId: string) => Promise<unknown>,
  appendAudit: (c: pg.PoolClient, docId: string, input: AuditInput, at: string) => Promise<AuditEntry>,
): LifecycleStorage {
  return {
    async lifecycle(docId) {
      const { rows } = await pool.query<{ record: StoredLifecycle }>(
        'SELECT record FROM document_lifecycle WHERE doc_id = $1',
        [docId],
      );
      return rows[0]?.record ?? { ...OPEN_LIFECYCLE };
    },
    async swapLifecycle(docId, expectedVersion, next) {
      const record = JSON.stringify(next);
      if (expectedVersion === 0) {
        const inserted = await pool.query(
          'INSERT INTO document_lifecycle (doc_id, version, phase, record) VALUES ($1, $2, $3, $4) ON CONFLICT (doc_id) DO NOTHING',
          [docId, next.version, next.phase, record],
        );
        if (inserted.rowCount === 1) return true;
      }
      const updated = await pool.query(
        'UPDATE document_lifecycle SET version = $1, phase = $2, record = $3 WHERE doc_id = $4 AND version = $5',
        [next.version, next.phase, record, docId, expectedVersion],
      );
      return updated.rowCount === 1;
    },
    async frozenLifecycles() {
      const { rows } = await pool.query<{ doc_id: string; record: StoredLifecycle }>(
        `SELECT doc_id, record FROM document_lifecycle WHERE phase <> 'open' OR record ? 'concluding' ORDER BY doc_id COLLATE "C"`,
      );
      return rows.map((r) => ({ docId: r.doc_id, lifecycle: r.record }));
    },
    async updateDocumentMeta(docId, patch, audit, at) {
      return inTransaction(pool, async (c) => {
        await lockDocument(c, docId);
        if (patch.title !== undefined)
          await c.query('UPDATE documents SET title = $1 WHERE id = $2', [patch.title, docId]);
        if (patch.tlp !== undefined)
          await c.query('UPDATE documents SET tlp = $1 WHERE id = $2', [patch.tlp, docId]);
        if (patch.place !== undefined)
          await c.query('UPDATE documents SET place = $1 WHERE id = $2', [patch.place, docId]);
        return appendAudit(c, docId, audit, at);
      });
    },
  };
}
