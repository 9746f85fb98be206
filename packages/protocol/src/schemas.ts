import { EXPORT_FORMATS, type ExportFormat, TLP_LEVELS } from '@accord/communique/vocabulary';
import { z } from 'zod';

/** A delegation code: `FR`, `US`, `EU` … (api.md). */
export const delegationCodeSchema = z
  .string()
  .regex(/^[A-Z]{2,4}$/, 'a delegation code is 2–4 capital letters');
export const roleSchema = z.enum(['drafter', 'penholder', 'observer']);
export type Role = z.infer<typeof roleSchema>;

/** Session token claims, fixed by api.md. */
export const tokenClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  delegation: delegationCodeSchema,
  role: roleSchema,
  exp: z.number().int().optional(),
  /** Set on tokens redeemed from an invite: valid for this document only (api.md revision 2). */
  doc: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

export const docIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a document id is 1–64 of [A-Za-z0-9_-]');

/** TLP 2.0 level of a document (the communiqué package owns the levels). */
export const tlpSchema = z.enum(TLP_LEVELS);
export type TlpLevel = z.infer<typeof tlpSchema>;

const partiesSchema = z
  .array(delegationCodeSchema)
  .min(1)
  .max(50)
  .refine((p) => new Set(p).size === p.length, 'parties must be unique');

export const createDocumentSchema = z.object({
  title: z.string().trim().min(1).max(300),
  parties: partiesSchema,
  text: z.string().max(500_000).optional(),
  tlp: tlpSchema.optional(),
  place: z.string().max(200).optional(),
});
export type CreateDocumentRequest = z.infer<typeof createDocumentSchema>;

export const patchClauseSchema = z.object({ text: z.string().max(20_000) });
export type PatchClauseRequest = z.infer<typeof patchClauseSchema>;

export const partyChangeSchema = z.object({ party: delegationCodeSchema });
export type PartyChangeRequest = z.infer<typeof partyChangeSchema>;

export const inviteRedeemSchema = z.object({
  invite: z.string().min(1).max(2000),
  name: z.string().trim().min(1).max(100),
});
export type InviteRedeemRequest = z.infer<typeof inviteRedeemSchema>;

export const inviteCreateSchema = z.object({
  delegation: delegationCodeSchema,
  role: roleSchema,
});
export type InviteCreateRequest = z.infer<typeof inviteCreateSchema>;

export const suppressionRequestSchema = z.object({
  ruleId: z.string().min(1).max(200),
  clauseId: z.string().min(1).max(100),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  policy: z.string().min(1).max(20),
  reason: z.string().trim().min(3).max(2000),
});
export type SuppressionRequest = z.infer<typeof suppressionRequestSchema>;

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS as readonly [ExportFormat, ...ExportFormat[]]),
  final: z.enum(['0', '1', 'true', 'false']).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
