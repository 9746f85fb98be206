import { randomUUID } from 'node:crypto';
import { delegationCodeSchema, docIdSchema, type Role, roleSchema, type TokenClaims } from '@accord/protocol';
import { z } from 'zod';
import { AccordError } from '../errors';
import type { TokenService } from './tokens';

const invitePayloadSchema = z.object({
  kind: z.literal('invite'),
  docId: docIdSchema,
  delegation: delegationCodeSchema,
  role: roleSchema,
  exp: z.number().int(),
});

export interface Invite {
  docId: string;
  delegation: string;
  role: Role;
}

/**
 * Invite links carry a signed (not secret-bearing) claim: which document, which delegation, which role.
 * Redeeming one with a person's name yields a session token for that person.
 */
export function createInvites(tokens: TokenService, now: () => number = Date.now) {
  return {
    async create(invite: Invite, ttlSeconds = 60 * 60 * 24 * 14): Promise<string> {
      return tokens.signRaw({ kind: 'invite', ...invite, exp: Math.floor(now() / 1000) + ttlSeconds });
    },
    async redeem(
      invite: string,
      name: string,
    ): Promise<{ token: string; claims: TokenClaims; docId: string }> {
      const payload = invitePayloadSchema.safeParse(await tokens.verifyRaw(invite));
      if (!payload.success) throw new AccordError('unauthenticated', 'not an invite');
      const { docId, delegation, role } = payload.data;
      const claims = { sub: randomUUID(), name, delegation, role };
      return { token: await tokens.issue(claims), claims, docId };
    },
  };
}

export type Invites = ReturnType<typeof createInvites>;
