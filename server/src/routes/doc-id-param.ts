import { docIdSchema } from '@accord/protocol';
import { AccordError } from '../errors';

/** The `:id` of a document route: anything that cannot be a document id is no such document (404). */
export function docIdParam(id: string): string {
  if (!docIdSchema.safeParse(id).success) throw new AccordError('not_found', `no document ${id}`);
  return id;
}
