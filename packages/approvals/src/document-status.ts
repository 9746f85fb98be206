import type { ApprovalRecord, ClauseFacts } from './approval-state';
import { ApprovalIndex, effectiveApproval } from './effective-approval';

/** Per-party counts over the document's clauses; every clause falls in exactly one bucket. */
export interface PartySummary {
  approved: number;
  pending: number;
  stale: number;
  objection: number;
  reserve: number;
}

export type BlockerReason =
  | 'pending'
  | 'stale'
  | 'objection'
  | 'reserve'
  | 'bracket'
  | 'no_clauses'
  | 'no_parties';

/**
 * One thing standing between the document and agreement. Document-wide blockers (`no_clauses`,
 * `no_parties`) carry `clauseId: ''` and `index: 0`.
 */
export interface Blocker {
  clauseId: string;
  /** The clause's number in the statement, from 1 (0 for document-wide blockers). */
  index: number;
  party?: string;
  reason: BlockerReason;
  note?: string;
}

/** A document is `drafting` until it is `agreed` (AP11). */
export const DOCUMENT_STATUSES = ['drafting', 'agreed'] as const;

export interface DocumentStatus {
  status: (typeof DOCUMENT_STATUSES)[number];
  parties: Record<string, PartySummary>;
  blockers: Blocker[];
}

function emptySummary(): PartySummary {
  return { approved: 0, pending: 0, stale: 0, objection: 0, reserve: 0 };
}

/**
 * The agreement status of a document: `agreed` exactly when there is at least one clause and one
 * party, no bracket stands, and every party approved every clause on its current text.
 * Approvals of clauses or parties not listed (deleted clauses, removed parties) are ignored.
 * `clauses` must be in document order: blockers report their position.
 */
export function documentStatus(input: {
  parties: string[];
  clauses: ClauseFacts[];
  approvals: ApprovalRecord[];
}): DocumentStatus {
  const parties = [...new Set(input.parties)];
  const index = new ApprovalIndex(input.approvals);
  const summaries: Record<string, PartySummary> = {};
  for (const party of parties) summaries[party] = emptySummary();
  const blockers: Blocker[] = [];
  if (input.clauses.length === 0) blockers.push({ clauseId: '', index: 0, reason: 'no_clauses' });
  if (parties.length === 0) blockers.push({ clauseId: '', index: 0, reason: 'no_parties' });

  input.clauses.forEach((clause, i) => {
    // Numbered as the statement numbers its paragraphs (and as /clauses reports `index`): from 1.
    const position = i + 1;
    if (clause.bracketed) blockers.push({ clauseId: clause.id, index: position, reason: 'bracket' });
    for (const party of parties) {
      const summary = summaries[party]!;
      const effective = effectiveApproval(index.get(clause.id, party), clause.hash);
      if (effective.stale) {
        summary.stale += 1;
        blockers.push({ clauseId: clause.id, index: position, party, reason: 'stale' });
        continue;
      }
      summary[effective.state] += 1;
      if (effective.state === 'approved') continue;
      const blocker: Blocker = { clauseId: clause.id, index: position, party, reason: effective.state };
      if (effective.note !== undefined) blocker.note = effective.note;
      blockers.push(blocker);
    }
  });

  return { status: blockers.length === 0 ? 'agreed' : 'drafting', parties: summaries, blockers };
}
