import type { Context } from 'hono';
import { AccordError } from '../errors';
import { createTokenBucket, type TokenBucket } from '../sync/rate-limit';
import { bearer } from './context';

export interface RestRateLimit {
  requestsPerSecond: number;
  burst: number;
}

/**
 * Per-caller request budget for the REST API (429 past it). Callers are told apart by their
 * bearer token, else by address; idle buckets are forgotten so the map stays bounded.
 */
export function restRateLimit(limit: RestRateLimit, now: () => number) {
  const buckets = new Map<string, { bucket: TokenBucket; seen: number }>();
  let lastSweep = now();
  return async (c: Context, next: () => Promise<void>) => {
    const t = now();
    if (t - lastSweep > 60_000) {
      for (const [key, b] of buckets) if (t - b.seen > 60_000) buckets.delete(key);
      lastSweep = t;
    }
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    const key = bearer(c) ?? incoming?.socket?.remoteAddress ?? 'anonymous';
    let entry = buckets.get(key);
    if (!entry) {
      entry = { bucket: createTokenBucket(limit.requestsPerSecond, limit.burst, now), seen: t };
      buckets.set(key, entry);
    }
    entry.seen = t;
    if (!entry.bucket.take()) {
      c.header('retry-after', '1');
      throw new AccordError('rate_limited', 'too many requests; slow down');
    }
    await next();
  };
}
