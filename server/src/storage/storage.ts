import type { ApprovalRecord, AuditEntry, AuditInput } from '@accord/approvals';
import type { SuppressionView, TlpLevel } from '@accord/protocol';
import type { HistoryStorage } from './history';
import type { AuditRecord, CompactResult, IntegrityBinding, QuarantinedUpdate } from './integrity';
import type { LifecycleStorage } from './lifecycle';
import type { MembershipStorage } from './membership';
import type { NegotiationStorage } from './negotiation';

export interface DocumentMeta {
  id: string;
  title: string;
  parties: string[];
  tlp: TlpLevel;
  place: string;
  createdAt: string;
  createdBy: string;
}

export interface StoredDocument {
  /** Merged state of every update up to `snapshotSeq`, or null before the first compaction. */
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  /**
   * Every update still in the log, in append order. Under concurrent writers (Postgres) a row may
   * carry a seq below `snapshotSeq` when it committed after a compactor read the log; replaying it
   * is harmless because applying a Yjs update twice is a no-op.
   */
  updates: { seq: number; data: Uint8Array }[];
}

/** One audited change, committed atomically with its audit entry. */
export interface AuditedChange {
  audit: AuditInput;
  at: string;
  approval?: ApprovalRecord;
  /** A deleted clause takes its approvals with it (they stay in the audit log). */
  dropApprovalsOf?: string;
  parties?: string[];
  suppression?: SuppressionView;
  /**
   * Removes the suppression with this id (@accord/linter `suppressionId`, derived from the row).
   * The adapter refuses with `not_found` (nothing written) when the document holds none with it.
   */
  removeSuppression?: string;
}

/** Decides an audited change from the document as stored, under its lock (see `commitChange`). */
export type ChangeUnderLock = (stored: DocumentMeta) => AuditedChange;

export interface StoredExport {
  id: string;
  docId: string;
  format: string;
  fingerprint: string;
  createdAt: string;
  createdBy: string;
  bytes: Uint8Array;
}

export type ExportListing = Omit<StoredExport, 'bytes'> & { size: number };

/**
 * Everything Accord keeps. Implementations: SQLite (embedded default), Postgres (scale-out) and
 * memory (tests and tools; nothing survives the process).
 * Every method is atomic; a resolved `appendUpdates` is durable (survives SIGKILL).
 */
export interface Storage extends MembershipStorage, HistoryStorage, LifecycleStorage, NegotiationStorage {
  readonly kind: 'sqlite' | 'postgres' | 'memory';
  createDocument(meta: DocumentMeta, initialState: Uint8Array, created: AuditInput): Promise<void>;
  getDocument(id: string): Promise<DocumentMeta | undefined>;
  listDocuments(): Promise<DocumentMeta[]>;

  /** Durable once resolved; returns each update's sequence number, in order. */
  appendUpdates(docId: string, updates: Uint8Array[]): Promise<number[]>;
  /** Removes a single logged update again (one that could not be applied after it was stored). */
  discardUpdate(docId: string, seq: number): Promise<void>;
  loadDocument(docId: string): Promise<StoredDocument>;
  /** Updates appended since the last snapshot. */
  tailLength(docId: string): Promise<number>;
  /**
   * Folds the log into the snapshot. Reads its own rows (never a caller's in-memory state), so a
   * document that failed to load is never saved over and concurrent compactors stay correct.
   */
  compact(docId: string): Promise<CompactResult>;
  /** Updates compaction could not apply, kept (oldest first) instead of deleted. */
  quarantined(docId: string): Promise<QuarantinedUpdate[]>;

  approvals(docId: string): Promise<ApprovalRecord[]>;
  suppressions(docId: string): Promise<SuppressionView[]>;
  /**
   * Commits one audited change atomically. Given a function, the adapter calls it with the
   * document as stored, under the document's lock (SQLite's single writer, a row lock on
   * Postgres), and commits what it returns in the same transaction: read-decide-write is one step
   * for every instance (party changes). The function may throw to refuse; nothing is written then.
   */
  commitChange(docId: string, change: AuditedChange | ChangeUnderLock): Promise<AuditEntry>;
  audit(docId: string): Promise<AuditEntry[]>;
  /** The audit log, its anchored head and the approval rows, read in one consistent snapshot. */
  auditRecord(docId: string): Promise<AuditRecord>;
  /**
   * Server wiring, once at start: the key that seals audit entries and the head (never stored),
   * and who hears of quarantined updates. Entries written before it is bound carry no seal.
   */
  bindIntegrity(binding: IntegrityBinding): void;

  saveExport(exp: StoredExport): Promise<void>;
  listExports(docId: string): Promise<ExportListing[]>;
  getExport(docId: string, exportId: string): Promise<StoredExport | undefined>;

  close(): Promise<void>;
}
