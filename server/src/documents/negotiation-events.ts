import {
  type AmendmentView,
  amendmentViewSchema,
  type CommentView,
  commentViewSchema,
  type NegotiationEventName,
} from '@accord/protocol';
import type { LiveEventChannel } from '../fanout/redis-events';

/** A negotiation event as the live channel carries it: SSE `event: comment|amendment`, data the row. */
export type NegotiationEvent =
  | { name: 'comment'; data: CommentView }
  | { name: 'amendment'; data: AmendmentView };

type Listener = (event: NegotiationEvent) => void;

/**
 * Comment and amendment events of each document, to the event streams open on this instance and,
 * through `channel` (Redis), to those open on the others. Events from other instances are checked
 * against the protocol's schemas before they reach a stream.
 */
export function createNegotiationEvents(o: { channel?: LiveEventChannel; onError: (err: Error) => void }) {
  const listeners = new Map<string, Set<Listener>>();
  const deliver = (docId: string, event: NegotiationEvent) => {
    for (const l of listeners.get(docId) ?? []) {
      try {
        l(event);
      } catch (err) {
        o.onError(err as Error);
      }
    }
  };
  o.channel?.onEvent((remote) => {
    if (!listeners.has(remote.docId)) return;
    const schema: Record<NegotiationEventName, typeof commentViewSchema | typeof amendmentViewSchema> = {
      comment: commentViewSchema,
      amendment: amendmentViewSchema,
    };
    const s = schema[remote.name as NegotiationEventName];
    const parsed = s?.safeParse(remote.data);
    if (!parsed?.success) {
      o.onError(new Error(`live event ${remote.name} from another instance does not parse; dropped`));
      return;
    }
    deliver(remote.docId, { name: remote.name, data: parsed.data } as NegotiationEvent);
  });
  return {
    subscribe(docId: string, listener: Listener): () => void {
      const set = listeners.get(docId) ?? new Set<Listener>();
      listeners.set(docId, set);
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(docId);
      };
    },
    /** A stored comment or amendment changed: tell this instance's streams and the others. */
    publish(docId: string, event: NegotiationEvent): void {
      deliver(docId, event);
      o.channel?.publish({ docId, name: event.name, data: event.data });
    },
  };
}

export type NegotiationEvents = ReturnType<typeof createNegotiationEvents>;
