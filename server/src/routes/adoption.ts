import {
  docPatchSchema,
  reopenRequestSchema,
  silenceBreakRequestSchema,
  silenceRequestSchema,
} from '@accord/protocol';
import { Hono } from 'hono';
import type { AdoptionService } from '../documents/adoption-service';
import { type AppEnv, parseJson } from './context';
import { docIdParam } from './doc-id-param';

export interface AdoptionRouteDeps {
  adoption: AdoptionService;
}

/** /api/docs/:id/{adopt,reopen,silence,silence/break} and PATCH /api/docs/:id (api.md, revision 2). */
export function adoptionRoutes(d: AdoptionRouteDeps) {
  const app = new Hono<AppEnv>();

  app.post('/:id/adopt', async (c) =>
    c.json(await d.adoption.adopt(c.get('claims'), docIdParam(c.req.param('id')))),
  );

  app.post('/:id/reopen', async (c) => {
    const { reason } = await parseJson(c, reopenRequestSchema);
    return c.json(await d.adoption.reopen(c.get('claims'), docIdParam(c.req.param('id')), reason));
  });

  app.post('/:id/silence', async (c) => {
    const { deadline } = await parseJson(c, silenceRequestSchema);
    return c.json(await d.adoption.silence(c.get('claims'), docIdParam(c.req.param('id')), deadline));
  });

  app.post('/:id/silence/break', async (c) => {
    const { note } = await parseJson(c, silenceBreakRequestSchema);
    return c.json(await d.adoption.breakSilence(c.get('claims'), docIdParam(c.req.param('id')), note));
  });

  app.patch('/:id', async (c) => {
    const patch = await parseJson(c, docPatchSchema);
    return c.json(await d.adoption.updateSettings(c.get('claims'), docIdParam(c.req.param('id')), patch));
  });

  return app;
}
