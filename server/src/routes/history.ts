import { EXPORT_FORMATS, type ExportFormat } from '@accord/communique';
import {
  type ClauseDiff,
  type ClauseHistoryEntry,
  type Comparison,
  compareQuerySchema,
  createVersionSchema,
  diffQuerySchema,
  type VersionView,
} from '@accord/protocol';
import { Hono } from 'hono';
import type { HistoryService } from '../documents/history-service';
import { AccordError } from '../errors';
import { type AppEnv, parseJson } from './context';
import { docIdParam } from './doc-id-param';
import { fileResponse } from './file-response';

/**
 * /api/docs/:id…: clause history and diffs, named versions, comparison, export of a version.
 * Mounted before the document routes: `export?…&version=<id>` is answered here, any other export
 * falls through to them.
 */
export function historyRoutes(d: { history: HistoryService }) {
  const app = new Hono<AppEnv>();

  app.get('/:id/clauses/:clauseId/history', async (c) => {
    const entries: ClauseHistoryEntry[] = await d.history.clauseHistory(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('clauseId'),
    );
    return c.json(entries);
  });

  app.get('/:id/clauses/:clauseId/diff', async (c) => {
    const q = diffQuerySchema.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
    if (!q.success) {
      throw new AccordError(
        'invalid_request',
        'from must be a clause hash (64 lowercase hex digits) or approval:<CODE>; to, if given, a clause hash',
      );
    }
    const diff: ClauseDiff = await d.history.diff(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      c.req.param('clauseId'),
      q.data,
    );
    return c.json(diff);
  });

  app.post('/:id/versions', async (c) => {
    const { name } = await parseJson(c, createVersionSchema);
    const v: VersionView = await d.history.createVersion(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      name,
    );
    return c.json(v, 201);
  });

  app.get('/:id/versions', async (c) => {
    const list: VersionView[] = await d.history.listVersions(c.get('claims'), docIdParam(c.req.param('id')));
    return c.json(list);
  });

  app.get('/:id/compare', async (c) => {
    const q = compareQuerySchema.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
    if (!q.success)
      throw new AccordError('invalid_request', 'compare needs from=<versionId> and to=<versionId|current>');
    const format = c.req.query('format');
    if (format !== undefined) {
      // The comparison as a redline file (HTML or PDF), audited as an export.
      if (format !== 'html' && format !== 'pdf') {
        throw new AccordError('invalid_request', 'a comparison exports as format=html or format=pdf');
      }
      return fileResponse(
        await d.history.exportComparison(
          c.get('claims'),
          docIdParam(c.req.param('id')),
          q.data.from,
          q.data.to,
          format,
        ),
      );
    }
    const result: Comparison = await d.history.compare(
      c.get('claims'),
      docIdParam(c.req.param('id')),
      q.data.from,
      q.data.to,
    );
    return c.json(result);
  });

  app.get('/:id/export', async (c, next) => {
    const version = c.req.query('version');
    if (version === undefined) return next();
    const format = c.req.query('format');
    if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
      throw new AccordError('invalid_request', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    if (c.req.query('final') === '1' || c.req.query('final') === 'true') {
      throw new AccordError(
        'invalid_request',
        'a version is exported as a draft; final=1 exports the current text',
      );
    }
    return fileResponse(
      await d.history.exportVersion(
        c.get('claims'),
        docIdParam(c.req.param('id')),
        version,
        format as ExportFormat,
      ),
    );
  });

  return app;
}
