import type { Context } from 'hono';
import type { MembershipService } from '../documents/membership-service';
import type { AppEnv } from '../routes/context';

/**
 * After requireAuth on /api/docs…: a session redeemed from an invite must still stand (revoked →
 * 401) and reach only its own document (403 elsewhere; it creates none). MB7.
 */
export const sessionGuard =
  (membership: MembershipService) => async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const claims = c.get('claims');
    if (claims.doc !== undefined) {
      const segment = c.req.path.replace(/^\/api\/docs\/?/, '').split('/')[0];
      const target = segment
        ? { docId: decodeURIComponent(segment) }
        : c.req.method === 'POST'
          ? ({ create: true } as const)
          : ({ list: true } as const);
      await membership.checkSession(claims, target);
    }
    await next();
  };
