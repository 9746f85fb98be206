import { delegationCodeSchema, docIdSchema, roleSchema } from '@accord/protocol';
import { z } from 'zod';
import { AccordError } from '../errors';
import type { TokenService } from './tokens';

const invitePayloadSchema = z.object({
  kind: z.literal('invite'),
  /** The stored invite this link stands for: its uses, expiry and revocation are kept there. */
  iid: z.string().min(1).max(100),
  // Readable by the invite page before redeeming (the stored invite is what counts).
  docId: docIdSchema,
  delegation: delegationCodeSchema,
  role: roleSchema,
});

export type InvitePayload = z.infer<typeof invitePayloadSchema>;

/**
 * Invite links carry a signed reference to a stored invite (plus, for display, its document,
 * delegation and role). The link is the secret; what it allows is decided from storage.
 */
export function createInvites(tokens: TokenService) {
  return {
    encode(payload: Omit<InvitePayload, 'kind'>): Promise<string> {
      return tokens.signRaw({ kind: 'invite', ...payload });
    },
    async decode(invite: string): Promise<InvitePayload> {
      let raw: Record<string, unknown>;
      try {
        raw = await tokens.verifyRaw(invite);
      } catch {
        throw new AccordError('unauthenticated', 'this invite link is not valid');
      }
      const payload = invitePayloadSchema.safeParse(raw);
      if (!payload.success) throw new AccordError('unauthenticated', 'this invite link is not valid');
      return payload.data;
    },
  };
}

export type Invites = ReturnType<typeof createInvites>;
