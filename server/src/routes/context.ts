import type { TokenClaims } from '@accord/protocol';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { TokenService } from '../auth/tokens';
import { AccordError } from '../errors';

export type AppEnv = { Variables: { claims: TokenClaims; requestId: string; log: Logger } };

/** Parses a JSON body against a schema; a bad body is a 400 with the schema's reasons. */
export async function parseJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AccordError('invalid_request', 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AccordError(
      'invalid_request',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}

export function bearer(c: Context): string | undefined {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(.+)$/i.exec(h) : null;
  return m?.[1];
}

/** Middleware: a valid session token, else 401. */
export const requireAuth =
  (tokens: TokenService) => async (c: Context<AppEnv>, next: () => Promise<void>) => {
    c.set('claims', await tokens.verify(bearer(c)));
    await next();
  };
