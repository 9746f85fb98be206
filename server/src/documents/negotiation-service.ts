import { wordDiff } from '@accord/history';
import {
  type Amendment,
  type AmendmentAction,
  type Comment,
  competing,
  compilationLine,
  decideComment,
  decideProposal,
  decideResolve,
  decideTransition,
  type NegotiationActor,
  type Refusal,
  revokeAcceptance,
  supersede,
} from '@accord/negotiation';
import type {
  AmendmentView,
  CommentView,
  CreateAmendmentRequest,
  CreateCommentRequest,
  TokenClaims,
} from '@accord/protocol';
import type { ClauseView } from '@accord/statement';
import { AccordError } from '../errors';
import type { Storage } from '../storage/storage';
import type { DocumentHub } from '../sync/document-hub';
import type { DocumentService } from './document-service';
import type { NegotiationEvents } from './negotiation-events';

export interface NegotiationServiceDeps {
  storage: Storage;
  docs: DocumentService;
  hub: DocumentHub;
  events: NegotiationEvents;
  now: () => Date;
  newId: () => string;
  /** Adoption and silence (#17): no amendment is proposed or accepted while the text is frozen. */
  lifecycle?: { assertWritable(docId: string): Promise<void> };
}

const actorOf = (c: TokenClaims): NegotiationActor => ({
  sub: c.sub,
  name: c.name,
  delegation: c.delegation,
  role: c.role,
});

const refused = (r: Refusal) => new AccordError(r.code, r.message);

/** A comment as the API shows it (the author's sub stays in storage). */
export function commentView(c: Comment): CommentView {
  const { sub: _sub, ...view } = c;
  return view;
}

/** An amendment as the API shows it: with its redline from the base text and its compilation line. */
export function amendmentView(a: Amendment): AmendmentView {
  const { sub: _sub, ...rest } = a;
  return {
    ...rest,
    ops: wordDiff(a.baseText, a.text).map(({ op, text }) => ({ op, text })),
    line: compilationLine(a.by.delegation, a.baseText, a.text),
  };
}

/** A write storage refused is a 503 (api.md "Integrity"); a refusal decided under the lock stays what it is. */
async function stored<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof AccordError) throw err;
    throw new AccordError('unavailable', 'the change could not be stored; try again');
  }
}

/** Comments and amendments: the REST use-cases of #16, decided by @accord/negotiation. */
export function createNegotiationService(d: NegotiationServiceDeps) {
  const iso = () => d.now().toISOString();

  async function clause(docId: string, clauseId: string): Promise<ClauseView | undefined> {
    return (await d.docs.readClauses(docId)).find((c) => c.id === clauseId);
  }

  const publishAmendment = (docId: string, a: Amendment) =>
    d.events.publish(docId, { name: 'amendment', data: amendmentView(a) });

  /** NG14 on the write path: open amendments whose clause changed under them become superseded. */
  async function supersedeStale(docId: string): Promise<number> {
    const open = (await d.storage.amendments(docId)).filter((a) => a.status === 'open');
    if (open.length === 0) return 0;
    const clauses = await d.docs.readClauses(docId);
    const at = iso();
    if (supersede(open, clauses, at).length === 0) return 0;
    const changed = await d.storage.changeAmendments(
      docId,
      'open',
      (current) => supersede(current, clauses, at).map((s) => ({ row: s.amendment, audit: s.audit })),
      at,
    );
    for (const c of changed) publishAmendment(docId, c.amendment);
    return changed.length;
  }

  /**
   * NG11/NG18: the accepted text becomes the clause text, checked and applied in one step on the
   * live document and attributed to the penholder like a PATCH (#15 history). If the clause cannot
   * take it (an edit landed first, the clause went, storage refused), the acceptance is undone as
   * superseded, audited, and the caller hears why.
   */
  async function applyAccepted(claims: TokenClaims, docId: string, a: Amendment): Promise<void> {
    try {
      await d.hub.with(docId, (live) => {
        const c = live
          .statement()
          .read()
          .find((x) => x.id === a.clauseId);
        if (!c) throw new AccordError('not_found', 'the clause no longer exists');
        if (c.hash !== a.baseHash) {
          throw new AccordError('stale_hash', 'the clause changed since the amendment was written');
        }
        live.editAs(claims, () => live.statement().setClauseText(a.clauseId, a.text));
      });
    } catch (err) {
      const reason =
        err instanceof AccordError && err.code !== 'unavailable'
          ? `accepted, but not applied: ${err.message}`
          : 'accepted, but the text could not be stored';
      const at = iso();
      const undone = await stored(() =>
        d.storage.changeAmendments(
          docId,
          { ids: [a.id] },
          (rows) => {
            const r = revokeAcceptance(rows[0], reason, at);
            return r ? [{ row: r.amendment, audit: r.audit }] : [];
          },
          at,
        ),
      );
      for (const u of undone) publishAmendment(docId, u.amendment);
      if (err instanceof AccordError) throw err;
      throw new AccordError('unavailable', 'the accepted text could not be stored; try again');
    }
  }

  return {
    supersedeStale,

    async listComments(claims: TokenClaims, docId: string): Promise<CommentView[]> {
      await d.docs.metaForParty(claims, docId);
      return (await d.storage.comments(docId)).map(commentView);
    },

    async addComment(
      claims: TokenClaims,
      docId: string,
      clauseId: string,
      req: CreateCommentRequest,
    ): Promise<CommentView> {
      await d.docs.metaForParty(claims, docId);
      const actor = actorOf(claims);
      // Observers are refused before anything is read about the clause.
      if (actor.role === 'observer') throw new AccordError('forbidden', 'observers cannot comment');
      const parent = req.replyTo ? await d.storage.getComment(docId, req.replyTo) : undefined;
      const decision = decideComment({
        actor,
        clause: await clause(docId, clauseId),
        request: req,
        ...(parent ? { parent } : {}),
        id: d.newId(),
        at: iso(),
      });
      if (!decision.ok) throw refused(decision);
      await stored(() => d.storage.addComment(docId, decision.comment));
      const view = commentView(decision.comment);
      d.events.publish(docId, { name: 'comment', data: view });
      return view;
    },

    /** Resolves (or, with `resolved: false`, reopens) a comment; audited with the change. */
    async resolveComment(
      claims: TokenClaims,
      docId: string,
      commentId: string,
      resolved: boolean,
    ): Promise<CommentView> {
      await d.docs.metaForParty(claims, docId);
      const at = iso();
      const { comment } = await stored(async () => {
        if (!(await d.storage.getComment(docId, commentId)))
          throw new AccordError('not_found', 'no such comment');
        return d.storage.changeComment(
          docId,
          commentId,
          (current) => {
            const r = decideResolve({ actor: actorOf(claims), comment: current, resolved, at });
            if (!r.ok) throw refused(r);
            return { row: r.comment, audit: r.audit };
          },
          at,
        );
      });
      const view = commentView(comment);
      d.events.publish(docId, { name: 'comment', data: view });
      return view;
    },

    async listAmendments(claims: TokenClaims, docId: string): Promise<AmendmentView[]> {
      await d.docs.metaForParty(claims, docId);
      return (await d.storage.amendments(docId)).map(amendmentView);
    },

    async propose(
      claims: TokenClaims,
      docId: string,
      clauseId: string,
      req: CreateAmendmentRequest,
    ): Promise<AmendmentView> {
      await d.docs.metaForParty(claims, docId);
      const actor = actorOf(claims);
      if (actor.role === 'observer')
        throw new AccordError('forbidden', 'observers cannot propose amendments');
      await d.lifecycle?.assertWritable(docId);
      const rebased = req.rebaseOf ? await d.storage.getAmendment(docId, req.rebaseOf) : undefined;
      const at = iso();
      const decision = decideProposal({
        actor,
        clause: await clause(docId, clauseId),
        request: {
          text: req.text,
          hash: req.hash,
          ...(req.note != null ? { note: req.note } : {}),
          ...(req.rebaseOf ? { rebaseOf: req.rebaseOf } : {}),
        },
        ...(rebased ? { rebased } : {}),
        id: d.newId(),
        at,
      });
      if (!decision.ok) throw refused(decision);
      await stored(() => d.storage.addAmendment(docId, decision.amendment, decision.audit, at));
      publishAmendment(docId, decision.amendment);
      return amendmentView(decision.amendment);
    },

    /**
     * Accept (penholder), reject with a note (penholder) or withdraw (its delegation). Accepting
     * makes the amendment's text the clause text as a normal attributed edit through the live
     * document, stored before the acceptance is (so approvals of the clause go stale as for any
     * edit); the other open amendments of that clause are then superseded by the write path.
     */
    async transition(
      claims: TokenClaims,
      docId: string,
      amendmentId: string,
      action: AmendmentAction,
      note?: string,
    ): Promise<AmendmentView> {
      await d.docs.metaForParty(claims, docId);
      const actor = actorOf(claims);
      const found = await d.storage.getAmendment(docId, amendmentId);
      const current = found ? (await clause(docId, found.clauseId))?.hash : undefined;
      // Decided once before anything changes, so a refusal touches nothing…
      const first = decideTransition({
        actor,
        amendment: found,
        action,
        currentHash: current,
        note,
        at: iso(),
      });
      if (!first.ok) throw refused(first);
      if (action === 'accept') await d.lifecycle?.assertWritable(docId);
      const at = iso();
      // …and again under the lock on the row as stored: of two concurrent decisions (on one
      // instance or several) exactly one wins; someone may also have withdrawn it meanwhile.
      const [changed] = await stored(() =>
        d.storage.changeAmendments(
          docId,
          { ids: [amendmentId] },
          (rows) => {
            const r = decideTransition({ actor, amendment: rows[0], action, currentHash: current, note, at });
            if (!r.ok) throw refused(r);
            return [{ row: r.amendment, audit: r.audit }];
          },
          at,
        ),
      );
      if (!changed) throw new AccordError('not_found', 'no such amendment');
      if (action === 'accept') await applyAccepted(claims, docId, changed.amendment);
      publishAmendment(docId, changed.amendment);
      return amendmentView(changed.amendment);
    },

    /** Every open amendment of each clause, as compilation lines (NG15), for the compilation export. */
    async compilation(docId: string): Promise<Map<string, string[]>> {
      const amendments = await d.storage.amendments(docId);
      const out = new Map<string, string[]>();
      for (const clauseId of new Set(amendments.map((a) => a.clauseId))) {
        const lines = competing(amendments, clauseId).map(
          (a) => `${compilationLine(a.by.delegation, a.baseText, a.text)}${a.note ? ` (${a.note})` : ''}`,
        );
        if (lines.length > 0) out.set(clauseId, lines);
      }
      return out;
    },
  };
}

export type NegotiationService = ReturnType<typeof createNegotiationService>;
