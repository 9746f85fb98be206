import { z } from 'zod';

/**
 * Whether a document's audit chain, its anchored head and its approval rows verify (api.md
 * "Integrity"): `broken` when anything was edited, reordered or cut behind Accord's back.
 */
export const INTEGRITY_STATES = ['verified', 'broken'] as const;
export const integritySchema = z.enum(INTEGRITY_STATES);
export type Integrity = z.infer<typeof integritySchema>;

/** The head of a document's audit chain: its length and last entry hash (the hash final exports carry). */
export const auditHeadViewSchema = z.object({
  seq: z.number().int().nonnegative(),
  entryHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditHeadView = z.infer<typeof auditHeadViewSchema>;

/** The reason a final export is refused when the chain does not verify (an item of the 409's `reasons`). */
export const chainBrokenReasonSchema = z.object({
  code: z.literal('audit_chain_broken'),
  message: z.string(),
  /** The first audit entry that cannot be trusted. */
  seq: z.number().int().positive(),
});
export type ChainBrokenReason = z.infer<typeof chainBrokenReasonSchema>;
