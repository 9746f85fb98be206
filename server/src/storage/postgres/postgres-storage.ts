import { type ApprovalRecord, type AuditEntry, type AuditInput, chainEntry } from '@accord/approvals';
import { suppressionId } from '@accord/linter';
import type { SuppressionView } from '@accord/protocol';
import pg from 'pg';
import { AccordError } from '../../errors';
import { createIntegrity } from '../integrity';
import { foldUpdates } from '../merge-updates';
import { type DocRow, type ExportRow, toBytes, toExportListing, toMeta, toStoredExport } from '../rows';
import type { ExportListing, Storage, StoredDocument, StoredExport } from '../storage';
import { postgresHistory } from './history';
import { postgresIntegrity } from './integrity';
import { postgresLifecycle } from './lifecycle';
import { postgresMembership } from './membership';
import { migrate } from './migrations';
import { postgresNegotiation } from './negotiation';
import { inTransaction } from './transaction';

// node-postgres returns BIGINT as a string (it may exceed 2^53); our sequence numbers never will.
const toSeq = (v: string | number): number => Number(v);

export interface PostgresStorageOptions {
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** An idle pooled connection failed (e.g. the server restarted); the pool replaces it. */
  onIdleError?: (err: Error) => void;
}

/**
 * PostgreSQL: the scale-out backend, shared by every instance. Migrates the schema on start.
 *
 * Locking on the document row keeps instances from racing:
 * - appends take no row lock (only the foreign-key check's KEY SHARE), so live edits never wait
 *   for an audit write or a compaction;
 * - commitChange and compact take FOR NO KEY UPDATE, which serialises them per document without
 *   blocking appends.
 * Because appends run concurrently with a compaction, an update can commit after a compactor read
 * the log even though its seq is lower than one it folded. So a compactor deletes exactly the rows
 * it folded (never "everything up to seq N"), and a load returns every row still in the log.
 *
 * Listings order text with COLLATE "C" (byte order, as SQLite does), so the order does not depend
 * on the collation the database happened to be created with.
 */
export async function openPostgresStorage(
  url: string,
  options: PostgresStorageOptions = {},
): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // Without a listener, an idle connection's error event would crash the process.
  pool.on(
    'error',
    options.onIdleError ??
      ((err) => {
        console.error('postgres: idle connection failed', err);
      }),
  );
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const integrity = createIntegrity();
  const sealed = postgresIntegrity(pool, integrity);

  /** Locks the document's row until COMMIT and returns it as it stands (the latest committed version). */
  const lockDocument = async (c: pg.PoolClient, docId: string): Promise<DocRow> => {
    const { rows } = await c.query<DocRow>('SELECT * FROM documents WHERE id = $1 FOR NO KEY UPDATE', [
      docId,
    ]);
    const row = rows[0];
    if (!row) throw new Error(`unknown document ${docId}`);
    return row;
  };

  const appendAudit = async (c: pg.PoolClient, docId: string, input: AuditInput, at: string) => {
    const { rows } = await c.query<{ entry: string }>(
      'SELECT entry FROM audit_log WHERE doc_id = $1 ORDER BY seq DESC LIMIT 1',
      [docId],
    );
    const last = rows[0];
    const prev = last ? (JSON.parse(last.entry) as AuditEntry) : undefined;
    const stored = await sealed.head(c, docId);
    const { entry, head } = integrity.seal(docId, chainEntry(prev, input, at), prev, stored);
    await c.query('INSERT INTO audit_log (doc_id, seq, entry) VALUES ($1, $2, $3)', [
      docId,
      entry.seq,
      JSON.stringify(entry),
    ]);
    await sealed.putHead(c, docId, head);
    return entry;
  };

  const readStored = async (c: pg.PoolClient, docId: string): Promise<StoredDocument> => {
    const snap = await c.query<{ data: Buffer; upto_seq: string }>(
      'SELECT data, upto_seq FROM doc_snapshots WHERE doc_id = $1',
      [docId],
    );
    const tail = await c.query<{ seq: string; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE doc_id = $1 ORDER BY seq',
      [docId],
    );
    const s = snap.rows[0];
    return {
      snapshot: s ? toBytes(s.data) : null,
      snapshotSeq: s ? toSeq(s.upto_seq) : 0,
      updates: tail.rows.map((r) => ({ seq: toSeq(r.seq), data: toBytes(r.data) })),
    };
  };

  // Snapshot and log in one REPEATABLE READ snapshot: a compaction committing between the two reads
  // would otherwise pair the old snapshot with a log whose folded rows are already gone.
  const load = (docId: string): Promise<StoredDocument> =>
    inTransaction(pool, (c) => readStored(c, docId), { isolation: 'REPEATABLE READ', readOnly: true });

  return {
    kind: 'postgres',
    ...postgresHistory(pool, lockDocument, appendAudit),
    ...postgresLifecycle(pool, lockDocument, appendAudit),
    ...postgresMembership(pool, lockDocument, appendAudit),
    ...postgresNegotiation(pool, lockDocument, appendAudit),

    async createDocument(meta, state, created) {
      await inTransaction(pool, async (c) => {
        await c.query(
          'INSERT INTO documents (id, title, parties, tlp, place, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [
            meta.id,
            meta.title,
            JSON.stringify(meta.parties),
            meta.tlp,
            meta.place,
            meta.createdAt,
            meta.createdBy,
          ],
        );
        await c.query('INSERT INTO doc_updates (doc_id, data) VALUES ($1, $2)', [meta.id, state]);
        await appendAudit(c, meta.id, created, meta.createdAt);
      });
    },

    async getDocument(id) {
      const { rows } = await pool.query<DocRow>('SELECT * FROM documents WHERE id = $1', [id]);
      const row = rows[0];
      return row ? toMeta(row) : undefined;
    },

    async listDocuments() {
      const { rows } = await pool.query<DocRow>(
        'SELECT * FROM documents ORDER BY created_at COLLATE "C", id COLLATE "C"',
      );
      return rows.map(toMeta);
    },

    async appendUpdates(docId, updates) {
      if (updates.length === 0) return [];
      // One statement per update keeps the update → seq pairing explicit; a multi-row INSERT does
      // not promise the order of its RETURNING rows.
      return inTransaction(pool, async (c) => {
        const seqs: number[] = [];
        for (const u of updates) {
          const { rows } = await c.query<{ seq: string }>(
            'INSERT INTO doc_updates (doc_id, data) VALUES ($1, $2) RETURNING seq',
            [docId, u],
          );
          const row = rows[0];
          if (!row) throw new Error('INSERT … RETURNING returned no row');
          seqs.push(toSeq(row.seq));
        }
        return seqs;
      });
    },

    async discardUpdate(docId, seq) {
      await pool.query('DELETE FROM doc_updates WHERE doc_id = $1 AND seq = $2', [docId, seq]);
    },

    loadDocument: load,

    async tailLength(docId) {
      const { rows } = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM doc_updates WHERE doc_id = $1',
        [docId],
      );
      return rows[0]?.n ?? 0;
    },

    async compact(docId) {
      const { notices, ...result } = await inTransaction(pool, async (c) => {
        // Serialises compactors of one document: the second one waits here, then reads only the
        // rows the first left behind.
        await lockDocument(c, docId);
        const stored = await readStored(c, docId);
        if (stored.updates.length === 0) return { folded: 0, quarantined: 0, notices: [] };
        const seqs = stored.updates.map((u) => u.seq);
        // What cannot be applied is kept in quarantine, never folded away with the rest.
        const bad: { seq: number; data: Uint8Array; error: Error }[] = [];
        const merged = foldUpdates(
          stored.snapshot,
          stored.updates.map((u) => u.data),
          (i, error) => {
            const u = stored.updates[i]!;
            bad.push({ seq: u.seq, data: u.data, error });
          },
        );
        const upto = Math.max(stored.snapshotSeq, seqs[seqs.length - 1] ?? 0);
        await c.query(
          'INSERT INTO doc_snapshots (doc_id, data, upto_seq) VALUES ($1, $2, $3) ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq',
          [docId, merged, upto],
        );
        const notices = await sealed.quarantine(c, docId, bad);
        await c.query('DELETE FROM doc_updates WHERE doc_id = $1 AND seq = ANY($2::bigint[])', [docId, seqs]);
        return { folded: seqs.length - bad.length, quarantined: bad.length, notices };
      });
      integrity.quarantined(notices);
      return result;
    },

    async approvals(docId) {
      const { rows } = await pool.query<{ record: ApprovalRecord }>(
        'SELECT record FROM approvals WHERE doc_id = $1 ORDER BY clause_id COLLATE "C", party COLLATE "C"',
        [docId],
      );
      return rows.map((r) => r.record);
    },

    async suppressions(docId) {
      const { rows } = await pool.query<{ record: SuppressionView }>(
        'SELECT record FROM suppressions WHERE doc_id = $1 ORDER BY id',
        [docId],
      );
      return rows.map((r) => r.record);
    },

    async commitChange(docId, given) {
      return inTransaction(pool, async (c) => {
        // Holding the row until COMMIT makes "read the last entry, chain, insert" one step for
        // every instance: a concurrent commitChange waits here and then sees our entry.
        const row = await lockDocument(c, docId);
        // A change decided under the lock sees the row as the previous holder committed it.
        const change = typeof given === 'function' ? given(toMeta(row)) : given;
        if (change.parties) {
          await c.query('UPDATE documents SET parties = $1 WHERE id = $2', [
            JSON.stringify(change.parties),
            docId,
          ]);
        }
        if (change.dropApprovalsOf) {
          await c.query('DELETE FROM approvals WHERE doc_id = $1 AND clause_id = $2', [
            docId,
            change.dropApprovalsOf,
          ]);
        }
        if (change.approval) {
          const a = change.approval;
          await c.query(
            'INSERT INTO approvals (doc_id, clause_id, party, record) VALUES ($1, $2, $3, $4) ON CONFLICT (doc_id, clause_id, party) DO UPDATE SET record = excluded.record',
            [docId, a.clauseId, a.party, JSON.stringify(a)],
          );
        }
        if (change.suppression) {
          await c.query('INSERT INTO suppressions (doc_id, record) VALUES ($1, $2)', [
            docId,
            JSON.stringify(change.suppression),
          ]);
        }
        if (change.removeSuppression !== undefined) {
          const { rows } = await c.query<{ id: string; record: SuppressionView }>(
            'SELECT id, record FROM suppressions WHERE doc_id = $1 ORDER BY id',
            [docId],
          );
          const gone = rows.filter((r) => suppressionId(r.record) === change.removeSuppression);
          if (gone.length === 0)
            throw new AccordError('not_found', `no suppression ${change.removeSuppression}`);
          await c.query('DELETE FROM suppressions WHERE id = ANY($1)', [gone.map((r) => r.id)]);
        }
        const entry = await appendAudit(c, docId, change.audit, change.at);
        integrity.check(change, entry);
        return entry;
      });
    },

    async audit(docId) {
      const { rows } = await pool.query<{ entry: string }>(
        'SELECT entry FROM audit_log WHERE doc_id = $1 ORDER BY seq',
        [docId],
      );
      return rows.map((r) => JSON.parse(r.entry) as AuditEntry);
    },

    ...sealed.methods,

    async saveExport(e: StoredExport) {
      await pool.query(
        'INSERT INTO exports (id, doc_id, format, fingerprint, created_at, created_by, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [e.id, e.docId, e.format, e.fingerprint, e.createdAt, e.createdBy, e.bytes],
      );
    },

    async listExports(docId): Promise<ExportListing[]> {
      const { rows } = await pool.query<ExportRow & { size: number }>(
        'SELECT id, doc_id, format, fingerprint, created_at, created_by, octet_length(bytes) AS size FROM exports WHERE doc_id = $1 ORDER BY created_at COLLATE "C", id COLLATE "C"',
        [docId],
      );
      return rows.map(toExportListing);
    },

    async getExport(docId, exportId) {
      const { rows } = await pool.query<ExportRow & { bytes: Buffer }>(
        'SELECT * FROM exports WHERE doc_id = $1 AND id = $2',
        [docId, exportId],
      );
      const r = rows[0];
      return r ? toStoredExport(r) : undefined;
    },

    async close() {
      await pool.end();
    },
  };
}
