import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type TokenClaims, tokenClaimsSchema } from '@accord/protocol';
import { sign, verify } from 'hono/jwt';
import { AccordError } from '../errors';

const ALG = 'HS256';

/** AUTH_SECRET from the environment, else generated once and kept in DATA_DIR (api.md). */
export function loadOrCreateSecret(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv) return fromEnv;
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  // wx: two instances starting at once must not overwrite each other's freshly minted key.
  try {
    writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw e;
  }
}

export interface TokenService {
  issue(claims: Omit<TokenClaims, 'exp'>, ttlSeconds?: number): Promise<string>;
  verify(token: string | undefined | null): Promise<TokenClaims>;
  /** Signs arbitrary claims (invites use this with their own `kind`). */
  signRaw(payload: Record<string, unknown>): Promise<string>;
  verifyRaw(token: string): Promise<Record<string, unknown>>;
}

export function createTokenService(secret: string, now: () => number = Date.now): TokenService {
  const seconds = () => Math.floor(now() / 1000);
  const verifyRaw = async (token: string) => {
    try {
      return (await verify(token, secret, ALG)) as Record<string, unknown>;
    } catch (e) {
      const name = (e as Error).name;
      throw new AccordError(
        'unauthenticated',
        name === 'JwtTokenExpired' ? 'the session has expired; sign in again' : `invalid token: ${name}`,
      );
    }
  };
  return {
    async issue(claims, ttlSeconds = 60 * 60 * 24 * 30) {
      return sign({ ...claims, exp: seconds() + ttlSeconds }, secret, ALG);
    },
    async verify(token) {
      if (!token) throw new AccordError('unauthenticated', 'a session token is required');
      const payload = await verifyRaw(token);
      if ('kind' in payload) throw new AccordError('unauthenticated', 'not a session token');
      // A token that never expires cannot be ended: every session token carries `exp` (api.md rev. 2).
      if (typeof payload.exp !== 'number') {
        throw new AccordError('unauthenticated', 'a session token must carry an expiry (exp)');
      }
      const claims = tokenClaimsSchema.safeParse(payload);
      if (!claims.success) throw new AccordError('unauthenticated', 'token claims are invalid');
      return claims.data;
    },
    signRaw: (payload) => sign(payload, secret, ALG),
    verifyRaw,
  };
}
