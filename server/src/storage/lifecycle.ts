import type { AuditEntry, AuditInput, Lifecycle } from '@accord/approvals';
import type { TlpLevel } from '@accord/protocol';

/**
 * A document's adoption state as stored. `concluding` is set when an instance has claimed the
 * conclusion of a silence procedure and not yet recorded all its approvals; a claim older than
 * the lease may be finished by another instance (the approvals it records are idempotent, SL4).
 */
export type StoredLifecycle = Lifecycle & { concluding?: string };

export interface DocumentMetaPatch {
  title?: string;
  tlp?: TlpLevel;
  place?: string;
}

/**
 * Document lifecycle (adoption, silence procedure) and the editable document metadata. Part of
 * every Storage; each method is atomic.
 */
export interface LifecycleStorage {
  /** The stored lifecycle, or the open one (version 0) for a document that never had one. */
  lifecycle(docId: string): Promise<StoredLifecycle>;
  /**
   * Compare-and-set: stores `next` only if the stored version is still `expectedVersion`, and
   * says whether it did. Of several instances deciding on the same version, exactly one wins.
   */
  swapLifecycle(docId: string, expectedVersion: number, next: StoredLifecycle): Promise<boolean>;
  /** Every document whose lifecycle is not open (frozen or concluding), with its lifecycle. */
  frozenLifecycles(): Promise<{ docId: string; lifecycle: StoredLifecycle }[]>;
  /** Changes title, TLP and/or place together with its audit entry (one transaction). */
  updateDocumentMeta(
    docId: string,
    patch: DocumentMetaPatch,
    audit: AuditInput,
    at: string,
  ): Promise<AuditEntry>;
}
