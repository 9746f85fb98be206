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
 */
export function createLiveState(o: LiveStateOptions) {
  const listeners = new Map<string, Set<Listener>>();
  const timers = new Map<string, unknown>();

  async function push(docId: string) {
    const set = listeners.get(docId);
    if (!set || set.size === 0) return;
    try {
      const event = await o.compute(docId);
      for (const l of set) l(event);
    } catch (e) {
      o.onError(e as Error, docId);
    }
  }

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
    /** Approvals, parties, suppressions changed: push now. */
    changed(docId: string): void {
      void push(docId);
    },
    /** Text changed: push once the burst settles. */
    edited(docId: string): void {
      if (!listeners.has(docId) || timers.has(docId)) return;
      timers.set(
        docId,
        o.setTimer(() => {
          timers.delete(docId);
          void push(docId);
        }, o.debounceMs),
      );
    },
    close(): void {
      for (const t of timers.values()) o.clearTimer(t);
      timers.clear();
      listeners.clear();
    },
  };
}

export type LiveState = ReturnType<typeof createLiveState>;
