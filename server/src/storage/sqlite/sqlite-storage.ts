import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ApprovalRecord, type AuditEntry, type AuditInput, chainEntry } from '@accord/approvals';
import { suppressionId } from '@accord/linter';
import type { SuppressionView } from '@accord/protocol';
import Database from 'better-sqlite3';
import { AccordError } from '../../errors';
import { createIntegrity } from '../integrity';
import { foldUpdates } from '../merge-updates';
import { type DocRow, type ExportRow, toBytes, toExportListing, toMeta, toStoredExport } from '../rows';
import type {
  AuditedChange,
  ChangeUnderLock,
  DocumentMeta,
  ExportListing,
  Storage,
  StoredDocument,
  StoredExport,
} from '../storage';
import { sqliteHistory } from './history';
import { INTEGRITY_SCHEMA, sqliteIntegrity } from './integrity';
import { sqliteLifecycle } from './lifecycle';
import { sqliteMembership } from './membership';
import { sqliteNegotiation } from './negotiation';
import { SCHEMA } from './schema';

/** SQLite under DATA_DIR (WAL): the embedded default. */
export function openSqliteStorage(dataDir: string): Storage {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'accord.sqlite'));
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a committed transaction survives a process kill (SIGKILL); only power loss
  // may roll back the newest commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  db.exec(INTEGRITY_SCHEMA);
  const integrity = createIntegrity();
  const sealed = sqliteIntegrity(db, integrity);

  const q = {
    insertDoc: db.prepare(
      'INSERT INTO documents (id, title, parties, tlp, place, created_at, created_by) VALUES (@id, @title, @parties, @tlp, @place, @created_at, @created_by)',
    ),
    getDoc: db.prepare<[string], DocRow>('SELECT * FROM documents WHERE id = ?'),
    listDocs: db.prepare<[], DocRow>('SELECT * FROM documents ORDER BY created_at, id'),
    setParties: db.prepare('UPDATE documents SET parties = ? WHERE id = ?'),
    appendUpdate: db.prepare('INSERT INTO doc_updates (doc_id, data) VALUES (?, ?)'),
    discardUpdate: db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND seq = ?'),
    snapshot: db.prepare<[string], { data: Buffer; upto_seq: number }>(
      'SELECT data, upto_seq FROM doc_snapshots WHERE doc_id = ?',
    ),
    tail: db.prepare<[string, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq',
    ),
    tailLength: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM doc_updates WHERE doc_id = ?'),
    putSnapshot: db.prepare(
      'INSERT INTO doc_snapshots (doc_id, data, upto_seq) VALUES (?, ?, ?) ON CONFLICT(doc_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq',
    ),
    dropFolded: db.prepare('DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?'),
    approvals: db.prepare<[string], { record: string }>(
      'SELECT record FROM approvals WHERE doc_id = ? ORDER BY clause_id, party',
    ),
    upsertApproval: db.prepare(
      'INSERT INTO approvals (doc_id, clause_id, party, record) VALUES (?, ?, ?, ?) ON CONFLICT(doc_id, clause_id, party) DO UPDATE SET record = excluded.record',
    ),
    dropApprovals: db.prepare('DELETE FROM approvals WHERE doc_id = ? AND clause_id = ?'),
    suppressions: db.prepare<[string], { record: string }>(
      'SELECT record FROM suppressions WHERE doc_id = ? ORDER BY id',
    ),
    insertSuppression: db.prepare('INSERT INTO suppressions (doc_id, record) VALUES (?, ?)'),
    suppressionRows: db.prepare<[string], { id: number; record: string }>(
      'SELECT id, record FROM suppressions WHERE doc_id = ? ORDER BY id',
    ),
    deleteSuppression: db.prepare('DELETE FROM suppressions WHERE id = ?'),
    lastAudit: db.prepare<[string], { entry: string }>(
      'SELECT entry FROM audit_log WHERE doc_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    insertAudit: db.prepare('INSERT INTO audit_log (doc_id, seq, entry) VALUES (?, ?, ?)'),
    audit: db.prepare<[string], { entry: string }>(
      'SELECT entry FROM audit_log WHERE doc_id = ? ORDER BY seq',
    ),
    insertExport: db.prepare(
      'INSERT INTO exports (id, doc_id, format, fingerprint, created_at, created_by, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    listExports: db.prepare<[string], ExportRow & { size: number }>(
      'SELECT id, doc_id, format, fingerprint, created_at, created_by, length(bytes) AS size FROM exports WHERE doc_id = ? ORDER BY created_at, id',
    ),
    getExport: db.prepare<[string, string], ExportRow & { bytes: Buffer }>(
      'SELECT * FROM exports WHERE doc_id = ? AND id = ?',
    ),
  };

  const appendAudit = (docId: string, input: AuditInput, at: string): AuditEntry => {
    const last = q.lastAudit.get(docId);
    const prev = last ? (JSON.parse(last.entry) as AuditEntry) : undefined;
    const { entry, head } = integrity.seal(docId, chainEntry(prev, input, at), prev, sealed.head(docId));
    q.insertAudit.run(docId, entry.seq, JSON.stringify(entry));
    sealed.putHead(docId, head);
    return entry;
  };

  const createDocument = db.transaction((meta: DocumentMeta, state: Uint8Array, created: AuditInput) => {
    q.insertDoc.run({
      id: meta.id,
      title: meta.title,
      parties: JSON.stringify(meta.parties),
      tlp: meta.tlp,
      place: meta.place,
      created_at: meta.createdAt,
      created_by: meta.createdBy,
    });
    q.appendUpdate.run(meta.id, state);
    appendAudit(meta.id, created, meta.createdAt);
  });

  const appendUpdates = db.transaction((docId: string, updates: Uint8Array[]) => {
    return updates.map((u) => Number(q.appendUpdate.run(docId, u).lastInsertRowid));
  });

  const commitChange = db.transaction((docId: string, given: AuditedChange | ChangeUnderLock): AuditEntry => {
    let change = given;
    if (typeof change === 'function') {
      // Read inside the (IMMEDIATE) write transaction: no other writer runs until it commits.
      const row = q.getDoc.get(docId);
      if (!row) throw new Error(`unknown document ${docId}`);
      change = change(toMeta(row));
    }
    if (change.parties) q.setParties.run(JSON.stringify(change.parties), docId);
    if (change.dropApprovalsOf) q.dropApprovals.run(docId, change.dropApprovalsOf);
    if (change.approval) {
      const a = change.approval;
      q.upsertApproval.run(docId, a.clauseId, a.party, JSON.stringify(a));
    }
    if (change.suppression) q.insertSuppression.run(docId, JSON.stringify(change.suppression));
    if (change.removeSuppression !== undefined) {
      const gone = q.suppressionRows
        .all(docId)
        .filter((r) => suppressionId(JSON.parse(r.record) as SuppressionView) === change.removeSuppression);
      if (gone.length === 0) throw new AccordError('not_found', `no suppression ${change.removeSuppression}`);
      for (const r of gone) q.deleteSuppression.run(r.id);
    }
    const entry = appendAudit(docId, change.audit, change.at);
    integrity.check(change, entry);
    return entry;
  });

  const load = (docId: string): StoredDocument => {
    const snap = q.snapshot.get(docId);
    const snapshotSeq = snap?.upto_seq ?? 0;
    return {
      snapshot: snap ? toBytes(snap.data) : null,
      snapshotSeq,
      updates: q.tail.all(docId, snapshotSeq).map((r) => ({ seq: r.seq, data: toBytes(r.data) })),
    };
  };

  // Reads and folds inside one IMMEDIATE transaction: no append can slip between read and delete.
  const compact = db.transaction((docId: string) => {
    const stored = load(docId);
    const last = stored.updates.at(-1);
    if (!last) return { folded: 0, quarantined: 0, notices: [] };
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
    q.putSnapshot.run(docId, merged, last.seq);
    const notices = sealed.quarantine(docId, bad);
    q.dropFolded.run(docId, last.seq);
    return { folded: stored.updates.length - bad.length, quarantined: bad.length, notices };
  });

  return {
    kind: 'sqlite',
    ...sqliteHistory(db, appendAudit),
    ...sqliteLifecycle(db, appendAudit),
    ...sqliteMembership(db, appendAudit),
    ...sqliteNegotiation(db, appendAudit),
    async createDocument(meta, state, created) {
      createDocument(meta, state, created);
    },
    async getDocument(id) {
      const row = q.getDoc.get(id);
      return row ? toMeta(row) : undefined;
    },
    async listDocuments() {
      return q.listDocs.all().map(toMeta);
    },
    async appendUpdates(docId, updates) {
      return appendUpdates(docId, updates);
    },
    async discardUpdate(docId, seq) {
      q.discardUpdate.run(docId, seq);
    },
    async loadDocument(docId) {
      return load(docId);
    },
    async tailLength(docId) {
      return q.tailLength.get(docId)?.n ?? 0;
    },
    async compact(docId) {
      const { notices, ...result } = compact.immediate(docId);
      integrity.quarantined(notices);
      return result;
    },
    async approvals(docId) {
      return q.approvals.all(docId).map((r) => JSON.parse(r.record) as ApprovalRecord);
    },
    async suppressions(docId) {
      return q.suppressions.all(docId).map((r) => JSON.parse(r.record) as SuppressionView);
    },
    async commitChange(docId, change) {
      return commitChange.immediate(docId, change);
    },
    async audit(docId) {
      return q.audit.all(docId).map((r) => JSON.parse(r.entry) as AuditEntry);
    },
    ...sealed.methods,
    async saveExport(e: StoredExport) {
      q.insertExport.run(e.id, e.docId, e.format, e.fingerprint, e.createdAt, e.createdBy, e.bytes);
    },
    async listExports(docId): Promise<ExportListing[]> {
      return q.listExports.all(docId).map(toExportListing);
    },
    async getExport(docId, exportId) {
      const r = q.getExport.get(docId, exportId);
      return r ? toStoredExport(r) : undefined;
    },
    async close() {
      db.close();
    },
  };
}
