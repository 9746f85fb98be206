import {
  type AmendmentView,
  type CommentView,
  createAmendmentSchema,
  createCommentSchema,
  docIdSchema,
  rejectAmendmentSchema,
} from '@accord/protocol';
import { Hono } from 'hono';
import type { NegotiationService } from '../documents/negotiation-service';
import { AccordError } from '../errors';
import { type AppEnv, parseJson } from './context';

function docIdParam(id: string): string {
  if (!docIdSchema.safeParse(id).success) throw new AccordError('not_found', `no document ${id}`);
  return id;
}

/** /api/docs/:id…: comments and amendments (api.md "Comments", "Amendments"). */
export function negotiationRoutes(d: { negotiation: NegotiationService }) {
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

  return app;
}
