import type { DocStateEvent } from '@accord/protocol';

export interface LiveStateOptions {
  compute: (docId: string) => Promise<DocStateEvent>;
  /** Coalesces bursts of edits into one push per document. */
  debounceMs: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onError: (err: Error, docId: string) => void;
}

type Listener = (event: DocStateEvent) => void;

/**
 * Pushes each document's approvals and status to its subscribers over the server-owned channel.
 * Clients can't write it: it is computed here from storage and the live document only.
 *
 * One computation per document at a time, in order: a change during a computation runs another
 * once it is done, so the last event a subscriber receives was computed after the last change.
 * (Two overlapping computations could finish out of order and leave an approval shown as pending.)
 * A new subscriber's first event is computed in the same order, for that subscriber alone.
 */
export function createLiveState(o: LiveStateOptions) {
  const listeners = new Map<string, Set<Listener>>();
  const timers = new Map<string, unknown>();
  /** Documents with a computation under way. */
  const running = new Set<string>();
  /** Documents changed since their running computation began: every subscriber gets another. */
  const stale = new Set<string>();
  /** Subscribers still waiting for their first event. */
  const newcomers = new Map<string, Set<Listener>>();

  async function drain(docId: string) {
    running.add(docId);
    try {
      for (;;) {
        const all = stale.delete(docId);
        const waiting = newcomers.get(docId);
        newcomers.delete(docId);
        const subscribed = listeners.get(docId);
        const targets = all ? subscribed : waiting;
        if (!targets || targets.size === 0) return;
        const to = [...targets].filter((l) => subscribed?.has(l));
        try {
          const event = await o.compute(docId);
          for (const l of to) if (listeners.get(docId)?.has(l)) l(event);
        } catch (e) {
          o.onError(e as Error, docId);
        }
      }
    } finally {
      running.delete(docId);
    }
  }
  function schedule(docId: string) {
    if (!running.has(docId)) void drain(docId);
  }
  function changed(docId: string) {
    if (!listeners.has(docId)) return;
    stale.add(docId);
    schedule(docId);
  }

  return {
    /** Adds a subscriber; its first event, the current state, follows in order with the others. */
    subscribe(docId: string, listener: Listener): () => void {
      const set = listeners.get(docId) ?? new Set<Listener>();
      listeners.set(docId, set);
      set.add(listener);
      const waiting = newcomers.get(docId) ?? new Set<Listener>();
      newcomers.set(docId, waiting);
      waiting.add(listener);
      schedule(docId);
      return () => {
        set.delete(listener);
        waiting.delete(listener);
        if (set.size === 0) listeners.delete(docId);
      };
    },
    /** Approvals, parties, suppressions changed: push now. */
    changed,
    /** Text changed: push once the burst settles. */
    edited(docId: string): void {
      if (!listeners.has(docId) || timers.has(docId)) return;
      timers.set(
        docId,
        o.setTimer(() => {
          timers.delete(docId);
          changed(docId);
        }, o.debounceMs),
      );
    },
    close(): void {
      for (const t of timers.values()) o.clearTimer(t);
      timers.clear();
      listeners.clear();
      newcomers.clear();
      stale.clear();
    },
  };
}

export type LiveState = ReturnType<typeof createLiveState>;
