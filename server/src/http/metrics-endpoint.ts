import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { Registry } from 'prom-client';

/** Label names that carry a document id (accord_document_bytes{doc=…} and any added later). */
const DOCUMENT_LABEL = /[{,]\s*(doc|doc_id|docId|document|document_id)="/;

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when the request presents `Authorization: Bearer <token>` (compared in constant time). */
function presents(c: Context, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
  return m !== null && timingSafeEqual(digest(m[1]!.trim()), digest(token));
}

/**
 * `/metrics` (Prometheus text). Series labelled with a document id are left out unless
 * METRICS_TOKEN is set and presented as a Bearer token: who edits what, and how much, is not
 * public. Everything else (connections, messages, persistence lag, process) stays scrapeable.
 */
export function metricsEndpoint(registry: Registry, metricsToken: string | undefined) {
  return async (c: Context) => {
    const text = await registry.metrics();
    const full = metricsToken !== undefined && metricsToken !== '' && presents(c, metricsToken);
    const body = full
      ? text
      : text
          .split('\n')
          .filter((line) => line.startsWith('#') || !DOCUMENT_LABEL.test(line))
          .join('\n');
    return c.body(body, 200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  };
}
