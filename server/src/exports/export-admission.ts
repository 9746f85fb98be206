import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../routes/context';
import type { ExportRenderer } from './export-gate';

/**
 * Mounted on the export route after authentication: a caller already at an export cap gets its
 * 429 before the statement is read, checked and laid out for rendering (work that would only be
 * thrown away), so a client retrying in a loop costs the event loop next to nothing.
 */
export function exportAdmission(renderer: Pick<ExportRenderer, 'precheck'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    renderer.precheck(c.get('claims').sub);
    await next();
  };
}
