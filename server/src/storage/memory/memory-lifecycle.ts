import { type AuditEntry, type AuditInput, OPEN_LIFECYCLE } from '@accord/approvals';
import type { LifecycleStorage, StoredLifecycle } from '../lifecycle';
import type { DocumentMeta } from '../storage';

const copy = <T>(value: T): T => structuredClone(value);

/** The memory half of LifecycleStorage: each method completes without yielding, so it is atomic. */
export function memoryLifecycle(o: {
  /** The document's stored metadata (mutable); throws for an unknown document. */
  meta: (docId: string) => DocumentMeta;
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry;
}): LifecycleStorage {
  const lifecycles = new Map<string, StoredLifecycle>();
  return {
    async lifecycle(docId) {
      return copy(lifecycles.get(docId) ?? OPEN_LIFECYCLE);
    },
    async swapLifecycle(docId, expectedVersion, next) {
      o.meta(docId);
      if ((lifecycles.get(docId)?.version ?? 0) !== expectedVersion) return false;
      lifecycles.set(docId, copy(next));
      return true;
    },
    async frozenLifecycles() {
      return [...lifecycles]
        .filter(([, l]) => l.phase !== 'open' || l.concluding !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([docId, l]) => ({ docId, lifecycle: copy(l) }));
    },
    async updateDocumentMeta(docId, patch, audit, at) {
      const m = o.meta(docId);
      if (patch.title !== undefined) m.title = patch.title;
      if (patch.tlp !== undefined) m.tlp = patch.tlp;
      if (patch.place !== undefined) m.place = patch.place;
      return o.appendAudit(docId, audit, at);
    },
  };
}
