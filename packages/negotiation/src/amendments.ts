import type { AuditInput } from '@accord/approvals';
import { clauseHash, normaliseClauseText } from '@accord/statement';
import {
  type Author,
  auditActorOf,
  authorOf,
  type ClauseFacts,
  canDecideAmendments,
  canNegotiate,
  type NegotiationActor,
  type Refusal,
  refuse,
} from './types';

export const AMENDMENT_STATUSES = ['open', 'accepted', 'rejected', 'withdrawn', 'superseded'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];

/** NG7: the longest proposed clause text and the longest note, in UTF-16 code units. */
export const MAX_AMENDMENT_LENGTH = 10_000;
export const MAX_NOTE_LENGTH = 2000;

/** Who decided an amendment's fate and when (accepted, rejected, withdrawn or superseded). */
export interface AmendmentDecision {
  by: Author;
  at: string;
  note?: string;
}

export interface Amendment {
  id: string;
  clauseId: string;
  /** The proposing delegation and the person who wrote it. */
  by: Author;
  sub: string;
  at: string;
  /** The hash of the clause text the amendment was written against, and that text. */
  baseHash: string;
  baseText: string;
  /** The proposed clause text (normalised). */
  text: string;
  note: string | null;
  status: AmendmentStatus;
  decision?: AmendmentDecision;
  /** The superseded amendment this one rebases (NG10). */
  rebaseOf?: string;
}

export interface AmendmentRequest {
  text: string;
  hash: string;
  note?: string | null;
  rebaseOf?: string;
}

export type ProposeDecision = { ok: true; amendment: Amendment; audit: AuditInput } | Refusal;

const checkNote = (
  note: string | null | undefined,
  required: boolean,
): { ok: true; note: string | null } | Refusal => {
  const n = (note ?? '').trim();
  if (!n && required) return refuse('invalid_request', 'note: say why');
  if (n.length > MAX_NOTE_LENGTH) {
    return refuse(
      'invalid_request',
      `note: at most ${MAX_NOTE_LENGTH} characters (this one has ${n.length})`,
    );
  }
  return { ok: true, note: n || null };
};

/**
 * NG6–NG10: a drafter's delegation proposes that the clause, as it stands at `hash`, read `text`.
 * Competing amendments by several delegations stand side by side (NG9). A rebase is a new
 * amendment against the current text that names the superseded one it replaces (NG10).
 */
export function decideProposal(o: {
  actor: NegotiationActor;
  clause: ClauseFacts | undefined;
  request: AmendmentRequest;
  /** The amendment `request.rebaseOf` names, if found. */
  rebased?: Amendment;
  id: string;
  at: string;
}): ProposeDecision {
  if (!canNegotiate(o.actor)) return refuse('forbidden', 'observers cannot propose amendments');
  if (!o.clause) return refuse('not_found', 'no such clause');
  const text = normaliseClauseText(o.request.text);
  if (!text) return refuse('invalid_request', 'text: an amendment needs the text the clause should read');
  if (text.length > MAX_AMENDMENT_LENGTH) {
    return refuse(
      'invalid_request',
      `text: an amendment is at most ${MAX_AMENDMENT_LENGTH} characters (this one has ${text.length})`,
    );
  }
  const note = checkNote(o.request.note, false);
  if (!note.ok) return note;
  if (o.request.hash !== o.clause.hash) {
    return refuse('stale_hash', 'the clause changed since you read it: propose against its current text');
  }
  if (clauseHash(text) === o.clause.hash) {
    return refuse('invalid_request', 'text: the amendment reads exactly as the clause does');
  }
  if (o.request.rebaseOf !== undefined) {
    const r = o.rebased;
    if (!r) return refuse('not_found', `rebaseOf: no amendment ${o.request.rebaseOf}`);
    if (r.clauseId !== o.clause.id)
      return refuse('invalid_request', 'rebaseOf: that amendment is on another clause');
    if (r.by.delegation !== o.actor.delegation) {
      return refuse('forbidden', `rebaseOf: only ${r.by.delegation} rebases its own amendment`);
    }
    if (r.status !== 'superseded')
      return refuse('conflict', `rebaseOf: that amendment is ${r.status}, not superseded`);
  }
  const amendment: Amendment = {
    id: o.id,
    clauseId: o.clause.id,
    by: authorOf(o.actor),
    sub: o.actor.sub,
    at: o.at,
    baseHash: o.clause.hash,
    baseText: normaliseClauseText(o.clause.text),
    text,
    note: note.note,
    status: 'open',
    ...(o.request.rebaseOf !== undefined ? { rebaseOf: o.request.rebaseOf } : {}),
  };
  return {
    ok: true,
    amendment,
    audit: {
      kind: 'amendment-proposed',
      actor: auditActorOf(o.actor),
      clauseId: amendment.clauseId,
      hash: amendment.baseHash,
      ...(amendment.note ? { note: amendment.note } : {}),
      data: {
        amendmentId: amendment.id,
        textHash: clauseHash(text),
        ...(amendment.rebaseOf ? { rebaseOf: amendment.rebaseOf } : {}),
      },
    },
  };
}

export type AmendmentAction = 'accept' | 'reject' | 'withdraw';

export type TransitionDecision = { ok: true; amendment: Amendment; audit: AuditInput } | Refusal;

const AUDIT_KIND = {
  accept: 'amendment-accepted',
  reject: 'amendment-rejected',
  withdraw: 'amendment-withdrawn',
} as const;

const STATUS_OF = { accept: 'accepted', reject: 'rejected', withdraw: 'withdrawn' } as const;

/**
 * NG11–NG13: only an open amendment moves. The penholder accepts it while the clause still reads
 * as it did when the amendment was written (`currentHash`), or rejects it with a note; its
 * proposing delegation withdraws it.
 */
export function decideTransition(o: {
  actor: NegotiationActor;
  amendment: Amendment | undefined;
  action: AmendmentAction;
  /** The clause's current hash, or undefined when the clause no longer exists. */
  currentHash: string | undefined;
  note?: string | null;
  at: string;
}): TransitionDecision {
  const a = o.amendment;
  if (!canNegotiate(o.actor)) return refuse('forbidden', 'observers cannot decide amendments');
  if (!a) return refuse('not_found', 'no such amendment');
  if (o.action === 'withdraw') {
    if (a.by.delegation !== o.actor.delegation) {
      return refuse('forbidden', `only ${a.by.delegation}, which proposed it, withdraws this amendment`);
    }
  } else if (!canDecideAmendments(o.actor)) {
    return refuse('forbidden', `only the penholder may ${o.action} an amendment`);
  }
  if (a.status !== 'open') return refuse('conflict', `the amendment is ${a.status}, no longer open`);
  const note = checkNote(o.note, o.action === 'reject');
  if (!note.ok) return note;
  if (o.action === 'accept' && o.currentHash !== a.baseHash) {
    return refuse(
      'stale_hash',
      o.currentHash === undefined
        ? 'the clause no longer exists'
        : 'the clause changed since the amendment was written: it is superseded and must be rebased',
    );
  }
  const amendment: Amendment = {
    ...a,
    status: STATUS_OF[o.action],
    decision: { by: authorOf(o.actor), at: o.at, ...(note.note ? { note: note.note } : {}) },
  };
  return {
    ok: true,
    amendment,
    audit: {
      kind: AUDIT_KIND[o.action],
      actor: auditActorOf(o.actor),
      clauseId: a.clauseId,
      hash: a.baseHash,
      party: a.by.delegation,
      ...(note.note ? { note: note.note } : {}),
      data: { amendmentId: a.id },
    },
  };
}

/** Who the audit log names for what Accord itself decides (superseding). */
export const ACCORD_ACTOR = { sub: 'accord', name: 'Accord', delegation: 'ALL' };

/**
 * NG14: an open amendment whose clause no longer reads as it did when it was written (its hash
 * changed, or the clause was deleted) is superseded. Returns only the amendments that change, each
 * with its audit entry; the rest stay as they are.
 */
export function supersede(
  amendments: readonly Amendment[],
  clauses: readonly Pick<ClauseFacts, 'id' | 'hash'>[],
  at: string,
): { amendment: Amendment; audit: AuditInput }[] {
  const hashes = new Map(clauses.map((c) => [c.id, c.hash]));
  const stale = (a: Amendment) => {
    const h = hashes.get(a.clauseId);
    // A clause that now reads as the amendment proposes is being accepted, not overtaken.
    return h !== a.baseHash && h !== clauseHash(a.text);
  };
  return amendments
    .filter((a) => a.status === 'open' && stale(a))
    .map((a) => {
      const current = hashes.get(a.clauseId);
      return {
        amendment: {
          ...a,
          status: 'superseded' as const,
          decision: { by: { delegation: 'ALL', name: 'Accord' }, at },
        },
        audit: {
          kind: 'amendment-superseded' as const,
          actor: ACCORD_ACTOR,
          clauseId: a.clauseId,
          hash: a.baseHash,
          party: a.by.delegation,
          data: { amendmentId: a.id, ...(current ? { currentHash: current } : { clauseDeleted: true }) },
        },
      };
    });
}

/**
 * NG18: an acceptance whose text the clause could not take (an edit landed first, the clause went,
 * storage refused the edit) is undone: the amendment becomes `superseded`, decided by Accord with
 * the reason, audited; it can be rebased like any other. Undefined for anything but `accepted`.
 */
export function revokeAcceptance(
  a: Amendment | undefined,
  reason: string,
  at: string,
): { amendment: Amendment; audit: AuditInput } | undefined {
  if (a?.status !== 'accepted') return undefined;
  return {
    amendment: {
      ...a,
      status: 'superseded',
      decision: { by: { delegation: 'ALL', name: 'Accord' }, at, note: reason },
    },
    audit: {
      kind: 'amendment-superseded',
      actor: ACCORD_ACTOR,
      clauseId: a.clauseId,
      hash: a.baseHash,
      party: a.by.delegation,
      note: reason,
      data: { amendmentId: a.id, acceptanceUndone: true },
    },
  };
}

/** NG9: the open amendments of one clause, oldest first: competing proposals are shown together. */
export function competing<A extends Pick<Amendment, 'clauseId' | 'status' | 'at'>>(
  amendments: readonly A[],
  clauseId: string,
): A[] {
  return amendments
    .filter((a) => a.clauseId === clauseId && a.status === 'open')
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
