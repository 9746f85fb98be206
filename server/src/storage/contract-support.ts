import type { AuditInput } from '@accord/approvals';
import * as Y from 'yjs';
import type { DocumentMeta, Storage } from './storage';

let counter = 0;
/** An id (document, version …) no other test of the run uses, so suites can share one database. */
export const freshId = (label: string): string =>
  `${label}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** A test document's metadata: FR and DE, TLP:CLEAR, no place; a suite overrides what its cases depend on. */
export const contractMeta = (id: string, over: Partial<Omit<DocumentMeta, 'id'>> = {}): DocumentMeta => ({
  id,
  title: `Joint statement ${id}`,
  parties: ['FR', 'DE'],
  tlp: 'CLEAR',
  place: '',
  createdAt: '2025-03-01T10:00:00.000Z',
  createdBy: 'contract-suite',
  ...over,
});

/** Creates an empty document (no clauses) with its creation audit entry; returns its id. */
export async function createEmptyDocument(
  storage: Storage,
  meta: DocumentMeta,
  actor: AuditInput['actor'],
): Promise<string> {
  await storage.createDocument(meta, Y.encodeStateAsUpdate(new Y.Doc()), { kind: 'document-created', actor });
  return meta.id;
}
