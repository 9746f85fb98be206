import type { ApprovalRecord } from './approval-state';
import type { AuditData, AuditInput } from './audit-chain';
import { ApprovalIndex } from './effective-approval';
import type { Actor } from './permissions';

/**
 * Splits approval records into those of clauses still in the document and those of deleted
 * clauses. Clause ids survive moves, so a moved clause keeps its approvals here.
 */
export function splitByLiveClauses(
  approvals: readonly ApprovalRecord[],
  liveClauseIds: Iterable<string>,
): { kept: ApprovalRecord[]; orphaned: ApprovalRecord[] } {
  const live = new Set(liveClauseIds);
  const kept: ApprovalRecord[] = [];
  const orphaned: ApprovalRecord[] = [];
  for (const record of approvals) (live.has(record.clauseId) ? kept : orphaned).push(record);
  return { kept, orphaned };
}

/**
 * The audit entry for a deleted clause, carrying the approvals it held (one `PARTY.*` group of
 * data keys per party) so they remain on record after the approval rows are dropped.
 */
export function clauseDeletionAudit(input: {
  actor: Pick<Actor, 'sub' | 'name' | 'delegation'>;
  clauseId: string;
  hash?: string;
  approvals: readonly ApprovalRecord[];
}): AuditInput {
  const { actor, clauseId, hash } = input;
  const index = new ApprovalIndex(input.approvals.filter((record) => record.clauseId === clauseId));
  const held = index.all();
  const data: AuditData = { approvals: held.length };
  for (const record of held) {
    data[`${record.party}.state`] = record.state;
    data[`${record.party}.by`] = record.by;
    data[`${record.party}.at`] = record.at;
    data[`${record.party}.hash`] = record.hash;
    if (record.note !== undefined) data[`${record.party}.note`] = record.note;
  }
  const entry: AuditInput = {
    kind: 'clause-deleted',
    actor: { sub: actor.sub, name: actor.name, delegation: actor.delegation },
    clauseId,
    data,
  };
  if (hash !== undefined) entry.hash = hash;
  return entry;
}
