import { APPROVAL_STATES } from '@accord/approvals';
import { SuppressionSchema } from '@accord/linter';
import { z } from 'zod';
import { auditHeadViewSchema, integritySchema } from './integrity';
import { lifecycleStatusSchema, silenceViewSchema } from './lifecycle';

/**
 * Events on the server-owned live channel (`GET /api/docs/:id/events`, Server-Sent Events).
 * Clients can read it but never write it: approvals and statuses only change through REST.
 * The server builds them, the client parses them, both with these schemas.
 */
export const approvalStateSchema = z.enum(APPROVAL_STATES);

export const partyApprovalViewSchema = z.object({
  state: approvalStateSchema,
  stale: z.boolean(),
  /** For a stale approval: the state the party gave on an earlier text (it now counts as pending). */
  recordedState: approvalStateSchema.optional(),
  by: z.string().optional(),
  at: z.string().optional(),
  hash: z.string().optional(),
  note: z.string().optional(),
});
export type PartyApprovalView = z.infer<typeof partyApprovalViewSchema>;

export const clauseApprovalsViewSchema = z.object({
  id: z.string(),
  index: z.number(),
  text: z.string(),
  hash: z.string(),
  bracketed: z.boolean(),
  approvals: z.record(z.string(), partyApprovalViewSchema),
});
export type ClauseApprovalsView = z.infer<typeof clauseApprovalsViewSchema>;

export const partySummaryViewSchema = z.object({
  approved: z.number(),
  pending: z.number(),
  stale: z.number(),
  objection: z.number(),
  reserve: z.number(),
});
export type PartySummaryView = z.infer<typeof partySummaryViewSchema>;

export const blockerViewSchema = z.object({
  clauseId: z.string(),
  index: z.number(),
  party: z.string().optional(),
  reason: z.string(),
  note: z.string().optional(),
});
export type BlockerView = z.infer<typeof blockerViewSchema>;

/** A lint finding a drafter accepted (the shape is the linter's own). */
export const suppressionViewSchema = SuppressionSchema.extend({
  /** Stable id derived from what was accepted (@accord/linter `suppressionId`); additive (#19 un-suppress). */
  id: z.string().optional(),
});
export type SuppressionView = z.infer<typeof suppressionViewSchema>;

/** `drafting`/`agreed` from the approvals (DOCUMENT_STATUSES of @accord/approvals), or `adopted` (lifecycle.ts). */
export const documentStatusSchema = lifecycleStatusSchema;

export const docStateEventSchema = z.object({
  type: z.literal('state'),
  docId: z.string(),
  parties: z.array(z.string()),
  status: documentStatusSchema,
  summary: z.record(z.string(), partySummaryViewSchema),
  blockers: z.array(blockerViewSchema),
  clauses: z.array(clauseApprovalsViewSchema),
  suppressions: z.array(suppressionViewSchema),
  /** Whether the audit chain, its head and the approval rows verify (api.md "Integrity"). */
  integrity: integritySchema.optional(),
  /** The chain's head as read with the approvals above (null for a document without entries). */
  auditHead: auditHeadViewSchema.nullish(),
  /** Set while a silence procedure runs (api.md "Adoption and the silence procedure"). */
  silence: silenceViewSchema.nullish(),
});
export type DocStateEvent = z.infer<typeof docStateEventSchema>;

export const docEventSchema = docStateEventSchema;
export type DocEvent = DocStateEvent;
