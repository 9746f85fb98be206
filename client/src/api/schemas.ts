import { tokenClaimsSchema } from '@accord/protocol';
import { z } from 'zod';

/** Shapes of the server's answers the client relies on; parsed so a server change fails loudly, in one place. */
export const docListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  createdAt: z.string().optional(),
});
export type DocListItem = z.infer<typeof docListItemSchema>;

export const docCreatedSchema = z.object({ id: z.string(), title: z.string(), parties: z.array(z.string()) });

const summarySchema = z.object({
  approved: z.number(),
  pending: z.number(),
  stale: z.number(),
  objection: z.number(),
  reserve: z.number(),
});

export const blockerSchema = z.object({
  clauseId: z.string(),
  index: z.number(),
  party: z.string().optional(),
  reason: z.string(),
  note: z.string().optional(),
});

export const docMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  status: z.enum(['drafting', 'agreed']),
  tlp: z.string().nullish(),
  place: z.string().nullish(),
  createdAt: z.string().optional(),
  summary: z.record(z.string(), summarySchema).optional(),
  blockers: z.array(blockerSchema).optional(),
});
export type DocMeta = z.infer<typeof docMetaSchema>;

export const redeemResultSchema = z.object({
  token: z.string(),
  claims: tokenClaimsSchema,
  docId: z.string(),
});
export type RedeemResult = z.infer<typeof redeemResultSchema>;

export const inviteLinkSchema = z.object({ delegation: z.string(), role: z.string(), url: z.string() });
export type InviteLink = z.infer<typeof inviteLinkSchema>;

const approvalStateSchema = z.enum(['approved', 'objection', 'reserve', 'pending']);

export const docStateEventSchema = z.object({
  type: z.literal('state'),
  docId: z.string(),
  parties: z.array(z.string()),
  status: z.enum(['drafting', 'agreed']),
  summary: z.record(z.string(), summarySchema),
  blockers: z.array(blockerSchema),
  clauses: z.array(
    z.object({
      id: z.string(),
      index: z.number(),
      text: z.string(),
      hash: z.string(),
      bracketed: z.boolean(),
      approvals: z.record(
        z.string(),
        z.object({
          state: approvalStateSchema,
          stale: z.boolean(),
          recordedState: approvalStateSchema.optional(),
          by: z.string().optional(),
          at: z.string().optional(),
          hash: z.string().optional(),
          note: z.string().optional(),
        }),
      ),
    }),
  ),
  suppressions: z.array(
    z.object({
      ruleId: z.string(),
      clauseId: z.string(),
      clauseHash: z.string(),
      start: z.number(),
      end: z.number(),
      policy: z.string(),
      reason: z.string(),
      by: z.string(),
      at: z.string(),
    }),
  ),
});

export const errorBodySchema = z.object({
  error: z.union([z.object({ code: z.string(), message: z.string() }), z.string()]).optional(),
  reasons: z.array(z.string()).optional(),
});

export const storedExportSchema = z.array(z.record(z.string(), z.unknown()));
