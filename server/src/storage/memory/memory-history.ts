import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { StoredRevision } from '@accord/history';
import { type HistoryStorage, plannedRevision, type StoredVersion } from '../history';

const copy = <T>(value: T): T => structuredClone(value);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The memory half of HistoryStorage: each method completes without yielding, so it is atomic. */
export function memoryHistory(o: {
  rows: (docId: string) => unknown;
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry;
}): HistoryStorage {
  const revisions = new Map<string, StoredRevision[]>();
  const versions = new Map<string, StoredVersion[]>();
  let nextId = 1;
  const revisionsOf = (docId: string) => revisions.get(docId) ?? [];

  return {
    async lastRevisions(docId) {
      const last = new Map<string, StoredRevision>();
      for (const r of revisionsOf(docId)) last.set(r.clauseId, r);
      return [...last.values()].sort((a, b) => a.id - b.id).map(copy);
    },
    async writeRevisions(docId, plans) {
      if (plans.length === 0) return [];
      o.rows(docId);
      const list = revisions.get(docId) ?? [];
      revisions.set(docId, list);
      return plans.map((p) => {
        if (p.kind === 'replace') {
          // Only the clause's newest revision, never its text at creation (HS2); otherwise appended.
          const i = list.findLastIndex((r) => r.clauseId === p.clauseId);
          if (i >= 0 && list[i]!.id === p.id && !list[i]!.first) {
            list[i] = plannedRevision(copy(p), p.id);
            return plannedRevision(p, p.id);
          }
        }
        const stored = plannedRevision(copy(p), nextId++);
        list.push(stored);
        return copy(stored);
      });
    },
    async clauseRevisions(docId, clauseId) {
      return revisionsOf(docId)
        .filter((r) => r.clauseId === clauseId)
        .map(copy);
    },
    async revisionByHash(docId, clauseId, hash) {
      const r = revisionsOf(docId).findLast((x) => x.clauseId === clauseId && x.hash === hash);
      return r ? copy(r) : undefined;
    },
    async createVersion(version, audit) {
      o.rows(version.docId);
      const list = versions.get(version.docId) ?? [];
      if (list.some((v) => v.id === version.id)) throw new Error(`version ${version.id} already exists`);
      const entry = o.appendAudit(version.docId, audit, version.at);
      list.push(copy(version));
      versions.set(version.docId, list);
      return entry;
    },
    async listVersions(docId) {
      return [...(versions.get(docId) ?? [])]
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(({ clauses, ...v }) => ({ ...copy(v), clauseCount: clauses.length }));
    },
    async getVersion(docId, versionId) {
      const v = versions.get(docId)?.find((x) => x.id === versionId);
      return v ? copy(v) : undefined;
    },
    async historyBytes(docId) {
      const rev = revisionsOf(docId).reduce(
        (n, r) =>
          n +
          bytes(r.text) +
          r.hash.length +
          bytes(JSON.stringify(r.by)) +
          r.clauseId.length +
          r.at.length +
          16,
        0,
      );
      const ver = (versions.get(docId) ?? []).reduce(
        (n, v) =>
          n +
          bytes(JSON.stringify(v.clauses)) +
          bytes(v.name) +
          bytes(JSON.stringify(v.by)) +
          v.at.length +
          v.id.length,
        0,
      );
      return { revisions: rev, versions: ver };
    },
  };
}
