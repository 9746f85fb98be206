import { z } from 'zod';

/** A suppression's id in `DELETE /api/docs/:id/suppressions/:suppressionId` (@accord/linter `suppressionId`). */
export const suppressionIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a suppression id is 16 hex digits');

/** Optional body of the un-suppress request: why the finding stands again (kept in the audit entry). */
export const suppressionRemovalRequestSchema = z.object({
  reason: z.string().trim().min(1).max(2000).optional(),
});
export type SuppressionRemovalRequest = z.infer<typeof suppressionRemovalRequestSchema>;
