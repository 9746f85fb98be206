import type { ApprovalRecord, ApprovalState } from './approval-state';

export interface EffectiveApproval {
  /** What counts: `pending` when there is no record or the record is stale. */
  state: ApprovalState;
  /** The record was given on another text of the clause. */
  stale: boolean;
  /** For a stale record, the state it held, so the board can say "approved an earlier text". */
  recordedState?: ApprovalState;
  by?: string;
  at?: string;
  hash?: string;
  note?: string;
}

/** A party's standing on a clause whose current hash is `currentHash`. */
export function effectiveApproval(
  record: ApprovalRecord | undefined,
  currentHash: string,
): EffectiveApproval {
  if (!record) return { state: 'pending', stale: false };
  const stale = record.hash !== currentHash;
  const result: EffectiveApproval = {
    state: stale ? 'pending' : record.state,
    stale,
    by: record.by,
    at: record.at,
    hash: record.hash,
  };
  if (stale) result.recordedState = record.state;
  if (record.note !== undefined) result.note = record.note;
  return result;
}

function approvalKey(clauseId: string, party: string): string {
  // JSON keeps the key unambiguous whatever characters ids contain.
  return JSON.stringify([clauseId, party]);
}

function isLater(candidate: ApprovalRecord, current: ApprovalRecord): boolean {
  const a = Date.parse(candidate.at);
  const b = Date.parse(current.at);
  // Unparseable or equal times fall back to list order, which is the storage order.
  return Number.isNaN(a) || Number.isNaN(b) || a >= b;
}

/**
 * Indexes records by clause and party, keeping the latest per pair, so storage may hand over its
 * history rather than only current rows.
 */
export class ApprovalIndex {
  readonly #records = new Map<string, ApprovalRecord>();

  constructor(records: Iterable<ApprovalRecord>) {
    for (const record of records) {
      const key = approvalKey(record.clauseId, record.party);
      const current = this.#records.get(key);
      if (!current || isLater(record, current)) this.#records.set(key, record);
    }
  }

  get(clauseId: string, party: string): ApprovalRecord | undefined {
    return this.#records.get(approvalKey(clauseId, party));
  }

  /** The latest record of every clause and party pair, in order of first appearance. */
  all(): ApprovalRecord[] {
    return [...this.#records.values()];
  }
}
