import type { AuditEntry, AuditInput } from '@accord/approvals';
import type { NegotiationStorage, StoredAmendment, StoredComment } from '../negotiation';

const copy = <T>(value: T): T => structuredClone(value);

/**
 * The memory half of NegotiationStorage: each method completes without yielding, so it is atomic;
 * a decision is made, then its audit entries are appended, and only then are the rows replaced,
 * so a refusal or a failed audit leaves nothing behind.
 */
export function memoryNegotiation(o: {
  rows: (docId: string) => unknown;
  appendAudit: (docId: string, input: AuditInput, at: string) => AuditEntry;
}): NegotiationStorage {
  const comments = new Map<string, StoredComment[]>();
  const amendments = new Map<string, StoredAmendment[]>();
  const listOf = <T>(m: Map<string, T[]>, docId: string): T[] => {
    const l = m.get(docId) ?? [];
    m.set(docId, l);
    return l;
  };

  return {
    async addComment(docId, c) {
      o.rows(docId);
      const list = listOf(comments, docId);
      if (list.some((x) => x.id === c.id)) throw new Error(`comment ${c.id} already exists`);
      list.push(copy(c));
    },
    async comments(docId) {
      return copy(comments.get(docId) ?? []);
    },
    async getComment(docId, commentId) {
      const c = comments.get(docId)?.find((x) => x.id === commentId);
      return c ? copy(c) : undefined;
    },
    async changeComment(docId, commentId, decide, at) {
      o.rows(docId);
      const list = listOf(comments, docId);
      const i = list.findIndex((x) => x.id === commentId);
      const step = decide(i >= 0 ? copy(list[i]!) : undefined);
      if (i < 0) throw new Error(`unknown comment ${commentId}`);
      const entry = o.appendAudit(docId, step.audit, at);
      list[i] = copy(step.row);
      return { comment: copy(step.row), entry };
    },
    async addAmendment(docId, a, audit, at) {
      o.rows(docId);
      const list = listOf(amendments, docId);
      if (list.some((x) => x.id === a.id)) throw new Error(`amendment ${a.id} already exists`);
      const entry = o.appendAudit(docId, audit, at);
      list.push(copy(a));
      return entry;
    },
    async amendments(docId) {
      return copy(amendments.get(docId) ?? []);
    },
    async getAmendment(docId, amendmentId) {
      const a = amendments.get(docId)?.find((x) => x.id === amendmentId);
      return a ? copy(a) : undefined;
    },
    async changeAmendments(docId, select, decide, at) {
      o.rows(docId);
      const list = listOf(amendments, docId);
      const current =
        select === 'open'
          ? list.filter((a) => a.status === 'open')
          : list.filter((a) => select.ids.includes(a.id));
      const steps = decide(copy(current));
      for (const s of steps) {
        if (!list.some((a) => a.id === s.row.id)) throw new Error(`unknown amendment ${s.row.id}`);
      }
      return steps.map((s) => {
        const entry = o.appendAudit(docId, s.audit, at);
        const i = list.findIndex((a) => a.id === s.row.id);
        list[i] = copy(s.row);
        return { amendment: copy(s.row), entry };
      });
    },
  };
}
