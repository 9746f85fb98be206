import { LIFECYCLE_STATUSES, REASON_MAX_LENGTH } from '@accord/approvals';
import { EXPORT_FORMATS, type ExportFormat, REFUSAL_CAUSES, TLP_LEVELS } from '@accord/communique/vocabulary';
import { z } from 'zod';

/**
 * Adoption, the silence procedure, document management and export options (api.md, "Adoption and
 * the silence procedure", "Documents and export options").
 */

/** A document's status on the wire: `drafting`, `agreed` (from its approvals) or `adopted`. */
export const lifecycleStatusSchema = z.enum(LIFECYCLE_STATUSES);
export type LifecycleStatusView = z.infer<typeof lifecycleStatusSchema>;

/** `silence` in `GET /api/docs/:id` and in `state` events while a silence procedure runs. */
export const silenceViewSchema = z.object({
  deadline: z.string(),
  by: z.object({ delegation: z.string(), name: z.string() }),
});
export type SilenceView = z.infer<typeof silenceViewSchema>;

/** `POST /api/docs/:id/reopen`. */
export const reopenRequestSchema = z.object({ reason: z.string().trim().min(1).max(REASON_MAX_LENGTH) });
export type ReopenRequest = z.infer<typeof reopenRequestSchema>;

/** `POST /api/docs/:id/silence`: an ISO date-time (the rules check it lies in the future). */
export const silenceRequestSchema = z.object({ deadline: z.iso.datetime({ offset: true }) });
export type SilenceRequest = z.infer<typeof silenceRequestSchema>;

/** `POST /api/docs/:id/silence/break`. */
export const silenceBreakRequestSchema = z.object({ note: z.string().trim().min(1).max(REASON_MAX_LENGTH) });
export type SilenceBreakRequest = z.infer<typeof silenceBreakRequestSchema>;

/** Answer of adopt, reopen, silence and silence/break: the document's status after the act. */
export const lifecycleViewSchema = z.object({
  id: z.string(),
  status: lifecycleStatusSchema,
  locked: z.boolean(),
  silence: silenceViewSchema.nullable(),
});
export type LifecycleView = z.infer<typeof lifecycleViewSchema>;

/** `PATCH /api/docs/:id {title?, tlp?, place?}` (penholder): at least one field. */
export const docPatchSchema = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    tlp: z.enum(TLP_LEVELS).optional(),
    place: z.string().trim().max(200).optional(),
  })
  .strict()
  .refine((p) => p.title !== undefined || p.tlp !== undefined || p.place !== undefined, {
    message: 'give at least one of title, tlp, place',
  });
export type DocPatchRequest = z.infer<typeof docPatchSchema>;

const flag = z.enum(['0', '1', 'true', 'false']).optional();

/** `GET /api/docs/:id/export?format=…[&final=1][&public=1]`. */
export const exportOptionsQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS as readonly [ExportFormat, ...ExportFormat[]]),
  final: flag,
  public: flag,
});
export type ExportOptionsQuery = z.infer<typeof exportOptionsQuerySchema>;

export const refusalItemSchema = z.object({
  cause: z.enum(REFUSAL_CAUSES),
  clauseId: z.string().optional(),
  index: z.number().optional(),
  party: z.string().optional(),
  message: z.string(),
});

/** `groups` of a refused final export's 409 body: the reasons by cause and by party, counted. */
export const refusalGroupsSchema = z.object({
  total: z.number(),
  byCause: z.array(
    z.object({ cause: z.enum(REFUSAL_CAUSES), count: z.number(), items: z.array(refusalItemSchema) }),
  ),
  byParty: z.array(
    z.object({
      party: z.string(),
      count: z.number(),
      causes: z.partialRecord(z.enum(REFUSAL_CAUSES), z.number()),
      items: z.array(refusalItemSchema),
    }),
  ),
});
export type RefusalGroupsView = z.infer<typeof refusalGroupsSchema>;

/** One entry of `GET /api/docs` also carries the status and the caller's pending decisions. */
export const docListStatusSchema = z.object({
  status: lifecycleStatusSchema.optional(),
  /** Clauses on which the caller's delegation has not decided on the current text. */
  myPending: z.number().optional(),
  silence: silenceViewSchema.nullish(),
});
