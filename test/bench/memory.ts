import { createBenchDocument } from './documents';
import { connectMany, type ProtocolClient } from './protocol-client';
import type { BenchServer } from './server-process';

export interface MemoryResult {
  documents: number;
  /** Server heap + external memory (after full GC) per loaded idle document, its first client excluded. */
  perDocumentBytes: number;
  /** The same, less the document's own encoded Yjs content. */
  perDocumentBeyondContentBytes: number;
  contentBytesPerDocument: number;
  /** Per additional idle connection to an already loaded document. */
  perConnectionBytes: number;
  /** RSS growth per document + first connection (coarser: includes allocator slack). */
  rssPerDocumentAndConnectionBytes: number;
}

/**
 * Measured in the server's own process after a full GC: before any document is loaded, after N
 * documents each got one idle client (document + connection), and after each got a second client
 * (connection only). Per-document = the first step's growth less one connection.
 */
export async function runMemory(server: BenchServer, documents: number): Promise<MemoryResult> {
  const docs = [];
  for (let i = 0; i < documents; i++) docs.push(await createBenchDocument(server, `mem-${i}-${Date.now()}`));
  const live = (u: { heapUsedBytes: number; externalBytes: number }) => u.heapUsedBytes + u.externalBytes;
  const clients: ProtocolClient[] = [];
  const noop = () => {};
  try {
    const base = await server.gcUsage();
    for (const [i, d] of docs.entries())
      clients.push(...(await connectMany(1, () => d.wsUrl, noop, { firstIndex: i })));
    const loaded = await server.gcUsage();
    const content = await server.contentBytes();
    for (const [i, d] of docs.entries()) {
      clients.push(...(await connectMany(1, () => d.wsUrl, noop, { firstIndex: documents + i })));
    }
    const twice = await server.gcUsage();
    const perConnection = (live(twice) - live(loaded)) / documents;
    const perDocument = (live(loaded) - live(base)) / documents - perConnection;
    return {
      documents,
      perDocumentBytes: perDocument,
      contentBytesPerDocument: content / documents,
      perDocumentBeyondContentBytes: perDocument - content / documents,
      perConnectionBytes: perConnection,
      rssPerDocumentAndConnectionBytes: (loaded.rssBytes - base.rssBytes) / documents,
    };
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
}
