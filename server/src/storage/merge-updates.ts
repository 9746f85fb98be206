import * as Y from 'yjs';

/**
 * Folds a snapshot and a log into one update by applying them to a scratch document:
 * linear in the log, unlike a flat Y.mergeUpdates over a long log, which is quadratic.
 * An update that cannot be applied is skipped and reported to `onBadUpdate` (required: the caller
 * keeps it, in quarantine, rather than folding it away unseen), so one poisoned row never makes a
 * whole document unloadable.
 */
export function foldUpdates(
  snapshot: Uint8Array | null,
  updates: Iterable<Uint8Array>,
  onBadUpdate: (index: number, error: Error) => void,
): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    if (snapshot) Y.applyUpdate(doc, snapshot);
    let i = 0;
    doc.transact(() => {
      for (const u of updates) {
        try {
          Y.applyUpdate(doc, u);
        } catch (e) {
          onBadUpdate(i, e instanceof Error ? e : new Error(String(e)));
        }
        i++;
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
