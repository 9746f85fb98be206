import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { Amendment, Comment } from '@accord/negotiation';

/** A comment as stored (the rules' own shape: @accord/negotiation `Comment`). */
export type StoredComment = Comment;
/** An amendment as stored (@accord/negotiation `Amendment`). */
export type StoredAmendment = Amendment;

/** What a decision under the lock returns for one row: its new form and its audit entry. */
export interface NegotiationStep<T> {
  row: T;
  audit: AuditInput;
}

/**
 * Comments and amendments of a document (#16). Part of every Storage; each method is atomic. Every
 * change that is audited (resolving or reopening a comment, every amendment transition) is
 * committed in one transaction with its audit entry; a `decide` function runs under the
 * document's lock on the rows as stored and may throw to refuse (nothing is written then).
 */
export interface NegotiationStorage {
  /** Stores a new comment (a comment itself is discussion, not audited; resolving it is). */
  addComment(docId: string, comment: StoredComment): Promise<void>;
  /** The document's comments, oldest first. */
  comments(docId: string): Promise<StoredComment[]>;
  getComment(docId: string, commentId: string): Promise<StoredComment | undefined>;
  /** Reads the comment under the lock, stores what `decide` returns together with its audit entry. */
  changeComment(
    docId: string,
    commentId: string,
    decide: (current: StoredComment | undefined) => NegotiationStep<StoredComment>,
    at: string,
  ): Promise<{ comment: StoredComment; entry: AuditEntry }>;
  /** Stores a new amendment with its audit entry (one transaction). */
  addAmendment(docId: string, amendment: StoredAmendment, audit: AuditInput, at: string): Promise<AuditEntry>;
  /** The document's amendments, oldest first. */
  amendments(docId: string): Promise<StoredAmendment[]>;
  getAmendment(docId: string, amendmentId: string): Promise<StoredAmendment | undefined>;
  /**
   * Reads the named amendments (or every open one of the document) under the lock and stores the
   * changes `decide` returns, each with its audit entry, in one transaction; returns them in order.
   */
  changeAmendments(
    docId: string,
    select: { ids: readonly string[] } | 'open',
    decide: (current: StoredAmendment[]) => NegotiationStep<StoredAmendment>[],
    at: string,
  ): Promise<{ amendment: StoredAmendment; entry: AuditEntry }[]>;
}

export interface NegotiationRow {
  record: string | StoredComment | StoredAmendment;
}

export const fromRecord = <T>(r: NegotiationRow): T =>
  (typeof r.record === 'string' ? JSON.parse(r.record) : r.record) as T;
