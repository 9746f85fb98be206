import { canRegisterFinalExport, pendingDecisions } from '@accord/approvals';
import { EXPORT_FORMATS, type ExportFormat } from '@accord/communique';
import {
  type ApprovalResult,
  type AuditEntryView,
  approvalRequestSchema,
  type ClauseListItem,
  createDocumentSchema,
  type DocCreated,
  type DocListItem,
  type DocMeta,
  type ExportListingView,
  exportOptionsQuerySchema,
  type FindingView,
  type PartiesChanged,
  type PatchedClause,
  partyChangeSchema,
  patchClauseSchema,
  type SuppressionView,
  suppressionIdSchema,
  suppressionRemovalRequestSchema,
  suppressionRequestSchema,
} from '@accord/protocol';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Invites } from '../auth/invites';
import type { LiveSessions } from '../auth/live-sessions';
import type { TokenService } from '../auth/tokens';
import type { DocumentService } from '../documents/document-service';
import type { ExportService } from '../documents/export-service';
import type { LiveState } from '../documents/live-state';
import type { MembershipService } from '../documents/membership-service';
import { AccordError } from '../errors';
import type { DocumentHub } from '../sync/document-hub';
import { type AppEnv, bearer, parseJson } from './context';
import { docIdParam } from './doc-id-param';
import { fileResponse } from './file-response';

export interface DocsRouteDeps {
  docs: DocumentService;
  exports: ExportService;
  invites: Invites;
  membership: MembershipService;
  liveSessions: LiveSessions;
  tokens: TokenService;
  liveState: LiveState;
  hub: DocumentHub;
  publicUrl: (path: string) => string;
  /** Comment and amendment events (#16), sent on the stream under their own names. */
  negotiationEvents?: {
    subscribe(docId: string, send: (e: { name: string; data: unknown }) => void): () => void;
  };
}

/** /api/docs…: documents, clauses, approvals, parties, audit, lint, export, live events. */
export function docsRoutes(d: DocsRouteDeps) {
  const app = new Hono<AppEnv>();

  app.post('/', async (c) => {
    const m = await d.docs.create(c.get('claims'), await parseJson(c, createDocumentSchema));
    return c.json({ id: m.id, title: m.title, parties: m.parties } satisfies DocCreated, 201);
  });

  app.get('/', async (c) => {
    const claims = c.get('claims');
    // A session from an invite lists only its own document (MB7).
    const list = (await d.docs.list(claims)).filter((m) => claims.doc === undefined || m.id === claims.doc);
    // Each with its status and how many clauses wait for the caller's delegation (#17).
    // A document whose state cannot be read (storage failure) is still listed, without them.
    const states = await Promise.all(
      list.map((m) =>
        d.docs.state(m.id).catch((err: unknown) => {
          c.get('log')?.warn({ err, docId: m.id }, 'document state unreadable; listed without it');
          return undefined;
        }),
      ),
    );
    return c.json(
      list.map(
        (m, i): DocListItem => ({
          id: m.id,
          title: m.title,
          parties: m.parties,
          createdAt: m.createdAt,
          status: states[i]?.status,
          myPending: pendingDecisions(states[i]?.clauses ?? [], claims.delegation),
          silence: states[i]?.silence ?? null,
        }),
      ),
    );
  });

  app.get('/:id', async (c) => {
    const m = await d.docs.metaForParty(c.get('claims'), docIdParam(c.req.param('id')));
    const s = await d.docs.state(m.id);
    return c.json({
      id: m.id,
      title: m.title,
      parties: m.parties,
      status: s.status,
      tlp: m.tlp,
      place: m.place,
      createdAt: m.createdAt,
      summary: s.summary,
      blockers: s.blockers,
      integrity: s.integrity ?? 'verified',
      silence: s.silence ?? null,
    } satisfies DocMeta);
  });

  app.get('/:id/clauses', async (c) => {
    const m = await d.docs.metaForParty(c.get('claims'), docIdParam(c.req.param('id')));
    const clauses = await d.docs.clauses(m.id);
    return c.json(clauses.map(({ bracketed: _b, ...rest }): ClauseListItem => rest));
  });

  app.patch('/:id/clauses/:clauseId', async (c) => {
    const { text } = await parseJson(c, patchClauseSchema);
    const clause = await d.docs.patchClause(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('clauseId'),
      text,
    );
    return c.json({
      id: clause.id,
      index: clause.index,
      text: clause.text,
      hash: clause.hash,
    } satisfies PatchedClause);
  });

  app.post('/:id/clauses/:clauseId/approval', async (c) => {
    const body = await parseJson(c, approvalRequestSchema);
    const result: ApprovalResult = await d.docs.approve(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('clauseId'),
      body,
    );
    return c.json(result);
  });

  app.post('/:id/parties', async (c) => {
    const { party } = await parseJson(c, partyChangeSchema);
    const m = await d.docs.changeParty(c.get('claims'), docIdParam(c.req.param('id')), party, true);
    return c.json({ id: m.id, title: m.title, parties: m.parties } satisfies PartiesChanged);
  });

  app.delete('/:id/parties/:party', async (c) => {
    const party = partyChangeSchema.safeParse({ party: c.req.param('party') });
    if (!party.success) throw new AccordError('invalid_request', 'not a delegation code');
    // MB10 is decided with the other party-change rules, under the document lock.
    const { creator, penholders } = await d.membership.penholding(docIdParam(c.req.param('id')));
    const m = await d.docs.changeParty(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      party.data.party,
      false,
      { creator: creator?.delegation, penholders },
    );
    return c.json({ id: m.id, title: m.title, parties: m.parties } satisfies PartiesChanged);
  });

  app.get('/:id/audit', async (c) => {
    const m = await d.docs.metaForParty(c.get('claims'), docIdParam(c.req.param('id')));
    const { entries, verdict } = await d.docs.audit(m.id);
    // The chain is verified on every read; entries after a break are marked unverified.
    const brokenAt = verdict.ok ? Number.POSITIVE_INFINITY : verdict.seq;
    c.header('x-accord-audit-chain', verdict.ok ? 'verified' : `broken at ${verdict.seq}: ${verdict.reason}`);
    return c.json(entries.map((e): AuditEntryView => ({ ...e, verified: e.seq < brokenAt })));
  });

  app.get('/:id/lint', async (c) => {
    const m = await d.docs.metaForParty(c.get('claims'), docIdParam(c.req.param('id')));
    const { active } = await d.docs.lint(m.id);
    return c.json(active satisfies FindingView[]);
  });

  app.post('/:id/suppressions', async (c) => {
    const body = await parseJson(c, suppressionRequestSchema);
    const suppression: SuppressionView = await d.docs.suppress(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      body,
    );
    return c.json(suppression, 201);
  });

  app.delete('/:id/suppressions/:suppressionId', async (c) => {
    const id = suppressionIdSchema.safeParse(c.req.param('suppressionId'));
    if (!id.success) throw new AccordError('not_found', 'no such suppression');
    // The body (why the finding stands again) is optional.
    const body = (await c.req.text()).trim() ? await parseJson(c, suppressionRemovalRequestSchema) : {};
    const removed: SuppressionView = await d.docs.unsuppress(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      id.data,
      body.reason,
    );
    return c.json(removed);
  });

  app.get('/:id/export', async (c) => {
    const q = exportOptionsQuerySchema.safeParse({
      format: c.req.query('format'),
      final: c.req.query('final'),
      public: c.req.query('public'),
    });
    if (!q.success || !EXPORT_FORMATS.includes(q.data.format as ExportFormat)) {
      throw new AccordError('invalid_request', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const final = q.data.final === '1' || q.data.final === 'true';
    if (final && !canRegisterFinalExport(c.get('claims'))) {
      throw new AccordError('forbidden', 'observers cannot register a final export');
    }
    return fileResponse(
      await d.exports.export(c.get('claims'), docIdParam(c.req.param('id')), q.data.format, final, {
        public: q.data.public === '1' || q.data.public === 'true',
      }),
    );
  });

  app.get('/:id/exports', async (c) => {
    const m = await d.docs.metaForParty(c.get('claims'), docIdParam(c.req.param('id')));
    const listed: ExportListingView[] = await d.exports.list(m.id);
    return c.json(listed);
  });

  app.get('/:id/exports/:exportId', async (c) => {
    const m = await d.docs.metaForParty(c.get('claims'), docIdParam(c.req.param('id')));
    return fileResponse(await d.exports.download(m.id, c.req.param('exportId')));
  });

  return app;
}

/** The live channel: Server-Sent Events, authenticated by header or (for EventSource) ?token=. */
export function eventsRoute(d: DocsRouteDeps & { keepAliveMs: number }) {
  const app = new Hono<AppEnv>();
  app.get('/:id/events', async (c) => {
    const claims = await d.tokens.verify(bearer(c) ?? c.req.query('token'));
    await d.membership.checkSession(claims, { docId: docIdParam(c.req.param('id')) });
    const m = await d.docs.metaForParty(claims, docIdParam(c.req.param('id')));
    // Holding the document keeps its headless view warm while anyone watches it.
    const live = await d.hub.acquire(m.id);
    return streamSSE(c, async (stream) => {
      let closed = false;
      const send = (event: unknown) => {
        if (!closed) void stream.writeSSE({ event: 'state', data: JSON.stringify(event) });
      };
      const unsubscribe = d.liveState.subscribe(m.id, send);
      const unsubscribeNegotiation = d.negotiationEvents?.subscribe(m.id, (e) => {
        if (!closed) void stream.writeSSE({ event: e.name, data: JSON.stringify(e.data) });
      });
      // The stream ends when the client goes, or when its session no longer stands (MB9): the
      // last event says why (`ended`).
      let endStream = () => {};
      let farewell: Promise<void> | undefined;
      const done = new Promise<void>((resolve) => {
        endStream = resolve;
        stream.onAbort(resolve);
      });
      const untrack = d.liveSessions.trackStream(m.id, claims, (ended) => {
        if (!closed) farewell = stream.writeSSE({ event: 'ended', data: JSON.stringify(ended) });
        closed = true;
        endStream();
      });
      try {
        // The first event, the current state, comes from the subscription, in order with the pushes.
        while (!closed) {
          const ping = await Promise.race([
            done.then(() => false),
            stream.sleep(d.keepAliveMs).then(() => true),
          ]);
          if (!ping) break;
          await stream.write(': keep-alive\n\n');
        }
        await farewell;
      } finally {
        closed = true;
        untrack();
        unsubscribe();
        unsubscribeNegotiation?.();
        d.hub.release(live);
      }
    });
  });
  return app;
}
