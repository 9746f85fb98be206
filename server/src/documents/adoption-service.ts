import {
  type Actor,
  approvalAudit,
  concludeSilence,
  decideAdopt,
  decideBreakSilence,
  decideReopen,
  decideSilence,
  isFrozen,
  type LifecycleActor,
  type LifecycleDecision,
  lifecycleStatus,
  SILENCE_ACTOR,
  silenceApprovals,
  silenceDue,
} from '@accord/approvals';
import { textFingerprint } from '@accord/communique';
import type {
  DocPatchRequest,
  DocStateEvent,
  LifecycleView,
  SilenceView,
  TokenClaims,
} from '@accord/protocol';
import type { Logger } from 'pino';
import { AccordError } from '../errors';
import type { StoredLifecycle } from '../storage/lifecycle';
import type { Storage } from '../storage/storage';
import type { DocumentHub } from '../sync/document-hub';
import type { DocumentService } from './document-service';

const actorOf = (c: TokenClaims): Actor => ({
  sub: c.sub,
  name: c.name,
  delegation: c.delegation,
  role: c.role,
});
const auditActor = (a: LifecycleActor | TokenClaims) => ({
  sub: a.sub,
  name: a.name,
  delegation: a.delegation,
});

function refused(d: Extract<LifecycleDecision, { ok: false }>): AccordError {
  return new AccordError(d.code, d.message);
}

export function silenceView(l: StoredLifecycle): SilenceView | null {
  return l.phase === 'silence' && l.silence
    ? { deadline: l.silence.deadline, by: { delegation: l.silence.by.delegation, name: l.silence.by.name } }
    : null;
}

/**
 * What the sync path and the REST edits consult before they store a document update: a cache of
 * the frozen (adopted or silenced) documents, refreshed from storage on every lifecycle read, on
 * other instances' state changes and by the silence sweeper; plus local holds while an adoption
 * is being decided (so no update slips in between "it is agreed" and "it is adopted").
 */
export function createLifecycleGate(storage: Storage) {
  const frozen = new Map<string, StoredLifecycle>();
  const holds = new Map<string, number>();
  const remember = (docId: string, l: StoredLifecycle) => {
    if (isFrozen(l) || l.concluding) frozen.set(docId, l);
    else frozen.delete(docId);
  };
  const gate = {
    /** Synchronous, for the WebSocket path: drop this document's updates? */
    isLocked(docId: string): boolean {
      return (holds.get(docId) ?? 0) > 0 || isFrozen(frozen.get(docId) ?? { phase: 'open', version: 0 });
    },
    /** The stored lifecycle (authoritative across instances); refreshes the cache. */
    async read(docId: string): Promise<StoredLifecycle> {
      const l = await storage.lifecycle(docId);
      remember(docId, l);
      return l;
    },
    remember,
    async refreshAll(): Promise<void> {
      gate.replace(await storage.frozenLifecycles());
    },
    /** The frozen set as storage lists it now: documents reopened elsewhere drop out of the cache. */
    replace(list: { docId: string; lifecycle: StoredLifecycle }[]): void {
      frozen.clear();
      for (const { docId, lifecycle } of list) remember(docId, lifecycle);
    },
    hold(docId: string): void {
      holds.set(docId, (holds.get(docId) ?? 0) + 1);
    },
    release(docId: string): void {
      const n = (holds.get(docId) ?? 1) - 1;
      if (n <= 0) holds.delete(docId);
      else holds.set(docId, n);
    },
    /** The status and silence a document shows (api.md): `adopted` overrides what approvals say. */
    async overlay(
      docId: string,
      computed: 'drafting' | 'agreed',
    ): Promise<Pick<DocStateEvent, 'status' | 'silence'>> {
      const l = await gate.read(docId);
      return { status: lifecycleStatus(computed, l), silence: silenceView(l) };
    },
    /** One line for the record's annex: how (and when) the text was adopted; undefined if it is not. */
    async adoptionNote(docId: string): Promise<string | undefined> {
      const l = await gate.read(docId);
      if (l.phase !== 'adopted') return undefined;
      const utc = (iso?: string) =>
        iso ? `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
      if (l.underSilence) {
        return `Adopted under silence procedure: nobody broke silence by its deadline, ${utc(l.underSilence.deadline)} (called by ${l.underSilence.by.delegation}).`;
      }
      return `Adopted by the penholder (${l.adoptedBy?.delegation ?? '?'}) on ${utc(l.adoptedAt)}.`;
    },
    /** Decisions on an adopted text are part of the record: reopen it to change one. */
    async assertDecidable(docId: string): Promise<void> {
      if ((await gate.read(docId)).phase === 'adopted') {
        throw new AccordError(
          'locked',
          'the text is adopted; the penholder reopens it before a decision can change',
        );
      }
    },
    /** REST edits of a frozen text answer 409 `locked`. */
    async assertWritable(docId: string): Promise<void> {
      if (gate.isLocked(docId) || isFrozen(await gate.read(docId))) {
        throw new AccordError(
          'locked',
          'the text is adopted or under silence procedure and cannot be edited',
        );
      }
    },
  };
  return gate;
}

export type LifecycleGate = ReturnType<typeof createLifecycleGate>;

export interface AdoptionServiceDeps {
  storage: Storage;
  docs: DocumentService;
  hub: DocumentHub;
  gate: LifecycleGate;
  now: () => Date;
  /** The document's status changed: push it to subscribers here and on other instances. */
  changed: (docId: string) => void;
  log: Logger;
  /** How long a claimed silence conclusion may stay unfinished before another instance finishes it. */
  leaseMs?: number;
}

/** Adoption, reopening and the silence procedure: the REST use-cases and the deadline sweep. */
export function createAdoptionService(d: AdoptionServiceDeps) {
  const iso = () => d.now().toISOString();
  const leaseMs = d.leaseMs ?? 60_000;

  async function view(docId: string): Promise<LifecycleView> {
    const s = await d.docs.state(docId);
    const l = await d.gate.read(docId);
    return { id: docId, status: s.status, locked: isFrozen(l), silence: silenceView(l) };
  }

  /** Stores the decided lifecycle with its audit entry; a lost race is a 409, a failed audit undoes it. */
  async function commit(
    docId: string,
    from: StoredLifecycle,
    next: StoredLifecycle,
    audit: Parameters<Storage['commitChange']>[1],
  ) {
    if (!(await d.storage.swapLifecycle(docId, from.version, next))) {
      throw new AccordError('conflict', 'the document changed meanwhile; try again');
    }
    d.gate.remember(docId, next);
    try {
      await d.storage.commitChange(docId, audit);
    } catch (err) {
      // Acknowledge nothing that is not stored: put the lifecycle back as it was.
      const back = { ...from, version: next.version + 1 };
      if (await d.storage.swapLifecycle(docId, next.version, back).catch(() => false))
        d.gate.remember(docId, back);
      throw new AccordError('unavailable', `the change could not be stored: ${(err as Error).message}`);
    }
    d.changed(docId);
  }

  /** Freezes first, then looks: every update received before the hold is stored when the state is read. */
  async function underHold<T>(docId: string, fn: () => Promise<T>): Promise<T> {
    d.gate.hold(docId);
    try {
      await d.hub.with(docId, () => undefined);
      return await fn();
    } finally {
      d.gate.release(docId);
    }
  }

  const computed = (s: DocStateEvent): 'drafting' | 'agreed' =>
    s.status === 'agreed' ? 'agreed' : 'drafting';

  return {
    view,

    async adopt(claims: TokenClaims, docId: string): Promise<LifecycleView> {
      await d.docs.metaForParty(claims, docId);
      if (claims.role !== 'penholder')
        throw new AccordError('forbidden', 'only the penholder adopts the text');
      await underHold(docId, async () => {
        const l = await d.gate.read(docId);
        const s = await d.docs.state(docId);
        const at = iso();
        const decision = decideAdopt({ actor: actorOf(claims), lifecycle: l, status: computed(s), at });
        if (!decision.ok) throw refused(decision);
        await commit(docId, l, decision.next, {
          at,
          audit: {
            kind: 'adopted',
            actor: auditActor(claims),
            data: { fingerprint: textFingerprint(s.clauses), clauses: s.clauses.length },
          },
        });
      });
      return view(docId);
    },

    async reopen(claims: TokenClaims, docId: string, reason: string): Promise<LifecycleView> {
      await d.docs.metaForParty(claims, docId);
      const l = await d.gate.read(docId);
      const decision = decideReopen({ actor: actorOf(claims), lifecycle: l, reason });
      if (!decision.ok) throw refused(decision);
      await commit(docId, l, decision.next, {
        at: iso(),
        audit: { kind: 'reopened', actor: auditActor(claims), note: reason.trim() },
      });
      return view(docId);
    },

    async silence(claims: TokenClaims, docId: string, deadline: string): Promise<LifecycleView> {
      await d.docs.metaForParty(claims, docId);
      if (claims.role !== 'penholder')
        throw new AccordError('forbidden', 'only the penholder starts a silence procedure');
      await underHold(docId, async () => {
        const l = await d.gate.read(docId);
        const s = await d.docs.state(docId);
        const decision = decideSilence({
          actor: actorOf(claims),
          lifecycle: l,
          deadline,
          now: d.now(),
          objections: s.blockers.filter((b) => b.reason === 'objection').length,
          brackets: s.blockers.filter((b) => b.reason === 'bracket').length,
        });
        if (!decision.ok) throw refused(decision);
        await commit(docId, l, decision.next, {
          at: iso(),
          audit: {
            kind: 'silence-started',
            actor: auditActor(claims),
            data: { deadline: decision.next.silence?.deadline ?? deadline },
          },
        });
      });
      return view(docId);
    },

    async breakSilence(claims: TokenClaims, docId: string, note: string): Promise<LifecycleView> {
      const m = await d.docs.metaForParty(claims, docId);
      const l = await d.gate.read(docId);
      const decision = decideBreakSilence({
        actor: actorOf(claims),
        parties: m.parties,
        lifecycle: l,
        note,
        now: d.now(),
      });
      if (!decision.ok) throw refused(decision);
      await commit(docId, l, decision.next, {
        at: iso(),
        audit: {
          kind: 'silence-broken',
          actor: auditActor(claims),
          note: note.trim(),
          data: { deadline: l.silence?.deadline ?? '' },
        },
      });
      return view(docId);
    },

    /** PATCH /api/docs/:id: the penholder changes title, TLP or place (audited); not while frozen. */
    async updateSettings(claims: TokenClaims, docId: string, patch: DocPatchRequest) {
      await d.docs.metaForParty(claims, docId);
      if (claims.role !== 'penholder')
        throw new AccordError('forbidden', 'only the penholder edits the document settings');
      await d.gate.assertWritable(docId);
      const data: Record<string, string> = {};
      if (patch.title !== undefined) data.title = patch.title;
      if (patch.tlp !== undefined) data.tlp = patch.tlp;
      if (patch.place !== undefined) data.place = patch.place;
      await d.storage.updateDocumentMeta(
        docId,
        patch,
        { kind: 'document-updated', actor: auditActor(claims), data },
        iso(),
      );
      d.changed(docId);
      const m = await d.docs.meta(docId);
      return { id: m.id, title: m.title, parties: m.parties, tlp: m.tlp, place: m.place };
    },

    /**
     * Concludes every silence procedure whose deadline has passed (SL3/SL4) and refreshes the lock
     * cache. Safe to run on every instance at once: each conclusion is claimed by compare-and-set,
     * so exactly one instance records it. Returns the documents this call adopted.
     */
    async sweep(): Promise<string[]> {
      const list = await d.storage.frozenLifecycles();
      d.gate.replace(list);
      const done: string[] = [];
      const now = d.now();
      for (const { docId, lifecycle } of list) {
        const stale =
          lifecycle.concluding !== undefined && now.getTime() - Date.parse(lifecycle.concluding) >= leaseMs;
        if (!silenceDue(lifecycle, now) && !stale) continue;
        try {
          if (await conclude(docId, lifecycle)) done.push(docId);
        } catch (err) {
          d.log.error({ err, doc: docId }, 'concluding the silence procedure failed');
        }
      }
      return done;
    },
  };

  /** Claims the conclusion (compare-and-set), records the approvals, then clears the claim. */
  async function conclude(docId: string, l: StoredLifecycle): Promise<boolean> {
    const at = iso();
    let claimed: StoredLifecycle;
    if (l.phase === 'silence') {
      const s = await d.docs.state(docId);
      const objections = s.blockers.filter((b) => b.reason === 'objection').length;
      const decision = concludeSilence(l, at, objections);
      if (!decision.ok) return false;
      if (decision.next.phase === 'open') {
        // An objection stands at the deadline: silence counts as broken (SL5).
        if (!(await d.storage.swapLifecycle(docId, l.version, decision.next))) return false;
        d.gate.remember(docId, decision.next);
        await d.storage.commitChange(docId, {
          at,
          audit: {
            kind: 'silence-broken',
            actor: SILENCE_ACTOR,
            note: 'an objection stood at the deadline',
            data: { deadline: l.silence?.deadline ?? '' },
          },
        });
        d.changed(docId);
        return false;
      }
      claimed = { ...decision.next, concluding: at };
    } else {
      // A claim whose instance did not finish within the lease: take it over.
      claimed = { ...l, version: l.version + 1, concluding: at };
    }
    if (!(await d.storage.swapLifecycle(docId, l.version, claimed))) return false;
    d.gate.remember(docId, claimed);

    const m = await d.docs.meta(docId);
    const clauses = await d.docs.readClauses(docId);
    const records = silenceApprovals({
      parties: m.parties,
      clauses: clauses.map((c) => ({ id: c.id, hash: c.hash, bracketed: c.brackets.length > 0 })),
      approvals: await d.storage.approvals(docId),
      at,
    });
    for (const r of records)
      await d.storage.commitChange(docId, { at, approval: r, audit: approvalAudit(r) });
    await d.storage.commitChange(docId, {
      at,
      audit: {
        kind: 'silence-concluded',
        actor: SILENCE_ACTOR,
        data: {
          deadline: claimed.underSilence?.deadline ?? '',
          recorded: records.length,
          fingerprint: textFingerprint(clauses),
        },
      },
    });
    const { concluding: _done, ...adopted } = claimed;
    const finished: StoredLifecycle = { ...adopted, version: claimed.version + 1 };
    if (await d.storage.swapLifecycle(docId, claimed.version, finished)) d.gate.remember(docId, finished);
    d.changed(docId);
    return true;
  }
}

export type AdoptionService = ReturnType<typeof createAdoptionService>;

/** Runs the sweep on an interval (production); tests call `sweep()` with an injected clock instead. */
export function startSilenceScheduler(o: {
  sweep: () => Promise<unknown>;
  intervalMs: number;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  onError: (err: Error) => void;
}) {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = o
      .sweep()
      .catch((err) => o.onError(err as Error))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const handle = o.setInterval(tick, o.intervalMs);
  return {
    async stop(): Promise<void> {
      o.clearInterval(handle);
      await running;
    },
  };
}
