import {
  type Actor,
  type ApprovalRecord,
  type ApprovalRequest,
  type AuditEntry,
  approvalAudit,
  type ClauseFacts,
  canCreateDocuments,
  canEdit,
  clauseDeletionAudit,
  decideApproval,
  decidePartyChange,
  documentStatus,
  effectiveApproval,
  splitByLiveClauses,
  type verifyChain,
} from '@accord/approvals';
import { applySuppressions, type Finding, withSuppressionId } from '@accord/linter';
import type {
  ClauseApprovalsView,
  CreateDocumentRequest,
  DocStateEvent,
  PartyApprovalView,
  SuppressionRequest,
  TokenClaims,
} from '@accord/protocol';
import { type ClauseView, createHeadlessStatement, textToClauses } from '@accord/statement';
import * as Y from 'yjs';
import { AccordError, refusal } from '../errors';
import type { DocumentMeta, Storage } from '../storage/storage';
import type { DocumentHub } from '../sync/document-hub';
import { createIntegrityCheck } from './integrity-check';
import type { LintCache } from './lint-cache';

export interface DocumentServiceDeps {
  storage: Storage;
  hub: DocumentHub;
  lint: LintCache;
  now: () => Date;
  newDocId: () => string;
  /** Verifies audit seals and head (AP19/AP20); derived from AUTH_SECRET by the server wiring. */
  auditKey?: Uint8Array;
  /** Adoption and silence (adoption-service.ts): the status shown, and the lock on edits. */
  lifecycle?: {
    overlay(
      docId: string,
      computed: 'drafting' | 'agreed',
    ): Promise<Pick<DocStateEvent, 'status' | 'silence'>>;
    assertWritable(docId: string): Promise<void>;
    /** Synchronous re-check at the moment of the edit (an adoption may have started meanwhile). */
    isLocked(docId: string): boolean;
    /** Decisions on an adopted text stand as adopted: changing one answers 409 `locked`. */
    assertDecidable(docId: string): Promise<void>;
  };
  /**
   * A document was stored: its texts at creation, by its creator, become the first revision of
   * each clause (history-recorder.ts). Resolves once that is stored; the write path, never a read.
   */
  onCreated?(
    docId: string,
    clauses: { id: string; text: string; hash: string }[],
    by: { delegation: string; name: string },
    at: string,
  ): Promise<void>;
}

/** Listens to "approvals, parties or suppressions of a document changed"; returns the unsubscribe function. */
type StateListener = (docId: string) => void;

export const actorOf = (c: TokenClaims): Actor => ({
  sub: c.sub,
  name: c.name,
  delegation: c.delegation,
  role: c.role,
});

const auditActor = (c: TokenClaims) => ({ sub: c.sub, name: c.name, delegation: c.delegation });

/** Who the audit log names for what Accord itself records (a deleted clause's approvals). */
const ACCORD = { sub: 'accord', name: 'Accord', delegation: 'ALL' };

/** Documents, clauses, approvals and parties: the REST use-cases, wired to storage and live docs. */
export function createDocumentService(d: DocumentServiceDeps) {
  const iso = () => d.now().toISOString();
  // Approvals are read from the verified audit chain, never from the rows alone (api.md "Integrity").
  const checkIntegrity = createIntegrityCheck(d.storage, d.auditKey);
  const stateListeners = new Set<StateListener>();
  const stateChanged = (docId: string) => {
    for (const listener of stateListeners) listener(docId);
  };

  /**
   * An audited change, acknowledged only once stored (#14): a refusal decided under the lock
   * passes through; storage refusing the write (full disk, lost database) answers `unavailable`.
   */
  async function commit(docId: string, change: Parameters<Storage['commitChange']>[1]) {
    try {
      return await d.storage.commitChange(docId, change);
    } catch (err) {
      if (err instanceof AccordError) throw err;
      throw new AccordError('unavailable', 'the change could not be stored; try again');
    }
  }

  async function meta(docId: string): Promise<DocumentMeta> {
    const m = await d.storage.getDocument(docId);
    if (!m) throw new AccordError('not_found', `no document ${docId}`);
    return m;
  }

  /** Everything of a document is for its parties only. */
  async function metaForParty(claims: TokenClaims, docId: string): Promise<DocumentMeta> {
    const m = await meta(docId);
    if (!m.parties.includes(claims.delegation)) {
      throw new AccordError('not_a_party', `${claims.delegation} is not a party to this document`);
    }
    return m;
  }

  const readClauses = (docId: string): Promise<ClauseView[]> =>
    d.hub.with(docId, (live) => live.statement().read());

  const facts = (clauses: ClauseView[]): ClauseFacts[] =>
    clauses.map((c) => ({ id: c.id, hash: c.hash, bracketed: c.brackets.length > 0 }));

  function approvalView(record: ApprovalRecord | undefined, hash: string): PartyApprovalView {
    const e = effectiveApproval(record, hash);
    return {
      state: e.state,
      stale: e.stale,
      ...(e.recordedState ? { recordedState: e.recordedState } : {}),
      ...(e.by ? { by: e.by } : {}),
      ...(e.at ? { at: e.at } : {}),
      ...(e.hash ? { hash: e.hash } : {}),
      ...(e.note ? { note: e.note } : {}),
    };
  }

  function clausesWithApprovals(
    parties: string[],
    clauses: ClauseView[],
    approvals: ApprovalRecord[],
  ): ClauseApprovalsView[] {
    const byKey = new Map(approvals.map((a) => [`${a.clauseId}\u0000${a.party}`, a]));
    return clauses.map((c) => ({
      id: c.id,
      index: c.index,
      text: c.text,
      hash: c.hash,
      bracketed: c.brackets.length > 0,
      approvals: Object.fromEntries(
        parties.map((p) => [p, approvalView(byKey.get(`${c.id}\u0000${p}`), c.hash)]),
      ),
    }));
  }

  /**
   * AP9, on the write path: approvals of clauses that no longer exist go to the audit log (state,
   * by, at, hash and note per party) and out of the document; a moved clause keeps its id and so its
   * approvals. Runs after a change of the live document is stored; returns the clauses retired.
   */
  async function retireDeletedClauses(docId: string): Promise<string[]> {
    const clauses = await readClauses(docId);
    const { orphaned } = splitByLiveClauses(
      await d.storage.approvals(docId),
      clauses.map((c) => c.id),
    );
    const clauseIds = [...new Set(orphaned.map((a) => a.clauseId))];
    for (const clauseId of clauseIds) {
      await commit(docId, {
        at: iso(),
        dropApprovalsOf: clauseId,
        audit: clauseDeletionAudit({ actor: ACCORD, clauseId, approvals: orphaned }),
      });
    }
    if (clauseIds.length > 0) stateChanged(docId);
    return clauseIds;
  }

  /**
   * Reads only (#14 "reads never write"): approvals of clauses not (or no longer) in the document
   * are left out; retiring them is the write path's job. `clauses` lets a caller that already read
   * the statement reuse it instead of reading it again.
   */
  async function state(docId: string, given?: ClauseView[]): Promise<DocStateEvent> {
    const m = await meta(docId);
    const checked = await checkIntegrity(docId);
    const clauses = given ?? (await readClauses(docId));
    const approvals = splitByLiveClauses(
      checked.approvals,
      clauses.map((c) => c.id),
    ).kept;
    const status = documentStatus({ parties: m.parties, clauses: facts(clauses), approvals });
    return {
      type: 'state',
      docId,
      parties: m.parties,
      ...(d.lifecycle ? await d.lifecycle.overlay(docId, status.status) : { status: status.status }),
      summary: status.parties,
      blockers: status.blockers,
      clauses: clausesWithApprovals(m.parties, clauses, approvals),
      suppressions: (await d.storage.suppressions(docId)).map(withSuppressionId),
      integrity: checked.integrity,
      auditHead: checked.head,
    };
  }

  async function lint(
    docId: string,
    clauses?: ClauseView[],
  ): Promise<{ active: Finding[]; suppressed: Finding[] }> {
    const m = await meta(docId);
    const cs = clauses ?? (await readClauses(docId));
    const findings = d.lint.lint(docId, m.parties, cs);
    const sups = await d.storage.suppressions(docId);
    return applySuppressions(findings, sups, new Map(cs.map((c) => [c.id, c.hash])));
  }

  return {
    meta,
    metaForParty,
    readClauses,
    state,
    lint,
    retireDeletedClauses,

    /** Approvals, parties or suppressions of a document changed (push to live subscribers, fan out). */
    onStateChanged(listener: StateListener): () => void {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },

    async create(claims: TokenClaims, req: CreateDocumentRequest): Promise<DocumentMeta> {
      if (!canCreateDocuments(actorOf(claims)))
        throw new AccordError('forbidden', 'only a penholder creates documents');
      const parties = req.parties.includes(claims.delegation)
        ? req.parties
        : [claims.delegation, ...req.parties];
      const id = d.newDocId();
      const doc = new Y.Doc();
      const view = createHeadlessStatement(doc);
      let initial: { id: string; text: string; hash: string }[];
      try {
        const texts = req.text ? textToClauses(req.text) : [];
        view.appendClauses(texts.length > 0 ? texts : ['']);
        initial = view.read().map(({ id, text, hash }) => ({ id, text, hash }));
      } finally {
        view.destroy();
      }
      const m: DocumentMeta = {
        id,
        title: req.title,
        parties,
        tlp: req.tlp ?? 'CLEAR',
        place: req.place ?? '',
        createdAt: iso(),
        createdBy: claims.name,
      };
      await d.storage.createDocument(m, Y.encodeStateAsUpdate(doc), {
        kind: 'document-created',
        actor: auditActor(claims),
        data: { title: m.title, parties: parties.join(',') },
      });
      doc.destroy();
      await d.onCreated?.(id, initial, { delegation: claims.delegation, name: claims.name }, m.createdAt);
      return m;
    },

    async list(claims: TokenClaims): Promise<DocumentMeta[]> {
      return (await d.storage.listDocuments()).filter((m) => m.parties.includes(claims.delegation));
    },

    async clauses(docId: string): Promise<ClauseApprovalsView[]> {
      return (await state(docId)).clauses;
    },

    async patchClause(claims: TokenClaims, docId: string, clauseId: string, text: string) {
      await metaForParty(claims, docId);
      if (!canEdit(actorOf(claims))) throw new AccordError('forbidden', 'observers cannot edit');
      await d.lifecycle?.assertWritable(docId);
      return d.hub.with(docId, (live) => {
        if (d.lifecycle?.isLocked(docId)) {
          throw new AccordError(
            'locked',
            'the text is adopted or under silence procedure and cannot be edited',
          );
        }
        // Attributed to the caller in the clause's history (#15).
        if (!live.editAs(claims, () => live.statement().setClauseText(clauseId, text))) {
          throw new AccordError('not_found', `no clause ${clauseId}`);
        }
        return live
          .statement()
          .read()
          .find((c) => c.id === clauseId)!;
      });
    },

    async approve(claims: TokenClaims, docId: string, clauseId: string, request: ApprovalRequest) {
      await metaForParty(claims, docId);
      await d.lifecycle?.assertDecidable(docId);
      const clauses = await readClauses(docId);
      const clause = facts(clauses).find((c) => c.id === clauseId);
      let r: ApprovalRecord | undefined;
      // Decided on the parties as stored, under the document's lock: a party removed meanwhile
      // cannot slip an approval in after its removal.
      await commit(docId, (stored) => {
        const decision = decideApproval({
          actor: actorOf(claims),
          parties: stored.parties,
          clause,
          request,
          at: iso(),
        });
        if (!decision.ok) throw refusal(decision);
        r = decision.record;
        return { at: r.at, approval: r, audit: approvalAudit(r) };
      });
      if (!r) throw new AccordError('internal', 'the approval was not decided');
      stateChanged(docId);
      return { clauseId, party: r.party, ...approvalView(r, r.hash) };
    },

    /**
     * AP10, decided on the parties as stored under the document's lock: concurrent changes each see
     * the one before (#14 "party changes under one lock").
     */
    /** `holders` (the creator and the penholder delegations, from membership) lets MB10 decide too. */
    async changeParty(
      claims: TokenClaims,
      docId: string,
      party: string,
      add: boolean,
      holders?: { creator: string | undefined; penholders: readonly string[] },
    ) {
      const m = await metaForParty(claims, docId);
      let parties = m.parties;
      await commit(docId, (stored) => {
        const decision = decidePartyChange({
          actor: actorOf(claims),
          parties: stored.parties,
          change: add ? 'add' : 'remove',
          party,
          ...(holders ? { holders } : {}),
        });
        if (!decision.ok) throw refusal(decision);
        parties = decision.parties;
        return { at: iso(), parties: decision.parties, audit: decision.audit };
      });
      stateChanged(docId);
      return { ...m, parties };
    },

    async suppress(claims: TokenClaims, docId: string, req: SuppressionRequest) {
      await metaForParty(claims, docId);
      if (!canEdit(actorOf(claims))) throw new AccordError('forbidden', 'observers cannot suppress findings');
      const clause = (await readClauses(docId)).find((c) => c.id === req.clauseId);
      if (!clause) throw new AccordError('not_found', `no clause ${req.clauseId}`);
      if (clause.hash !== req.hash)
        throw new AccordError('stale_hash', 'the clause changed since you saw it');
      const suppression = {
        ruleId: req.ruleId,
        clauseId: req.clauseId,
        clauseHash: req.hash,
        start: req.start,
        end: req.end,
        policy: req.policy,
        reason: req.reason,
        by: `${claims.name} (${claims.delegation})`,
        at: iso(),
      };
      await commit(docId, {
        at: suppression.at,
        suppression,
        audit: {
          kind: 'suppression',
          actor: auditActor(claims),
          clauseId: req.clauseId,
          hash: req.hash,
          note: req.reason,
          data: { ruleId: req.ruleId, policy: req.policy, start: req.start, end: req.end },
        },
      });
      stateChanged(docId);
      return withSuppressionId(suppression);
    },

    /**
     * Un-suppress (#19): the finding stands again. Drafters of a party only; the adapter removes the
     * row and writes the `suppression-removed` entry in one transaction (not_found if it went meanwhile).
     */
    async unsuppress(claims: TokenClaims, docId: string, suppressionId: string, reason?: string) {
      await metaForParty(claims, docId);
      if (!canEdit(actorOf(claims)))
        throw new AccordError('forbidden', 'observers cannot un-suppress findings');
      const found = (await d.storage.suppressions(docId))
        .map(withSuppressionId)
        .find((s) => s.id === suppressionId);
      if (!found) throw new AccordError('not_found', `no suppression ${suppressionId}`);
      await commit(docId, {
        at: iso(),
        removeSuppression: suppressionId,
        audit: {
          kind: 'suppression-removed',
          actor: auditActor(claims),
          clauseId: found.clauseId,
          hash: found.clauseHash,
          ...(reason ? { note: reason } : {}),
          data: {
            suppressionId,
            ruleId: found.ruleId,
            policy: found.policy,
            start: found.start,
            end: found.end,
          },
        },
      });
      stateChanged(docId);
      return found;
    },

    async audit(docId: string): Promise<{ entries: AuditEntry[]; verdict: ReturnType<typeof verifyChain> }> {
      const { entries, verdict } = await checkIntegrity(docId);
      return { entries, verdict };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
