import type { ApprovalRecord, AuditEntry, AuditHead } from '@accord/approvals';
import type Database from 'better-sqlite3';
import { type createIntegrity, type QuarantinedUpdate, type QuarantineNotice, toHead } from '../integrity';
import { toBytes } from '../rows';
import type { Storage } from '../storage';

/**
 * The anchored head of each document's audit log (AP20) and the updates compaction could not
 * apply. Idempotent, run on every start after the main schema. A database written before these
 * tables existed has no heads: its logs show as broken (packages/approvals/SPEC.md).
 */
export const INTEGRITY_SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_heads (
  doc_id TEXT PRIMARY KEY REFERENCES documents(id),
  seq INTEGER NOT NULL,
  entry_hash TEXT NOT NULL,
  mac TEXT
);
CREATE TABLE IF NOT EXISTS update_quarantine (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  error TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS update_quarantine_doc ON update_quarantine (doc_id, id);
`;

type Integrity = ReturnType<typeof createIntegrity>;

/** SQLite statements of the integrity half; call inside the adapter's transactions. */
export function sqliteIntegrity(db: Database.Database, integrity: Integrity) {
  const q = {
    putHead: db.prepare(
      'INSERT INTO audit_heads (doc_id, seq, entry_hash, mac) VALUES (?, ?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET seq = excluded.seq, entry_hash = excluded.entry_hash, mac = excluded.mac',
    ),
    head: db.prepare<[string], { seq: number; entry_hash: string; mac: string | null }>(
      'SELECT seq, entry_hash, mac FROM audit_heads WHERE doc_id = ?',
    ),
    entries: db.prepare<[string], { entry: string }>(
      'SELECT entry FROM audit_log WHERE doc_id = ? ORDER BY seq',
    ),
    approvals: db.prepare<[string], { record: string }>(
      'SELECT record FROM approvals WHERE doc_id = ? ORDER BY clause_id, party',
    ),
    quarantine: db.prepare('INSERT INTO update_quarantine (doc_id, seq, data, error) VALUES (?, ?, ?, ?)'),
    quarantined: db.prepare<[string], { seq: number; data: Buffer; error: string; at: string }>(
      'SELECT seq, data, error, at FROM update_quarantine WHERE doc_id = ? ORDER BY id',
    ),
  };
  // One read transaction: the log, its head and the approval rows of the same moment.
  const read = db.transaction((docId: string) => {
    const head = q.head.get(docId);
    const raw = q.entries.all(docId).map((r) => r.entry);
    return {
      raw,
      entries: raw.map((text) => JSON.parse(text) as AuditEntry),
      head: head ? toHead(head) : null,
      approvals: q.approvals.all(docId).map((r) => JSON.parse(r.record) as ApprovalRecord),
    };
  });
  return {
    head(docId: string): AuditHead | null {
      const row = q.head.get(docId);
      return row ? toHead(row) : null;
    },
    putHead(docId: string, head: AuditHead) {
      q.putHead.run(docId, head.seq, head.entryHash, head.mac);
    },
    quarantine(docId: string, bad: { seq: number; data: Uint8Array; error: Error }[]): QuarantineNotice[] {
      return bad.map((b) => {
        const error = b.error.message || String(b.error);
        q.quarantine.run(docId, b.seq, b.data, error);
        return { docId, seq: b.seq, error };
      });
    },
    methods: {
      async auditRecord(docId) {
        return read(docId);
      },
      async quarantined(docId): Promise<QuarantinedUpdate[]> {
        return q.quarantined
          .all(docId)
          .map((r) => ({ docId, seq: r.seq, data: toBytes(r.data), error: r.error, at: r.at }));
      },
      bindIntegrity(binding) {
        integrity.bind(binding);
      },
    } satisfies Pick<Storage, 'auditRecord' | 'quarantined' | 'bindIntegrity'>,
  };
}
