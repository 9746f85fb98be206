import { createInviteRequestSchema } from '@accord/protocol';
import { Hono } from 'hono';
import type { MembershipService } from '../documents/membership-service';
import { type AppEnv, parseJson } from './context';
import { docIdParam } from './doc-id-param';

/** /api/docs/:id/invites and /members (api.md revision 2, "Membership and sessions"). */
export function membershipRoutes(d: { membership: MembershipService }) {
  const app = new Hono<AppEnv>();

  app.post('/:id/invites', async (c) => {
    const body = await parseJson(c, createInviteRequestSchema);
    return c.json(await d.membership.createInvite(c.get('claims'), docIdParam(c.req.param('id')), body), 201);
  });

  app.get('/:id/invites', async (c) =>
    c.json(await d.membership.listInvites(c.get('claims'), docIdParam(c.req.param('id')))),
  );

  app.delete('/:id/invites/:inviteId', async (c) =>
    c.json(
      await d.membership.revokeInvite(
        c.get('claims'),
        docIdParam(c.req.param('id')),
        c.req.param('inviteId'),
      ),
    ),
  );

  app.get('/:id/members', async (c) =>
    c.json(await d.membership.members(c.get('claims'), docIdParam(c.req.param('id')))),
  );

  return app;
}
