import {
  type Actor,
  type ApprovalRecord,
  type ApprovalRequest,
  type AuditEntry,
  type ClauseFacts,
  canEdit,
  canManageParties,
  decideApproval,
  documentStatus,
  effectiveApproval,
  verifyChain,
} from '@accord/approvals';
import { applySuppressions, type Finding } from '@accord/linter';
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
import { AccordError } from '../errors';
import type { DocumentMeta, Storage } from '../storage/storage';
import type { DocumentHub } from '../sync/document-hub';
import type { LintCache } from './lint-cache';

export interface DocumentServiceDeps {
  storage: Storage;
  hub: DocumentHub;
  lint: LintCache;
  now: () => Date;
  newDocId: () => string;
  /** Called after approvals, parties or suppressions changed (push to live subscribers). */
  onStateChanged: (docId: string) => void;
}

export const actorOf = (c: TokenClaims): Actor => ({
  sub: c.sub,
  name: c.name,
  delegation: c.delegation,
  role: c.role,
});

const auditActor = (c: TokenClaims) => ({ sub: c.sub, name: c.name, delegation: c.delegation });

/** Documents, clauses, approvals and parties: the REST use-cases, wired to storage and live docs. */
export function createDocumentService(d: DocumentServiceDeps) {
  const iso = () => d.now().toISOString();

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
   * Approvals of clauses that no longer exist go to the audit log and out of the agreement
   * calculation; a clause that was only moved keeps its id and so its approvals.
   */
  async function retireDeletedClauses(docId: string, clauses: ClauseView[], approvals: ApprovalRecord[]) {
    const live = new Set(clauses.map((c) => c.id));
    const orphaned = [...new Set(approvals.filter((a) => !live.has(a.clauseId)).map((a) => a.clauseId))];
    for (const clauseId of orphaned) {
      const retired = approvals.filter((a) => a.clauseId === clauseId);
      await d.storage.commitChange(docId, {
        at: iso(),
        dropApprovalsOf: clauseId,
        audit: {
          kind: 'clause-deleted',
          actor: { sub: 'accord', name: 'Accord', delegation: 'ALL' },
          clauseId,
          data: { approvals: retired.map((a) => `${a.party}:${a.state}:${a.hash}`).join(',') },
        },
      });
    }
    return orphaned.length > 0 ? approvals.filter((a) => live.has(a.clauseId)) : approvals;
  }

  /** `clauses` lets a caller that already read the statement reuse it instead of reading it again. */
  async function state(docId: string, given?: ClauseView[]): Promise<DocStateEvent> {
    const m = await meta(docId);
    const clauses = given ?? (await readClauses(docId));
    const approvals = await retireDeletedClauses(docId, clauses, await d.storage.approvals(docId));
    const status = documentStatus({ parties: m.parties, clauses: facts(clauses), approvals });
    return {
      type: 'state',
      docId,
      parties: m.parties,
      status: status.status,
      summary: status.parties,
      blockers: status.blockers,
      clauses: clausesWithApprovals(m.parties, clauses, approvals),
      suppressions: await d.storage.suppressions(docId),
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

    async create(claims: TokenClaims, req: CreateDocumentRequest): Promise<DocumentMeta> {
      if (claims.role !== 'penholder')
        throw new AccordError('forbidden', 'only a penholder creates documents');
      const parties = req.parties.includes(claims.delegation)
        ? req.parties
        : [claims.delegation, ...req.parties];
      const id = d.newDocId();
      const doc = new Y.Doc();
      const view = createHeadlessStatement(doc);
      try {
        const texts = req.text ? textToClauses(req.text) : [];
        view.appendClauses(texts.length > 0 ? texts : ['']);
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
      return d.hub.with(docId, (live) => {
        if (!live.statement().setClauseText(clauseId, text)) {
          throw new AccordError('not_found', `no clause ${clauseId}`);
        }
        return live
          .statement()
          .read()
          .find((c) => c.id === clauseId)!;
      });
    },

    async approve(claims: TokenClaims, docId: string, clauseId: string, request: ApprovalRequest) {
      const m = await metaForParty(claims, docId);
      const clauses = await readClauses(docId);
      const clause = facts(clauses).find((c) => c.id === clauseId);
      const decision = decideApproval({
        actor: actorOf(claims),
        parties: m.parties,
        clause,
        request,
        at: iso(),
      });
      if (!decision.ok) {
        const code = decision.code === 'no_such_clause' ? 'not_found' : decision.code;
        throw new AccordError(code, decision.message);
      }
      const r = decision.record;
      await d.storage.commitChange(docId, {
        at: r.at,
        approval: r,
        audit: {
          kind: 'approval',
          actor: auditActor(claims),
          clauseId: r.clauseId,
          hash: r.hash,
          state: r.state,
          party: r.party,
          ...(r.note ? { note: r.note } : {}),
        },
      });
      d.onStateChanged(docId);
      return { clauseId, party: r.party, ...approvalView(r, r.hash) };
    },

    async changeParty(claims: TokenClaims, docId: string, party: string, add: boolean) {
      const m = await metaForParty(claims, docId);
      if (!canManageParties(actorOf(claims)))
        throw new AccordError('forbidden', 'only the penholder manages parties');
      const has = m.parties.includes(party);
      if (add === has) throw new AccordError('conflict', `${party} is ${has ? 'already' : 'not'} a party`);
      if (!add && party === claims.delegation)
        throw new AccordError('conflict', 'the penholder cannot remove itself');
      const parties = add ? [...m.parties, party] : m.parties.filter((p) => p !== party);
      await d.storage.commitChange(docId, {
        at: iso(),
        parties,
        audit: { kind: add ? 'party-added' : 'party-removed', actor: auditActor(claims), party },
      });
      d.onStateChanged(docId);
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
      await d.storage.commitChange(docId, {
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
      d.onStateChanged(docId);
      return suppression;
    },

    async audit(docId: string): Promise<{ entries: AuditEntry[]; verdict: ReturnType<typeof verifyChain> }> {
      const entries = await d.storage.audit(docId);
      return { entries, verdict: verifyChain(entries) };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
