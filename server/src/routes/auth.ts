import { inviteRedeemSchema } from '@accord/protocol';
import { Hono } from 'hono';
import type { TokenService } from '../auth/tokens';
import type { MembershipService } from '../documents/membership-service';
import { type AppEnv, parseJson, requireAuth } from './context';

/** Signing people in: invite links turn a name into a session token; /me says who the token is. */
export function authRoutes(d: { membership: MembershipService; tokens: TokenService }) {
  const app = new Hono<AppEnv>();
  app.post('/invites/redeem', async (c) => {
    const { invite, name } = await parseJson(c, inviteRedeemSchema);
    return c.json(await d.membership.redeem(invite, name));
  });
  app.get('/me', requireAuth(d.tokens), async (c) => {
    await d.membership.checkSession(c.get('claims'), { list: true });
    return c.json(c.get('claims'));
  });
  return app;
}
