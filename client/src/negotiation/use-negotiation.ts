import {
  amendmentNotification,
  commentNotification,
  type Notification,
  openCommentCounts,
  stateNotifications,
} from '@accord/negotiation';
import {
  type AmendmentView,
  amendmentViewSchema,
  type CommentView,
  commentViewSchema,
  type DocStateEvent,
} from '@accord/protocol';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { friendlyError } from '../ui/friendly-error';
import type { NegotiationApi } from './negotiation-api';

export interface NegotiationState {
  comments: CommentView[];
  amendments: AmendmentView[];
  /** Unresolved comments per clause (gutter counts, the board's filter). */
  openComments: ReadonlyMap<string, number>;
  feed: (Notification & { at: number; read: boolean })[];
  unread: number;
  markAllRead(): void;
  /** The live channel's named events (`comment`, `amendment`), as they arrive. */
  onEvent(name: string, data: unknown): void;
  /** A row this editor's own call got back (its event follows; applying twice is harmless). */
  apply(row: CommentView | AmendmentView, kind: 'comment' | 'amendment'): void;
  error: string | null;
}

const upsert = <T extends { id: string }>(list: T[], item: T): T[] => {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const next = [...list];
  next[i] = item;
  return next;
};

/**
 * Comments, amendments and the notification feed of one document: listed once, then kept current
 * by the live channel's `comment` / `amendment` events and its `state` events (objections, stale
 * approvals). Nothing here decides anything: the rules are @accord/negotiation's.
 */
export function useNegotiation(
  api: NegotiationApi,
  docId: string,
  state: DocStateEvent | null,
  me: string,
  /** Whether the live channel is up: lists are read again each time it comes (back), so no event is missed. */
  live = true,
): NegotiationState {
  const [comments, setComments] = useState<CommentView[]>([]);
  const [amendments, setAmendments] = useState<AmendmentView[]>([]);
  const [feed, setFeed] = useState<NegotiationState['feed']>([]);
  const [error, setError] = useState<string | null>(null);
  const indexOf = useRef<(clauseId: string) => number | undefined>(() => undefined);
  indexOf.current = (clauseId) => state?.clauses.find((c) => c.id === clauseId)?.index;

  const notify = useCallback((n: Notification | undefined) => {
    if (!n) return;
    setFeed((f) =>
      f.some((x) => x.key === n.key) ? f : [{ ...n, at: Date.now(), read: false }, ...f].slice(0, 100),
    );
  }, []);

  useEffect(() => {
    if (!live) return;
    let cancelled = false;
    Promise.all([api.comments(docId), api.amendments(docId)]).then(
      ([c, a]) => {
        if (cancelled) return;
        // Rows an event brought while the lists were being read are kept.
        setComments((prev) => [...c, ...prev.filter((x) => !c.some((y) => y.id === x.id))]);
        setAmendments((prev) => [...a, ...prev.filter((x) => !a.some((y) => y.id === x.id))]);
      },
      (err: unknown) => {
        if (!cancelled) setError(friendlyError(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, docId, live]);

  const prev = useRef<DocStateEvent | null>(null);
  useEffect(() => {
    if (!state) return;
    for (const n of stateNotifications(prev.current ?? undefined, state, me)) notify(n);
    prev.current = state;
  }, [state, me, notify]);

  const onEvent = useCallback(
    (name: string, data: unknown) => {
      if (name === 'comment') {
        const parsed = commentViewSchema.safeParse(data);
        if (!parsed.success) return;
        const c = parsed.data;
        setComments((list) => upsert(list, c));
        notify(commentNotification(c, indexOf.current(c.clauseId), me));
      } else if (name === 'amendment') {
        const parsed = amendmentViewSchema.safeParse(data);
        if (!parsed.success) return;
        const a = parsed.data;
        setAmendments((list) => upsert(list, a));
        notify(amendmentNotification(a, indexOf.current(a.clauseId), me));
      }
    },
    [me, notify],
  );
  const apply = useCallback((row: CommentView | AmendmentView, kind: 'comment' | 'amendment') => {
    if (kind === 'comment') setComments((list) => upsert(list, row as CommentView));
    else setAmendments((list) => upsert(list, row as AmendmentView));
  }, []);

  const openComments = useMemo(() => openCommentCounts(comments), [comments]);
  const markAllRead = useCallback(
    () => setFeed((f) => f.map((n) => (n.read ? n : { ...n, read: true }))),
    [],
  );
  // one object while nothing in it changes, so memoised panels given it do not re-render (#18)
  return useMemo(
    () => ({
      comments,
      amendments,
      openComments,
      feed,
      unread: feed.filter((n) => !n.read).length,
      markAllRead,
      onEvent,
      apply,
      error,
    }),
    [comments, amendments, openComments, feed, markAllRead, onEvent, apply, error],
  );
}
