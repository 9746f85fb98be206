import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { deriveAuditKey } from '@accord/approvals';
import { createAdaptorServer, type ServerType, upgradeWebSocket } from '@hono/node-server';
import type { UpgradeWebSocket } from 'hono/ws';
import pino, { type Logger } from 'pino';
import type WebSocket from 'ws';
import { WebSocketServer } from 'ws';
import { createApp } from './app';
import { createInvites } from './auth/invites';
import { createLiveSessions, type LiveSessions } from './auth/live-sessions';
import { createTokenService, loadOrCreateSecret } from './auth/tokens';
import { assertStrongSecret, secureDataDir } from './data-dir';
import {
  type AdoptionService,
  createAdoptionService,
  createLifecycleGate,
  startSilenceScheduler,
} from './documents/adoption-service';
import { createClauseRetirement } from './documents/clause-retirement';
import { createDocumentService } from './documents/document-service';
import { createExportService } from './documents/export-service';
import { createHistoryRecorder } from './documents/history-recorder';
import { createHistoryService } from './documents/history-service';
import { createLintCache } from './documents/lint-cache';
import { createLiveState } from './documents/live-state';
import { createMembershipService, type MembershipService } from './documents/membership-service';
import { createNegotiationEvents } from './documents/negotiation-events';
import { createNegotiationService } from './documents/negotiation-service';
import { CLOSE } from './errors';
import { createExportRenderer, defaultExportLimits, type ExportLimits } from './exports/export-gate';
import { registerExportMetrics } from './exports/export-metrics';
import { createRenderPool } from './exports/render-pool';
import type { Fanout } from './fanout/fanout';
import { createRedisLiveEvents } from './fanout/redis-events';
import { createRedisFanout } from './fanout/redis-fanout';
import { createMetrics } from './metrics';
import type { RestRateLimit } from './routes/rate-limit';
import { quarantineListener } from './storage/quarantine-watch';
import { openSqliteStorage } from './storage/sqlite/sqlite-storage';
import type { Storage } from './storage/storage';
import { DEFAULT_SYNC_LIMITS, DocumentHub, type SyncLimits } from './sync/document-hub';
import { startHeartbeat } from './sync/heartbeat';

export interface ServerOptions {
  port: number;
  /**
   * false: wire everything but open no port; requests go through `RunningServer.app.request()`
   * (route tests over memory storage, no sockets). Default true.
   */
  listen?: boolean;
  host: string;
  dataDir: string;
  authSecret?: string;
  /** Storage to use instead of SQLite under dataDir (Postgres, or a test double of the interface). */
  storage?: Storage;
  /** REDIS_URL: fan live traffic out to the other instances serving the same documents. */
  redisUrl?: string;
  maxMessageBytes?: number;
  limits?: Partial<SyncLimits>;
  /** REST requests per second per caller, and the burst above it. */
  restRateLimit?: RestRateLimit;
  compactThreshold?: number;
  /** How often silence deadlines are checked (default 1 s); 0: never on a timer (tests call `adoption.sweep()`). */
  silenceSweepMs?: number;
  /** Export rendering: worker threads (default: cores − 1, at least 1) and concurrency caps. */
  exports?: { poolSize?: number; limits?: Partial<ExportLimits>; timeoutMs?: number };
  /** WebSocket ping interval; a socket that misses one ping is closed (default 30 s). */
  heartbeatMs?: number;
  /** METRICS_TOKEN: lets /metrics include per-document series when presented. */
  metricsToken?: string;
  clientDir?: string;
  publicUrl?: string;
  log?: Logger;
  now?: () => number;
}

export interface RunningServer {
  port: number;
  url: string;
  /** The Hono app: `app.request(path, init)` answers without a socket. */
  app: { request: ReturnType<typeof createApp>['request']; fetch: ReturnType<typeof createApp>['fetch'] };
  hub: DocumentHub;
  storage: Storage;
  tokens: ReturnType<typeof createTokenService>;
  invites: ReturnType<typeof createInvites>;
  docs: ReturnType<typeof createDocumentService>;
  /** Adoption and the silence procedure; `sweep()` concludes due silences now. */
  adoption: AdoptionService;
  membership: MembershipService;
  liveSessions: LiveSessions;
  /** Graceful stop: refuse new work, close sockets with 1012, persist, close storage. */
  close(): Promise<void>;
}

/** Wires storage, live documents and the HTTP/WebSocket app together and listens. */
export async function startServer(o: ServerOptions): Promise<RunningServer> {
  const log = o.log ?? pino({ level: 'silent' });
  const now = o.now ?? Date.now;
  secureDataDir(o.dataDir, { embeddedDatabase: !o.storage });
  const secret = loadOrCreateSecret(o.dataDir, o.authSecret);
  assertStrongSecret(secret, o.authSecret ? 'AUTH_SECRET' : `the auth-secret file in ${o.dataDir}`);
  const storage = o.storage ?? openSqliteStorage(o.dataDir);
  const tokens = createTokenService(secret, now);
  const invites = createInvites(tokens);
  const fanout: Fanout | undefined = o.redisUrl
    ? await createRedisFanout({ url: o.redisUrl, log })
    : undefined;
  const metrics = createMetrics();
  // The audit key is derived from the secret and handed in; it never enters the database (AP19).
  const auditKey = deriveAuditKey(secret);
  storage.bindIntegrity({ auditKey, onQuarantine: quarantineListener(metrics.registry, log) });
  // Adopted or silenced documents (#17): the lock the sync path and REST edits consult.
  const gate = createLifecycleGate(storage);
  await gate.refreshAll();
  // Clause history (#15): each stored batch's clause texts, with who made them, as rows of their own.
  const recorder = createHistoryRecorder({ storage, log, now: () => new Date(now()) });
  const recordHistory = (docId: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      log.error({ err, doc: docId }, 'reading clause texts for history failed');
    }
  };
  const hub = new DocumentHub({
    fanout,
    metrics,
    storage,
    log,
    now,
    // While a document is live, folding is rare (each fold blocks the event loop in proportion to
    // the document); idle documents are folded completely on unload.
    compactThreshold: o.compactThreshold ?? 5000,
    defer: (fn) => setImmediate(fn),
    limits: { ...DEFAULT_SYNC_LIMITS, ...o.limits },
    isLocked: (docId) => gate.isLocked(docId),
    onLoaded: (live) => recorder.loaded(live.id, live.doc),
    onEdited: (live, by) =>
      recordHistory(live.id, () => recorder.stored(live.id, by, live.statement().read())),
  });
  const stopObservingDocuments = metrics.observeDocuments(hub);
  const lint = createLintCache();
  const docs = createDocumentService({
    storage,
    hub,
    lint,
    now: () => new Date(now()),
    newDocId: () => randomBytes(9).toString('base64url'),
    auditKey,
    lifecycle: gate,
    // The texts at creation are history's first revisions, written with the document (#15, #14).
    onCreated: (docId, clauses, by, at) => recorder.created(docId, clauses, by, at),
  });
  fanout?.onReconnect(() => void hub.catchUp());
  const liveState = createLiveState({
    compute: (docId) => docs.state(docId),
    debounceMs: 60,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
    onError: (err, docId) => log.error({ err, doc: docId }, 'live state push failed'),
  });
  const retirement = createClauseRetirement({
    retire: (docId) => docs.retireDeletedClauses(docId),
    debounceMs: 60,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
    onError: (err, docId) => log.error({ err, doc: docId }, 'retiring deleted clauses failed'),
  });
  // Wiring by events, each with its teardown: stored content changes push the live state and
  // retire deleted clauses; state changes (here or on another instance) push and fan out.
  const membership = createMembershipService({
    storage,
    tokens,
    invites,
    publicUrl: (path) => `${publicBase}${path}`,
    now,
    docs,
    onMembershipChanged: (docId) => {
      void liveSessions.recheck(docId);
      // Open editors refresh their Members panel on the state push, here and on other instances.
      liveState.changed(docId);
      fanout?.publishState(docId);
    },
  });
  // Open sessions re-check membership on every party/invite change, here or on another instance (MB9).
  const liveSessions = createLiveSessions({
    hub,
    parties: async (docId) => (await storage.getDocument(docId))?.parties,
    revokedSubs: (docId) => membership.revokedSubs(docId),
    log,
    now,
  });
  const teardown = [
    hub.on('change', (docId) => liveState.edited(docId)),
    hub.on('change', (docId, source) => {
      if (source === 'local') retirement.changed(docId);
    }),
    hub.on('remote-state', (docId) => liveState.changed(docId)),
    hub.on(
      'remote-state',
      (docId) =>
        // A failed refresh keeps the last known lock until the once-a-second sweep reads it again.
        void gate.read(docId).catch((err: unknown) => log.warn({ err, docId }, 'lifecycle refresh failed')),
    ),
    docs.onStateChanged((docId) => {
      liveState.changed(docId);
      fanout?.publishState(docId);
    }),
    stopObservingDocuments,
  ];
  teardown.push(
    hub.on('remote-state', (docId) => void liveSessions.recheck(docId)),
    docs.onStateChanged((docId) => void liveSessions.recheck(docId)),
  );
  const renderPool = createRenderPool({ size: o.exports?.poolSize, timeoutMs: o.exports?.timeoutMs });
  const exportRenderer = createExportRenderer(renderPool, {
    ...defaultExportLimits(renderPool.size),
    ...o.exports?.limits,
  });
  const exportsService = createExportService({
    storage,
    docs,
    now: () => new Date(now()),
    render: exportRenderer.render,
    adoptionNote: (docId) => gate.adoptionNote(docId),
  });
  const history = createHistoryService({
    storage,
    docs,
    recorder,
    now: () => new Date(now()),
    newId: () => randomBytes(9).toString('base64url'),
    render: exportRenderer.render,
    renderRedlinePdf: exportRenderer.renderRedlinePdf,
  });
  const adoption = createAdoptionService({
    storage,
    docs,
    hub,
    gate,
    now: () => new Date(now()),
    changed: (docId) => {
      liveState.changed(docId);
      fanout?.publishState(docId);
    },
    log,
  });
  // Silence deadlines are persisted; every instance sweeps, compare-and-set lets one conclude each.
  const silenceScheduler = startSilenceScheduler({
    sweep: () => adoption.sweep(),
    intervalMs: o.silenceSweepMs ?? 1000,
    setInterval: (fn, ms) => (ms > 0 ? setInterval(fn, ms) : null),
    clearInterval: (h) => {
      if (h) clearInterval(h as NodeJS.Timeout);
    },
    onError: (err) => log.error({ err }, 'silence sweep failed'),
  });
  registerExportMetrics(metrics.registry, exportRenderer);
  // Comments and amendments (#16): their events reach streams here and, over Redis, elsewhere;
  // open amendments are superseded on the write path once a change of the text is stored.
  const liveEvents = o.redisUrl ? await createRedisLiveEvents({ url: o.redisUrl, log }) : undefined;
  const negotiationEvents = createNegotiationEvents({
    channel: liveEvents,
    onError: (err) => log.warn({ err }, 'negotiation event dropped'),
  });
  const negotiation = createNegotiationService({
    storage,
    docs,
    hub,
    events: negotiationEvents,
    lifecycle: gate,
    now: () => new Date(now()),
    newId: () => randomBytes(9).toString('base64url'),
  });
  const superseding = createClauseRetirement({
    retire: (docId) => negotiation.supersedeStale(docId),
    debounceMs: 60,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (t) => clearTimeout(t as NodeJS.Timeout),
    onError: (err, docId) => log.error({ err, doc: docId }, 'superseding amendments failed'),
  });
  teardown.push(hub.on('change', (docId) => superseding.changed(docId)));

  const wss = new WebSocketServer({ noServer: true, maxPayload: o.maxMessageBytes ?? 2 * 1024 * 1024 });
  const heartbeat = startHeartbeat(wss, {
    intervalMs: o.heartbeatMs ?? 30_000,
    onReap: () => metrics.closes.inc({ code: 'unanswered-ping' }),
  });
  let ready = false;
  let publicBase = o.publicUrl ?? '';
  const app = createApp({
    log,
    tokens,
    invites,
    membership,
    liveSessions,
    storage,
    hub,
    docs,
    exports: exportsService,
    history,
    adoption,
    negotiation,
    negotiationEvents,
    liveState,
    metrics,
    upgradeWebSocket: upgradeWebSocket as unknown as UpgradeWebSocket<WebSocket>,
    publicUrl: (path) => `${publicBase}${path}`,
    clientDir: o.clientDir,
    maxBodyBytes: 1024 * 1024,
    restRateLimit: o.restRateLimit ?? { requestsPerSecond: 50, burst: 200 },
    metricsToken: o.metricsToken,
    exportRenderer,
    now,
    isReady: () => ready,
  });
  const server: ServerType = createAdaptorServer({
    fetch: app.fetch,
    hostname: o.host,
    websocket: { server: wss },
  });
  const listening = o.listen ?? true;
  if (listening) {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, o.host, () => resolve());
    });
  }
  const port = listening ? (server.address() as AddressInfo).port : o.port;
  const url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  if (!publicBase) publicBase = url;
  ready = true;
  log.info({ url }, 'accord listening');

  let closing: Promise<void> | null = null;
  return {
    port,
    url,
    app,
    hub,
    storage,
    tokens,
    invites,
    membership,
    liveSessions,
    docs,
    adoption,
    close() {
      closing ??= (async () => {
        ready = false;
        heartbeat.stop();
        await silenceScheduler.stop();
        server.close();
        liveState.close();
        await retirement.close();
        await superseding.close();
        for (const stop of teardown) stop();
        for (const client of wss.clients) client.close(CLOSE.serviceRestart, 'server restarting');
        await hub.shutdown();
        await recorder.settleAll();
        await renderPool.close();
        await fanout?.close();
        await liveEvents?.close();
        // SSE streams and keep-alive sockets would hold server.close() open forever.
        (server as import('node:http').Server).closeAllConnections?.();
        await storage.close();
        log.info('accord stopped');
      })();
      return closing;
    },
  };
}
