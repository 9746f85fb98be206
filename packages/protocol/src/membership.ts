import { z } from 'zod';
import { delegationCodeSchema, roleSchema } from './schemas';

/** Longest an invite may live (api.md revision 2: ≤ 7 days). */
export const INVITE_MAX_TTL_SECONDS = 7 * 24 * 60 * 60;
/** Most redemptions one invite may allow. */
export const INVITE_MAX_USES = 1000;

/** `POST /api/docs/:id/invites`. */
export const createInviteRequestSchema = z.object({
  delegation: delegationCodeSchema,
  role: roleSchema,
  uses: z.number().int().min(1).max(INVITE_MAX_USES).optional(),
  ttlSeconds: z.number().int().min(60).max(INVITE_MAX_TTL_SECONDS).optional(),
});
export type CreateInviteRequest = z.infer<typeof createInviteRequestSchema>;

const personSchema = z.object({ delegation: z.string(), name: z.string() });

/** An invite as created and listed. `url` is present on creation only (it carries the secret). */
export const inviteViewSchema = z.object({
  id: z.string(),
  docId: z.string(),
  delegation: z.string(),
  role: roleSchema,
  url: z.string().optional(),
  expiresAt: z.string(),
  uses: z.number().int(),
  used: z.number().int(),
  createdAt: z.string(),
  by: personSchema,
  revokedAt: z.string().nullable(),
  /** `active`, `used` (no uses left), `expired` or `revoked`. */
  status: z.enum(['active', 'used', 'expired', 'revoked']),
});
export type InviteView = z.infer<typeof inviteViewSchema>;

/** `GET /api/docs/:id/members`. */
export const memberViewSchema = z.object({
  sub: z.string(),
  name: z.string(),
  delegation: z.string(),
  role: roleSchema,
  via: z.object({ inviteId: z.string(), by: personSchema }).nullable(),
  joinedAt: z.string(),
});
export type MemberView = z.infer<typeof memberViewSchema>;

/** `POST /api/invites/redeem` → 200. */
export const redeemResponseSchema = z.object({
  token: z.string(),
  claims: z.object({
    sub: z.string(),
    name: z.string(),
    delegation: z.string(),
    role: roleSchema,
    exp: z.number().int(),
    doc: z.string(),
  }),
  docId: z.string(),
});
export type RedeemResponse = z.infer<typeof redeemResponseSchema>;

/**
 * Why the server ended a live session (WebSocket close reason / SSE `ended` event): the client
 * shows it and offers to sign in again.
 */
export const SESSION_END_REASONS = ['expired', 'revoked', 'removed'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];
export const sessionEndedEventSchema = z.object({
  type: z.literal('ended'),
  reason: z.enum(SESSION_END_REASONS),
  code: z.union([z.literal(4401), z.literal(4403)]),
  message: z.string(),
});
export type SessionEndedEvent = z.infer<typeof sessionEndedEventSchema>;
