import type { AuditInput } from '@accord/approvals';
import {
  type Author,
  auditActorOf,
  authorOf,
  type ClauseFacts,
  canNegotiate,
  type NegotiationActor,
  type Refusal,
  refuse,
} from './types';

/** NG2: the longest comment, in UTF-16 code units of its trimmed text. */
export const MAX_COMMENT_LENGTH = 4000;
/** NG4: a span anchor's Yjs relative positions, base64 each, are at most this long. */
export const MAX_ANCHOR_LENGTH = 512;

/** A Yjs relative position pair (base64 of `Y.encodeRelativePosition`), so the anchor follows edits. */
export interface CommentAnchor {
  start: string;
  end: string;
}

export interface Comment {
  id: string;
  clauseId: string;
  text: string;
  by: Author;
  /** The author's session subject: stored, never shown. */
  sub: string;
  at: string;
  /** The thread this comment replies to (its root comment), or null for a thread's first comment. */
  replyTo: string | null;
  resolved: boolean;
  /** UTF-16 offsets into the clause text when the comment was made (a span comment). */
  start?: number;
  end?: number;
  anchor?: CommentAnchor;
  resolvedBy?: Author;
  resolvedAt?: string;
}

export interface CommentRequest {
  text: string;
  replyTo?: string | null;
  start?: number;
  end?: number;
  anchor?: CommentAnchor;
}

export type CommentDecision = { ok: true; comment: Comment } | Refusal;

/** NG2: the text of a comment, trimmed, or why it cannot be one. */
export function checkCommentText(text: string): { ok: true; text: string } | Refusal {
  const t = text.trim();
  if (!t) return refuse('invalid_request', 'text: a comment needs some text');
  if (t.length > MAX_COMMENT_LENGTH) {
    return refuse(
      'invalid_request',
      `text: a comment is at most ${MAX_COMMENT_LENGTH} characters (this one has ${t.length})`,
    );
  }
  return { ok: true, text: t };
}

/**
 * NG1–NG4: a drafter's comment on a clause, a reply in a thread, or a comment on a span of the
 * clause. Replies join the thread of the comment they answer (a reply to a reply answers its root).
 */
export function decideComment(o: {
  actor: NegotiationActor;
  clause: ClauseFacts | undefined;
  request: CommentRequest;
  /** The comment `request.replyTo` names, if the caller found it (any clause). */
  parent?: Comment;
  id: string;
  at: string;
}): CommentDecision {
  if (!canNegotiate(o.actor)) return refuse('forbidden', 'observers cannot comment');
  if (!o.clause) return refuse('not_found', 'no such clause');
  const text = checkCommentText(o.request.text);
  if (!text.ok) return text;
  let replyTo: string | null = null;
  if (o.request.replyTo != null) {
    if (!o.parent) return refuse('not_found', `replyTo: no comment ${o.request.replyTo}`);
    if (o.parent.clauseId !== o.clause.id) {
      return refuse('invalid_request', 'replyTo: that comment is on another clause');
    }
    replyTo = o.parent.replyTo ?? o.parent.id;
  }
  const { start, end } = o.request;
  if ((start === undefined) !== (end === undefined)) {
    return refuse('invalid_request', 'start and end: give both or neither');
  }
  if (start !== undefined && end !== undefined) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      return refuse('invalid_request', 'start and end: whole numbers with 0 <= start <= end');
    }
    if (end > o.clause.text.length) {
      return refuse('invalid_request', `end: the clause text has ${o.clause.text.length} characters`);
    }
  }
  const anchor = o.request.anchor;
  if (anchor && (anchor.start.length > MAX_ANCHOR_LENGTH || anchor.end.length > MAX_ANCHOR_LENGTH)) {
    return refuse('invalid_request', `anchor: each position is at most ${MAX_ANCHOR_LENGTH} characters`);
  }
  return {
    ok: true,
    comment: {
      id: o.id,
      clauseId: o.clause.id,
      text: text.text,
      by: authorOf(o.actor),
      sub: o.actor.sub,
      at: o.at,
      replyTo,
      resolved: false,
      ...(start !== undefined && end !== undefined ? { start, end } : {}),
      ...(anchor ? { anchor: { start: anchor.start, end: anchor.end } } : {}),
    },
  };
}

export type ResolveDecision = { ok: true; comment: Comment; audit: AuditInput } | Refusal;

/**
 * NG5: any drafter of a party resolves a comment, or reopens a resolved one; both are audited.
 * Resolving what is resolved (or reopening what is open) is a conflict, and changes nothing.
 */
export function decideResolve(o: {
  actor: NegotiationActor;
  comment: Comment | undefined;
  resolved: boolean;
  at: string;
}): ResolveDecision {
  if (!canNegotiate(o.actor)) {
    return refuse('forbidden', `observers cannot ${o.resolved ? 'resolve' : 'reopen'} comments`);
  }
  const c = o.comment;
  if (!c) return refuse('not_found', 'no such comment');
  if (c.resolved === o.resolved) {
    return refuse('conflict', `the comment is already ${o.resolved ? 'resolved' : 'open'}`);
  }
  const { resolvedBy: _by, resolvedAt: _at, ...rest } = c;
  const comment: Comment = o.resolved
    ? { ...rest, resolved: true, resolvedBy: authorOf(o.actor), resolvedAt: o.at }
    : { ...rest, resolved: false };
  return {
    ok: true,
    comment,
    audit: {
      kind: o.resolved ? 'comment-resolved' : 'comment-reopened',
      actor: auditActorOf(o.actor),
      clauseId: c.clauseId,
      data: { commentId: c.id, by: c.by.delegation },
    },
  };
}

/**
 * NG17: open threads per clause (a thread is open while its first comment is unresolved; resolving
 * it resolves the discussion, replies included), for gutters and filters.
 */
export function openCommentCounts(
  comments: readonly Pick<Comment, 'clauseId' | 'replyTo' | 'resolved'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of comments) {
    if (c.replyTo === null && !c.resolved) counts.set(c.clauseId, (counts.get(c.clauseId) ?? 0) + 1);
  }
  return counts;
}

/** Comments grouped into threads (root first, then its replies by time), threads oldest first. */
export function threads<C extends Pick<Comment, 'id' | 'replyTo' | 'at'>>(comments: readonly C[]): C[][] {
  const roots = new Map<string, C[]>();
  const orphans: C[][] = [];
  const sorted = [...comments].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const c of sorted) if (c.replyTo === null) roots.set(c.id, [c]);
  for (const c of sorted) {
    if (c.replyTo === null) continue;
    const t = roots.get(c.replyTo);
    if (t) t.push(c);
    else orphans.push([c]);
  }
  return [...roots.values(), ...orphans];
}
