import { z } from 'zod';

/** The states a party can hold on a clause (api.md). `pending` is also what "no record" means. */
export const APPROVAL_STATES = ['approved', 'objection', 'reserve', 'pending'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

export const NOTE_MAX_LENGTH = 2000;

/** SHA-256 hex of a clause's normalised text, as the statement package computes it. */
export const clauseHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'hash must be 64 lowercase hex digits');

/**
 * Body of `POST …/clauses/:clauseId/approval`. The note is trimmed, and a blank note counts as
 * missing, because an objection without a reason gives the other delegations nothing to negotiate on.
 */
export const approvalRequestSchema = z
  .object({
    state: z.enum(APPROVAL_STATES),
    hash: clauseHashSchema,
    note: z.string().trim().max(NOTE_MAX_LENGTH).optional(),
  })
  .transform(({ state, hash, note }): { state: ApprovalState; hash: string; note?: string } =>
    note ? { state, hash, note } : { state, hash },
  )
  .refine((r) => r.state !== 'objection' || r.note !== undefined, {
    message: 'an objection needs a note',
    path: ['note'],
  });
export type ApprovalRequest = z.infer<typeof approvalRequestSchema>;

/** The current state one party holds on one clause, bound to the clause text (hash) its approver saw. */
export interface ApprovalRecord {
  clauseId: string;
  /** Delegation code of the party. */
  party: string;
  state: ApprovalState;
  /** Display name of the person who set it. */
  by: string;
  sub: string;
  /** ISO 8601 timestamp. */
  at: string;
  hash: string;
  note?: string;
}

/** What this package needs to know about a clause; the statement package computes it. */
export interface ClauseFacts {
  id: string;
  hash: string;
  bracketed: boolean;
}
