import {
  type ApprovalRecord,
  type AuditEntry,
  type AuditHead,
  type AuditInput,
  chainEntry,
} from '@accord/approvals';
import { suppressionId } from '@accord/linter';
import type { SuppressionView } from '@accord/protocol';
import { AccordError } from '../../errors';
import { createIntegrity, type QuarantinedUpdate } from '../integrity';
import { foldUpdates } from '../merge-updates';
import type { DocumentMeta, ExportListing, Storage, StoredDocument, StoredExport } from '../storage';
import { memoryHistory } from './memory-history';
import { memoryLifecycle } from './memory-lifecycle';
import { memoryMembership } from './memory-membership';
import { memoryNegotiation } from './memory-negotiation';

/** Everything one document holds in memory: the same rows the database adapters keep. */
interface DocumentRows {
  meta: DocumentMeta;
  updates: { seq: number; data: Uint8Array }[];
  snapshot: { data: Uint8Array; uptoSeq: number } | null;
  /** Keyed by clause id and party. */
  approvals: Map<string, ApprovalRecord>;
  suppressions: SuppressionView[];
  audit: AuditEntry[];
  head: AuditHead | null;
  quarantine: QuarantinedUpdate[];
  exports: StoredExport[];
}

/** Callers get copies, never the stored objects: nothing they change reaches storage. */
const copy = <T>(value: T): T => structuredClone(value);
/** Oldest first, ties by id: the order the SQL adapters list documents and exports in. */
const byCreatedThenId = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Storage in the process's memory: for tests and tools that need no files (route tests through
 * `app.request()`). The same contract as SQLite and Postgres: each method runs to completion
 * without yielding, so it is atomic, and a change decided under the lock (`commitChange` with a
 * function) sees every change committed before it. Nothing survives the process.
 */
export function openMemoryStorage(): Storage {
  const docs = new Map<string, DocumentRows>();
  const integrity = createIntegrity();
  let nextSeq = 1;
  let closed = false;

  const rows = (docId: string): DocumentRows => {
    if (closed) throw new Error('storage is closed');
    const d = docs.get(docId);
    if (!d) throw new Error(`unknown document ${docId}`);
    return d;
  };

  const appendAudit = (docId: string, input: AuditInput, at: string): AuditEntry => {
    const d = rows(docId);
    const prev = d.audit.at(-1);
    const { entry, head } = integrity.seal(docId, chainEntry(prev, copy(input), at), prev, d.head);
    d.audit.push(entry);
    d.head = head;
    return copy(entry);
  };

  /** Runs a change so that it either completes or leaves no trace (what it may touch is restored on a throw). */
  const atomically = <T>(docId: string, fn: (d: DocumentRows) => T): T => {
    const d = rows(docId);
    const before = {
      parties: d.meta.parties,
      approvals: new Map(d.approvals),
      suppressions: [...d.suppressions],
      audit: d.audit.length,
      head: d.head,
    };
    try {
      return fn(d);
    } catch (err) {
      d.meta.parties = before.parties;
      d.approvals = before.approvals;
      d.suppressions.splice(0, d.suppressions.length, ...before.suppressions);
      d.audit.length = before.audit;
      d.head = before.head;
      throw err;
    }
  };

  const byClauseThenParty = (a: ApprovalRecord, b: ApprovalRecord) =>
    a.clauseId < b.clauseId
      ? -1
      : a.clauseId > b.clauseId
        ? 1
        : a.party < b.party
          ? -1
          : a.party > b.party
            ? 1
            : 0;

  const load = (d: DocumentRows): StoredDocument => ({
    snapshot: d.snapshot ? copy(d.snapshot.data) : null,
    snapshotSeq: d.snapshot?.uptoSeq ?? 0,
    updates: d.updates.map((u) => ({ seq: u.seq, data: copy(u.data) })),
  });

  return {
    kind: 'memory',
    ...memoryHistory({ rows, appendAudit }),
    ...memoryNegotiation({ rows, appendAudit }),
    ...memoryLifecycle({ meta: (docId) => rows(docId).meta, appendAudit }),
    ...memoryMembership({ rows: (docId) => rows(docId).meta, has: (docId) => docs.has(docId), appendAudit }),

    async createDocument(meta, state, created) {
      if (closed) throw new Error('storage is closed');
      if (docs.has(meta.id)) throw new Error(`document ${meta.id} already exists`);
      docs.set(meta.id, {
        meta: copy(meta),
        updates: [{ seq: nextSeq++, data: copy(state) }],
        snapshot: null,
        approvals: new Map(),
        suppressions: [],
        audit: [],
        head: null,
        quarantine: [],
        exports: [],
      });
      appendAudit(meta.id, created, meta.createdAt);
    },
    async getDocument(id) {
      const d = docs.get(id);
      return d ? copy(d.meta) : undefined;
    },
    async listDocuments() {
      return [...docs.values()].map((d) => copy(d.meta)).sort(byCreatedThenId);
    },

    async appendUpdates(docId, updates) {
      const d = rows(docId);
      return updates.map((u) => {
        const seq = nextSeq++;
        d.updates.push({ seq, data: copy(u) });
        return seq;
      });
    },
    async discardUpdate(docId, seq) {
      const d = rows(docId);
      d.updates = d.updates.filter((u) => u.seq !== seq);
    },
    async loadDocument(docId) {
      return load(rows(docId));
    },
    async tailLength(docId) {
      return docs.get(docId)?.updates.length ?? 0;
    },
    async compact(docId) {
      const d = rows(docId);
      const stored = load(d);
      const last = stored.updates.at(-1);
      if (!last) return { folded: 0, quarantined: 0 };
      const bad: { seq: number; data: Uint8Array; error: Error }[] = [];
      const merged = foldUpdates(
        stored.snapshot,
        stored.updates.map((u) => u.data),
        (i, error) => {
          const u = stored.updates[i]!;
          bad.push({ seq: u.seq, data: u.data, error });
        },
      );
      d.snapshot = { data: merged, uptoSeq: last.seq };
      d.updates = d.updates.filter((u) => u.seq > last.seq);
      const at = new Date().toISOString();
      const notices = bad.map((b) => ({ docId, seq: b.seq, error: String(b.error?.message ?? b.error) }));
      for (const [i, b] of bad.entries()) d.quarantine.push({ ...notices[i]!, data: b.data, at });
      integrity.quarantined(notices);
      return { folded: stored.updates.length - bad.length, quarantined: bad.length };
    },
    async quarantined(docId) {
      return copy(docs.get(docId)?.quarantine ?? []);
    },

    async approvals(docId) {
      return copy([...(docs.get(docId)?.approvals.values() ?? [])].sort(byClauseThenParty));
    },
    async suppressions(docId) {
      return copy(docs.get(docId)?.suppressions ?? []);
    },
    async commitChange(docId, given) {
      return atomically(docId, (d) => {
        // Decided on the document as it stands, with nothing able to run in between.
        const change = typeof given === 'function' ? given(copy(d.meta)) : given;
        if (change.parties) d.meta.parties = [...change.parties];
        if (change.dropApprovalsOf !== undefined) {
          for (const [key, a] of d.approvals)
            if (a.clauseId === change.dropApprovalsOf) d.approvals.delete(key);
        }
        if (change.approval) {
          const a = copy(change.approval);
          d.approvals.set(`${a.clauseId}\u0000${a.party}`, a);
        }
        if (change.suppression) d.suppressions.push(copy(change.suppression));
        if (change.removeSuppression !== undefined) {
          const kept = d.suppressions.filter((s) => suppressionId(s) !== change.removeSuppression);
          if (kept.length === d.suppressions.length)
            throw new AccordError('not_found', `no suppression ${change.removeSuppression}`);
          d.suppressions.splice(0, d.suppressions.length, ...kept);
        }
        const entry = appendAudit(docId, change.audit, change.at);
        integrity.check(change, entry);
        return entry;
      });
    },
    async audit(docId) {
      return copy(docs.get(docId)?.audit ?? []);
    },
    async auditRecord(docId) {
      const d = docs.get(docId);
      return {
        entries: copy(d?.audit ?? []),
        head: d?.head ? copy(d.head) : null,
        approvals: copy([...(d?.approvals.values() ?? [])].sort(byClauseThenParty)),
      };
    },
    bindIntegrity(binding) {
      integrity.bind(binding);
    },

    async saveExport(e) {
      const d = rows(e.docId);
      if (d.exports.some((x) => x.id === e.id)) throw new Error(`export ${e.id} already exists`);
      d.exports.push(copy(e));
    },
    async listExports(docId): Promise<ExportListing[]> {
      return [...(docs.get(docId)?.exports ?? [])]
        .sort(byCreatedThenId)
        .map(({ bytes, ...rest }) => ({ ...rest, size: bytes.byteLength }));
    },
    async getExport(docId, exportId) {
      const e = docs.get(docId)?.exports.find((x) => x.id === exportId);
      return e ? copy(e) : undefined;
    },

    async close() {
      closed = true;
    },
  };
}
