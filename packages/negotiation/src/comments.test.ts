import { describe, expect, it } from 'vitest';
import {
  type Comment,
  decideComment,
  decideResolve,
  MAX_COMMENT_LENGTH,
  openCommentCounts,
  threads,
} from './comments';
import type { NegotiationActor } from './types';

const fr: NegotiationActor = { sub: 'fr-1', name: 'Claire', delegation: 'FR', role: 'drafter' };
const obs: NegotiationActor = { sub: 'o-1', name: 'Olaf', delegation: 'DE', role: 'observer' };
const clause = { id: 'c1', text: 'The allies condemn the attack.', hash: 'h1' };
const at = '2026-12-01T09:00:00.000Z';

const comment = (over: Partial<Comment> = {}): Comment => ({
  id: 'k1',
  clauseId: 'c1',
  text: 'Too strong?',
  by: { delegation: 'FR', name: 'Claire' },
  sub: 'fr-1',
  at,
  replyTo: null,
  resolved: false,
  ...over,
});

describe('comments', () => {
  it('NG1: drafters comment, observers are refused', () => {
    const ok = decideComment({ actor: fr, clause, request: { text: ' Too strong? ' }, id: 'k1', at });
    expect(ok).toEqual({ ok: true, comment: comment() });
    expect(decideComment({ actor: obs, clause, request: { text: 'x' }, id: 'k2', at })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('NG2: empty and over-long comments are refused with a clear message', () => {
    expect(decideComment({ actor: fr, clause, request: { text: '  \n ' }, id: 'k', at })).toEqual({
      ok: false,
      code: 'invalid_request',
      message: 'text: a comment needs some text',
    });
    const long = decideComment({
      actor: fr,
      clause,
      request: { text: 'x'.repeat(MAX_COMMENT_LENGTH + 1) },
      id: 'k',
      at,
    });
    expect(long).toMatchObject({ ok: false, code: 'invalid_request' });
    expect(!long.ok && long.message).toContain(String(MAX_COMMENT_LENGTH));
  });

  it('NG3: a reply joins its root thread, on the same clause only', () => {
    const root = comment();
    const reply = comment({ id: 'k2', replyTo: 'k1' });
    const r = decideComment({
      actor: fr,
      clause,
      request: { text: 'agreed', replyTo: 'k2' },
      parent: reply,
      id: 'k3',
      at,
    });
    expect(r.ok && r.comment.replyTo).toBe('k1');
    expect(
      decideComment({ actor: fr, clause, request: { text: 'a', replyTo: 'nope' }, id: 'k4', at }),
    ).toMatchObject({
      code: 'not_found',
    });
    const other = comment({ clauseId: 'c2' });
    expect(
      decideComment({
        actor: fr,
        clause,
        request: { text: 'a', replyTo: 'k1' },
        parent: other,
        id: 'k4',
        at,
      }),
    ).toMatchObject({ code: 'invalid_request' });
    expect(
      decideComment({ actor: fr, clause: undefined, request: { text: 'a' }, parent: root, id: 'k', at }),
    ).toMatchObject({
      code: 'not_found',
    });
  });

  it('NG4: a span needs both ends inside the clause text; an anchor is kept', () => {
    const anchor = { start: 'AQID', end: 'BAUG' };
    const r = decideComment({
      actor: fr,
      clause,
      request: { text: 'this', start: 4, end: 10, anchor },
      id: 'k',
      at,
    });
    expect(r.ok && r.comment).toMatchObject({ start: 4, end: 10, anchor });
    for (const bad of [{ start: 3 }, { start: 5, end: 2 }, { start: 0, end: 999 }, { start: -1, end: 2 }]) {
      expect(decideComment({ actor: fr, clause, request: { text: 'x', ...bad }, id: 'k', at })).toMatchObject(
        {
          code: 'invalid_request',
        },
      );
    }
  });

  it('NG5: resolve and reopen are audited; doing either twice is a conflict', () => {
    const r = decideResolve({ actor: fr, comment: comment(), resolved: true, at });
    expect(r).toMatchObject({
      ok: true,
      comment: { resolved: true, resolvedBy: { delegation: 'FR', name: 'Claire' }, resolvedAt: at },
      audit: { kind: 'comment-resolved', clauseId: 'c1', data: { commentId: 'k1' } },
    });
    const resolved = r.ok ? r.comment : comment();
    expect(decideResolve({ actor: fr, comment: resolved, resolved: true, at })).toMatchObject({
      code: 'conflict',
    });
    const reopened = decideResolve({ actor: fr, comment: resolved, resolved: false, at });
    expect(reopened.ok && reopened.comment).toEqual(comment());
    expect(reopened.ok && reopened.audit.kind).toBe('comment-reopened');
    expect(decideResolve({ actor: obs, comment: comment(), resolved: true, at })).toMatchObject({
      code: 'forbidden',
    });
    expect(decideResolve({ actor: fr, comment: undefined, resolved: true, at })).toMatchObject({
      code: 'not_found',
    });
  });

  it('NG17: open threads per clause (a resolved first comment closes its thread), threads root first', () => {
    const list = [
      comment({ id: 'a', at: '1' }),
      comment({ id: 'b', at: '3', replyTo: 'a' }),
      comment({ id: 'c', at: '2', clauseId: 'c2', resolved: true }),
      comment({ id: 'd', at: '4' }),
    ];
    expect(Object.fromEntries(openCommentCounts(list))).toEqual({ c1: 2 });
    expect(Object.fromEntries(openCommentCounts([{ ...list[0]!, resolved: true }, list[1]!]))).toEqual({});
    expect(threads(list).map((t) => t.map((c) => c.id))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});
