import { EXPORT_FORMATS, type ExportFormat } from '@accord/communique';
import {
  type AmendmentView,
  type CommentView,
  createAmendmentSchema,
  createCommentSchema,
  rejectAmendmentSchema,
} from '@accord/protocol';
import { Hono } from 'hono';
import type { ExportService } from '../documents/export-service';
import type { NegotiationService } from '../documents/negotiation-service';
import { AccordError } from '../errors';
import { type AppEnv, parseJson } from './context';
import { docIdParam } from './doc-id-param';

const flag = (v: string | undefined) => v === '1' || v === 'true';

/**
 * /api/docs/:id…: comments and amendments (api.md "Comments", "Amendments"), and the compilation
 * export (`export?…&compilation=1`). Mounted before the document routes: any other export falls
 * through to them.
 */
export function negotiationRoutes(d: { negotiation: NegotiationService; exports: ExportService }) {
  const app = new Hono<AppEnv>();
  const n = d.negotiation;

  app.post('/:id/clauses/:clauseId/comments', async (c) => {
    const body = await parseJson(c, createCommentSchema);
    const view: CommentView = await n.addComment(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('clauseId'),
      body,
    );
    return c.json(view, 201);
  });

  app.get('/:id/comments', async (c) => {
    const list: CommentView[] = await n.listComments(c.get('claims'), docIdParam(c.req.param('id')));
    return c.json(list);
  });

  for (const [path, resolved] of [
    ['resolve', true],
    ['reopen', false],
  ] as const) {
    app.post(`/:id/comments/:commentId/${path}`, async (c) => {
      const view: CommentView = await n.resolveComment(
        c.get('claims'),
        docIdParam(c.req.param('id')),
        c.req.param('commentId'),
        resolved,
      );
      return c.json(view);
    });
  }

  app.post('/:id/clauses/:clauseId/amendments', async (c) => {
    const body = await parseJson(c, createAmendmentSchema);
    const view: AmendmentView = await n.propose(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('clauseId'),
      body,
    );
    return c.json(view, 201);
  });

  app.get('/:id/amendments', async (c) => {
    const list: AmendmentView[] = await n.listAmendments(c.get('claims'), docIdParam(c.req.param('id')));
    return c.json(list);
  });

  for (const action of ['accept', 'withdraw'] as const) {
    app.post(`/:id/amendments/:amendmentId/${action}`, async (c) => {
      const view: AmendmentView = await n.transition(
        c.get('claims'),
        docIdParam(c.req.param('id')),
        c.req.param('amendmentId'),
        action,
      );
      return c.json(view);
    });
  }

  app.post('/:id/amendments/:amendmentId/reject', async (c) => {
    const { note } = await parseJson(c, rejectAmendmentSchema);
    const view: AmendmentView = await n.transition(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('amendmentId'),
      'reject',
      note,
    );
    return c.json(view);
  });

  app.get('/:id/export', async (c, next) => {
    if (!flag(c.req.query('compilation'))) return next();
    const format = c.req.query('format');
    if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
      throw new AccordError('invalid_request', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    if (format === 'akn') {
      throw new AccordError('invalid_request', 'a compilation text is exported as md, html, pdf or docx');
    }
    if (flag(c.req.query('final')) || flag(c.req.query('public'))) {
      throw new AccordError('invalid_request', 'a compilation text is a draft: drop final=1 and public=1');
    }
    const docId = docIdParam(c.req.param('id'));
    const claims = c.get('claims');
    await d.negotiation.listAmendments(claims, docId);
    const r = await d.exports.export(claims, docId, format as ExportFormat, false, {
      compilation: await d.negotiation.compilation(docId),
    });
    const stem = r.filename.replace(/-DRAFT\.[a-z]+$/, '');
    const filename = `${stem}-COMPILATION.${r.filename.split('.').pop()}`;
    return new Response(r.bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': r.contentType,
        'content-disposition': `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      },
    });
  });

  return app;
}
