import type { ApprovalRecord, AuditEntry, AuditHead } from '@accord/approvals';
import type { Pool, PoolClient } from 'pg';
import { type createIntegrity, type QuarantinedUpdate, type QuarantineNotice, toHead } from '../integrity';
import { toBytes } from '../rows';
import type { Storage } from '../storage';
import { inTransaction } from './transaction';

/**
 * The anchored head of each document's audit log (AP20) and the updates compaction could not
 * apply. A database migrated before this has no heads: its logs show as broken (approvals SPEC).
 */
export const INTEGRITY_MIGRATION_SQL = `
CREATE TABLE audit_heads (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id),
  seq INTEGER NOT NULL,
  entry_hash TEXT NOT NULL,
  mac TEXT
);
CREATE TABLE update_quarantine (
  id BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  error TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
);
CREATE INDEX update_quarantine_doc ON update_quarantine (doc_id, id);
`;

type Integrity = ReturnType<typeof createIntegrity>;

/** Postgres statements of the integrity half; the write ones run on the caller's transaction. */
export function postgresIntegrity(pool: Pool, integrity: Integrity) {
  return {
    async head(c: PoolClient, docId: string): Promise<AuditHead | null> {
      const { rows } = await c.query<{ seq: number; entry_hash: string; mac: string | null }>(
        'SELECT seq, entry_hash, mac FROM audit_heads WHERE doc_id = $1',
        [docId],
      );
      return rows[0] ? toHead(rows[0]) : null;
    },
    async putHead(c: PoolClient, docId: string, head: AuditHead) {
      await c.query(
        'INSERT INTO audit_heads (doc_id, seq, entry_hash, mac) VALUES ($1, $2, $3, $4) ON CONFLICT (doc_id) DO UPDATE SET seq = excluded.seq, entry_hash = excluded.entry_hash, mac = excluded.mac',
        [docId, head.seq, head.entryHash, head.mac],
      );
    },
    async quarantine(
      c: PoolClient,
      docId: string,
      bad: { seq: number; data: Uint8Array; error: Error }[],
    ): Promise<QuarantineNotice[]> {
      const notices: QuarantineNotice[] = [];
      for (const b of bad) {
        const error = b.error.message || String(b.error);
        await c.query('INSERT INTO update_quarantine (doc_id, seq, data, error) VALUES ($1, $2, $3, $4)', [
          docId,
          b.seq,
          b.data,
          error,
        ]);
        notices.push({ docId, seq: b.seq, error });
      }
      return notices;
    },
    methods: {
      // One REPEATABLE READ snapshot: the log, its head and the approval rows of the same moment.
      auditRecord: (docId) =>
        inTransaction(
          pool,
          async (c) => {
            const entries = await c.query<{ entry: string }>(
              'SELECT entry FROM audit_log WHERE doc_id = $1 ORDER BY seq',
              [docId],
            );
            const head = await c.query<{ seq: number; entry_hash: string; mac: string | null }>(
              'SELECT seq, entry_hash, mac FROM audit_heads WHERE doc_id = $1',
              [docId],
            );
            const approvals = await c.query<{ record: ApprovalRecord }>(
              'SELECT record FROM approvals WHERE doc_id = $1 ORDER BY clause_id COLLATE "C", party COLLATE "C"',
              [docId],
            );
            const h = head.rows[0];
            const raw = entries.rows.map((r) => r.entry);
            return {
              raw,
              entries: raw.map((text) => JSON.parse(text) as AuditEntry),
              head: h ? toHead(h) : null,
              approvals: approvals.rows.map((r) => r.record),
            };
          },
          { isolation: 'REPEATABLE READ', readOnly: true },
        ),
      async quarantined(docId): Promise<QuarantinedUpdate[]> {
        const { rows } = await pool.query<{ seq: string; data: Buffer; error: string; at: string }>(
          'SELECT seq, data, error, at FROM update_quarantine WHERE doc_id = $1 ORDER BY id',
          [docId],
        );
        return rows.map((r) => ({
          docId,
          seq: Number(r.seq),
          data: toBytes(r.data),
          error: r.error,
          at: r.at,
        }));
      },
      bindIntegrity(binding) {
        integrity.bind(binding);
      },
    } satisfies Pick<Storage, 'auditRecord' | 'quarantined' | 'bindIntegrity'>,
  };
}
