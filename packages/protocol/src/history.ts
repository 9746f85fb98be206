import { z } from 'zod';

const hash64 = z.string().regex(/^[0-9a-f]{64}$/, 'a clause hash: 64 lowercase hex digits');

/** Who made a change. */
export const authorViewSchema = z.object({ delegation: z.string(), name: z.string() });

/** One entry of `GET …/clauses/:clauseId/history` (oldest first). */
export const clauseHistoryEntrySchema = z.object({
  at: z.string(),
  text: z.string(),
  hash: hash64,
  by: z.array(authorViewSchema),
});
export const clauseHistorySchema = z.array(clauseHistoryEntrySchema);

/** A word-diff run; insertions and deletions may name who made them (`by`). */
export const diffOpSchema = z.object({
  op: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
  by: z.array(authorViewSchema).optional(),
});

/** `from` of a diff: a clause hash, or `approval:<CODE>` (what that delegation last decided on). */
export const diffFromSchema = z
  .string()
  .regex(/^(?:[0-9a-f]{64}|approval:[A-Z]{2,4})$/, 'a clause hash or approval:<CODE>');

export const diffQuerySchema = z.object({ from: diffFromSchema, to: hash64.optional() });

/** `GET …/clauses/:clauseId/diff` */
export const clauseDiffSchema = z.object({
  from: hash64,
  to: hash64,
  ops: z.array(diffOpSchema),
  /** For `from=approval:CODE`: the decision the diff starts from. */
  decision: z
    .object({ party: z.string(), state: z.string(), by: z.string(), at: z.string(), stale: z.boolean() })
    .optional(),
});

export const createVersionSchema = z.object({ name: z.string().trim().min(1).max(200) });

/** A named, frozen copy of the statement. */
export const versionViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  at: z.string(),
  by: authorViewSchema,
  clauseCount: z.number().int().optional(),
});
export const versionListSchema = z.array(versionViewSchema);

export const compareQuerySchema = z.object({
  from: z.string().min(1).max(100),
  to: z.string().min(1).max(100),
});

export const comparedClauseSchema = z.object({
  id: z.string(),
  change: z.enum(['added', 'deleted', 'changed', 'same']),
  ops: z.array(diffOpSchema).optional(),
  moved: z.boolean().optional(),
  fromIndex: z.number().int().optional(),
  toIndex: z.number().int().optional(),
  /** The clause text on the side it is shown from (`to`, or `from` for a deleted clause). */
  text: z.string().optional(),
});

/** `GET /api/docs/:id/compare?from=<versionId>&to=<versionId|current>` */
export const comparisonSchema = z.object({
  from: z.string(),
  to: z.string(),
  clauses: z.array(comparedClauseSchema),
});

export type AuthorView = z.infer<typeof authorViewSchema>;
export type ClauseHistoryEntry = z.infer<typeof clauseHistoryEntrySchema>;
export type DiffOpView = z.infer<typeof diffOpSchema>;
export type DiffQuery = z.infer<typeof diffQuerySchema>;
export type ClauseDiff = z.infer<typeof clauseDiffSchema>;
export type CreateVersionRequest = z.infer<typeof createVersionSchema>;
export type VersionView = z.infer<typeof versionViewSchema>;
export type ComparedClauseView = z.infer<typeof comparedClauseSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
