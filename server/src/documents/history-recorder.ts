import {
  type Author,
  type ClauseSnapshot,
  DEFAULT_BURST_MS,
  planRevisions,
  type StoredRevision,
} from '@accord/history';
import { createHeadlessStatement } from '@accord/statement';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { Storage } from '../storage/storage';

export interface HistoryRecorderDeps {
  storage: Storage;
  log: Logger;
  now: () => Date;
  /** Consecutive edits by the same people closer than this form one history entry (HI4). */
  burstMs?: number;
  /** Documents whose newest revisions are kept in memory (least recently used dropped; default 500). */
  maxCachedDocuments?: number;
}

interface DocState {
  /** Newest stored revision per clause; read from storage on first use. */
  last: Map<string, StoredRevision> | null;
  queue: Promise<void>;
  /**
   * A document stored before creation wrote its first revisions, loaded with no history yet: its
   * state as loaded, written as the texts at creation with its first stored edit (reads never write).
   */
  unrecorded: { state: Uint8Array; at: string } | null;
}

/**
 * Keeps clause revisions as rows of their own (HI4, HI5): after each stored batch of a live
 * document, the clause texts it produced are compared with the newest revision of each clause and
 * the changed ones stored with the batch's authors. The texts are read when the batch is applied,
 * the storage work is queued per document, so the sync path never waits for it. Compaction of the
 * Yjs log never touches these rows.
 */
export function createHistoryRecorder(d: HistoryRecorderDeps) {
  const burstMs = d.burstMs ?? DEFAULT_BURST_MS;
  const maxCached = d.maxCachedDocuments ?? 500;
  const docs = new Map<string, DocState>();

  const stateOf = (docId: string): DocState => {
    let s = docs.get(docId);
    if (s) {
      // Most recently used last: the oldest caches are the ones dropped below.
      docs.delete(docId);
      docs.set(docId, s);
      return s;
    }
    s = { last: null, queue: Promise.resolve(), unrecorded: null };
    docs.set(docId, s);
    let excess = docs.size - maxCached;
    for (const [id, old] of docs) {
      if (excess-- <= 0 || id === docId) break;
      // An idle document's cache is only a copy of storage: drop it (it is read again on next use).
      const queued = old.queue;
      void queued.then(() => {
        // Still idle (nothing queued since): nobody waits on it.
        // One holding an unrecorded baseline stays until its first edit or its unload.
        if (docs.get(id) === old && old.queue === queued && !old.unrecorded) docs.delete(id);
      });
    }
    return s;
  };

  const enqueue = (docId: string, job: (s: DocState) => Promise<void>): Promise<void> => {
    const s = stateOf(docId);
    s.queue = s.queue
      .then(() => job(s))
      .catch((err) => {
        // The revision cache may now disagree with storage: read it again next time.
        s.last = null;
        d.log.error({ err, doc: docId }, 'recording clause history failed');
      });
    return s.queue;
  };

  /** The texts at creation of a document stored before creation recorded them, by its creator. */
  async function recordBaseline(docId: string, s: DocState, state: Uint8Array, at: string) {
    const texts = textsOf(state);
    const created = (await d.storage.audit(docId)).find((e) => e.kind === 'document-created');
    const meta = await d.storage.getDocument(docId);
    const by = created ? [{ delegation: created.actor.delegation, name: created.actor.name }] : [];
    await record(docId, s, texts, by, meta?.createdAt ?? at, true);
  }

  const lastOf = async (docId: string, s: DocState) => {
    s.last ??= new Map((await d.storage.lastRevisions(docId)).map((r) => [r.clauseId, r]));
    return s.last;
  };

  async function record(
    docId: string,
    s: DocState,
    clauses: ClauseSnapshot[],
    authors: Author[],
    at: string,
    baseline = false,
  ) {
    const last = await lastOf(docId, s);
    const input = { last, clauses, authors, at, burstMs, baseline, pinned: () => false };
    let plans = planRevisions(input);
    if (plans.some((p) => p.kind === 'replace')) {
      // A text somebody decided on must stay findable by its hash (approval:<CODE> diffs).
      const decided = new Set((await d.storage.approvals(docId)).map((a) => `${a.clauseId}\u0000${a.hash}`));
      plans = planRevisions({
        ...input,
        pinned: (clauseId, hash) => decided.has(`${clauseId}\u0000${hash}`),
      });
    }
    if (plans.length === 0) return;
    for (const r of await d.storage.writeRevisions(docId, plans)) last.set(r.clauseId, r);
  }

  /** The clause texts of a copied document state. */
  const textsOf = (state: Uint8Array): ClauseSnapshot[] => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const view = createHeadlessStatement(doc, {
      onError: (err) => d.log.error({ err }, 'history: reading a state'),
    });
    try {
      return snapshot(view.read());
    } finally {
      view.destroy();
      doc.destroy();
    }
  };

  const snapshot = (clauses: readonly ClauseSnapshot[]): ClauseSnapshot[] =>
    clauses.map((c) => ({ id: c.id, text: c.text, hash: c.hash }));

  return {
    /**
     * A document was created: its texts at creation, by its creator, are its first revisions.
     * Resolves once they are stored (a failure is logged; the first edit then records none).
     */
    created(
      docId: string,
      clauses: readonly ClauseSnapshot[],
      by: { delegation: string; name: string },
      at: string,
    ): Promise<void> {
      const texts = snapshot(clauses);
      return enqueue(docId, (s) =>
        record(docId, s, texts, [{ delegation: by.delegation, name: by.name }], at, true),
      );
    },

    /**
     * A document was loaded. Loading writes nothing (reads never write, #14): one stored without
     * history (before creation recorded it) keeps a copy of its state as loaded, before anyone can
     * edit it, and its first stored edit writes that copy as the texts at creation.
     */
    loaded(docId: string, doc: Y.Doc): void {
      const state = Y.encodeStateAsUpdate(doc);
      const at = d.now().toISOString();
      enqueue(docId, async (s) => {
        s.last = null; // another instance may have written since this one last held the document
        const last = await lastOf(docId, s);
        s.unrecorded = last.size > 0 ? null : { state, at };
      });
    },

    /** A batch by these people was stored and applied; `clauses` are the texts it left. */
    stored(docId: string, authors: readonly Author[], clauses: readonly ClauseSnapshot[]): void {
      const texts = snapshot(clauses);
      const by = authors.map((a) => ({ delegation: a.delegation, name: a.name }));
      const at = d.now().toISOString();
      enqueue(docId, async (s) => {
        const baseline = s.unrecorded;
        if (baseline) {
          s.unrecorded = null;
          // Still none stored (another instance may have edited first): the texts at creation.
          s.last = null;
          if ((await lastOf(docId, s)).size === 0)
            await recordBaseline(docId, s, baseline.state, baseline.at);
        }
        await record(docId, s, texts, by, at);
      });
    },

    /** Resolves once everything recorded so far for the document is stored. */
    async settled(docId: string): Promise<void> {
      for (;;) {
        const s = docs.get(docId);
        if (!s) return;
        const q = s.queue;
        await q;
        if (docs.get(docId)?.queue === q) return;
      }
    },

    /** The document was unloaded: forget its cache once its queue is done (another instance may write). */
    unloaded(docId: string): void {
      const s = docs.get(docId);
      if (!s) return;
      const q = s.queue;
      void q.then(() => {
        if (docs.get(docId)?.queue === q) docs.delete(docId);
      });
    },

    /** Everything queued for every document (shutdown). */
    async settleAll(): Promise<void> {
      await Promise.all([...docs.keys()].map((id) => this.settled(id)));
    },
  };
}

export type HistoryRecorder = ReturnType<typeof createHistoryRecorder>;
