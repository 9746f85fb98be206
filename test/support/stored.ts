import type { Storage } from '@accord/server';
import * as Y from 'yjs';

/** The document as storage holds it (snapshot, then the log), as a server loads it. */
export async function storedDoc(storage: Storage, docId: string): Promise<Y.Doc> {
  const stored = await storage.loadDocument(docId);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  return doc;
}

/** The text of one shared field as stored: the fact a test waits on before a restart or a kill. */
export async function storedText(storage: Storage, docId: string, field: string): Promise<string> {
  const doc = await storedDoc(storage, docId);
  try {
    return doc.getText(field).toString();
  } finally {
    doc.destroy();
  }
}
