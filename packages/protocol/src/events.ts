/**
 * Events on the server-owned live channel (`GET /api/docs/:id/events`, Server-Sent Events).
 * Clients can read it but never write it: approvals and statuses only change through REST.
 */
export interface PartyApprovalView {
  state: 'approved' | 'objection' | 'reserve' | 'pending';
  stale: boolean;
  /** For a stale approval: the state the party gave on an earlier text (it now counts as pending). */
  recordedState?: 'approved' | 'objection' | 'reserve' | 'pending';
  by?: string;
  at?: string;
  hash?: string;
  note?: string;
}

export interface ClauseApprovalsView {
  id: string;
  index: number;
  text: string;
  hash: string;
  bracketed: boolean;
  approvals: Record<string, PartyApprovalView>;
}

export interface PartySummaryView {
  approved: number;
  pending: number;
  stale: number;
  objection: number;
  reserve: number;
}

export interface BlockerView {
  clauseId: string;
  index: number;
  party?: string;
  reason: string;
  note?: string;
}

export interface DocStateEvent {
  type: 'state';
  docId: string;
  parties: string[];
  status: 'drafting' | 'agreed';
  summary: Record<string, PartySummaryView>;
  blockers: BlockerView[];
  clauses: ClauseApprovalsView[];
  suppressions: SuppressionView[];
}

export interface SuppressionView {
  ruleId: string;
  clauseId: string;
  clauseHash: string;
  start: number;
  end: number;
  policy: string;
  reason: string;
  by: string;
  at: string;
}

export type DocEvent = DocStateEvent;
