import { inviteViewSchema, redeemResponseSchema, tokenClaimsSchema } from '@accord/protocol';
import { z } from 'zod';

/**
 * The server's answers the client relies on are defined once, in `@accord/protocol`, and parsed
 * here so a server change fails loudly, in one place. Re-exported under the names the pages use.
 */
export type { DocListItem, DocMeta } from '@accord/protocol';
export {
  docCreatedSchema,
  docListItemSchema,
  docMetaSchema,
  docStateEventSchema,
  exportListingSchema,
} from '@accord/protocol';

/** What the client reads of a created invite: the protocol's invite view, link included. */
export const inviteLinkSchema = inviteViewSchema
  .pick({ delegation: true, role: true })
  .extend({ url: z.string() });
export type InviteLink = z.infer<typeof inviteLinkSchema>;

/** A redeemed invite: the protocol's answer, claims read as any session token's. */
export const redeemResultSchema = redeemResponseSchema.extend({ claims: tokenClaimsSchema });
export type RedeemResult = z.infer<typeof redeemResultSchema>;

/**
 * What a refusal may look like on the way to the client: the protocol's error body from Accord, or
 * anything else (a proxy's page, an older server) that still has to become an ApiError.
 */
export const errorBodySchema = z.object({
  error: z.union([z.object({ code: z.string(), message: z.string() }), z.string()]).optional(),
  reasons: z.array(z.unknown()).optional(),
});
