import {
  type AuditEntry,
  type AuditHead,
  approvalMismatch,
  approvalOfEntry,
  headSeals,
  type AuditRecord as SealedRecord,
  sealEntry,
  sealHead,
} from '@accord/approvals';
import { AccordError } from '../errors';
import type { AuditedChange } from './storage';

/** An update compaction could not apply: moved out of the log into quarantine, never deleted. */
export interface QuarantinedUpdate {
  docId: string;
  /** Its seq in the update log. */
  seq: number;
  data: Uint8Array;
  /** Why it could not be applied. */
  error: string;
  /** When it was quarantined (database time). */
  at: string;
}

export type QuarantineNotice = Omit<QuarantinedUpdate, 'data' | 'at'>;

export interface CompactResult {
  folded: number;
  /** Updates of the folded range that could not be applied and went to quarantine instead. */
  quarantined: number;
}

/** What the server wiring hands storage at start (see `Storage.bindIntegrity`). */
export interface IntegrityBinding {
  /** Seals every audit entry and the anchored head (AP19/AP20); derived from AUTH_SECRET. */
  auditKey: Uint8Array;
  /** Told after a compaction quarantined an update (log it, count it). */
  onQuarantine?: (notice: QuarantineNotice) => void;
}

export type { AuditHead };

/**
 * A document's log, head and approval rows as storage read them in one snapshot; `raw` is each
 * entry as stored (its text), so a reader can tell an entry it verified before from a changed one.
 */
export type AuditRecord = SealedRecord & { raw?: readonly string[] };

/**
 * The integrity half shared by the adapters: holds the binding, seals entries and heads, and
 * refuses a change whose approval row would differ from its own audit entry (AP21).
 */
export function createIntegrity() {
  let binding: IntegrityBinding | undefined;
  return {
    bind(b: IntegrityBinding) {
      if (binding && !sameKey(binding.auditKey, b.auditKey)) {
        throw new Error('storage is already bound to another audit key');
      }
      binding = b;
    },
    /**
     * Seals `entry`, about to be appended after `prev` (the log's last entry as read in the same
     * transaction), and the head to anchor with it. Refuses (`audit_chain_broken`) when the stored
     * head does not seal `prev`: a log cut or rewritten at its end is never sealed over (AP20).
     */
    seal(
      docId: string,
      entry: AuditEntry,
      prev: AuditEntry | undefined,
      storedHead: AuditHead | null,
    ): { entry: AuditEntry; head: AuditHead } {
      const key = binding?.auditKey;
      if (key && prev && !headSeals(key, docId, storedHead, prev)) {
        throw new AccordError(
          'audit_chain_broken',
          `the audit log of ${docId} does not end where its sealed head says; nothing more is recorded until it is restored`,
        );
      }
      const sealed = sealEntry(key, docId, entry);
      return { entry: sealed, head: sealHead(key, docId, sealed) };
    },
    /** Throws (rolling the transaction back) when a change would store what its entry does not record. */
    check(change: AuditedChange, entry: AuditEntry) {
      if (change.approval) {
        const recorded = approvalOfEntry(entry);
        const why =
          approvalMismatch(change.approval, recorded) ??
          (recorded?.clauseId !== change.approval.clauseId || recorded.party !== change.approval.party
            ? 'another clause or party'
            : undefined);
        if (why) throw new Error(`audit entry does not record the approval it stores: ${why}`);
      }
      if (change.dropApprovalsOf !== undefined) {
        if (entry.kind !== 'clause-deleted' || entry.clauseId !== change.dropApprovalsOf) {
          throw new Error('dropping approvals needs a clause-deleted entry for that clause');
        }
      }
    },
    quarantined(notices: QuarantineNotice[]) {
      for (const n of notices) binding?.onQuarantine?.(n);
    },
  };
}

const sameKey = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export const toHead = (r: { seq: number | string; entry_hash: string; mac: string | null }): AuditHead => ({
  seq: Number(r.seq),
  entryHash: r.entry_hash,
  mac: r.mac,
});
