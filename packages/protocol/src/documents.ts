import { auditEntrySchema } from '@accord/approvals';
import { LINT_CATEGORIES, SEVERITIES } from '@accord/linter';
import { z } from 'zod';
import {
  blockerViewSchema,
  clauseApprovalsViewSchema,
  documentStatusSchema,
  partyApprovalViewSchema,
  partySummaryViewSchema,
} from './events';
import { integritySchema } from './integrity';
import { docListStatusSchema, silenceViewSchema } from './lifecycle';
import { tlpSchema } from './schemas';

/** Response bodies of the `/api/docs…` routes (api.md). The server types its answers with them; the client parses them. */

/** `POST /api/docs` → 201. */
export const docCreatedSchema = z.object({ id: z.string(), title: z.string(), parties: z.array(z.string()) });
export type DocCreated = z.infer<typeof docCreatedSchema>;

/** One entry of `GET /api/docs`. */
export const docListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  createdAt: z.string().optional(),
  /** Status and the caller's pending decisions (lifecycle.ts). */
  ...docListStatusSchema.shape,
});
export type DocListItem = z.infer<typeof docListItemSchema>;

/** `GET /api/docs/:id`. */
export const docMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  status: documentStatusSchema,
  tlp: tlpSchema.nullish(),
  place: z.string().nullish(),
  createdAt: z.string().optional(),
  summary: z.record(z.string(), partySummaryViewSchema).optional(),
  blockers: z.array(blockerViewSchema).optional(),
  silence: silenceViewSchema.nullish(),
  /** `broken` when the audit chain, its head or an approval row does not verify (api.md "Integrity"). */
  integrity: integritySchema.optional(),
});
export type DocMeta = z.infer<typeof docMetaSchema>;

/** One entry of `GET /api/docs/:id/clauses`. */
export const clauseListItemSchema = clauseApprovalsViewSchema.omit({ bracketed: true });
export type ClauseListItem = z.infer<typeof clauseListItemSchema>;

/** `PATCH /api/docs/:id/clauses/:clauseId` → 200, once the new text is stored. */
export const patchedClauseSchema = z.object({
  id: z.string(),
  index: z.number(),
  text: z.string(),
  hash: z.string(),
});
export type PatchedClause = z.infer<typeof patchedClauseSchema>;

/** `POST /api/docs/:id/clauses/:clauseId/approval` → 200: the approval as it now counts. */
export const approvalResultSchema = partyApprovalViewSchema.extend({
  clauseId: z.string(),
  party: z.string(),
});
export type ApprovalResult = z.infer<typeof approvalResultSchema>;

/** `POST /api/docs/:id/parties`, `DELETE /api/docs/:id/parties/:party` → 200. */
export const partiesChangedSchema = docCreatedSchema;
export type PartiesChanged = z.infer<typeof partiesChangedSchema>;

/** One entry of `GET /api/docs/:id/audit`: the stored entry and whether the chain verifies up to it. */
export const auditEntryViewSchema = auditEntrySchema.extend({ verified: z.boolean() });
/** What the server sends (the schema's input: absent optional fields may be null in storage). */
export type AuditEntryView = z.input<typeof auditEntryViewSchema>;

/** One entry of `GET /api/docs/:id/lint`. */
export const findingViewSchema = z.object({
  ruleId: z.string(),
  category: z.enum(LINT_CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  clauseId: z.string(),
  start: z.number(),
  end: z.number(),
  policy: z.string(),
  suggestion: z.string().optional(),
});
export type FindingView = z.infer<typeof findingViewSchema>;

/** One entry of `GET /api/docs/:id/exports`. */
export const exportListingSchema = z.object({
  id: z.string(),
  docId: z.string(),
  format: z.string(),
  fingerprint: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  size: z.number(),
});
export type ExportListingView = z.infer<typeof exportListingSchema>;

/** `GET /api/health`. */
export const healthSchema = z.object({ ok: z.boolean() });
export type Health = z.infer<typeof healthSchema>;
