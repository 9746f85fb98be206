import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { Author, ClauseSnapshot, RevisionPlan, StoredRevision } from '@accord/history';

/** A named, frozen copy of the whole statement (a drafter's "Rev. 2 — after capitals' comments"). */
export interface StoredVersion {
  id: string;
  docId: string;
  name: string;
  at: string;
  by: Author & { sub: string };
  /** The document's title when it was frozen. */
  title: string;
  clauses: VersionClause[];
}

/** A clause as frozen in a version: its text, hash and standing brackets. */
export interface VersionClause extends ClauseSnapshot {
  brackets?: { start: number; end: number; delegation: string }[];
}

export type VersionListing = Omit<StoredVersion, 'clauses'> & { clauseCount: number };

/**
 * Clause revisions and named versions. Part of every Storage; each method is atomic. Revisions are
 * rows of their own, so compaction folds the Yjs log without touching them.
 */
export interface HistoryStorage {
  /** The newest revision of every clause of the document that has one. */
  lastRevisions(docId: string): Promise<StoredRevision[]>;
  /** Appends and replaces revisions as planned, in one transaction; returns them as stored, in plan order. */
  writeRevisions(docId: string, plans: readonly RevisionPlan[]): Promise<StoredRevision[]>;
  /** Every stored revision of one clause, oldest first. */
  clauseRevisions(docId: string, clauseId: string): Promise<StoredRevision[]>;
  /** The newest stored revision of a clause with that hash. */
  revisionByHash(docId: string, clauseId: string, hash: string): Promise<StoredRevision | undefined>;
  /** Stores a version together with its audit entry (one transaction). */
  createVersion(version: StoredVersion, audit: AuditInput): Promise<AuditEntry>;
  listVersions(docId: string): Promise<VersionListing[]>;
  getVersion(docId: string, versionId: string): Promise<StoredVersion | undefined>;
  /** Bytes the document's history rows take (text, hashes, authors; for the storage report). */
  historyBytes(docId: string): Promise<{ revisions: number; versions: number }>;
}

export interface RevisionRow {
  id: number | string;
  clause_id: string;
  at: string;
  text: string;
  hash: string;
  by: string | Author[];
  first: number | boolean;
}

/** A planned revision as it reads back once stored under `id`. */
export const plannedRevision = (p: RevisionPlan, id: number): StoredRevision => ({
  ...p.revision,
  id,
  clauseId: p.clauseId,
  ...(p.kind === 'append' && p.first ? { first: true } : {}),
});

export const toRevision = (r: RevisionRow): StoredRevision => ({
  id: Number(r.id),
  clauseId: r.clause_id,
  at: r.at,
  text: r.text,
  hash: r.hash,
  by: typeof r.by === 'string' ? (JSON.parse(r.by) as Author[]) : r.by,
  ...(r.first ? { first: true } : {}),
});

export interface VersionRow {
  id: string;
  doc_id: string;
  name: string;
  at: string;
  by: string | StoredVersion['by'];
  title: string;
  clauses?: string | VersionClause[];
  clause_count?: number | string;
}

const parse = <T>(v: string | T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

export const toVersion = (r: VersionRow): StoredVersion => ({
  id: r.id,
  docId: r.doc_id,
  name: r.name,
  at: r.at,
  by: parse(r.by),
  title: r.title,
  clauses: parse(r.clauses ?? []),
});

export const toVersionListing = (r: VersionRow): VersionListing => ({
  id: r.id,
  docId: r.doc_id,
  name: r.name,
  at: r.at,
  by: parse(r.by),
  title: r.title,
  clauseCount: Number(r.clause_count ?? 0),
});
