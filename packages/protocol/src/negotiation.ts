import { AMENDMENT_STATUSES, MAX_ANCHOR_LENGTH } from '@accord/negotiation';
import { z } from 'zod';
import { authorViewSchema, diffOpSchema } from './history';

/**
 * Comments and amendments (api.md "Comments", "Amendments"). Request schemas check shapes only;
 * the rules of @accord/negotiation give empty or over-long texts their own clear 400 messages, so
 * the bounds here only keep absurd bodies out.
 */
const hash64 = z.string().regex(/^[0-9a-f]{64}$/, 'a clause hash: 64 lowercase hex digits');
const id = z.string().min(1).max(100);

/** Two Yjs relative positions (base64 of `Y.encodeRelativePosition`): the span follows edits. */
export const commentAnchorSchema = z.object({
  start: z.string().max(MAX_ANCHOR_LENGTH),
  end: z.string().max(MAX_ANCHOR_LENGTH),
});
export type CommentAnchorView = z.infer<typeof commentAnchorSchema>;

export const createCommentSchema = z.object({
  text: z.string().max(100_000),
  replyTo: id.nullish(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  anchor: commentAnchorSchema.optional(),
});
export type CreateCommentRequest = z.infer<typeof createCommentSchema>;

/** A comment as listed and as carried by the `comment` event. */
export const commentViewSchema = z.object({
  id: z.string(),
  clauseId: z.string(),
  text: z.string(),
  by: authorViewSchema,
  at: z.string(),
  replyTo: z.string().nullable(),
  resolved: z.boolean(),
  start: z.number().optional(),
  end: z.number().optional(),
  anchor: commentAnchorSchema.optional(),
  resolvedBy: authorViewSchema.optional(),
  resolvedAt: z.string().optional(),
});
export type CommentView = z.infer<typeof commentViewSchema>;
export const commentListSchema = z.array(commentViewSchema);

export const amendmentStatusSchema = z.enum(AMENDMENT_STATUSES);
export type AmendmentStatusView = z.infer<typeof amendmentStatusSchema>;

export const createAmendmentSchema = z.object({
  text: z.string().max(200_000),
  hash: hash64,
  note: z.string().max(100_000).nullish(),
  /** A superseded amendment of the caller's delegation this one rebases onto the current text. */
  rebaseOf: id.optional(),
});
export type CreateAmendmentRequest = z.infer<typeof createAmendmentSchema>;

export const rejectAmendmentSchema = z.object({ note: z.string().max(100_000) });
export type RejectAmendmentRequest = z.infer<typeof rejectAmendmentSchema>;

/** An amendment as listed and as carried by the `amendment` event. */
export const amendmentViewSchema = z.object({
  id: z.string(),
  clauseId: z.string(),
  by: authorViewSchema,
  at: z.string(),
  baseHash: z.string(),
  text: z.string(),
  note: z.string().nullable(),
  status: amendmentStatusSchema,
  /** The clause text the amendment was written against, and the word redline from it to `text`. */
  baseText: z.string(),
  ops: z.array(diffOpSchema),
  /** The compilation line: `[FR: replace '…' with '…']`. */
  line: z.string(),
  decision: z.object({ by: authorViewSchema, at: z.string(), note: z.string().optional() }).optional(),
  rebaseOf: z.string().optional(),
});
export type AmendmentView = z.infer<typeof amendmentViewSchema>;
export const amendmentListSchema = z.array(amendmentViewSchema);

/** Names of the negotiation events on the live channel (`event:` of the SSE stream). */
export const NEGOTIATION_EVENTS = ['comment', 'amendment'] as const;
export type NegotiationEventName = (typeof NEGOTIATION_EVENTS)[number];
