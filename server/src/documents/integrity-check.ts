import {
  type ApprovalRecord,
  type AuditEntry,
  approvalsFromChain,
  type ChainVerdict,
  verifyAuditRecord,
} from '@accord/approvals';
import { groupRefusals, type RefusalGroups } from '@accord/communique';
import type { Finding } from '@accord/linter';
import type { AuditHeadView, ChainBrokenReason, DocStateEvent, Integrity } from '@accord/protocol';
import type { Storage } from '../storage/storage';
import { refusalItems } from './export-refusals';

export interface CheckedRecord {
  /** The approvals as the audit chain records them (AP21): what the API reports. */
  approvals: ApprovalRecord[];
  /** The log, seals left out (they mean nothing without the key). */
  entries: AuditEntry[];
  verdict: ChainVerdict;
  integrity: Integrity;
  /** The last entry of the log as read (null for a document without entries). */
  head: AuditHeadView | null;
}

/**
 * Reads a document's audit log, anchored head and approval rows in one snapshot and verifies them
 * under the audit key (AP19–AP22): every read of approvals goes through here, so an approval row,
 * an entry or the head changed behind Accord's back shows as `broken` wherever approvals show.
 */
export function createIntegrityCheck(
  storage: Storage,
  auditKey: Uint8Array | undefined,
  options: { cachedDocuments?: number } = {},
) {
  // Per document, the stored text of the entries last verified in full. An entry whose text is
  // unchanged (same position, same bytes) need not be hashed and unsealed again; any change to
  // it, and everything after it, is verified anew. Bounded: least recently checked documents go.
  const verified = new Map<string, readonly string[]>();
  const limit = options.cachedDocuments ?? 256;
  const unchangedPrefix = (docId: string, raw: readonly string[] | undefined): number => {
    const before = raw && verified.get(docId);
    if (!before) return 0;
    let n = 0;
    while (n < before.length && n < raw.length && before[n] === raw[n]) n++;
    return n;
  };

  return async function check(docId: string): Promise<CheckedRecord> {
    const record = await storage.auditRecord(docId);
    const known = verified.get(docId);
    const verdict = verifyAuditRecord(docId, record, auditKey, {
      verifiedPrefix: unchangedPrefix(docId, record.raw),
      // A rollback to an older, once-sealed state (log, head and rows together) is only visible
      // against what this process verified before.
      ...(known ? { knownLength: known.length } : {}),
    });
    if (verdict.ok && record.raw) {
      verified.delete(docId);
      verified.set(docId, record.raw);
      if (verified.size > limit) verified.delete(verified.keys().next().value as string);
    }
    const last = record.entries.at(-1);
    return {
      approvals: approvalsFromChain(record.entries),
      entries: record.entries.map(({ mac: _seal, ...entry }) => entry),
      verdict,
      integrity: verdict.ok ? 'verified' : 'broken',
      head: last ? { seq: last.seq, entryHash: last.entryHash } : null,
    };
  };
}

export type IntegrityCheck = ReturnType<typeof createIntegrityCheck>;

/** The `x-accord-audit-chain` header value of a verdict. */
export const chainHeader = (verdict: ChainVerdict): string =>
  verdict.ok ? 'verified' : `broken at ${verdict.seq}: ${verdict.reason}`;

/** The reason item of a final export refused over a broken chain (api.md "Integrity"). */
export function chainBrokenReason(verdict: ChainVerdict): ChainBrokenReason | undefined {
  if (verdict.ok) return undefined;
  return {
    code: 'audit_chain_broken',
    message: `The audit chain does not verify (entry ${verdict.seq}: ${verdict.reason}); the record cannot be certified until it is restored.`,
    seq: verdict.seq,
  };
}

/** `groups` of that refusal: the broken chain as one more cause beside every other reason. */
export function chainBrokenGroups(
  chain: ChainBrokenReason,
  s: DocStateEvent,
  errors: readonly Finding[],
): RefusalGroups {
  return groupRefusals(
    [{ cause: 'audit_chain_broken', message: chain.message }, ...refusalItems(s, errors)],
    s.parties,
  );
}
