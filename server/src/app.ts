import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Health } from '@accord/protocol';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { UpgradeWebSocket } from 'hono/ws';
import type { Logger } from 'pino';
import type WebSocket from 'ws';
import type { Invites } from './auth/invites';
import type { LiveSessions } from './auth/live-sessions';
import { sessionGuard } from './auth/session-guard';
import type { TokenService } from './auth/tokens';
import type { AdoptionService } from './documents/adoption-service';
import type { DocumentService } from './documents/document-service';
import type { ExportService } from './documents/export-service';
import type { HistoryService } from './documents/history-service';
import type { LiveState } from './documents/live-state';
import type { MembershipService } from './documents/membership-service';
import type { NegotiationEvents } from './documents/negotiation-events';
import type { NegotiationService } from './documents/negotiation-service';
import { AccordError } from './errors';
import { exportAdmission } from './exports/export-admission';
import type { ExportRefusal, ExportRenderer } from './exports/export-gate';
import { metricsEndpoint } from './http/metrics-endpoint';
import { securityHeaders } from './http/security-headers';
import { appShell, hashedAssets } from './http/static-assets';
import type { Metrics } from './metrics';
import { adoptionRoutes } from './routes/adoption';
import { authRoutes } from './routes/auth';
import { type AppEnv, requireAuth } from './routes/context';
import { docsRoutes, eventsRoute } from './routes/docs';
import { historyRoutes } from './routes/history';
import { membershipRoutes } from './routes/membership';
import { negotiationRoutes } from './routes/negotiation';
import { type RestRateLimit, restRateLimit, verifiedSub } from './routes/rate-limit';
import { syncRoute } from './routes/sync';
import type { Storage } from './storage/storage';
import type { DocumentHub } from './sync/document-hub';

export interface AppDeps {
  log: Logger;
  tokens: TokenService;
  invites: Invites;
  membership: MembershipService;
  liveSessions: LiveSessions;
  storage: Storage;
  hub: DocumentHub;
  docs: DocumentService;
  adoption: AdoptionService;
  exports: ExportService;
  /** Clause history, diffs and named versions (#15). */
  history: HistoryService;
  /** Comments and amendments (#16), and their live events. */
  negotiation: NegotiationService;
  negotiationEvents?: NegotiationEvents;
  liveState: LiveState;
  metrics: Metrics;
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  publicUrl: (path: string) => string;
  /** Built web client (client/dist); absent in API-only tests. */
  clientDir?: string;
  maxBodyBytes: number;
  restRateLimit: RestRateLimit;
  /** METRICS_TOKEN: presented as a Bearer token, /metrics includes per-document series. */
  metricsToken?: string;
  /** Export caps, checked before an export's work starts (absent: checked only at rendering). */
  exportRenderer?: ExportRenderer;
  now: () => number;
  isReady: () => boolean;
}

/** The Hono app: routes mounted, every error mapped to `{error:{code,message}}` in one place. */
export function createApp(d: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id') ?? randomUUID();
    c.set('requestId', requestId);
    const log = d.log.child({ req: requestId });
    c.set('log', log);
    c.header('x-request-id', requestId);
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });

  app.use('*', securityHeaders());

  app.onError((err, c) => {
    if (err instanceof AccordError) {
      if (err.status >= 500) c.get('log')?.error({ err }, 'request failed');
      // An export past its concurrency cap says when to come back (export-gate.ts).
      const retryAfter = (err.details as Partial<ExportRefusal> | undefined)?.retryAfterSeconds;
      if (err.code === 'rate_limited' && retryAfter) c.header('retry-after', String(retryAfter));
      // The rest of an oversize body is never read: the connection can't be reused.
      if (err.code === 'payload_too_large') c.header('connection', 'close');
      const body = err.toBody();
      // The final-export refusal also carries its reasons at the top level (api.md: 409 {reasons}).
      const reasons = (err.details as { reasons?: string[] } | undefined)?.reasons;
      // …and the same reasons grouped by cause and by party, with counts (api.md: `groups`).
      const groups = (err.details as { groups?: unknown } | undefined)?.groups;
      return c.json(reasons ? { ...body, reasons, ...(groups ? { groups } : {}) } : body, err.status as 400);
    }
    (c.get('log') ?? d.log).error({ err }, 'unhandled error');
    return c.json(new AccordError('internal', 'internal error').toBody(), 500);
  });

  app.notFound((c) => c.json(new AccordError('not_found', `no route ${c.req.path}`).toBody(), 404));

  app.get('/api/health', (c) =>
    d.isReady() ? c.json({ ok: true } satisfies Health) : c.json({ ok: false } satisfies Health, 503),
  );
  app.get('/metrics', metricsEndpoint(d.metrics.registry, d.metricsToken));

  app.use('/api/*', restRateLimit(d.restRateLimit, d.now, { identify: verifiedSub(d.tokens) }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: d.maxBodyBytes,
      onError: () => {
        throw new AccordError('payload_too_large', `request bodies are limited to ${d.maxBodyBytes} bytes`);
      },
    }),
  );

  app.get('/ws/:docId', syncRoute(d));
  app.route('/api', authRoutes(d));
  app.route('/api/docs', eventsRoute({ ...d, keepAliveMs: 20_000 }));
  app.use('/api/docs/*', requireAuth(d.tokens));
  app.use('/api/docs', requireAuth(d.tokens));
  app.use('/api/docs/*', sessionGuard(d.membership));
  app.use('/api/docs', sessionGuard(d.membership));
  if (d.exportRenderer) app.use('/api/docs/:id/export', exportAdmission(d.exportRenderer));
  app.route('/api/docs', membershipRoutes(d));
  // Before the document routes: it answers export?version=<id> and hands every other export on.
  app.route('/api/docs', historyRoutes(d));
  app.route('/api/docs', negotiationRoutes(d));
  app.route('/api/docs', docsRoutes(d));
  app.route('/api/docs', adoptionRoutes(d));

  if (d.clientDir && existsSync(join(d.clientDir, 'index.html'))) {
    const root = d.clientDir;
    const index = readFileSync(join(root, 'index.html'), 'utf8');
    app.use('/assets/*', hashedAssets(root));
    app.use('/favicon.svg', serveStatic({ root }));
    // The single-page app owns every other GET path (/, /d/:id, /invite).
    const shell = appShell(index);
    app.get('*', (c) => (c.req.path.startsWith('/api/') ? c.notFound() : shell(c)));
  }
  return app;
}
