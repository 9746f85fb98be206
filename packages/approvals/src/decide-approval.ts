import type { ApprovalRecord, ApprovalRequest, ClauseFacts } from './approval-state';
import type { AuditInput } from './audit-chain';
import { type Actor, canEdit } from './permissions';

export type DecisionCode = 'forbidden' | 'not_a_party' | 'no_such_clause' | 'stale_hash' | 'clause_bracketed';

export type Decision =
  | { ok: true; record: ApprovalRecord }
  | { ok: false; code: DecisionCode; message: string };

function refuse(code: DecisionCode, message: string): Decision {
  return { ok: false, code, message };
}

/**
 * Decides whether `actor` may set its delegation's state on `clause`, and if so the record to store.
 * Checks run from "who" to "what": permission, party, clause, hash, bracket.
 */
export function decideApproval(input: {
  actor: Actor;
  parties: string[];
  clause: ClauseFacts | undefined;
  request: ApprovalRequest;
  at: string;
}): Decision {
  const { actor, parties, clause, request, at } = input;
  if (!canEdit(actor)) return refuse('forbidden', 'observers cannot set approvals');
  if (!parties.includes(actor.delegation)) {
    return refuse('not_a_party', `delegation ${actor.delegation} is not a party to this document`);
  }
  if (!clause) return refuse('no_such_clause', 'no such clause');
  if (request.hash !== clause.hash) {
    return refuse('stale_hash', 'the clause text has changed since you read it; reload and review it again');
  }
  if (request.state === 'approved' && clause.bracketed) {
    return refuse('clause_bracketed', 'a clause with standing brackets cannot be approved as final');
  }
  const record: ApprovalRecord = {
    clauseId: clause.id,
    party: actor.delegation,
    state: request.state,
    by: actor.name,
    sub: actor.sub,
    at,
    hash: request.hash,
  };
  if (request.note !== undefined && request.note !== '') record.note = request.note;
  return { ok: true, record };
}

/** The audit entry for a stored approval change. */
export function approvalAudit(record: ApprovalRecord): AuditInput {
  const entry: AuditInput = {
    kind: 'approval',
    actor: { sub: record.sub, name: record.by, delegation: record.party },
    clauseId: record.clauseId,
    hash: record.hash,
    state: record.state,
    party: record.party,
  };
  if (record.note !== undefined) entry.note = record.note;
  return entry;
}
