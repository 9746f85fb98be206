import { inviteRedeemSchema } from '@accord/protocol';
import { Hono } from 'hono';
import type { Invites } from '../auth/invites';
import type { TokenService } from '../auth/tokens';
import { type AppEnv, parseJson, requireAuth } from './context';

/** Signing people in: invite links turn a name into a session token; /me says who the token is. */
export function authRoutes(d: { invites: Invites; tokens: TokenService }) {
  const app = new Hono<AppEnv>();
  app.post('/invites/redeem', async (c) => {
    const { invite, name } = await parseJson(c, inviteRedeemSchema);
    const { token, claims, docId } = await d.invites.redeem(invite, name);
    return c.json({ token, claims, docId });
  });
  app.get('/me', requireAuth(d.tokens), (c) => c.json(c.get('claims')));
  return app;
}
