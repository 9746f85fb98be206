import type { Context } from 'hono';
import type { TokenService } from '../auth/tokens';
import { AccordError } from '../errors';
import { bearer } from './context';

export interface RestRateLimit {
  requestsPerSecond: number;
  burst: number;
  /** Callers remembered at once; the least recently seen are forgotten past it (default 10,000). */
  maxCallers?: number;
}

export interface RestRateLimitOptions {
  /**
   * The verified identity (`sub`) behind a token, or null when it does not verify. Only a verified
   * identity earns its own budget: an unverified string is attacker-chosen and free to vary.
   */
  identify(token: string): Promise<string | null>;
}

interface Budget {
  tokens: number;
  last: number;
}

/** The client address of a request served by @hono/node-server (absent under app.request()). */
function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Per-caller request budget for the REST API (429 with Retry-After past it), a token bucket per
 * caller. A caller is its verified token's `sub` (every spelling of one token, and every token of
 * one person, share one budget); a caller whose token does not verify, or who sends none, is its
 * client address, so a flood of junk bearers is one caller. The table is bounded: least recently
 * seen callers are forgotten first (a forgotten caller starts again with a full bucket, which is
 * what an idle one would have anyway).
 */
export function restRateLimit(limit: RestRateLimit, now: () => number, o: RestRateLimitOptions) {
  const maxCallers = limit.maxCallers ?? 10_000;
  const budgets = new Map<string, Budget>();

  const take = (key: string): boolean => {
    const t = now();
    let b = budgets.get(key);
    if (b) {
      budgets.delete(key); // re-inserted below: Map order is least recently seen first
      b.tokens = Math.min(limit.burst, b.tokens + ((t - b.last) / 1000) * limit.requestsPerSecond);
      b.last = t;
    } else {
      b = { tokens: limit.burst, last: t };
      while (budgets.size >= maxCallers) budgets.delete(budgets.keys().next().value!);
    }
    budgets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  const middleware = async (c: Context, next: () => Promise<void>) => {
    const token = bearer(c) ?? c.req.query('token');
    const sub = token ? await o.identify(token) : null;
    const key = sub !== null ? `sub:${sub}` : `addr:${clientAddress(c)}`;
    if (!take(key)) {
      c.header('retry-after', String(Math.max(1, Math.ceil(1 / limit.requestsPerSecond))));
      throw new AccordError('rate_limited', 'too many requests; slow down');
    }
    await next();
  };
  /** Callers currently remembered (bounded by maxCallers). */
  middleware.callers = () => budgets.size;
  return middleware;
}

/** Identity for the rate limiter: the token's `sub` if it verifies (signature, expiry, claims). */
export function verifiedSub(tokens: TokenService): RestRateLimitOptions['identify'] {
  return async (token) => {
    try {
      return (await tokens.verify(token)).sub;
    } catch (e) {
      // Not verifying is an answer here (limited by address), not a failure.
      if (e instanceof AccordError && e.code === 'unauthenticated') return null;
      throw e;
    }
  };
}
